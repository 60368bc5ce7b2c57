// Stage 4 (render): the questionnaires wave by wave in monitoring.xlsx, the same numbers as the
// report's «Показатели по этапам» and «Ответы по этапам анкетирования»: each indicator's mean at
// each wave, and each closed or rated question's answers at each wave. Closed answers only: the
// open ones stay in the school's own report.
#pragma once

#include <optional>

#include "compute/monitoring/waves.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::monitoring {

/// «По этапам»: a row per indicator, the mean and the number of answers at each wave, with a
/// chart; nullopt when fewer than two waves were met.
std::optional<xlsx::Sheet> WaveDynamicsSheet(const compute::monitoring::SurveyWaves& w);

/// «Ответы по этапам»: a row per questionnaire's answer count, per scale or number question and
/// per option; nullopt when no questionnaire was answered.
std::optional<xlsx::Sheet> WaveAnswersSheet(const compute::monitoring::SurveyWaves& w);

}  // namespace nastavnik::render::monitoring
