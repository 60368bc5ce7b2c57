// Stage 4 (render): the questionnaires wave by wave in the monitoring report: the closed and rated
// questions counted at each wave, each indicator's mean at each wave, the open answers (the
// school's own report only) and the curator's questionnaire beside the SWOT.
#pragma once

#include <string>
#include <vector>

#include "base/document.h"
#include "compute/monitoring/waves.h"
#include "render/monitoring/format.h"

namespace nastavnik::render::monitoring {

/// A wave as a column heading: «Промежуточная 2» (waves are written in lower case in the data).
std::string WaveTitle(const std::string& wave);
/// Per questionnaire, a table of its closed and rated questions, a column per wave.
void AppendWaveCounts(const compute::monitoring::SurveyWaves& w, const Audience& a, std::vector<doc::Block>& out);
/// Each indicator's mean at each wave (all answers of the wave, paired or not).
void AppendWaveDynamics(const compute::monitoring::SurveyWaves& w, const Audience& a, std::vector<doc::Block>& out);
/// The open answers, by questionnaire, question and wave. Never for the published report.
void AppendOpenAnswers(const compute::monitoring::SurveyWaves& w, std::vector<doc::Block>& out);
/// The curator's latest questionnaire as a table of answers. Never for the published report.
void AppendCuratorAnswers(const compute::monitoring::SurveyWaves& w, std::vector<doc::Block>& out);
/// The curator's open answer to question id («strengths», …), "" when there is none.
std::string CuratorAnswer(const compute::monitoring::SurveyWaves& w, const std::string& id);

}  // namespace nastavnik::render::monitoring
