// The list of the year's pairs and groups with the order that fixed each: it holds pupils'
// names, so it is an internal document and never reaches the site. The orders themselves annex
// only the pairs they fix (orders.cc).
#include <algorithm>
#include <optional>

#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {
namespace {

const model::Order* FixingOrder(const model::Program& program, const std::string& pair) {
  for (const model::Order& o : program.orders) {
    if (o.kind == model::OrderKind::kResults) continue;
    for (const std::string& id : o.pairs) {
      if (id == pair) return &o;
    }
  }
  return nullptr;
}

// The list annexes the orders that fixed its pairs, as each order's own annex does for its pairs
// (DOCUMENTS.md): «Приложение к приказу … от … № …», or «к приказам» with each order on a line
// when the year's pairs were fixed by several. No order in the data, no mark.
std::optional<doc::Block> ListAnnexMark(const model::Program& program, const std::vector<const model::Order*>& orders) {
  if (orders.empty()) return std::nullopt;
  std::vector<std::string> lines = {"Приложение", std::string(orders.size() == 1 ? "к приказу " : "к приказам ") +
                                                      program.organization.short_name};
  for (size_t i = 0; i < orders.size(); ++i) {
    const model::Order& o = *orders[i];
    lines.push_back("от " + DateOrBlank(o.date) + " № " + (o.number.empty() ? "____" : o.number) +
                    (i + 1 < orders.size() ? "," : ""));
  }
  return Corner(std::move(lines));
}

}  // namespace

Result<doc::Document> BuildPairList(const model::Program& program, const Templates& templates) {
  std::vector<const model::Order*> orders;  // those that fixed the listed pairs, in orders.csv's order
  for (const model::Pair& p : program.pairs) {
    if (p.status == model::PairStatus::kTerminated) continue;
    if (const model::Order* o = FixingOrder(program, p.id)) orders.push_back(o);
  }
  std::sort(orders.begin(), orders.end());
  orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
  doc::Document d;
  d.title = "Список наставнических пар и групп — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  if (std::optional<doc::Block> mark = ListAnnexMark(program, orders)) d.blocks.push_back(std::move(*mark));
  Append(d.blocks, Title("СПИСОК", "наставнических пар и групп на " + program.settings.academic_year +
                                       " учебный год"));
  Result<std::vector<doc::Block>> intro = TemplateBlocks(templates, "documents/pair_list.md", ProgramValues(program));
  if (!intro.ok()) return intro.status();
  Append(d.blocks, std::move(*intro));
  std::vector<std::vector<std::string>> rows;
  int n = 0;
  for (const model::Pair& p : program.pairs) {
    if (p.status == model::PairStatus::kTerminated) continue;
    std::string mentor, mentees;
    if (const model::Person* m = Find(program, p.mentor)) mentor = PersonLabel(*m);
    for (const std::string& id : p.mentees) {
      if (const model::Person* m = Find(program, id)) mentees += (mentees.empty() ? "" : "; ") + PersonLabel(*m);
    }
    std::string order;
    if (const model::Order* o = FixingOrder(program, p.id)) {
      order = "от " + DateOrBlank(o->date) + " № " + (o->number.empty() ? "____" : o->number);
    }
    rows.push_back({std::to_string(++n), mentor, mentees, model::FormName(p.form), p.role_model,
                    Period(p.start, p.end), order});
  }
  d.blocks.push_back(TableBlock({"№", "Наставник", "Наставляемые", "Форма", "Ролевая модель", "Срок", "Приказ"}, rows));
  d.blocks.push_back(Signatures({{"Куратор программы наставничества",
                                  [&] {
                                    const model::Person* c = program.FindPerson(program.settings.curator);
                                    return c ? text::InitialsFirst(c->full_name) : std::string();
                                  }(),
                                  "(подпись, дата)"}}));
  return d;
}

}  // namespace nastavnik::render::documents
