// One individual development plan: who works with whom, in which form and role model, for how
// long and to what end; the tasks with their terms and marks; the signatures of everyone bound.
#include "base/text.h"
#include "model/person_names.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

std::string Goal(const model::Program& program, const model::Pair& pair) {
  std::string goal;
  for (const std::string& id : pair.mentees) {
    const model::Person* m = Find(program, id);
    if (!m) continue;
    for (const std::string& r : m->requests) {
      if (goal.find(r) != std::string::npos) continue;
      goal += (goal.empty() ? "" : "; ") + r;
    }
  }
  return goal.empty() ? std::string() : goal + ".";
}

// «обучающейся М. А. Голубевой»; «ребёнка М. Ким» when the gender, and so the case, is unknown.
std::string ParentOf(const model::Program& program, const model::Person& pupil) {
  const model::NameForms forms = model::FormsOf(program, pupil);
  const int genitive = static_cast<int>(grammar::Case::kGenitive);
  if (pupil.gender == grammar::Gender::kUnknown) return "ребёнка " + forms.initials_surname[genitive];
  return grammar::AgreeWithPerson("обучающийся", pupil.gender, grammar::Case::kGenitive) + " " +
         forms.initials_surname[genitive];
}

}  // namespace

Result<doc::Document> BuildIndividualPlan(const model::Program& program, const model::Pair& pair,
                                          const Templates& templates) {
  const model::Person* mentor = Find(program, pair.mentor);
  std::vector<const model::Person*> mentees;
  for (const std::string& id : pair.mentees) {
    if (const model::Person* m = Find(program, id)) mentees.push_back(m);
  }
  doc::Document d;
  // The title names the mentee: it is what the booklet's outline and a PDF reader's window show.
  d.title = "Индивидуальный план развития — " + pair.id;
  if (!mentees.empty()) {
    d.title += " (" + text::SurnameInitials(mentees.front()->full_name) + (mentees.size() > 1 ? " и др.)" : ")");
  }
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  // One mentee's gender agrees the role word; an unknown one keeps the generic masculine of the law.
  const grammar::Gender g = mentees.size() == 1 ? mentees.front()->gender : grammar::Gender::kUnknown;
  Append(d.blocks, Title("ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ",
                         (pair.is_group() ? std::string("группы наставляемых")
                                          : grammar::AgreeWithPerson("наставляемый", g, grammar::Case::kGenitive)) +
                             " в рамках программы наставничества на " + program.settings.academic_year +
                             " учебный год"));

  std::string mentee_text;
  for (const model::Person* m : mentees) mentee_text += (mentee_text.empty() ? "" : "; ") + PersonLabel(*m);
  std::vector<std::pair<std::string, std::string>> fields = {
      {pair.is_group() ? "Наставляемые" : grammar::AgreeWithPerson("Наставляемый", g, grammar::Case::kNominative),
       mentee_text},
      {"Наставник", mentor ? PersonLabel(*mentor) : ""},
      {"Форма наставничества", model::FormName(pair.form)},
      {"Ролевая модель", pair.role_model},
      {"Период", Period(pair.start, pair.end)},
      {"Цель", Goal(program, pair)},
  };
  d.blocks.push_back(FieldsTable(fields));

  TemplateValue values = ProgramValues(program);
  values.Set("pair", TemplateValue().Set("id", pair.id).Set("form", model::FormName(pair.form)));
  Result<std::vector<doc::Block>> intro = TemplateBlocks(templates, "documents/individual_plan.md", values);
  if (!intro.ok()) return intro.status();
  Append(d.blocks, std::move(*intro));

  std::vector<std::vector<std::string>> rows;
  int n = 0;
  for (const model::PlanTask& t : program.plan_tasks) {
    if (t.pair != pair.id) continue;
    std::string task = t.task;
    if (!t.activity.empty()) task += (task.empty() ? "" : ". ") + t.activity;
    rows.push_back({std::to_string(++n), t.section, task, t.due ? t.due->Russian() : "", t.result, t.status});
  }
  // An empty plan is a form to fill in by hand: a few blank rows.
  for (int k = 0; rows.empty() && k < 5; ++k) rows.push_back({std::to_string(k + 1), "", "", "", "", ""});
  d.blocks.push_back(TableBlock({"№", "Раздел (направление)", "Задача / мероприятие", "Срок",
                                 "Ожидаемый результат", "Отметка о выполнении"},
                                rows));

  std::vector<doc::SignatureLine> signs;
  if (mentor) signs.push_back({"Наставник", text::InitialsFirst(mentor->full_name), "(подпись, дата)"});
  for (const model::Person* m : mentees) {
    signs.push_back({grammar::AgreeWithPerson("Наставляемый", m->gender, grammar::Case::kNominative),
                     text::InitialsFirst(m->full_name), "(подпись, дата)"});
  }
  for (const model::Person* m : mentees) {
    if (!m->is_minor_pupil()) continue;
    // The parent's name is not in the data: it is written in by hand.
    signs.push_back({"Родитель (законный представитель) " + ParentOf(program, *m), "", "(подпись, дата)"});
  }
  if (const model::Person* c = program.FindPerson(program.settings.curator)) {
    signs.push_back({"Куратор программы наставничества", text::InitialsFirst(c->full_name), "(подпись, дата)"});
  }
  d.blocks.push_back(Signatures(std::move(signs)));
  return d;
}

}  // namespace nastavnik::render::documents
