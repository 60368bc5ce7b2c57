#include "render/monitoring/charts.h"

#include "render/monitoring/format.h"

namespace nastavnik::render::monitoring {

namespace cm = compute::monitoring;

doc::Chart CoverageChart(const cm::MonitoringReport& r) {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kColumns;
  c.title = "Охват программой, % от числа в организации";
  doc::ChartSeries s{"Охват", {}};
  int covered = 0, total = 0;
  for (const cm::CoverageRow& row : r.by_category) {
    c.categories.push_back(CategoryLabel(row.category));
    s.values.push_back(row.total > 0 ? PercentValue(static_cast<double>(row.covered) / row.total) : 0);
    covered += row.covered;
    total += row.total;
  }
  c.categories.push_back("Всего");
  s.values.push_back(total > 0 ? PercentValue(static_cast<double>(covered) / total) : 0);
  c.series.push_back(std::move(s));
  c.target = PercentValue(r.coverage.target);
  c.target_label = "цель " + Percent(r.coverage.target);
  c.max = 100;
  c.unit = "%";
  return c;
}

doc::Chart PairsByFormChart(const cm::MonitoringReport& r) {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kBars;
  c.title = "Пары и группы по формам наставничества";
  doc::ChartSeries pairs{"Пары", {}}, groups{"Группы", {}};
  for (const cm::PairCount& p : r.pairs_by_form) {
    c.categories.push_back(p.label);
    pairs.values.push_back(p.pairs);
    groups.values.push_back(p.groups);
  }
  c.series = {std::move(pairs), std::move(groups)};
  return c;
}

doc::Chart SatisfactionChart(const cm::MonitoringReport& r) {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kColumns;
  c.title = "Удовлетворённость: сколько участников поставили каждую оценку";
  doc::ChartSeries mentors{"Наставники", {}}, mentees{"Наставляемые", {}};
  for (int score = 1; score <= 10; ++score) {
    c.categories.push_back(std::to_string(score));
    mentors.values.push_back(r.mentor_satisfaction.distribution[score - 1]);
    mentees.values.push_back(r.mentee_satisfaction.distribution[score - 1]);
  }
  c.series = {std::move(mentors), std::move(mentees)};
  return c;
}

doc::Chart EntryExitChart(const std::vector<const cm::IndicatorChange*>& shown) {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kColumns;
  const bool of_mentors = !shown.empty() && shown.front()->of_mentors;
  c.title = std::string(of_mentors ? "Наставники" : "Наставляемые") +
            ": показатели на входе и на выходе, средняя оценка по шкале от 1 до 10";
  doc::ChartSeries entry{"Вход", {}}, exit{"Выход", {}};
  for (const cm::IndicatorChange* i : shown) {
    c.categories.push_back(i->name);
    entry.values.push_back(i->entry_mean);
    exit.values.push_back(i->exit_mean);
  }
  c.series = {std::move(entry), std::move(exit)};
  c.max = 10;
  return c;
}

doc::Chart PlansChart(const cm::MonitoringReport& r) {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kBars;
  c.title = "Задачи индивидуальных планов на " + r.report_date.Russian();
  c.categories = {"Выполнено", "В работе", "Просрочено"};
  c.series = {{"Задач", {static_cast<double>(r.plans_total.done), static_cast<double>(r.plans_total.in_progress),
                         static_cast<double>(r.plans_total.overdue)}}};
  if (r.plans_total.cancelled > 0) {
    c.categories.push_back("Отменено");
    c.series[0].values.push_back(r.plans_total.cancelled);
  }
  return c;
}

std::string DescribeChart(const doc::Chart& chart) {
  std::string out = "Диаграмма «" + chart.title + "».";
  for (const doc::ChartSeries& s : chart.series) {
    out += " " + s.name + ":";
    for (size_t i = 0; i < chart.categories.size() && i < s.values.size(); ++i) {
      out += (i ? "; " : " ") + chart.categories[i] + " — " + Tenths(s.values[i]) + (chart.unit.empty() ? "" : " " + chart.unit);
    }
    out += ".";
  }
  if (chart.target) out += " Цель: " + Tenths(*chart.target) + (chart.unit.empty() ? "" : " " + chart.unit) + ".";
  return out;
}

}  // namespace nastavnik::render::monitoring
