// Stage 3 (compute), internal to monitoring: what the data say about the report date. The data
// hold the state of the day they were last edited (a pair's status, a task's mark, every answer
// given so far); a report as of an earlier date counts nothing that happened after it.
#pragma once

#include <optional>
#include <vector>

#include "base/date.h"
#include "model/program.h"

namespace nastavnik::compute::monitoring {

/// A pair's status on a date; nullopt when it starts after the date (it did not exist yet). A pair
/// completed or terminated after the date (its end is later) was still active on it. A terminated
/// pair without an end date counts as terminated: nothing says when. The data's «активна» stays
/// active whatever the date: nothing says it ended.
std::optional<model::PairStatus> PairStatusOn(const model::Pair& pair, Date date);

/// Whether an answer set was given by the date: by its own date; an undated one by the start of
/// its wave's period in [[monitoring.waves]]; an undated one of a wave without a period, always
/// (nothing puts it later).
bool AnsweredBy(const model::Survey& survey, const std::vector<model::SurveyWave>& waves, Date date);

}  // namespace nastavnik::compute::monitoring
