// The roadmap on landscape A4: one group of rows per stage of the target model, numbered
// «1.1, 1.2, …» within the stage, the stage named on its first row.
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/esign.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

Result<doc::Document> BuildRoadmap(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.title = "Дорожная карта внедрения целевой модели наставничества — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  d.landscape = true;
  d.blocks = ApprovalStamps(program, Gender::kFeminine);
  Append(d.blocks, Title("ДОРОЖНАЯ КАРТА", "внедрения целевой модели наставничества в " +
                                               program.organization.short_name + " на " +
                                               program.settings.academic_year + " учебный год"));
  Result<std::vector<doc::Block>> intro = TemplateBlocks(templates, "documents/roadmap.md", ProgramValues(program));
  if (!intro.ok()) return intro.status();
  Append(d.blocks, std::move(*intro));

  std::vector<std::vector<std::string>> rows;
  const std::vector<std::string>& stages = model::SevenStages();
  for (size_t s = 0; s < stages.size(); ++s) {
    int n = 0;
    for (const model::RoadmapAction& a : program.roadmap) {
      if (a.stage != stages[s]) continue;
      ++n;
      rows.push_back({std::to_string(s + 1) + "." + std::to_string(n), n == 1 ? stages[s] : "", a.action,
                      a.content, a.due, a.responsible, a.result});
    }
  }
  // Actions under a stage of the school's own naming follow the seven, in file order.
  int extra = 0;
  for (const model::RoadmapAction& a : program.roadmap) {
    bool known = false;
    for (const std::string& s : stages) known = known || s == a.stage;
    if (!known) {
      rows.push_back({std::to_string(stages.size() + 1) + "." + std::to_string(++extra), a.stage, a.action,
                      a.content, a.due, a.responsible, a.result});
    }
  }
  d.blocks.push_back(TableBlock({"№", "Этап", "Мероприятие", "Содержание", "Срок", "Ответственный", "Результат"},
                                rows));
  AppendSignatureMark(program, "dorozhnaya-karta", d);
  Append(d.blocks, AgreementStamp(program));  // under the signature, ГОСТ Р 7.0.97
  return d;
}

}  // namespace nastavnik::render::documents
