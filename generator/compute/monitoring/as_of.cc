#include "compute/monitoring/as_of.h"

namespace nastavnik::compute::monitoring {

std::optional<model::PairStatus> PairStatusOn(const model::Pair& pair, Date date) {
  if (pair.start && *pair.start > date) return std::nullopt;
  if (pair.status != model::PairStatus::kActive && pair.end && *pair.end > date) return model::PairStatus::kActive;
  return pair.status;
}

bool AnsweredBy(const model::Survey& survey, const std::vector<model::SurveyWave>& waves, Date date) {
  if (survey.date) return *survey.date <= date;
  // Rows built by hand (tests, older callers) may set only exit_wave.
  int order = survey.exit_wave ? model::kExitWaveOrder : survey.wave_order;
  for (const model::SurveyWave& w : waves) {
    if (w.order == order) return w.from <= date;
  }
  return true;
}

}  // namespace nastavnik::compute::monitoring
