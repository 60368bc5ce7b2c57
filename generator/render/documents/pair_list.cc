// The list of pairs and groups, annex № 1 to the order: it holds pupils' names, so it is an
// internal document and never reaches the site.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

Result<doc::Document> BuildPairList(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.title = "Список наставнических пар и групп — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  d.blocks.push_back(AnnexMark(program, 1));
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
    rows.push_back({std::to_string(++n), mentor, mentees, model::FormName(p.form), p.role_model,
                    Period(p.start, p.end)});
  }
  d.blocks.push_back(TableBlock({"№", "Наставник", "Наставляемые", "Форма", "Ролевая модель", "Срок"}, rows));
  d.blocks.push_back(Signatures({{"Куратор программы наставничества",
                                  [&] {
                                    const model::Person* c = program.FindPerson(program.settings.curator);
                                    return c ? text::InitialsFirst(c->full_name) : std::string();
                                  }(),
                                  "(подпись)"}}));
  return d;
}

}  // namespace nastavnik::render::documents
