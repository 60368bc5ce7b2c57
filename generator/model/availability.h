// Stage 2 (model): the «Время» cell of participants.csv read as weekdays. Days are written short
// («пн»), in full («понедельник», «среду»), as ranges («пн–пт», «вт-чт») or as «будни» and
// «выходные»; a token that is none of these is reported at its cell and not read.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace nastavnik::model {

/// Weekday index 0..6 (Monday first) of one day token, -1 when it is not a day.
int ParseWeekday(const std::string& token);

/// The days of a cell, one token per day in the order written, ranges expanded into short names
/// («пн–ср» → пн, вт, ср); single days are kept as written. Unknown tokens are warned at where.
std::vector<std::string> ParseAvailability(const std::string& cell, const Location& where, Diagnostics& diags);

}  // namespace nastavnik::model
