#include "render/rollup/rollup.h"

#include <algorithm>

#include "base/text.h"
#include "render/html/html_blocks.h"
#include "render/monitoring/charts.h"
#include "render/monitoring/format.h"
#include "render/pdf/pdf.h"
#include "render/rollup/rollup_workbook.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::rollup {
namespace {

using monitoring::Number;
using monitoring::Percent;
using monitoring::Table;

doc::Block ChartBlock(doc::Chart chart) {
  doc::Block b;
  b.kind = doc::BlockKind::kChart;
  b.text = monitoring::DescribeChart(chart);
  b.chart = std::move(chart);
  b.keep_together = true;
  return b;
}

std::string Ratio(int covered, int total) { return std::to_string(covered) + " из " + std::to_string(total); }

}  // namespace

doc::Document BuildRollupReport(const compute::NetworkRollup& r) {
  doc::Document d;
  d.title = "Сводный отчёт о мониторинге программ наставничества";
  d.subject = "Мониторинг наставничества в сети образовательных организаций";
  d.blocks.push_back(doc::Heading(1, d.title));
  Date first, last;
  for (const model::SchoolSummary& s : r.schools) {
    if (!first.valid() || s.report_date < first) first = s.report_date;
    if (!last.valid() || last < s.report_date) last = s.report_date;
  }
  std::string dates = first == last ? "на " + first.Russian() : "на даты с " + first.Russian() + " по " + last.Russian();
  d.blocks.push_back(doc::Paragraph("Организаций: " + std::to_string(r.schools.size()) + "; данные их отчётов " + dates +
                                        ". Цель охвата — " + Percent(r.target) + "; её достигли " +
                                        std::to_string(r.schools_reaching_target) + " из " +
                                        std::to_string(r.schools.size()) + ".",
                                    doc::Align::kCenter));

  d.blocks.push_back(doc::Heading(2, "1. Охват по организациям"));
  std::vector<std::vector<std::string>> rows;
  doc::Chart chart;
  chart.kind = doc::Chart::Kind::kBars;
  chart.title = "Охват по организациям, %";
  chart.series.push_back({"Охват", {}});
  chart.target = 100 * r.target;
  chart.target_label = "цель " + Percent(r.target);
  chart.max = 100;
  chart.unit = "%";
  for (const model::SchoolSummary& s : r.schools) {
    double share = compute::SchoolCoverage(s);
    rows.push_back({s.name, Ratio(s.pupils_covered, s.pupils_total), Ratio(s.teachers_covered, s.teachers_total),
                    Percent(share), Percent(s.target), share >= s.target - 1e-12 ? "да" : "нет"});
    chart.categories.push_back(s.name);
    chart.series[0].values.push_back(100 * share);
  }
  int covered = r.pupils_covered + r.teachers_covered, total = r.pupils_total + r.teachers_total;
  rows.push_back({"Всего", Ratio(r.pupils_covered, r.pupils_total), Ratio(r.teachers_covered, r.teachers_total),
                  Percent(covered, total), Percent(r.target), ""});
  d.blocks.push_back(Table({"Организация", "Обучающиеся", "Педагоги", "Охват", "Цель", "Цель достигнута"},
                           std::move(rows), {5, 3, 3, 2, 2, 3}));
  d.blocks.push_back(ChartBlock(std::move(chart)));

  if (!r.pupils_by_grade.empty()) {
    std::vector<std::vector<std::string>> grades;
    for (const model::SummaryGroup& g : r.pupils_by_grade) {
      grades.push_back({g.grade > 0 ? monitoring::GradeLabel(g.grade) : g.label, std::to_string(g.covered), std::to_string(g.total), Percent(g.covered, g.total)});
    }
    d.blocks.push_back(doc::Paragraph("Обучающиеся по параллелям (доля — от числа обучающихся в базах программ):"));
    d.blocks.push_back(Table({"Параллель", "Участвуют", "В базах", "Доля"}, std::move(grades), {3, 2, 2, 2}));
  }

  d.blocks.push_back(doc::Heading(2, "2. Пары и группы"));
  d.blocks.push_back(doc::Paragraph(
      "Действующих пар и групп: " + std::to_string(r.pairs_active) + ", завершённых: " + std::to_string(r.pairs_completed) +
      ", расторгнутых: " + std::to_string(r.pairs_terminated) + ". Наставников: " + std::to_string(r.mentors) +
      ", из них сверх согласованной нагрузки: " + std::to_string(r.mentors_over_capacity) +
      ". Наставляемых, ожидающих пару: " + std::to_string(r.waiting_mentees) + "."));
  std::vector<std::vector<std::string>> forms;
  for (const model::SummaryForm& f : r.by_form) {
    forms.push_back({f.form, std::to_string(f.pairs), std::to_string(f.groups), std::to_string(f.mentees)});
  }
  d.blocks.push_back(Table({"Форма", "Пар", "Групп", "Наставляемых"}, std::move(forms), {5, 2, 2, 2}));

  if (!r.by_role_model.empty()) {
    std::vector<std::vector<std::string>> roles;
    for (const model::SummaryForm& f : r.by_role_model) {
      roles.push_back({f.form, std::to_string(f.pairs), std::to_string(f.groups), std::to_string(f.mentees)});
    }
    d.blocks.push_back(doc::Paragraph("По ролевым моделям:"));
    d.blocks.push_back(Table({"Ролевая модель", "Пар", "Групп", "Наставляемых"}, std::move(roles), {5, 2, 2, 2}));
  }

  d.blocks.push_back(doc::Heading(2, "3. Анкетирование"));
  auto scale = [](const char* who, const model::SummaryScale& s) {
    return std::vector<std::string>{who, std::to_string(s.n), s.n ? Number(s.mean) : "—", s.n ? Number(s.median) : "—"};
  };
  d.blocks.push_back(Table({"Удовлетворённость (1–10)", "Ответов", "Среднее", "Медиана"},
                           {scale("Наставники", r.mentor_satisfaction), scale("Наставляемые", r.mentee_satisfaction)},
                           {4, 2, 2, 2}));
  std::vector<std::vector<std::string>> ind;
  for (const compute::RollupIndicator& i : r.indicators) {
    ind.push_back({i.name + (i.lower_is_better ? " (ниже — лучше)" : ""), std::to_string(i.schools), std::to_string(i.n),
                   Number(i.entry_mean, 2), Number(i.exit_mean, 2), Percent(i.improved, i.n)});
  }
  if (!ind.empty()) {
    d.blocks.push_back(doc::Paragraph("Вход и выход (средние, взвешенные по числу ответивших в каждой организации):"));
    d.blocks.push_back(Table({"Показатель", "Организаций", "Человек", "Вход", "Выход", "Улучшились"}, std::move(ind),
                             {4, 2, 2, 2, 2, 2}));
  }
  d.blocks.push_back(doc::Heading(2, "4. Индивидуальные планы"));
  d.blocks.push_back(doc::Paragraph("Задач в планах: " + std::to_string(r.plans_total) + "; выполнено " +
                                    std::to_string(r.plans_done) + " (" + Percent(r.plans_done, r.plans_total) +
                                    "), в работе " + std::to_string(r.plans_in_progress) + ", просрочено " +
                                    std::to_string(r.plans_overdue) + "."));
  bool any_swot = false;
  for (const model::SchoolSummary& s : r.schools) {
    any_swot = any_swot || !s.strengths.empty() || !s.weaknesses.empty() || !s.opportunities.empty() ||
               !s.threats.empty();
  }
  if (any_swot) {
    d.blocks.push_back(doc::Heading(2, "Приложение. SWOT-анализ кураторов организаций"));
    for (const model::SchoolSummary& s : r.schools) {
      const std::pair<const char*, const std::vector<std::string>*> parts[] = {
          {"Сильные стороны", &s.strengths}, {"Слабые стороны", &s.weaknesses},
          {"Возможности", &s.opportunities}, {"Угрозы", &s.threats}};
      bool heading = false;
      for (const auto& [title, items] : parts) {
        if (items->empty()) continue;
        if (!heading) d.blocks.push_back(doc::Heading(3, s.name));
        heading = true;
        d.blocks.push_back(doc::Paragraph(std::string(title) + ":"));
        d.blocks.push_back(monitoring::BulletList(*items));
      }
    }
  }
  return d;
}

Result<Artifacts> RenderRollup(const compute::NetworkRollup& r, long long epoch_seconds,
                               std::shared_ptr<const PdfResources> pdf_resources) {
  Artifacts out;
  doc::Document report = BuildRollupReport(r);
  pdf::PdfOptions options;
  options.epoch_seconds = epoch_seconds;
  options.resources = std::move(pdf_resources);
  Result<std::string> pdf = pdf::RenderPdf(report, options);
  if (!pdf.ok()) return pdf.status();
  out.push_back({"svodka.pdf", std::move(*pdf)});
  Result<std::string> book = xlsx::RenderXlsx(BuildRollupWorkbook(r), epoch_seconds);
  if (!book.ok()) return book.status();
  out.push_back({"svodka.xlsx", std::move(*book)});
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      text::EscapeHtml(report.title) +
      "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
      "line-height:1.5;color:#1b1b1b}table{border-collapse:collapse;width:100%;margin:1rem 0}"
      "th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left}th{background:#ddebf7}"
      ".table-wrap{overflow-x:auto}</style>\n</head>\n<body>\n<main>\n" +
      html::RenderBlocks(report.blocks) + "<p><a href=\"svodka.pdf\">PDF</a> · <a href=\"svodka.xlsx\">XLSX</a></p>\n" +
      "</main>\n</body>\n</html>\n";
  out.push_back({"index.html", std::move(html)});
  return out;
}

}  // namespace nastavnik::render::rollup
