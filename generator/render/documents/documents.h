// Stage 4 (render): the school's paperwork, one builder per document, each a document tree from
// a template in templates/documents/ and the program's data. RenderPaperwork (paperwork_set.h)
// turns them into PDFs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "model/program.h"

namespace nastavnik::render::documents {

using Templates = std::map<std::string, std::string>;

/// Приказ о внедрении целевой модели наставничества и назначении куратора.
Result<doc::Document> BuildPrikaz(const model::Program& program, const Templates& templates);
/// Программа наставничества: forms in use with their role models, the seven stages.
Result<doc::Document> BuildProgramma(const model::Program& program, const Templates& templates);
/// Дорожная карта, landscape, grouped by the seven stages.
Result<doc::Document> BuildRoadmap(const model::Program& program, const Templates& templates);
/// Календарный план.
Result<doc::Document> BuildCalendarPlan(const model::Program& program, const Templates& templates);
/// Список наставнических пар и групп, the annex to the order.
Result<doc::Document> BuildPairList(const model::Program& program, const Templates& templates);
/// Индивидуальный план развития of one pair or group.
Result<doc::Document> BuildIndividualPlan(const model::Program& program, const model::Pair& pair,
                                          const Templates& templates);
/// Благодарственные письма to the mentors of pairs completed with a result; empty blocks if none.
Result<doc::Document> BuildThanksLetters(const model::Program& program, const Templates& templates);
/// Per employee mentor: the consent to mentor and the supplementary agreement (ст. 351.8 ТК РФ).
Result<doc::Document> BuildMentorAgreements(const model::Program& program, const Templates& templates);
/// Per participant: the consent to processing personal data (a parent signs for a pupil).
Result<doc::Document> BuildConsentsProcessing(const model::Program& program, const Templates& templates);
/// Per participant: the separate consent to distributing personal data.
Result<doc::Document> BuildConsentsDistribution(const model::Program& program, const Templates& templates);

/// Pairs completed with a result written down: those the letters thank.
std::vector<const model::Pair*> PairsWithResults(const model::Program& program);

}  // namespace nastavnik::render::documents
