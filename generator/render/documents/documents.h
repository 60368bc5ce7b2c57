// Stage 4 (render): the school's paperwork, one builder per document, each a document tree from
// a template in templates/documents/ and the program's data. RenderPaperwork (paperwork_set.h)
// turns them into PDFs.
#pragma once

#include <functional>
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

/// A document of like pages built one at a time when laid out (pdf::RenderPdfPages): about
/// holds the title and metadata, page(i) the blocks of page i, which starts a new sheet.
struct PagedDocument {
  doc::Document about;
  size_t count = 0;
  std::function<Result<std::vector<doc::Block>>(size_t)> page;
};
/// The consents page by page; the Build functions above join the same pages with page breaks.
PagedDocument ConsentsProcessingPages(const model::Program& program, const Templates& templates);
PagedDocument ConsentsDistributionPages(const model::Program& program, const Templates& templates);
/// The pages joined into one document tree, each after a page break.
Result<doc::Document> Joined(const PagedDocument& paged);

/// Pairs completed with a result written down: those the letters thank.
std::vector<const model::Pair*> PairsWithResults(const model::Program& program);

}  // namespace nastavnik::render::documents
