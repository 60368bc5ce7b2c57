#include "render/matching/matching_csv.h"

#include <cstdio>

namespace nastavnik::render::matching {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

void AppendNumber(std::string* out, double value, bool last = false) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.2f", value);
  out->append(buf, n);
  out->append(last ? "\r\n" : ",");
}

}  // namespace

void AppendField(std::string* out, const std::string& field, bool last) {
  if (field.find_first_of(",;\"\r\n") == std::string::npos) {
    out->append(field);
  } else {
    out->push_back('"');
    for (char c : field) {
      if (c == '"') out->push_back('"');
      out->push_back(c);
    }
    out->push_back('"');
  }
  out->append(last ? "\r\n" : ",");
}

std::string ProposalCsv(const model::Program& program, const compute::matching::Matching& matching) {
  std::string out = kBom;
  out += "Код,Наставник,Наставляемые,Форма,Ролевая модель,Начало,Окончание,Статус,Закреплена,Результат,Кейс\r\n";
  for (const compute::matching::ProposedRow& row : matching.proposal) {
    std::string mentees;
    for (size_t i : row.candidates) {
      if (!mentees.empty()) mentees += "; ";
      mentees += program.people[matching.candidates[i].mentee].id;
    }
    AppendField(&out, row.id);
    AppendField(&out, program.people[row.mentor].id);
    AppendField(&out, mentees);
    AppendField(&out, model::FormName(row.form));
    AppendField(&out, "");
    AppendField(&out, matching.today.Russian());
    AppendField(&out, program.settings.end ? program.settings.end->Russian() : "");
    AppendField(&out, "активна");
    AppendField(&out, "нет");
    AppendField(&out, "");
    AppendField(&out, "", true);
  }
  return out;
}

std::string CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching) {
  std::string out = kBom;
  out += "Наставляемый,ФИО наставляемого,Наставник,ФИО наставника,Форма,Запрос,Предмет,Время,"
         "Разница,Пожелание,Балл,В предложении\r\n";
  out.reserve(out.size() + matching.candidates.size() * 140);
  for (const compute::matching::Candidate& c : matching.candidates) {
    const model::Person& mentee = program.people[c.mentee];
    const model::Person& mentor = program.people[c.mentor];
    AppendField(&out, mentee.id);
    AppendField(&out, mentee.full_name);
    AppendField(&out, mentor.id);
    AppendField(&out, mentor.full_name);
    AppendField(&out, model::FormName(c.form));
    AppendNumber(&out, c.score.requests);
    AppendNumber(&out, c.score.subject);
    AppendNumber(&out, c.score.availability);
    AppendNumber(&out, c.score.gap);
    AppendNumber(&out, c.score.wishes);
    AppendNumber(&out, c.score.total);
    AppendField(&out, c.proposed ? "да" : "нет", true);
  }
  return out;
}

}  // namespace nastavnik::render::matching
