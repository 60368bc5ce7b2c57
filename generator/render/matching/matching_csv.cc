#include "render/matching/matching_csv.h"

#include <cmath>

namespace nastavnik::render::matching {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

// Scores are exact hundredths (see compute/matching/score.h), so integer formatting is exact and
// much faster than printf on millions of cells.
void AppendNumber(std::string* out, double value, bool last = false) {
  long long units = std::llround(value * 100);
  if (units < 0) {
    out->push_back('-');
    units = -units;
  }
  char buf[24];
  int n = 0;
  long long whole = units / 100;
  do {
    buf[n++] = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole > 0);
  while (n > 0) out->push_back(buf[--n]);
  out->push_back(',');  // decimal comma, as Russian Excel reads numbers
  out->push_back(static_cast<char>('0' + units / 10 % 10));
  out->push_back(static_cast<char>('0' + units % 10));
  out->append(last ? "\r\n" : ";");
}

}  // namespace

void AppendField(std::string* out, const std::string& field, bool last) {
  if (field.find_first_of(";\"\r\n") == std::string::npos) {
    out->append(field);
  } else {
    out->push_back('"');
    for (char c : field) {
      if (c == '"') out->push_back('"');
      out->push_back(c);
    }
    out->push_back('"');
  }
  out->append(last ? "\r\n" : ";");
}

std::string ProposalCsv(const model::Program& program, const compute::matching::Matching& matching) {
  std::string out = kBom;
  out += "Код;Наставник;Наставляемые;Форма;Ролевая модель;Начало;Окончание;Статус;Закреплена;Результат;Кейс\r\n";
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
  // Ids only: a region has millions of candidates, and the names are one look-up away in the
  // workbook and in participants.csv.
  out += "Наставляемый;Наставник;Форма;Запрос;Предмет;Время;Разница;Пожелание;Балл;В предложении\r\n";
  out.reserve(out.size() + matching.candidates.size() * 80);
  std::vector<std::string> forms;
  for (int f = 0; f <= static_cast<int>(model::Form::kStudentPupil); ++f) {
    forms.push_back(model::FormName(static_cast<model::Form>(f)) + ";");
  }
  for (const compute::matching::Candidate& c : matching.candidates) {
    AppendField(&out, program.people[c.mentee].id);
    AppendField(&out, program.people[c.mentor].id);
    out += forms[static_cast<size_t>(c.form)];
    AppendNumber(&out, c.score.requests);
    AppendNumber(&out, c.score.subject);
    AppendNumber(&out, c.score.availability);
    AppendNumber(&out, c.score.gap);
    AppendNumber(&out, c.score.wishes);
    AppendNumber(&out, c.score.total);
    out += c.proposed ? "да\r\n" : "нет\r\n";
  }
  return out;
}

}  // namespace nastavnik::render::matching
