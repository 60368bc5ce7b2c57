// Stage 2 (model): plans.csv, calendar.csv and roadmap.csv (surveys.csv is build_surveys.cc; the
// defaults used when a school has not written its own roadmap yet are in default_roadmap.cc).
#include <set>

#include "base/text.h"
#include "model/build_program.h"
#include "model/columns.h"

namespace nastavnik::model {
namespace {

const std::vector<ColumnSpec> kPlanColumns = {
    {"pair", "Пара", true},        {"section", "Раздел"}, {"task", "Задача", true},
    {"activity", "Мероприятие"},   {"due", "Срок"},       {"status", "Отметка о выполнении"},
    {"result", "Результат"},       {"expected", "Ожидаемый результат"},
};
const std::vector<ColumnSpec> kCalendarColumns = {
    {"event", "Мероприятие", true}, {"period", "Сроки", true}, {"responsible", "Ответственный"},
    {"stage", "Этап"},              {"status", "Статус"}};
const std::vector<ColumnSpec> kRoadmapColumns = {
    {"stage", "Этап", true},        {"action", "Мероприятие", true}, {"content", "Содержание"},
    {"due", "Срок"},                {"responsible", "Ответственный"}, {"result", "Результат"}};

}  // namespace

const std::vector<std::string>& SevenStages() {
  static const std::vector<std::string> kStages = {
      "Подготовка условий для запуска программы наставничества",
      "Формирование базы наставляемых",
      "Формирование базы наставников",
      "Отбор и обучение наставников",
      "Формирование наставнических пар и групп",
      "Организация работы наставнических пар и групп",
      "Завершение программы наставничества",
  };
  return kStages;
}

void BuildPlans(const load::Table& table, const std::set<std::string>& pairs, Program& program,
                Diagnostics& diags, const IdSource& pair_source) {
  Columns cols(table, kPlanColumns, diags);
  if (!cols.ok()) return;
  const IdRefs pair_refs(pair_source, [&] { return std::vector<std::string>(pairs.begin(), pairs.end()); });
  if (!pair_source.read && !table.rows.empty()) {
    diags.Warning(Location{table.path, table.rows.front().line, 1},
                  "коды пар в этом файле не проверены: сначала исправьте ошибки " + pair_source.In("pairs"));
  }
  for (const load::Row& row : table.rows) {
    PlanTask t;
    t.where = Location{table.path, row.line, 1};
    t.pair = cols.Text(row, "pair");
    if (!pairs.count(t.pair)) {
      std::string e = pair_refs.Unknown(t.pair, "пара с кодом «" + t.pair + "» не найдена " + pair_source.In("pairs"));
      if (!e.empty()) diags.Error(cols.Where(row, "pair"), e);
      if (pair_source.read) continue;
    }
    t.section = cols.Text(row, "section");
    t.task = cols.Text(row, "task");
    if (t.task.empty()) diags.Error(cols.Where(row, "task"), "не указана задача");
    t.activity = cols.Text(row, "activity");
    t.due = cols.DateCell(row, "due", diags);
    t.status = cols.Text(row, "status");
    t.expected = cols.Text(row, "expected");
    t.result = cols.Text(row, "result");
    program.plan_tasks.push_back(std::move(t));
  }
}

void BuildCalendar(const load::Table& table, Program& program, Diagnostics& diags) {
  Columns cols(table, kCalendarColumns, diags);
  if (!cols.ok()) return;
  for (const load::Row& row : table.rows) {
    program.calendar.push_back(CalendarEvent{cols.Text(row, "event"), cols.Text(row, "period"),
                                             cols.Text(row, "responsible"), cols.Text(row, "stage"),
                                             cols.Text(row, "status")});
  }
}

void BuildRoadmap(const load::Table& table, Program& program, Diagnostics& diags) {
  Columns cols(table, kRoadmapColumns, diags);
  if (!cols.ok()) return;
  for (const load::Row& row : table.rows) {
    std::string stage = cols.Text(row, "stage");
    // A stage may be written by its number (1–7) or by its name.
    if (stage.size() == 1 && stage[0] >= '1' && stage[0] <= '7') stage = SevenStages()[stage[0] - '1'];
    program.roadmap.push_back(RoadmapAction{stage, cols.Text(row, "action"), cols.Text(row, "content"),
                                            cols.Text(row, "due"), cols.Text(row, "responsible"),
                                            cols.Text(row, "result"), cols.Where(row, "result")});
  }
  CheckRoadmapDates(program, diags);
}

void AddDefaultCalendar(Program& program) {
  for (const RoadmapAction& a : program.roadmap) {
    program.calendar.push_back(CalendarEvent{a.action, a.due, a.responsible, a.stage, ""});
  }
}

}  // namespace nastavnik::model
