// A small program whose monitoring figures are worked out by hand in monitoring_test.cc:
// 4 teachers, 4 pupils, 3 pairs (one terminated), 6 plan tasks, 7 questionnaires.
#pragma once

#include "model/program.h"

namespace nastavnik::testing {

inline model::Program MonitoringFixture() {
  using model::Category;
  model::Program p;
  p.organization.short_name = "Школа № 1";
  p.organization.full_name = "Школа номер один";
  p.organization.city = "Город";
  p.settings.title = "Программа";
  p.settings.academic_year = "2025/2026";
  p.settings.pupils_total = 10;
  p.settings.teachers_total = 5;
  p.settings.target_coverage = 0.70;
  auto person = [&](const char* id, const char* name, Category c, bool mentor, int grade, int capacity) {
    model::Person x;
    x.id = id;
    x.full_name = name;
    x.category = c;
    x.is_mentor = mentor;
    x.is_mentee = !mentor;
    x.grade_number = grade;
    x.grade = grade ? std::to_string(grade) + "А" : "";
    x.capacity = capacity;
    p.person_index[id] = p.people.size();
    p.people.push_back(x);
  };
  person("T1", "Учитель Первый Наставник", Category::kTeacher, true, 0, 2);
  person("T2", "Учитель Второй Наставник", Category::kTeacher, true, 0, 1);
  person("T3", "Учитель Молодой Специалист", Category::kTeacher, false, 0, 1);
  person("T4", "Учитель Ожидающий Пару", Category::kTeacher, false, 0, 1);
  person("S1", "Ученик Первый Семиклассник", Category::kPupil, false, 7, 1);
  person("S2", "Ученик Второй Семиклассник", Category::kPupil, false, 7, 1);
  person("S3", "Ученик Восьмиклассник Ожидающий", Category::kPupil, false, 8, 1);
  person("S4", "Ученик Десятиклассник Наставник", Category::kPupil, true, 10, 1);
  auto pair = [&](const char* id, const char* mentor, std::vector<std::string> mentees, model::Form form,
                  model::PairStatus status, const char* role) {
    model::Pair x;
    x.id = id;
    x.mentor = mentor;
    x.mentees = std::move(mentees);
    x.form = form;
    x.status = status;
    x.role_model = role;
    p.pairs.push_back(x);
  };
  pair("A", "T1", {"T3"}, model::Form::kTeacherTeacher, model::PairStatus::kActive, "опытный – молодой");
  pair("B", "T1", {"S1", "S2"}, model::Form::kTeacherPupil, model::PairStatus::kActive, "педагог – группа");
  pair("C", "T2", {"S3"}, model::Form::kTeacherPupil, model::PairStatus::kTerminated, "педагог – ученик");
  auto task = [&](const char* pair_id, std::optional<Date> due, const char* status) {
    model::PlanTask t;
    t.pair = pair_id;
    t.task = "задача";
    t.due = due;
    t.status = status;
    p.plan_tasks.push_back(t);
  };
  task("A", Date{2025, 10, 1}, "выполнено");
  task("A", Date{2025, 12, 1}, "в работе");
  task("A", Date{2026, 3, 1}, "не начато");
  task("A", Date{2025, 11, 1}, "Выполнено");
  task("B", Date{2025, 12, 20}, "не выполнено");
  task("B", std::nullopt, "в работе");
  int line = 2;
  auto survey = [&](const char* who, bool exit, double satisfaction, std::optional<double> anxiety) {
    model::Survey s;
    s.participant = who;
    s.exit_wave = exit;
    s.date = exit ? Date{2026, 1, 10} : Date{2025, 9, 20};
    s.answers["satisfaction"] = satisfaction;
    if (anxiety) s.answers["anxiety"] = *anxiety;
    s.where.line = line++;
    p.surveys.push_back(s);
  };
  survey("T1", false, 8, 3);
  survey("T1", true, 9, 4);
  survey("S1", false, 5, 8);
  survey("S1", true, 7, 5);
  survey("S2", false, 6, 6);
  survey("S2", true, 6, 6);
  survey("T3", false, 4, std::nullopt);
  p.monitoring.strengths = {{"Тревожность снизилась", "anxiety", {}},
                            {"Наставники довольны", "satisfaction.mentors", {}},
                            {"Без цифр", "", {}}};
  p.monitoring.threats = {{"Выгорание", "", {}}};
  p.monitoring.conclusions = {"Вывод один."};
  return p;
}

}  // namespace nastavnik::testing
