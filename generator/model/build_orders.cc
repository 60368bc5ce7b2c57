// Stage 2 (model): orders.csv, the year's orders on pairs (этапы 5 и 7 целевой модели). A pair
// starts its work on or after the order that fixes it (the order and the mentor's written consent
// come first, ст. 351.8 ТК РФ), and a change order ends a pair on its own date, neither later
// (an error: the order would end what is still at work) nor earlier (a warning: back-dated). An
// inspector compares the annex with the order's date first. Without the file the program keeps
// building with one fixing order to fill in by hand.
#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "base/text.h"
#include "model/build_program.h"
#include "model/columns.h"

namespace nastavnik::model {
namespace {

const std::vector<ColumnSpec> kOrderColumns = {
    {"number", "Номер", true}, {"date", "Дата", true}, {"kind", "Вид", true},
    {"pairs", "Пары"},         {"reason", "Основание"}};

// The pairs by id: an order of a big school names thousands, each looked up once.
using PairsById = std::unordered_map<std::string_view, const Pair*>;

PairsById IndexPairs(const Program& program) {
  PairsById out;
  for (const Pair& p : program.pairs) out.emplace(p.id, &p);  // the first of a repeated id, as a scan finds
  return out;
}

// «№ 131-од от 13.10.2025», as a message names an order.
std::string OrderName(const Order& order) {
  return (order.number.empty() ? std::string() : "№ " + order.number + " ") + "от " + order.date->Russian();
}

// Every pair the order names exists and, for an order on pairs, starts no earlier than the order.
void CheckPairs(const Order& order, const Location& cell, const PairsById& pairs, bool pairs_read,
                const std::string& pairs_table, Diagnostics& diags) {
  for (const std::string& id : order.pairs) {
    auto found = pairs.find(id);
    const Pair* p = found == pairs.end() ? nullptr : found->second;
    if (!p) {
      if (pairs_read) diags.Error(cell, "пара с кодом «" + id + "» не найдена " + InTable(pairs_table));
      continue;
    }
    if (order.kind == OrderKind::kResults || !order.date) continue;
    const bool ends_here = order.kind == OrderKind::kChange && p->status == PairStatus::kTerminated;
    if (!ends_here && p->start && *p->start < *order.date) {
      diags.Warning(cell, "пара " + id + " начинает работу " + p->start->Russian() + ", раньше приказа " +
                              OrderName(order) + ": пара работает только после приказа о закреплении и письменного "
                              "согласия наставника-работника (ст. 351.8 ТК РФ) — датируйте приказ не позднее " +
                              p->start->Russian() + " или перенесите начало работы пары");
    }
    if (ends_here && p->end && *p->end > *order.date) {
      diags.Error(cell, "пара " + id + " прекращает работу " + p->end->Russian() + ", позже даты приказа " +
                            order.date->Russian());
    }
    if (ends_here && p->end && *p->end < *order.date) {
      diags.Warning(cell, "пара " + id + " прекращает работу " + p->end->Russian() + ", раньше приказа " +
                              OrderName(order) + ": приказ не прекращает работу задним числом — датируйте его " +
                              p->end->Russian());
    }
  }
}

// A pair at work that no order fixes would start without the director's order.
void WarnUnfixed(const Program& program, const std::string& path, Diagnostics& diags) {
  std::map<std::string, bool> named;
  for (const Order& o : program.orders) {
    if (o.kind == OrderKind::kResults) continue;
    for (const std::string& id : o.pairs) named[id] = true;
  }
  std::string missing;
  for (const Pair& p : program.pairs) {
    if (!named.count(p.id)) missing += (missing.empty() ? "" : ", ") + p.id;
  }
  if (!missing.empty()) {
    diags.Warning(Location{path}, "пары " + missing + " не названы ни в одном приказе о закреплении или изменении");
  }
}

}  // namespace

std::optional<OrderKind> ParseOrderKind(const std::string& text) {
  const std::string key = text::FoldKey(text);
  if (key == "закрепление" || key == "о закреплении") return OrderKind::kFixing;
  if (key == "изменение" || key == "об изменении" || key == "замена") return OrderKind::kChange;
  if (key == "итоги" || key == "об итогах" || key == "поощрение") return OrderKind::kResults;
  return std::nullopt;
}

void BuildOrders(const load::Table& table, Program& program, Diagnostics& diags, bool pairs_read) {
  Columns cols(table, kOrderColumns, diags);
  if (!cols.ok()) return;
  const PairsById pairs = IndexPairs(program);
  for (const load::Row& row : table.rows) {
    Order o;
    o.where = Location{table.path, row.line, 1};
    o.number = cols.Text(row, "number");
    if (o.number.empty()) diags.Error(cols.Where(row, "number"), "не указан номер приказа");
    o.date = cols.DateCell(row, "date", diags);
    if (!o.date && cols.Text(row, "date").empty()) diags.Error(cols.Where(row, "date"), "не указана дата приказа");
    std::optional<OrderKind> kind = ParseOrderKind(cols.Text(row, "kind"));
    if (!kind) {
      diags.Error(cols.Where(row, "kind"), "вид приказа должен быть «закрепление», «изменение» или «итоги», а записано «" +
                                               cols.Text(row, "kind") + "»");
      continue;
    }
    o.kind = *kind;
    o.pairs = text::SplitList(cols.Text(row, "pairs"));
    o.reason = cols.Text(row, "reason");
    if (o.pairs.empty() && o.kind != OrderKind::kResults) {
      diags.Error(cols.Where(row, "pairs"), "в приказе о закреплении или изменении не названо ни одной пары");
    }
    CheckPairs(o, cols.Where(row, "pairs"), pairs, pairs_read, program.TablePath("pairs"), diags);
    program.orders.push_back(std::move(o));
  }
  std::stable_sort(program.orders.begin(), program.orders.end(), [](const Order& a, const Order& b) {
    return a.date.value_or(Date{}) < b.date.value_or(Date{});
  });
  if (pairs_read) WarnUnfixed(program, table.path, diags);
}

void AddDefaultOrders(Program& program) {
  // One fixing order for every pair at work, dated when the first of them starts, so that no pair
  // works before its order; the number is left for the director to write.
  Order o;
  o.where = Location{"content/data/orders.csv"};
  for (const Pair& p : program.pairs) {
    if (p.status == PairStatus::kTerminated) continue;
    o.pairs.push_back(p.id);
    if (p.start && (!o.date || *p.start < *o.date)) o.date = p.start;
  }
  if (!o.pairs.empty()) program.orders.push_back(std::move(o));
}

}  // namespace nastavnik::model
