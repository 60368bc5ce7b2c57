// One individual development plan: who works with whom, in which form and role model, for how
// long and to what end; the tasks with their terms and marks; the signatures of everyone bound.
#include <algorithm>

#include "base/text.h"
#include "compute/monitoring/monitoring.h"
#include "model/person_names.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"
#include "render/documents/sentence.h"

namespace nastavnik::render::documents {

namespace {

// A sentence, as the plan's «Цель» field holds one: capitalised and closed with a full stop.
std::string AsSentence(const std::string& text) {
  if (text.empty()) return text;
  const char last = text.back();
  return Capitalized(text) + (last == '.' || last == '!' || last == '?' ? "" : ".");
}

// The goal the school wrote in pairs.csv; else one phrased from the mentees' requests, which the
// participants' table lists as topics («родительские собрания»), not as a sentence. With neither,
// the field stays empty: mentor and mentee write the goal in by hand.
std::string Goal(const model::Program& program, const model::Pair& pair, grammar::Gender g) {
  if (!pair.goal.empty()) return AsSentence(pair.goal);
  std::vector<std::string> requests;
  for (const std::string& id : pair.mentees) {
    const model::Person* m = Find(program, id);
    if (!m) continue;
    for (const std::string& r : m->requests) {
      if (std::find(requests.begin(), requests.end(), r) == requests.end()) requests.push_back(r);
    }
  }
  if (requests.empty()) return "";
  const std::string whom = pair.is_group() ? "наставляемым"
                                           : grammar::AgreeWithPerson("наставляемый", g, grammar::Case::kDative);
  const std::string who = pair.is_group()                       ? "они пришли"
                          : g == grammar::Gender::kFemale ? "она пришла"
                                                              : "он пришёл";
  const std::string sentence = "Оказать " + whom + " помощь по запросам, с которыми " + who + " в программу";
  // «алгебра: дроби и уравнения» after a colon would be a colon after a colon: brackets then.
  bool colon = false;
  for (const std::string& r : requests) colon = colon || r.find(':') != std::string::npos;
  return colon ? sentence + " (" + JoinedList(requests) + ")." : sentence + ": " + JoinedList(requests) + ".";
}

// «обучающейся М. А. Голубевой»; «ребёнка М. Ким» when the gender, and so the case, is unknown.
std::string ParentOf(const model::Program& program, const model::Person& pupil) {
  const model::NameForms forms = model::FormsOf(program, pupil);
  const int genitive = static_cast<int>(grammar::Case::kGenitive);
  if (pupil.gender == grammar::Gender::kUnknown) return "ребёнка " + forms.initials_surname[genitive];
  return grammar::AgreeWithPerson("обучающийся", pupil.gender, grammar::Case::kGenitive) + " " +
         forms.initials_surname[genitive];
}

// A dissolved pair's tasks not done are cancelled, as the monitoring report counts them: nobody
// will do them, and a plan that still said «не начато» would promise work after the pair ended.
std::string CancelledMark(const model::Pair& pair) {
  return "отменена: " + std::string(pair.is_group() ? "группа расторгнута" : "пара расторгнута") +
         (pair.end ? " " + pair.end->Russian() : "");
}

bool Cancelled(const model::PlanTask& t, const model::Pair& pair) {
  return pair.status == model::PairStatus::kTerminated && !compute::monitoring::IsTaskDone(t.status);
}

// The mark of a task: its status, and under it what came of the task (plans.csv «Результат»).
// The expected result has its own column: a plan signed at the start of the year shows what each
// task is meant to achieve, and the marks are filled in as the year goes.
doc::TableCell MarkCell(const model::PlanTask& t, const model::Pair& pair) {
  const std::string status = Cancelled(t, pair) ? CancelledMark(pair) : t.status;
  doc::TableCell cell;
  if (!status.empty()) cell.inlines.push_back(doc::Text(status));
  if (!status.empty() && !t.result.empty()) cell.inlines.push_back(doc::Inline{doc::InlineKind::kLineBreak, "", "", {}});
  if (!t.result.empty()) cell.inlines.push_back(doc::Text(t.result));
  return cell;
}

// «07.11.2025 (приказ от 17.11.2025 № 142-од)»: when the pair ended, and the change order that
// names it, so that the plan agrees with the orders and the report.
std::string Dissolution(const model::Program& program, const model::Pair& pair) {
  std::string out = (pair.is_group() ? "группа расторгнута" : "пара расторгнута") +
                    (pair.end ? " " + pair.end->Russian() : std::string());
  for (const model::Order& o : program.orders) {
    if (o.kind != model::OrderKind::kChange) continue;
    if (std::find(o.pairs.begin(), o.pairs.end(), pair.id) == o.pairs.end()) continue;
    return out + " (приказ от " + DateOrBlank(o.date) + " № " + (o.number.empty() ? "____" : o.number) + ")";
  }
  return out;
}

doc::Block TaskTable(const std::vector<const model::PlanTask*>& tasks, const model::Pair& pair) {
  std::vector<std::vector<std::string>> rows;
  for (const model::PlanTask* t : tasks) {
    std::string task = t->task;
    if (!t->activity.empty()) task += (task.empty() ? "" : ". ") + t->activity;
    rows.push_back({std::to_string(rows.size() + 1), t->section, task, t->due ? t->due->Russian() : "", t->expected});
  }
  // An empty plan is a form to fill in by hand: a few blank rows.
  for (int k = 0; rows.empty() && k < 5; ++k) rows.push_back({std::to_string(k + 1), "", "", "", "", ""});
  doc::Block table = TableBlock({"№", "Раздел (направление)", "Задача / мероприятие", "Срок", "Ожидаемый результат",
                                 "Отметка о выполнении"},
                                rows);
  for (size_t i = 0; i < tasks.size(); ++i) table.table.rows[i + 1].back() = MarkCell(*tasks[i], pair);
  return table;
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
      {"Цель", Goal(program, pair, g)},
  };
  if (pair.status == model::PairStatus::kTerminated) {
    fields.insert(fields.begin() + 5, {"Досрочное прекращение", Dissolution(program, pair)});
  }
  d.blocks.push_back(FieldsTable(fields));

  TemplateValue values = ProgramValues(program);
  // «совместно с наставляемой на период работы пары», «… с наставляемыми … группы».
  values.Set("pair", TemplateValue()
                         .Set("id", pair.id)
                         .Set("form", model::FormName(pair.form))
                         .Set("with_mentees", pair.is_group() ? std::string("наставляемыми")
                                                              : grammar::AgreeWithPerson("наставляемый", g,
                                                                                         grammar::Case::kInstrumental))
                         .Set("genitive", pair.is_group() ? "группы" : "пары"));
  Result<std::vector<doc::Block>> intro = TemplateBlocks(templates, "documents/individual_plan.md", values);
  if (!intro.ok()) return intro.status();
  Append(d.blocks, std::move(*intro));

  std::vector<const model::PlanTask*> tasks;
  for (const model::PlanTask& t : program.plan_tasks) {
    if (t.pair == pair.id) tasks.push_back(&t);
  }
  d.blocks.push_back(TaskTable(tasks, pair));

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
