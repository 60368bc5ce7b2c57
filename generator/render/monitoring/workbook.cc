#include "render/monitoring/workbook.h"

#include <cmath>
#include <map>

#include "model/indicators.h"
#include "render/documents/tables.h"
#include "render/monitoring/charts.h"
#include "render/monitoring/format.h"
#include "render/monitoring/report.h"
#include "render/monitoring/wave_sheets.h"

namespace nastavnik::render::monitoring {
namespace {

namespace cm = compute::monitoring;
using xlsx::FormulaValue;
using xlsx::NumberValue;
using xlsx::TextValue;

constexpr char kPercent[] = "0.0%";
constexpr char kDecimal[] = "0.00";

xlsx::Column Col(const char* header, const char* number_format = "", double width = 0) {
  xlsx::Column c;
  c.header = header;
  c.number_format = number_format;
  c.width = width;
  return c;
}

// Table rows start under the title (row 1) and the header (row 2): row r of the table is
// spreadsheet row r + 3.
std::string Ref(const char* column, size_t row) { return std::string(column) + std::to_string(row + 3); }

double Share(int part, int whole) { return whole > 0 ? static_cast<double>(part) / whole : 0; }

// "=IF(C3>0,B3/C3,0)": a share that stays 0 instead of #DIV/0! when the group is empty.
xlsx::Value ShareFormula(const char* part, const char* whole, size_t row, int p, int w) {
  std::string x = Ref(part, row), y = Ref(whole, row);
  return FormulaValue("=IF(" + y + ">0," + x + "/" + y + ",0)", Share(p, w));
}

xlsx::Sheet CoverageSheet(const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "Охват";
  s.title = "Охват программой наставничества на " + r.report_date.Russian();
  s.columns = {Col("Группа", "", 16), Col("Участвуют"), Col("Всего в организации"), Col("Охват", kPercent),
               Col("Цель", kPercent), Col("Не хватает до цели, чел.")};
  int covered = 0, total = 0;
  for (const cm::CoverageRow& row : r.by_category) {
    size_t i = s.rows.size();
    int need = std::max(0, static_cast<int>(std::ceil(r.coverage.target * row.total - 1e-9)) - row.covered);
    s.rows.push_back({TextValue(CategoryLabel(row.category)), NumberValue(row.covered), NumberValue(row.total),
                      ShareFormula("B", "C", i, row.covered, row.total), NumberValue(r.coverage.target),
                      FormulaValue("=MAX(0,ROUNDUP(E" + std::to_string(i + 3) + "*C" + std::to_string(i + 3) +
                                       "-0.000000001,0)-B" + std::to_string(i + 3) + ")",
                                   need)});
    covered += row.covered;
    total += row.total;
  }
  size_t last = s.rows.size() + 2;  // spreadsheet row of the last group
  size_t i = s.rows.size();
  int need = std::max(0, static_cast<int>(std::ceil(r.coverage.target * total - 1e-9)) - covered);
  s.rows.push_back({TextValue("Всего"), FormulaValue("=SUM(B3:B" + std::to_string(last) + ")", covered),
                    FormulaValue("=SUM(C3:C" + std::to_string(last) + ")", total),
                    ShareFormula("B", "C", i, covered, total), NumberValue(r.coverage.target),
                    FormulaValue("=MAX(0,ROUNDUP(E" + std::to_string(i + 3) + "*C" + std::to_string(i + 3) +
                                     "-0.000000001,0)-B" + std::to_string(i + 3) + ")",
                                 need)});
  s.total_rows = 1;
  doc::Chart chart = CoverageChart(r);
  chart.max = 1;  // the cells hold fractions shown as percentages
  s.charts.push_back({chart, 0, {3, 4}, 0, s.rows.size() - 1});
  return s;
}

xlsx::Sheet GradesSheet(const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "По параллелям";
  s.title = "Обучающиеся в программе по параллелям на " + r.report_date.Russian() + " (доля — от числа в базе программы)";
  s.columns = {Col("Параллель", "", 16), Col("Участвуют"), Col("В базе"), Col("Доля", kPercent)};
  for (const cm::CoverageRow& row : r.pupils_by_grade) {
    size_t i = s.rows.size();
    s.rows.push_back({TextValue(GradeLabel(row.grade)), NumberValue(row.covered), NumberValue(row.total),
                      ShareFormula("B", "C", i, row.covered, row.total)});
  }
  return s;
}

xlsx::Sheet PairCountSheet(const char* name, const char* title, const char* first,
                           const std::vector<cm::PairCount>& counts, std::optional<doc::Chart> chart) {
  xlsx::Sheet s;
  s.name = name;
  s.title = title;
  s.columns = {Col(first), Col("Пар"), Col("Групп"), Col("Наставляемых"), Col("Всего пар и групп")};
  for (const cm::PairCount& p : counts) {
    std::string row = std::to_string(s.rows.size() + 3);
    s.rows.push_back({TextValue(p.label), NumberValue(p.pairs), NumberValue(p.groups), NumberValue(p.mentees),
                      FormulaValue("=B" + row + "+C" + row, p.pairs + p.groups)});
  }
  if (chart && !s.rows.empty()) s.charts.push_back({*chart, 0, {1, 2}, 0, s.rows.size() - 1});
  return s;
}

xlsx::Sheet LoadSheet(const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "Нагрузка наставников";
  s.title = "Нагрузка наставников: наставляемые в действующих парах";
  s.columns = {Col("ФИО наставника"), Col("Наставляемых"), Col("Не более"), Col("Загрузка", kPercent), Col("Отметка")};
  for (const cm::MentorLoad& m : r.mentor_load) {
    size_t i = s.rows.size();
    s.rows.push_back({TextValue(m.name), NumberValue(m.mentees), NumberValue(m.capacity),
                      ShareFormula("B", "C", i, m.mentees, m.capacity),
                      TextValue(m.mentees > m.capacity ? "превышена" : m.mentees == 0 ? "нет наставляемых" : "")});
  }
  return s;
}

xlsx::Sheet WaitingSheet(const model::Program& program, const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "Ожидают пары";
  s.title = "Наставляемые без наставника на " + r.report_date.Russian();
  s.columns = {Col("№"), Col("ФИО"), Col("Категория"), Col("Класс или должность"), Col("Основной запрос")};
  for (const std::string& id : r.waiting_mentees) {
    const model::Person* p = program.FindPerson(id);
    if (!p) continue;
    std::string requests;
    for (const std::string& q : p->requests) requests += (requests.empty() ? "" : "; ") + q;
    s.rows.push_back({NumberValue(static_cast<double>(s.rows.size() + 1)), TextValue(p->full_name),
                      TextValue(model::CategoryName(p->category)), TextValue(p->grade.empty() ? p->position : p->grade),
                      TextValue(requests)});
  }
  return s;
}

// The mean as a formula over the histogram when the histogram holds it exactly (whole-point
// answers); answers such as 6,5 are counted in the histogram at a rounded point, so the formula
// would state another mean than the report and the site: the mean as answered is written instead.
xlsx::Value MeanOf(const cm::ScaleStats& stats, const char* column) {
  long long sum = 0;
  for (int score = 1; score <= 10; ++score) sum += static_cast<long long>(score) * stats.distribution[score - 1];
  double from_histogram = stats.n > 0 ? static_cast<double>(sum) / stats.n : 0;
  if (std::abs(from_histogram - stats.mean) > 1e-9) return NumberValue(stats.mean);
  std::string c = column;
  return FormulaValue("=SUMPRODUCT(A3:A12," + c + "3:" + c + "12)/MAX(1,SUM(" + c + "3:" + c + "12))", stats.mean);
}

xlsx::Sheet SatisfactionSheet(const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "Удовлетворённость";
  s.title = "Удовлетворённость участием по шкале 1–10: сколько участников поставили каждую оценку";
  s.columns = {Col("Оценка"), Col("Наставники"), Col("Наставляемые")};
  for (int score = 1; score <= 10; ++score) {
    s.rows.push_back({NumberValue(score), NumberValue(r.mentor_satisfaction.distribution[score - 1]),
                      NumberValue(r.mentee_satisfaction.distribution[score - 1])});
  }
  s.rows.push_back({TextValue("Среднее"), MeanOf(r.mentor_satisfaction, "B"), MeanOf(r.mentee_satisfaction, "C")});
  s.rows.push_back({TextValue("Медиана"), NumberValue(r.mentor_satisfaction.median),
                    NumberValue(r.mentee_satisfaction.median)});
  s.charts.push_back({SatisfactionChart(r), 0, {1, 2}, 0, 9});
  s.total_rows = 2;  // the mean and the median stay below the filtered and sorted answers
  return s;
}

xlsx::Sheet EntryExitSheet(const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "Вход и выход";
  s.title = "Показатели на входе и на выходе (одни и те же участники, шкала от 1 до 10); критерий знаковых рангов "
            "Уилкоксона";
  s.columns = {Col("Показатель"), Col("Чьи ответы"), Col("Человек"), Col("Вход, среднее", kDecimal),
               Col("Выход, среднее", kDecimal), Col("Изменение", kDecimal), Col("Улучшились"),
               Col("Доля улучшившихся", kPercent), Col("p (двусторонний)", "0.000"), Col("Вывод")};
  // The mentees' rows, then the mentors': each role gets its own chart.
  for (bool of_mentors : {false, true}) {
    std::vector<const cm::IndicatorChange*> shown;
    const size_t first = s.rows.size();
    for (const cm::IndicatorChange& c : r.indicators) {
      if (c.of_mentors != of_mentors) continue;
      size_t i = s.rows.size();
      std::string row = std::to_string(i + 3);
      shown.push_back(&c);
      s.rows.push_back({TextValue(c.name + (c.lower_is_better ? " (ниже — лучше)" : "")),
                        TextValue(of_mentors ? "наставники" : "наставляемые"), NumberValue(c.n),
                        NumberValue(c.entry_mean), NumberValue(c.exit_mean),
                        FormulaValue("=E" + row + "-D" + row, c.exit_mean - c.entry_mean), NumberValue(c.improved),
                        ShareFormula("G", "C", i, c.improved, c.n),
                        c.test.p_value ? NumberValue(*c.test.p_value) : xlsx::Value(), TextValue(DescribeTest(c.test))});
    }
    if (!shown.empty()) s.charts.push_back({EntryExitChart(shown), 0, {3, 4}, first, s.rows.size() - 1});
  }
  return s;
}

xlsx::Sheet PlansSheet(const model::Program& program, const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "Планы";
  s.title = "Выполнение индивидуальных планов на " + r.report_date.Russian();
  s.columns = {Col("Пара"), Col("Наставник"), Col("Задач"), Col("Выполнено"), Col("В работе"), Col("Просрочено"),
               Col("Выполнено, доля", kPercent), Col("Отменено (пара расторгнута)")};
  std::map<std::string, const model::Pair*> pairs;
  for (const model::Pair& pair : program.pairs) pairs[pair.id] = &pair;
  for (const cm::PlanProgress& p : r.plans) {
    std::string mentor;
    auto it = pairs.find(p.pair);
    if (it != pairs.end()) {
      if (const model::Person* m = program.FindPerson(it->second->mentor)) mentor = m->full_name;
    }
    size_t i = s.rows.size();
    s.rows.push_back({TextValue(p.pair), TextValue(mentor), NumberValue(p.total), NumberValue(p.done),
                      NumberValue(p.in_progress), NumberValue(p.overdue), ShareFormula("D", "C", i, p.done, p.total),
                      NumberValue(p.cancelled)});
  }
  if (!s.rows.empty()) {
    std::string last = std::to_string(s.rows.size() + 2);
    size_t i = s.rows.size();
    const cm::PlanProgress& t = r.plans_total;
    s.rows.push_back({TextValue("Итого"), TextValue(""), FormulaValue("=SUM(C3:C" + last + ")", t.total),
                      FormulaValue("=SUM(D3:D" + last + ")", t.done),
                      FormulaValue("=SUM(E3:E" + last + ")", t.in_progress),
                      FormulaValue("=SUM(F3:F" + last + ")", t.overdue), ShareFormula("D", "C", i, t.done, t.total),
                      FormulaValue("=SUM(H3:H" + last + ")", t.cancelled)});
    s.total_rows = 1;
  }
  return s;
}

// The indicator as the report words it: «satisfaction.mentors» is «Удовлетворённость
// наставников», «anxiety» is «Тревожность (ниже — лучше)». A name the table does not know is
// the curator's own wording and stays as written.
std::string SwotIndicatorName(const cm::SwotItem& item) {
  if (item.indicator.empty()) return "";
  if (item.scale) return item.scale_of_mentors ? "Удовлетворённость наставников" : "Удовлетворённость наставляемых";
  if (item.change) {
    return item.change->name + (item.change->of_mentors ? " наставников" : " наставляемых") +
           (item.change->lower_is_better ? " (ниже — лучше)" : "");
  }
  const model::KnownIndicator* k = model::FindIndicator(item.indicator.substr(0, item.indicator.find('.')));
  if (!k) return item.indicator;
  return std::string(k->name) + (k->lower_is_better ? " (ниже — лучше)" : "");
}

xlsx::Sheet SwotSheet(const cm::MonitoringReport& r) {
  xlsx::Sheet s;
  s.name = "SWOT";
  s.title = "SWOT-анализ куратора";
  s.columns = {Col("Раздел"), Col("Пункт", "", 60), Col("Показатель анкет"), Col("Человек"),
               Col("Вход, среднее", kDecimal), Col("Выход или оценка, среднее", kDecimal), Col("Улучшились")};
  const std::pair<const char*, const std::vector<cm::SwotItem>*> parts[] = {
      {"Сильные стороны", &r.strengths}, {"Слабые стороны", &r.weaknesses},
      {"Возможности", &r.opportunities}, {"Угрозы", &r.threats}};
  for (const auto& [title, items] : parts) {
    for (const cm::SwotItem& item : *items) {
      std::vector<xlsx::Value> row = {TextValue(title), TextValue(item.text), TextValue(SwotIndicatorName(item))};
      if (item.scale) {
        row.insert(row.end(), {NumberValue(item.scale->n), xlsx::Value(), NumberValue(item.scale->mean)});
      } else if (item.change) {
        row.insert(row.end(), {NumberValue(item.change->n), NumberValue(item.change->entry_mean),
                               NumberValue(item.change->exit_mean), NumberValue(item.change->improved)});
      }
      s.rows.push_back(std::move(row));
    }
  }
  return s;
}

}  // namespace

xlsx::Workbook BuildMonitoringWorkbook(const model::Program& program, const cm::MonitoringReport& r) {
  xlsx::Workbook book;
  book.title = "Мониторинг программы наставничества";
  book.subject = program.settings.title;
  book.author = program.organization.short_name;
  book.company = program.organization.full_name;
  book.sheets.push_back(CoverageSheet(r));
  book.sheets.push_back(GradesSheet(r));
  book.sheets.push_back(PairCountSheet("Пары по формам", "Пары и группы по формам наставничества", "Форма",
                                       r.pairs_by_form, PairsByFormChart(r)));
  book.sheets.push_back(PairCountSheet("Ролевые модели", "Пары и группы по ролевым моделям", "Ролевая модель",
                                       r.pairs_by_role_model, std::nullopt));
  book.sheets.push_back(LoadSheet(r));
  book.sheets.push_back(WaitingSheet(program, r));
  book.sheets.push_back(SatisfactionSheet(r));
  book.sheets.push_back(EntryExitSheet(r));
  if (std::optional<xlsx::Sheet> s = WaveDynamicsSheet(r.waves)) book.sheets.push_back(std::move(*s));
  if (std::optional<xlsx::Sheet> s = WaveAnswersSheet(r.waves)) book.sheets.push_back(std::move(*s));
  book.sheets.push_back(PlansSheet(program, r));
  book.sheets.push_back(SwotSheet(r));
  // Every figure is counted from the school's data and the SWOT is the curator's text in
  // program.toml: an edit to this file is lost at the next build, so each sheet says where to edit.
  const std::string note = documents::OutputNote(
      "данные школы (таблицы в content/data: по ним считаются все цифры; SWOT и выводы — раздел [monitoring] "
      "в content/program.toml)");
  // Any sheet may be printed alone, so each says the date its figures are as of.
  const std::string date = r.report_date.Russian();
  for (xlsx::Sheet& sheet : book.sheets) {
    if (sheet.title.find(date) == std::string::npos) sheet.title += " (на " + date + ")";
    sheet.title += "\n" + note;
  }
  return book;
}

}  // namespace nastavnik::render::monitoring
