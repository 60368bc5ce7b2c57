// The monitoring of a small program, against figures worked out by hand (see the fixture's header).
#include <catch2/catch.hpp>

#include "compute/monitoring/monitoring.h"
#include "compute/monitoring_fixture.h"

namespace nastavnik::testing {
namespace {

namespace cm = compute::monitoring;

const Date kToday{2026, 1, 15};

TEST_CASE("coverage counts people in active and completed pairs, by category, grade and form", "[monitoring]") {
  cm::MonitoringReport r = cm::Monitor(MonitoringFixture(), kToday);
  // Pairs A and B count, C is terminated: T1, T3 (teachers) and S1, S2 (pupils).
  CHECK(r.coverage.pupils_covered == 2);
  CHECK(r.coverage.teachers_covered == 2);
  CHECK(r.coverage.pupils_total == 10);  // program.toml's total beats the 4 listed
  CHECK(r.coverage.teachers_total == 5);
  CHECK(r.coverage.share() == Catch::Detail::Approx(4.0 / 15));
  REQUIRE(r.by_category.size() == 2);
  CHECK(r.by_category[0].category == model::Category::kPupil);
  CHECK(r.by_category[1].category == model::Category::kTeacher);
  CHECK(r.by_category[0].covered == 2);
  CHECK(r.by_category[1].total == 5);
  REQUIRE(r.pupils_by_grade.size() == 3);
  CHECK(r.pupils_by_grade[0].grade == 7);
  CHECK(r.pupils_by_grade[0].covered == 2);
  CHECK(r.pupils_by_grade[0].total == 2);
  CHECK(r.pupils_by_grade[1].grade == 8);
  CHECK(r.pupils_by_grade[1].covered == 0);
  CHECK(r.pupils_by_grade[2].grade == 10);
  REQUIRE(r.by_form.size() == 2);
  CHECK(r.by_form[0].label == "учитель – учитель");  // the Form enum's order
  CHECK(r.by_form[0].covered == 2);
  CHECK(r.by_form[0].total == 4);
  CHECK(r.by_form[1].label == "учитель – ученик");
  CHECK(r.by_form[1].covered == 3);
}

TEST_CASE("pairs by form and role model, mentors' load and mentees waiting", "[monitoring]") {
  cm::MonitoringReport r = cm::Monitor(MonitoringFixture(), kToday);
  CHECK(r.pairs_active == 2);
  CHECK(r.pairs_completed == 0);
  CHECK(r.pairs_terminated == 1);
  REQUIRE(r.pairs_by_form.size() == 2);
  const cm::PairCount& pupils = r.pairs_by_form[0].label == "учитель – ученик" ? r.pairs_by_form[0] : r.pairs_by_form[1];
  CHECK(pupils.pairs == 0);
  CHECK(pupils.groups == 1);
  CHECK(pupils.mentees == 2);
  CHECK(r.pairs_by_role_model.size() == 2);  // the terminated pair's model is not counted
  REQUIRE(r.mentor_load.size() == 3);
  CHECK(r.mentor_load[0].mentor == "S4");
  CHECK(r.mentor_load[1].mentor == "T1");
  CHECK(r.mentor_load[1].mentees == 3);
  CHECK(r.mentor_load[1].capacity == 2);
  CHECK(r.mentors_over_capacity == 1);
  CHECK(r.mentors_without_mentees == 2);  // S4 and T2, whose only pair ended early
  CHECK(r.waiting_mentees == std::vector<std::string>{"S3", "T4"});
}

TEST_CASE("questionnaires: satisfaction of each group and the paired change", "[monitoring]") {
  cm::MonitoringReport r = cm::Monitor(MonitoringFixture(), kToday);
  // Latest answers: mentor T1 9; mentees S1 7, S2 6, T3 4.
  CHECK(r.mentor_satisfaction.n == 1);
  CHECK(r.mentor_satisfaction.mean == Catch::Detail::Approx(9));
  CHECK(r.mentee_satisfaction.n == 3);
  CHECK(r.mentee_satisfaction.mean == Catch::Detail::Approx(17.0 / 3));
  CHECK(r.mentee_satisfaction.median == Catch::Detail::Approx(6));
  CHECK(r.mentee_satisfaction.distribution[3] == 1);  // one answer of 4
  CHECK(r.mentee_satisfaction.distribution[5] == 1);
  CHECK(r.mentee_satisfaction.distribution[6] == 1);
  // Anxiety (lower is better), each role apart: mentees S1 8→5 improved, S2 6→6 unchanged (T3 has no
  // exit); mentor T1 3→4 worsened. Pooled, the mentor's answer would pass for a mentee's.
  REQUIRE(r.indicators.size() == 2);
  const cm::IndicatorChange& a = r.indicators[0];
  CHECK(a.name == "Тревожность");
  CHECK_FALSE(a.of_mentors);
  CHECK(a.lower_is_better);
  CHECK(a.n == 2);
  CHECK(a.entry_mean == Catch::Detail::Approx(7));
  CHECK(a.exit_mean == Catch::Detail::Approx(5.5));
  CHECK(a.mean_change == Catch::Detail::Approx(-1.5));
  CHECK(a.median_change == Catch::Detail::Approx(-1.5));
  CHECK(a.improved == 1);
  CHECK(a.unchanged == 1);
  CHECK(a.worsened == 0);
  CHECK(a.test.n == 1);
  CHECK_FALSE(a.test.p_value);  // fewer than 6 changes: «выборка мала»
  const cm::IndicatorChange& m = r.indicators[1];
  CHECK(m.of_mentors);
  CHECK(m.n == 1);
  CHECK(m.worsened == 1);
}

TEST_CASE("questionnaires: a mentor's entry and exit count only where the mentor's form asks", "[monitoring]") {
  model::Program p = MonitoringFixture();
  model::Questionnaire form;
  form.name = "nastavnik";
  form.respondent = "наставник";
  form.waves = {"вход", "промежуточная", "выход"};
  model::Question q;
  q.id = "readiness";
  q.kind = model::QuestionKind::kScale;
  q.indicator = "self_esteem";  // asked at every wave, but anxiety never
  form.questions.push_back(q);
  p.questionnaires.push_back(form);
  cm::MonitoringReport r = cm::Monitor(p, kToday);
  // T1 answered anxiety at entry and exit, but the mentor's questionnaire does not ask it.
  REQUIRE(r.indicators.size() == 1);
  CHECK_FALSE(r.indicators[0].of_mentors);
  CHECK(r.indicators[0].n == 2);
}

TEST_CASE("plans: done, in progress and overdue as of the report date", "[monitoring]") {
  cm::MonitoringReport r = cm::Monitor(MonitoringFixture(), kToday);
  REQUIRE(r.plans.size() == 2);
  CHECK(r.plans[0].pair == "A");
  CHECK(r.plans[0].total == 4);
  CHECK(r.plans[0].done == 2);         // «выполнено» in any case
  CHECK(r.plans[0].overdue == 1);      // «в работе», due 01.12.2025
  CHECK(r.plans[0].in_progress == 1);  // due 01.03.2026
  CHECK(r.plans[1].overdue == 1);      // «не выполнено» is not done
  CHECK(r.plans[1].in_progress == 1);  // no due date: never overdue
  CHECK(r.plans_total.total == 6);
  CHECK(r.plans_total.done == 2);
  CHECK(r.plans_total.overdue == 2);
  // A later report date makes the task due 01.03.2026 overdue too.
  cm::MonitoringReport later = cm::Monitor(MonitoringFixture(), Date{2026, 3, 2});
  CHECK(later.plans_total.overdue == 3);
}

TEST_CASE("plans: a task of a terminated pair is cancelled, not overdue", "[monitoring]") {
  model::Program p = MonitoringFixture();
  // Pair C (T2 → S3) was terminated: its unfinished task is past due, its finished one stays done.
  model::PlanTask late;
  late.pair = "C";
  late.task = "задача";
  late.due = Date{2025, 11, 1};
  late.status = "не начато";
  p.plan_tasks.push_back(late);
  model::PlanTask done = late;
  done.status = "выполнено";
  p.plan_tasks.push_back(done);
  cm::MonitoringReport r = cm::Monitor(p, kToday);
  REQUIRE(r.plans.size() == 3);
  CHECK(r.plans[2].pair == "C");
  CHECK(r.plans[2].overdue == 0);
  CHECK(r.plans[2].cancelled == 1);
  CHECK(r.plans[2].done == 1);
  CHECK(r.plans_total.overdue == 2);  // as without pair C
  CHECK(r.plans_total.cancelled == 1);
  CHECK(r.plans_total.total ==
        r.plans_total.done + r.plans_total.in_progress + r.plans_total.overdue + r.plans_total.cancelled);
}

TEST_CASE("satisfaction: a mentor is who mentors a pair, or a mentor still without one", "[monitoring]") {
  model::Program p = MonitoringFixture();
  auto answer = [&](const char* who, double satisfaction) {
    model::Survey s;
    s.participant = who;
    s.date = Date{2026, 1, 12};
    s.answers["satisfaction"] = satisfaction;
    s.where.line = 100 + static_cast<int>(p.surveys.size());
    p.surveys.push_back(s);
  };
  answer("S4", 10);  // listed as a mentor, in no pair yet: a mentor
  answer("T2", 2);   // mentored pair C, since terminated: still answers as a mentor
  answer("T4", 3);   // a mentee waiting for a pair: a mentee
  cm::MonitoringReport r = cm::Monitor(p, kToday);
  CHECK(r.mentor_satisfaction.n == 3);  // T1, S4, T2
  CHECK(r.mentor_satisfaction.mean == Catch::Detail::Approx((9.0 + 10 + 2) / 3));
  CHECK(r.mentee_satisfaction.n == 4);  // S1, S2, T3, T4
  CHECK(r.mentee_satisfaction.distribution[2] == 1);
}

TEST_CASE("SWOT points carry the questionnaire figures they name", "[monitoring]") {
  cm::MonitoringReport r = cm::Monitor(MonitoringFixture(), kToday);
  REQUIRE(r.strengths.size() == 3);
  REQUIRE(r.strengths[0].change);
  CHECK(r.strengths[0].change->improved == 1);
  REQUIRE(r.strengths[1].scale);
  CHECK(r.strengths[1].scale_of_mentors);
  CHECK(r.strengths[1].scale->mean == Catch::Detail::Approx(9));
  CHECK_FALSE(r.strengths[2].change);
  CHECK_FALSE(r.strengths[2].scale);
  CHECK(r.threats.size() == 1);
  CHECK(r.conclusions == std::vector<std::string>{"Вывод один."});
}

TEST_CASE("monitoring is a pure function of the program and the date", "[monitoring]") {
  cm::MonitoringReport a = cm::Monitor(MonitoringFixture(), kToday), b = cm::Monitor(MonitoringFixture(), kToday);
  CHECK(a.report_date == b.report_date);
  CHECK(a.waiting_mentees == b.waiting_mentees);
  CHECK(a.plans_total.overdue == b.plans_total.overdue);
}

// What happened after the report date is not in the report: the fixture as of 15.01.2026, plus a
// pair that starts later, a pair completed and one terminated after the date, an answer set and a
// curator's answers dated later, and a task marked done that falls due later.
model::Program WithLaterEvents() {
  model::Program p = MonitoringFixture();
  p.pairs[0].start = Date{2025, 9, 15};
  p.pairs[0].end = Date{2026, 2, 20};
  p.pairs[0].status = model::PairStatus::kCompleted;  // A: completed after the date
  p.pairs[2].start = Date{2025, 9, 15};
  p.pairs[2].end = Date{2026, 2, 1};                  // C: terminated after the date
  model::Pair d;
  d.id = "D";
  d.mentor = "T2";
  d.mentees = {"T4"};
  d.form = model::Form::kTeacherTeacher;
  d.start = Date{2026, 2, 1};  // starts after the date
  p.pairs.push_back(d);
  model::PlanTask early;
  early.pair = "B";
  early.task = "задача";
  early.due = Date{2026, 4, 1};
  early.status = "выполнено";  // marked, but due after the date
  p.plan_tasks.push_back(early);
  model::PlanTask of_d = early;
  of_d.pair = "D";
  p.plan_tasks.push_back(of_d);
  model::PlanTask of_c = early;
  of_c.pair = "C";
  of_c.due = Date{2025, 12, 1};
  of_c.status = "не начато";
  p.plan_tasks.push_back(of_c);
  model::Survey later;
  later.participant = "T3";
  later.exit_wave = true;
  later.wave = "выход";
  later.wave_order = model::kExitWaveOrder;
  later.date = Date{2026, 2, 10};
  later.answers["satisfaction"] = 10;
  later.answers["anxiety"] = 1;
  later.where.line = 50;
  p.surveys.push_back(later);
  model::Questionnaire curator;
  curator.name = "kurator";
  curator.respondent = "куратор";
  model::Question q;
  q.id = "conditions";
  q.kind = model::QuestionKind::kScale;
  curator.questions.push_back(q);
  p.questionnaires.push_back(curator);
  for (Date when : {Date{2025, 12, 20}, Date{2026, 2, 10}}) {
    model::Survey s;
    s.participant = "T1";
    s.questionnaire = "kurator";
    s.wave = "промежуточная";
    s.wave_order = 1;
    s.date = when;
    s.questions["conditions"].number = when.month == 12 ? 6 : 9;
    s.where.line = 60 + when.month;
    p.surveys.push_back(s);
  }
  return p;
}

TEST_CASE("a pair, an answer and a task dated after the report date are not counted", "[monitoring][as_of]") {
  const model::Program program = WithLaterEvents();
  cm::MonitoringReport r = cm::Monitor(program, kToday);
  // Pairs: A (completed 20.02) and C (terminated 01.02) were still active on 15.01; D had not started.
  CHECK(r.pairs_active == 3);
  CHECK(r.pairs_completed == 0);
  CHECK(r.pairs_terminated == 0);
  CHECK(r.coverage.active_pairs == 3);
  CHECK(r.coverage.teachers_covered == 3);  // T1, T3 and T2 of pair C; not T4 of pair D
  CHECK(r.coverage.pupils_covered == 3);    // S1, S2 and S3 of pair C
  CHECK(r.waiting_mentees == std::vector<std::string>{"T4"});
  // T3's exit answers (10.02) are not in: T3's latest satisfaction is the entry's 4.
  CHECK(r.mentee_satisfaction.n == 3);
  CHECK(r.mentee_satisfaction.mean == Catch::Detail::Approx(17.0 / 3));
  // Anxiety by entry and exit of 15.01: mentees S1 and S2; mentor T1 apart.
  REQUIRE(r.indicators.size() == 2);
  CHECK(r.indicators[0].n == 2);
  CHECK(r.indicators[1].of_mentors);
  CHECK(r.indicators[1].n == 1);
  // The curator's questionnaire: the December answers, not February's.
  REQUIRE(r.waves.curator);
  REQUIRE(r.waves.curator->date);
  CHECK(*r.waves.curator->date == Date{2025, 12, 20});
  REQUIRE(r.waves.curator->answers.size() == 1);
  CHECK(r.waves.curator->answers[0].second->number == 6);
  // Tasks: the early «выполнено» due 01.04 is in progress; pair D's task is not counted; pair C's
  // task is overdue, not cancelled (C was working on 15.01).
  CHECK(r.plans_total.total == 8);
  CHECK(r.plans_total.done == 2);
  CHECK(r.plans_total.in_progress == 3);
  CHECK(r.plans_total.overdue == 3);
  CHECK(r.plans_total.cancelled == 0);
  CHECK(r.plans_total.marked_ahead == 1);
  for (const cm::PlanProgress& p : r.plans) CHECK(p.pair != "D");

  // On 01.03.2026 all of it has happened.
  cm::MonitoringReport later = cm::Monitor(program, Date{2026, 3, 1});
  CHECK(later.pairs_active == 2);  // B and D
  CHECK(later.pairs_completed == 1);
  CHECK(later.pairs_terminated == 1);
  CHECK(later.waiting_mentees == std::vector<std::string>{"S3"});
  CHECK(later.mentee_satisfaction.mean == Catch::Detail::Approx(23.0 / 3));
  REQUIRE(later.waves.curator);
  CHECK(*later.waves.curator->date == Date{2026, 2, 10});
  CHECK(later.plans_total.total == 9);
  CHECK(later.plans_total.cancelled == 1);  // C's, now that C is terminated
}

TEST_CASE("an undated answer counts once its wave has begun, or always without wave dates", "[monitoring][as_of]") {
  model::Program p = MonitoringFixture();
  for (model::Survey& s : p.surveys) s.date.reset();
  cm::MonitoringReport r = cm::Monitor(p, kToday);
  CHECK(r.indicators.size() == 2);  // no periods in program.toml: every answer counts (mentees', mentor's)
  p.monitoring.waves = {{"вход", 0, Date{2025, 9, 1}, Date{2025, 10, 31}, {}},
                        {"выход", model::kExitWaveOrder, Date{2026, 5, 1}, Date{2026, 5, 31}, {}}};
  r = cm::Monitor(p, kToday);
  CHECK(r.indicators.empty());  // the exit wave begins in May: no exit answers on 15.01
  CHECK(r.waves.waves == std::vector<std::string>{"вход"});
  CHECK(r.mentor_satisfaction.mean == Catch::Detail::Approx(8));  // T1's entry answer
}

}  // namespace
}  // namespace nastavnik::testing
