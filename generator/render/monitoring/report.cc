#include "render/monitoring/report.h"

#include <cmath>
#include <map>

#include "base/grammar/grammar.h"
#include "base/text.h"
#include "render/monitoring/charts.h"
#include "render/monitoring/format.h"
#include "render/monitoring/survey_section.h"

namespace nastavnik::render::monitoring {
namespace {

namespace cm = compute::monitoring;
using Blocks = std::vector<doc::Block>;

doc::Block ChartBlock(doc::Chart chart) {
  doc::Block b;
  b.kind = doc::BlockKind::kChart;
  b.text = DescribeChart(chart);
  b.chart = std::move(chart);
  b.keep_together = true;
  return b;
}

// Lists on paper stop here; the workbook holds every row. A district's roster would otherwise turn
// the report into a phone book.
constexpr size_t kPaperListLimit = 100;

void NoteCut(size_t shown, size_t all, Blocks& out) {
  if (all > shown) {
    out.push_back(doc::Paragraph("Показаны первые " + std::to_string(shown) + " из " + std::to_string(all) +
                                 "; полный список — в таблице monitoring.xlsx."));
  }
}

// People still needed to reach the target: ⌈target · total⌉ − covered, never below zero.
int Needed(int covered, int total, double target) {
  int need = static_cast<int>(std::ceil(target * total - 1e-9)) - covered;
  return need > 0 ? need : 0;
}

void CoverageSection(const cm::MonitoringReport& r, const Audience& a, Blocks& out) {
  out.push_back(doc::Heading(2, "1. Охват программой наставничества"));
  const compute::Coverage& c = r.coverage;
  std::vector<std::vector<std::string>> rows;
  int covered = 0, total = 0;
  bool all_shown = true;
  // The gap to the target is the total's share less the covered: it would give a hidden count away.
  auto row_of = [&](const std::string& label, int in, int of) {
    all_shown = all_shown && a.Shows(in);
    return std::vector<std::string>{label, a.Count(in), std::to_string(of), a.Share(in, of), Percent(c.target),
                                    a.Shows(in) ? std::to_string(Needed(in, of, c.target)) : "—"};
  };
  for (const cm::CoverageRow& row : r.by_category) {
    covered += row.covered;
    total += row.total;
    rows.push_back(row_of(CategoryLabel(row.category), row.covered, row.total));
  }
  rows.push_back(row_of("Всего", covered, total));
  out.push_back(doc::Paragraph(
      "Охват — доля обучающихся и педагогов, состоящих в действующих или завершённых парах и группах, от их "
      "общего числа в организации. Целевое значение — " + Percent(c.target) + ". Последний столбец показывает, "
      "сколько человек нужно вовлечь дополнительно, чтобы достичь цели. Доли здесь и далее даны в процентах, "
      "округлённых до десятых; ноль после запятой не пишется."));
  out.push_back(Table({"Группа", "Участвуют", "Всего в организации", "Охват", "Цель", "Не хватает до цели, чел."},
                      std::move(rows), {3, 2, 2, 2, 2, 2}));
  // A chart cannot say «менее 5»: a bar would give a hidden count away.
  if (all_shown) out.push_back(ChartBlock(CoverageChart(r)));

  if (!r.pupils_by_grade.empty()) {
    std::vector<std::vector<std::string>> grades;
    for (const cm::CoverageRow& row : r.pupils_by_grade) {
      grades.push_back({GradeLabel(row.grade), a.Count(row.covered), a.Count(row.total), a.Share(row.covered, row.total)});
    }
    out.push_back(doc::Paragraph("Обучающиеся по параллелям (доля — от числа обучающихся параллели в базе программы):"));
    out.push_back(Table({"Параллель", "Участвуют", "В базе", "Доля"}, std::move(grades), {3, 2, 2, 2}));
  }
  if (!r.by_form.empty()) {
    std::vector<std::vector<std::string>> forms;
    for (const cm::CoverageRow& row : r.by_form) {
      // A share of a known total would give a hidden count away: it is hidden with the count.
      forms.push_back({row.label, a.Count(row.covered), a.Share(row.covered, row.total)});
    }
    out.push_back(doc::Paragraph("Участники по формам наставничества (человек может участвовать в нескольких формах):"));
    out.push_back(Table({"Форма", "Участников", "Доля от всех участников"}, std::move(forms), {4, 2, 3}));
  }
}

// «, 5А класс» for a pupil, «, учитель физики» for staff: a waiting adult must not read like a pupil
// whose class is missing.
std::string WhoIs(const model::Person& p) {
  if (!p.grade.empty()) return ", " + p.grade + " класс";
  return p.position.empty() ? "" : ", " + p.position;
}

// A signed report names a pair by its people, as the orders do, never by the database's code.
std::string PairPeople(const model::Program& program, const model::Pair& pair) {
  auto name = [&](const std::string& id) {
    const model::Person* p = program.FindPerson(id);
    return p ? text::SurnameInitials(p->full_name) : id;
  };
  std::string out = name(pair.mentor) + " –";
  for (size_t i = 0; i < pair.mentees.size(); ++i) out += (i ? ", " : " ") + name(pair.mentees[i]);
  return out;
}

void PairsSection(const model::Program& program, const cm::MonitoringReport& r, const Audience& a, Blocks& out) {
  out.push_back(doc::Heading(2, "2. Наставнические пары и группы"));
  // The prose hides what the tables hide.
  out.push_back(doc::Paragraph("Действующих пар и групп: " + a.Count(r.pairs_active) + ", завершённых: " +
                               a.Count(r.pairs_completed) + ", расторгнутых: " + a.Count(r.pairs_terminated) + "."));
  auto table = [&](const std::vector<cm::PairCount>& counts, const char* first) {
    std::vector<std::vector<std::string>> rows;
    for (const cm::PairCount& p : counts) {
      rows.push_back({p.label, a.Count(p.pairs), a.Count(p.groups), a.Count(p.mentees)});
    }
    return Table({first, "Пар", "Групп", "Наставляемых"}, std::move(rows), {5, 2, 2, 2});
  };
  out.push_back(doc::Paragraph("По формам наставничества (действующие и завершённые):"));
  out.push_back(table(r.pairs_by_form, "Форма"));
  // A chart cannot say «менее 5»: where the table hides a small count, the public page has no chart.
  bool chart_hides_nothing = true;
  for (const cm::PairCount& p : r.pairs_by_form) {
    chart_hides_nothing = chart_hides_nothing && a.Shows(p.pairs) && a.Shows(p.groups);
  }
  if (chart_hides_nothing) out.push_back(ChartBlock(PairsByFormChart(r)));
  out.push_back(doc::Paragraph("По ролевым моделям:"));
  out.push_back(table(r.pairs_by_role_model, "Ролевая модель"));

  out.push_back(doc::Heading(3, "Нагрузка наставников"));
  int mentees = 0;
  for (const cm::MentorLoad& m : r.mentor_load) mentees += m.mentees;
  const double mean = r.mentor_load.empty() ? 0 : static_cast<double>(mentees) / r.mentor_load.size();
  // «1,1 наставляемого» (after a fraction, the genitive singular), «1 наставляемый», «2 наставляемых».
  const std::string mean_text = Number(mean);
  const std::string noun = mean_text.find(',') != std::string::npos
                               ? "наставляемого"
                               : std::string(grammar::NounForm(std::llround(mean), "наставляемый", "наставляемых",
                                                               "наставляемых"));
  out.push_back(doc::Paragraph(
      "Наставников в базе: " + a.Count(static_cast<int>(r.mentor_load.size())) + "; в среднем на наставника приходится " +
      mean_text + " " + noun + " в действующих парах. Сверх согласованной нагрузки: " + a.Count(r.mentors_over_capacity) +
      "; без наставляемых: " + a.Count(r.mentors_without_mentees) + "."));
  // The paper report lists the mentors who need the curator's attention; everyone's load is in
  // monitoring.xlsx, where a district's thousands of rows can be filtered.
  if (!a.is_public && (r.mentors_over_capacity > 0 || r.mentors_without_mentees > 0)) {
    std::vector<std::vector<std::string>> rows;
    size_t all = 0;
    for (const cm::MentorLoad& m : r.mentor_load) {
      if (m.mentees > 0 && m.mentees <= m.capacity) continue;
      if (++all > kPaperListLimit) continue;
      rows.push_back({m.name, std::to_string(m.mentees), std::to_string(m.capacity),
                      m.mentees > m.capacity ? "превышена" : "нет наставляемых"});
    }
    out.push_back(doc::Paragraph("Наставники, чья нагрузка требует решения куратора (нагрузка всех наставников — "
                                 "в таблице monitoring.xlsx):"));
    size_t shown = rows.size();
    out.push_back(Table({"Наставник", "Наставляемых", "Не более", "Отметка"}, std::move(rows), {5, 2, 2, 3}));
    NoteCut(shown, all, out);
  }
  out.push_back(doc::Heading(3, "Наставляемые без пары"));
  out.push_back(doc::Paragraph("Ожидают закрепления наставника: " + a.Count(static_cast<int>(r.waiting_mentees.size())) +
                               "."));
  if (!a.is_public && !r.waiting_mentees.empty()) {
    std::vector<std::string> names;
    for (const std::string& id : r.waiting_mentees) {
      if (names.size() == kPaperListLimit) break;
      const model::Person* p = program.FindPerson(id);
      names.push_back(p ? p->full_name + WhoIs(*p) : id);
    }
    out.push_back(BulletList(names));
    NoteCut(names.size(), r.waiting_mentees.size(), out);
  }
}

// One role's entry and exit: the mentees' own figures are the program's result; the mentors' are
// about themselves and only where their questionnaire asks.
void EntryExitTable(const cm::MonitoringReport& r, const Audience& a, bool of_mentors, Blocks& out) {
  std::vector<std::vector<std::string>> ind;
  std::vector<const cm::IndicatorChange*> shown;
  for (const cm::IndicatorChange& c : r.indicators) {
    if (c.of_mentors != of_mentors) continue;
    if (!a.Shows(c.n)) {
      ind.push_back({c.name, a.Hidden(), "—", "—", "—", "—", "—"});
      continue;
    }
    shown.push_back(&c);
    std::string change = (c.mean_change > 0 ? "+" : "") + Number(c.mean_change, 2);
    ind.push_back({c.name + (c.lower_is_better ? " (чем ниже, тем лучше)" : ""), std::to_string(c.n),
                   Number(c.entry_mean, 2), Number(c.exit_mean, 2), change, a.Share(c.improved, c.n),
                   DescribeTest(c.test)});
  }
  if (of_mentors && ind.empty()) return;  // the mentor's form asks nothing at both entry and exit
  out.push_back(doc::Paragraph(of_mentors ? "Наставники (только показатели, о которых анкета наставника спрашивает "
                                            "и на входе, и на выходе):"
                                          : "Наставляемые:"));
  if (ind.empty()) {
    out.push_back(doc::Paragraph("Анкет, заполненных одним наставляемым и на входе, и на выходе, пока нет."));
    return;
  }
  out.push_back(Table({"Показатель", "Человек", "Вход, среднее", "Выход, среднее", "Изменение", "Улучшились",
                       "Значимость"},
                      std::move(ind), {4, 2, 2, 2, 3, 3, 4}));
  if (!shown.empty()) out.push_back(ChartBlock(EntryExitChart(shown)));
}

void SurveysSection(const cm::MonitoringReport& r, const Audience& a, Blocks& out) {
  out.push_back(doc::Heading(2, "3. Анкетирование участников"));
  std::vector<std::vector<std::string>> rows;
  auto scale_row = [&](const char* who, const cm::ScaleStats& s) {
    if (a.Shows(s.n)) {
      rows.push_back({who, std::to_string(s.n), s.n ? Number(s.mean) : "—", s.n ? Number(s.median) : "—"});
    } else {
      rows.push_back({who, a.Hidden(), "—", "—"});
    }
  };
  scale_row("Наставники", r.mentor_satisfaction);
  scale_row("Наставляемые", r.mentee_satisfaction);
  out.push_back(doc::Paragraph("Удовлетворённость участием в программе по шкале от 1 до 10 (последняя анкета каждого "
                               "участника):"));
  out.push_back(Table({"Группа", "Ответов", "Среднее", "Медиана"}, std::move(rows), {4, 2, 2, 2}));
  if (!a.is_public) out.push_back(ChartBlock(SatisfactionChart(r)));

  out.push_back(doc::Heading(3, "Динамика показателей: вход и выход"));
  out.push_back(doc::Paragraph(
      "Сравниваются ответы одних и тех же участников на входе и на выходе, отдельно наставляемых и наставников; "
      "показатели оцениваются по шкале от 1 до 10. «Улучшились» — доля тех, у кого "
      "показатель вырос (у тревожности — снизился). Значимость изменения проверяется критерием знаковых рангов "
      "Уилкоксона (двусторонним): точным при числе ненулевых изменений до 25, нормальным приближением с поправкой "
      "на связи — при большем; при числе ненулевых изменений меньше 6 проверка не проводится."));
  EntryExitTable(r, a, false, out);
  EntryExitTable(r, a, true, out);
  AppendWaveDynamics(r.waves, a, out);
  AppendWaveCounts(r.waves, a, out);
  // Open answers may name people or tell what a pupil confided: they stay in the school.
  if (!a.is_public) AppendOpenAnswers(r.waves, out);
}

void PlansSection(const model::Program& program, const cm::MonitoringReport& r, const Audience& a, Blocks& out) {
  out.push_back(doc::Heading(2, "4. Выполнение индивидуальных планов"));
  const cm::PlanProgress& t = r.plans_total;
  out.push_back(doc::Paragraph("На " + r.report_date.Russian() + " в индивидуальных планах " +
                               grammar::CountNoun(t.total, "задача", "задачи", "задач") + ": выполнено " + std::to_string(t.done) + " (" + Percent(t.done, t.total) +
                               "), в работе " + std::to_string(t.in_progress) + ", просрочено " +
                               std::to_string(t.overdue) + " (срок прошёл, отметки о выполнении нет)" +
                               (t.cancelled ? ", отменено " + std::to_string(t.cancelled) +
                                                  " (задачи расторгнутых пар не считаются просроченными)"
                                            : std::string()) +
                               "."));
  if (t.marked_ahead > 0) {
    // The mark does not say when the work was done: the report counts it once the task falls due.
    out.push_back(doc::Paragraph("Задач с отметкой о выполнении и сроком позже " + r.report_date.Russian() + ": " +
                                 std::to_string(t.marked_ahead) +
                                 ". Отметка не говорит, когда задача выполнена, поэтому до срока такие задачи "
                                 "учтены как задачи в работе."));
  }
  out.push_back(ChartBlock(PlansChart(r)));
  if (a.is_public || t.overdue == 0) return;
  out.push_back(doc::Paragraph("Пары с просроченными задачами (все пары — в таблице monitoring.xlsx):"));
  std::map<std::string, const model::Pair*> pairs;
  for (const model::Pair& pair : program.pairs) pairs[pair.id] = &pair;
  std::vector<std::vector<std::string>> rows;
  size_t all = 0;
  for (const cm::PlanProgress& p : r.plans) {
    if (p.overdue == 0 || ++all > kPaperListLimit) continue;
    auto it = pairs.find(p.pair);
    rows.push_back({it != pairs.end() ? PairPeople(program, *it->second) : p.pair, std::to_string(p.total),
                    std::to_string(p.done), std::to_string(p.in_progress), std::to_string(p.overdue)});
  }
  size_t shown = rows.size();
  out.push_back(Table({"Наставник – наставляемые", "Задач", "Выполнено", "В работе", "Просрочено"}, std::move(rows),
                      {6, 2, 2, 2, 2}));
  NoteCut(shown, all, out);
}

std::string Evidence(const cm::SwotItem& item, const Audience& a) {
  if (item.scale && a.Shows(item.scale->n) && item.scale->n > 0) {
    return std::string(item.scale_of_mentors ? " (анкеты наставников" : " (анкеты наставляемых") +
           ": средняя оценка " + Number(item.scale->mean) + " из 10, ответов " +
           std::to_string(item.scale->n) + ")";
  }
  if (item.change && a.Shows(item.change->n)) {
    const cm::IndicatorChange& c = *item.change;
    return std::string(c.of_mentors ? " (анкеты наставников: " : " (анкеты наставляемых: ") + c.name + " " +
           Number(c.entry_mean) + " → " + Number(c.exit_mean) + ", улучшились " +
           a.Count(c.improved) + " из " + std::to_string(c.n) + ")";
  }
  return "";
}

void SwotSection(const cm::MonitoringReport& r, const Audience& a, Blocks& out) {
  out.push_back(doc::Heading(2, "5. SWOT-анализ куратора"));
  struct Part {
    const char* title;
    const std::vector<cm::SwotItem>* items;
    const char* question;  // the curator's questionnaire asks the same
  };
  const Part parts[] = {{"Сильные стороны", &r.strengths, "strengths"},
                        {"Слабые стороны", &r.weaknesses, "weaknesses"},
                        {"Возможности", &r.opportunities, "opportunities"},
                        {"Угрозы", &r.threats, "threats"}};
  // The curator's questionnaire is the first stage of monitoring: the program's conditions. It is
  // one person's words, so the published report keeps to the SWOT of program.toml.
  if (!a.is_public) AppendCuratorAnswers(r.waves, out);
  bool any = false;
  for (const Part& part : parts) {
    std::vector<std::string> lines;
    for (const cm::SwotItem& item : *part.items) lines.push_back(item.text + Evidence(item, a));
    std::string answered = a.is_public ? "" : CuratorAnswer(r.waves, part.question);
    if (!answered.empty()) lines.push_back("Из анкеты куратора: " + answered);
    if (lines.empty()) continue;
    any = true;
    out.push_back(doc::Heading(3, part.title));
    out.push_back(BulletList(lines));
  }
  if (!any) out.push_back(doc::Paragraph("Куратор ещё не заполнил SWOT-анализ ([monitoring.swot] в program.toml)."));
}

// The report is the curator's: who made it and when, and on paper the line the curator signs.
void AppendAuthor(const model::Program& program, const cm::MonitoringReport& r, bool is_public, Blocks& out) {
  const model::Person* c = program.FindPerson(program.settings.curator);
  const std::string position = c && !c->position.empty() ? c->position + ", куратор программы наставничества"
                                                         : "Куратор программы наставничества";
  const std::string name = c ? text::InitialsFirst(c->full_name) : "";
  if (is_public) {
    // The published report names nobody, its author included.
    out.push_back(doc::Paragraph("Составитель отчёта: куратор программы наставничества; дата составления — " +
                                 r.report_date.Russian() + "."));
    return;
  }
  // The date goes to the signature's page with the last paragraph before it, never alone.
  doc::Block closing;
  closing.kind = doc::BlockKind::kListItem;  // a bare container: no marker, no indent
  closing.keep_together = true;
  if (!out.empty() && out.back().kind == doc::BlockKind::kParagraph) {
    closing.children.push_back(std::move(out.back()));
    out.pop_back();
  }
  closing.children.push_back(doc::Paragraph("Дата составления отчёта: " + r.report_date.Russian() + "."));
  out.push_back(std::move(closing));
  doc::Block b;
  b.kind = doc::BlockKind::kSignatures;
  b.keep_together = true;
  b.signatures.push_back(doc::SignatureLine{position, name, "(подпись)"});
  out.push_back(std::move(b));
}

}  // namespace

std::string DescribeTest(const cm::SignedRankTest& test) {
  if (!test.p_value) return "выборка мала";
  std::string p = *test.p_value < 0.001 ? "p < 0,001" : "p = " + Number(*test.p_value, 3);
  return p + (*test.p_value < 0.05 ? ", значимо" : ", не значимо") + (test.exact ? " (точный)" : " (приближ.)");
}

doc::Document BuildMonitoringReport(const model::Program& program, const cm::MonitoringReport& r, bool is_public) {
  Audience a{is_public, r.min_group};
  doc::Document d;
  d.title = "Отчёт о мониторинге программы наставничества";
  d.subject = program.settings.title;
  d.author = program.organization.short_name;
  if (!is_public) d.blocks.push_back(doc::Heading(1, d.title));  // the site page has its own title
  d.blocks.push_back(doc::Paragraph(program.organization.full_name + ". " + program.settings.title + ", " +
                                        program.settings.academic_year + " учебный год. По состоянию на " +
                                        r.report_date.Russian() + ".",
                                    doc::Align::kCenter));
  if (is_public) {
    d.blocks.push_back(doc::Paragraph("Опубликованы только обобщённые данные: группы меньше " +
                                      std::to_string(r.min_group) + " человек показаны как «" + a.Hidden() +
                                      "», их доли не публикуются."));
  }
  CoverageSection(r, a, d.blocks);
  PairsSection(program, r, a, d.blocks);
  SurveysSection(r, a, d.blocks);
  PlansSection(program, r, a, d.blocks);
  SwotSection(r, a, d.blocks);
  if (!r.conclusions.empty()) {
    d.blocks.push_back(doc::Heading(2, "6. Выводы"));
    for (const std::string& p : r.conclusions) d.blocks.push_back(doc::Paragraph(p, doc::Align::kJustify));
  }
  AppendAuthor(program, r, is_public, d.blocks);
  return d;
}

}  // namespace nastavnik::render::monitoring
