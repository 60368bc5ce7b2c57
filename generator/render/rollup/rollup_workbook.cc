#include "render/rollup/rollup_workbook.h"

namespace nastavnik::render::rollup {
namespace {

using xlsx::FormulaValue;
using xlsx::NumberValue;
using xlsx::TextValue;

xlsx::Column Col(const char* header, const char* number_format = "") {
  xlsx::Column c;
  c.header = header;
  c.number_format = number_format;
  return c;
}

}  // namespace

xlsx::Workbook BuildRollupWorkbook(const compute::NetworkRollup& r) {
  xlsx::Workbook book;
  book.title = "Сводный мониторинг наставничества";
  xlsx::Sheet s;
  s.name = "Охват по школам";
  s.title = "Охват программами наставничества по организациям";
  s.columns = {Col("Организация"), Col("Населённый пункт"), Col("Дата отчёта"), Col("Обучающихся участвует"),
               Col("Обучающихся всего"), Col("Педагогов участвует"), Col("Педагогов всего"), Col("Охват", "0.0%"),
               Col("Цель", "0.0%"), Col("Пар действует"), Col("Ожидают пару"), Col("Задач просрочено")};
  for (const model::SchoolSummary& school : r.schools) {
    std::string row = std::to_string(s.rows.size() + 3);
    s.rows.push_back({TextValue(school.name), TextValue(school.city), xlsx::DateValue(school.report_date),
                      NumberValue(school.pupils_covered), NumberValue(school.pupils_total),
                      NumberValue(school.teachers_covered), NumberValue(school.teachers_total),
                      FormulaValue("=IF(E" + row + "+G" + row + ">0,(D" + row + "+F" + row + ")/(E" + row + "+G" + row + "),0)",
                                   compute::SchoolCoverage(school)),
                      NumberValue(school.target), NumberValue(school.pairs_active), NumberValue(school.waiting_mentees),
                      NumberValue(school.plans_overdue)});
  }
  if (!s.rows.empty()) {
    doc::Chart chart;
    chart.kind = doc::Chart::Kind::kBars;
    chart.title = "Охват по организациям и цель";
    chart.max = 1;
    s.charts.push_back({chart, 0, {7, 8}, 0, s.rows.size() - 1});
    std::string last = std::to_string(s.rows.size() + 2);
    auto sum = [&](const char* c, double v) { return FormulaValue(std::string("=SUM(") + c + "3:" + c + last + ")", v); };
    int covered = r.pupils_covered + r.teachers_covered, total = r.pupils_total + r.teachers_total;
    std::string row = std::to_string(s.rows.size() + 3);
    s.rows.push_back({TextValue("Всего"), TextValue(""), xlsx::Value(), sum("D", r.pupils_covered),
                      sum("E", r.pupils_total), sum("F", r.teachers_covered), sum("G", r.teachers_total),
                      FormulaValue("=IF(E" + row + "+G" + row + ">0,(D" + row + "+F" + row + ")/(E" + row + "+G" + row + "),0)",
                                   total ? static_cast<double>(covered) / total : 0),
                      NumberValue(r.target), sum("J", r.pairs_active), sum("K", r.waiting_mentees),
                      sum("L", r.plans_overdue)});
    s.total_rows = 1;
  }
  book.sheets.push_back(std::move(s));

  xlsx::Sheet f;
  f.name = "Формы";
  f.title = "Пары и группы по формам наставничества";
  f.columns = {Col("Форма"), Col("Пар"), Col("Групп"), Col("Наставляемых")};
  for (const model::SummaryForm& form : r.by_form) {
    f.rows.push_back({TextValue(form.form), NumberValue(form.pairs), NumberValue(form.groups), NumberValue(form.mentees)});
  }
  if (!f.rows.empty()) {
    doc::Chart chart;
    chart.kind = doc::Chart::Kind::kBars;
    chart.title = "Пары и группы по формам";
    f.charts.push_back({chart, 0, {1, 2}, 0, f.rows.size() - 1});
  }
  book.sheets.push_back(std::move(f));

  xlsx::Sheet i;
  i.name = "Вход и выход";
  i.title = "Показатели на входе и на выходе (средние, взвешенные по числу ответивших)";
  i.columns = {Col("Показатель"), Col("Организаций"), Col("Человек"), Col("Вход", "0.00"), Col("Выход", "0.00"),
               Col("Улучшились"), Col("Доля улучшившихся", "0.0%")};
  for (const compute::RollupIndicator& ind : r.indicators) {
    std::string row = std::to_string(i.rows.size() + 3);
    i.rows.push_back({TextValue(ind.name), NumberValue(ind.schools), NumberValue(ind.n), NumberValue(ind.entry_mean),
                      NumberValue(ind.exit_mean), NumberValue(ind.improved),
                      FormulaValue("=IF(C" + row + ">0,F" + row + "/C" + row + ",0)",
                                   ind.n ? static_cast<double>(ind.improved) / ind.n : 0)});
  }
  if (!i.rows.empty()) {
    doc::Chart chart;
    chart.title = "Вход и выход, средний балл";
    chart.max = 10;
    i.charts.push_back({chart, 0, {3, 4}, 0, i.rows.size() - 1});
  }
  book.sheets.push_back(std::move(i));
  return book;
}

}  // namespace nastavnik::render::rollup
