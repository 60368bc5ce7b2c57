// Stage 2 (model): the indicators the methodology measures by questionnaires (показатели:
// удовлетворённость, вовлечённость, активность, самооценка, тревожность, успеваемость), by their
// English key or Russian header, and the wordings that look like one.
#pragma once

#include <string>

namespace nastavnik::model {

struct KnownIndicator {
  const char* key;      // "satisfaction"
  const char* russian;  // "удовлетворенность": the header a school may write
  const char* name;     // "Удовлетворённость": as documents print it
  bool lower_is_better;
  const char* stems[4];  // folded word stems that a question about it is likely to hold
};

/// The six, in the methodology's order.
const KnownIndicator* KnownIndicators(size_t* count);
/// The indicator a header names exactly (key or Russian name, any case), or null.
const KnownIndicator* FindIndicator(const std::string& header);
/// The indicator a header's wording looks like («Насколько вы удовлетворены…?» → satisfaction),
/// or null. Meant for headers that FindIndicator does not know.
const KnownIndicator* LookalikeIndicator(const std::string& header);

}  // namespace nastavnik::model
