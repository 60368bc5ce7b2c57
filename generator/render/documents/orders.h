// Stage 4 (render): the parts every order of the year shares — the heading with the order's own
// date and number, the acquaintance list — and the year's orders on pairs (orders.csv).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/document.h"
#include "model/program.h"
#include "render/documents/documents.h"

namespace nastavnik::render::documents {

/// The organisation's name, «ПРИКАЗ», the date and number, the place.
std::vector<doc::Block> OrderHeading(const model::Program& program, const std::optional<Date>& date,
                                     const std::string& number);
/// «С приказом ознакомлены:» and a line per person (ids of participants, in order, no repeats).
std::vector<doc::Block> AcquaintanceList(const model::Program& program, const std::vector<std::string>& ids);
/// The first fixing or change order that names a pair of this mentor, or nullptr.
const model::Order* AppointingOrder(const model::Program& program, const std::string& mentor);
/// AppointingOrder of every mentor that has one, at once.
std::map<std::string, const model::Order*> AppointingOrders(const model::Program& program);

/// Приказы о закреплении и об изменении пар, об итогах и поощрении наставников: each with its
/// annex and acquaintance list, each starting on a new page.
Result<doc::Document> BuildYearOrders(const model::Program& program, const Templates& templates);

}  // namespace nastavnik::render::documents
