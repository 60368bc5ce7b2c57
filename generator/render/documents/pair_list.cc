// The list of the year's pairs and groups with the order that fixed each: it holds pupils'
// names, so it is an internal document and never reaches the site. The orders themselves annex
// only the pairs they fix (orders.cc).
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

}  // namespace

Result<doc::Document> BuildPairList(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.title = "Список наставнических пар и групп — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
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
