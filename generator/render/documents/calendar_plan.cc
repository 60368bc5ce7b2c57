// The calendar plan: every event with its dates, who answers for it and a column for the mark
// of completion, which stays empty for events not yet held so that it can be filled in by hand.
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/esign.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

Result<doc::Document> BuildCalendarPlan(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.title = "Календарный план программы наставничества — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  d.blocks = ApprovalStamps(program, Gender::kMasculine);
  Append(d.blocks, Title("КАЛЕНДАРНЫЙ ПЛАН", "мероприятий программы наставничества в " +
                                                 program.organization.short_name + " на " +
                                                 program.settings.academic_year + " учебный год"));
  Result<std::vector<doc::Block>> intro =
      TemplateBlocks(templates, "documents/calendar_plan.md", ProgramValues(program));
  if (!intro.ok()) return intro.status();
  Append(d.blocks, std::move(*intro));
  std::vector<std::vector<std::string>> rows;
  int n = 0;
  for (const model::CalendarEvent& e : program.calendar) {
    rows.push_back({std::to_string(++n), e.event, e.period, e.responsible, e.status});
  }
  d.blocks.push_back(TableBlock({"№", "Мероприятие", "Сроки", "Ответственный", "Отметка о выполнении"}, rows));
  AppendSignatureMark(program, "kalendarnyj-plan", d);
  Append(d.blocks, AgreementStamp(program));  // under the signature, ГОСТ Р 7.0.97
  return d;
}

}  // namespace nastavnik::render::documents
