// Fuzz body for the model's cell readers: one CSV file of the school read by its model builder,
// next to a small valid school (people and pairs) that the file's ids can refer to.
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include "fuzz/check_util.h"
#include "fuzz/targets.h"
#include "load/csv.h"
#include "model/build_program.h"
#include "model/matching_settings.h"

namespace nastavnik::fuzz {
namespace {

const char kPeople[] =
    "id,full_name,roles,category,grade,position,subject,experience_years,forms,capacity,birth_date\n"
    "P001,Сомова Ирина Викторовна,наставник,педагог,,учитель,математика,24,учитель – учитель,2,14.03.1977\n"
    "P002,Зуева Дарья Алексеевна,наставляемый,педагог,,учитель,математика,1,учитель – учитель,,03.05.2002\n"
    "P003,Орлов Иван Петрович,наставник,обучающийся,10А,,,,ученик – ученик,1,01.02.2009\n"
    "P004,Белов Пётр Ильич,наставляемый,обучающийся,7Б,,,,ученик – ученик,,05.06.2012\n";
const char kPairs[] =
    "id,mentor,mentees,form,start,end,status\n"
    "PR01,P001,P002,учитель – учитель,15.09.2025,29.05.2026,активна\n"
    "PR02,P003,P004,ученик – ученик,15.09.2025,29.05.2026,активна\n";

struct Baseline {
  model::Program program;
  std::set<std::string> pair_ids;
  std::string problem;  // why the baseline itself did not build ("" when it did)
};

const Baseline& GetBaseline() {
  static const Baseline baseline = [] {
    Baseline b;
    b.program.settings.forms = {model::Form::kTeacherTeacher, model::Form::kPupilPupil};
    Diagnostics diags;
    Result<load::Table> people = load::ParseCsv(kPeople, "content/data/participants.csv", {}, diags);
    Result<load::Table> pairs = load::ParseCsv(kPairs, "content/data/pairs.csv", {}, diags);
    if (!people.ok() || !pairs.ok() || !model::BuildPeople(*people, b.program, diags) ||
        !model::BuildPairs(*pairs, b.program, diags, &b.pair_ids) || diags.has_errors()) {
      b.problem = "образцовая школа не прочитана: " + diags.Format();
    }
    return b;
  }();
  return baseline;
}

std::string CheckDate(const std::optional<Date>& date, const char* what) {
  if (!date) return "";
  std::optional<Date> again = ParseDate(date->Iso());
  if (!again || *again != *date) return std::string(what) + ": принята дата вне календаря";
  return "";
}

// What the builders keep must be safe for every later stage: finite numbers in their ranges.
std::string CheckModel(const model::Program& p) {
  for (const model::Person& person : p.people) {
    if (person.experience_years && !std::isfinite(*person.experience_years)) return "стаж не число: " + person.id;
    if (person.capacity < 0 || person.capacity > 1000) return "принято «Макс. наставляемых» " + std::to_string(person.capacity);
    if (person.grade_number < 0 || person.grade_number > 100) return "принят класс " + std::to_string(person.grade_number);
    if (std::string e = CheckDate(person.birth_date, "birth_date"); !e.empty()) return e;
    if (std::string e = CheckDate(person.entry_date, "entry_date"); !e.empty()) return e;
  }
  for (const model::Pair& pair : p.pairs) {
    if (std::string e = CheckDate(pair.start, "pair.start"); !e.empty()) return e;
    if (std::string e = CheckDate(pair.end, "pair.end"); !e.empty()) return e;
  }
  for (const model::Survey& s : p.surveys) {
    for (const auto& [question, answer] : s.answers) {
      if (!(answer >= 1 && answer <= 10)) return "принят ответ анкеты вне 1..10 («" + question + "»)";
    }
  }
  return "";
}

}  // namespace

std::string CheckTables(std::string_view bytes) {
  if (bytes.empty()) return "";
  static const char* const kFiles[] = {"participants", "pairs", "plans", "surveys", "calendar", "roadmap", "forbidden"};
  const int which = static_cast<unsigned char>(bytes[0]) % 7;
  bytes.remove_prefix(1);
  const std::string path = std::string("content/data/") + kFiles[which] + ".csv";
  const Baseline& baseline = GetBaseline();
  if (!baseline.problem.empty()) return baseline.problem;
  const Lines lines(bytes);
  Diagnostics diags;
  Result<load::Table> table = load::ParseCsv(bytes, path, {}, diags);
  if (!table.ok()) return CheckError(table.status(), path, lines);
  model::Program program = baseline.program;
  if (which == 0) {
    program.people.clear();
    program.person_index.clear();
  }
  std::set<std::string> pair_ids = baseline.pair_ids;
  switch (which) {
    case 0: model::BuildPeople(*table, program, diags); break;
    case 1: program.pairs.clear(); pair_ids.clear(); model::BuildPairs(*table, program, diags, &pair_ids); break;
    case 2: model::BuildPlans(*table, pair_ids, program, diags); break;
    case 3: model::BuildSurveys(*table, program, diags); break;
    case 4: model::BuildCalendar(*table, program, diags); break;
    case 5: model::BuildRoadmap(*table, program, diags); break;
    case 6: model::BuildForbidden(*table, program, diags); break;
  }
  if (std::string e = CheckDiagnostics(diags, path, lines); !e.empty()) return e;
  return CheckModel(program);
}

}  // namespace nastavnik::fuzz
