#include "render/matching/matching_csv.h"

#include <algorithm>
#include <cmath>

#include "base/csv_formula.h"
#include "base/text.h"

namespace nastavnik::render::matching {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

// Scores are exact hundredths (see compute/matching/score.h), so integer formatting is exact and
// much faster than printf on millions of cells. Writes "12,34" and the separator; returns the end.
char* PutNumber(char* at, double value, char after) {
  long long units = std::llround(value * 100);
  if (units < 0) {
    *at++ = '-';
    units = -units;
  }
  char digits[24];
  int n = 0;
  long long whole = units / 100;
  do {
    digits[n++] = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole > 0);
  while (n > 0) *at++ = digits[--n];
  *at++ = ',';  // decimal comma, as Russian Excel reads numbers
  *at++ = static_cast<char>('0' + units / 10 % 10);
  *at++ = static_cast<char>('0' + units % 10);
  *at++ = after;
  return at;
}

}  // namespace

// Every text cell is defused (ids included: an id "=1+1" or "-P1" must not become a formula).
void AppendField(std::string* out, const std::string& field, bool last) {
  text::AppendCsvField(out, LooksLikeFormula(field) ? DefuseFormula(field) : field, ";\"\r\n");
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
    // The program's end, unless the proposal is made after it (a new year not set up yet).
    const std::optional<Date>& end = program.settings.end;
    AppendField(&out, end && !(*end < matching.today) ? end->Russian() : "");
    AppendField(&out, "активна");
    AppendField(&out, "нет");
    AppendField(&out, "");
    AppendField(&out, "", true);
  }
  return out;
}

namespace {

using compute::matching::Candidate;
using Put = std::function<void(std::string_view)>;

// Excel opens 1,048,576 rows; the header takes one.
constexpr size_t kExcelDataRows = 1048575;

// Candidates run by mentee (Matching::candidates is sorted by mentee): calls each(begin, end).
template <typename Each>
void ForEachMentee(const std::vector<Candidate>& all, Each each) {
  for (size_t begin = 0, end = 0; begin < all.size(); begin = end) {
    end = begin;
    while (end < all.size() && all[end].mentee == all[begin].mentee) ++end;
    each(begin, end);
  }
}

// Which candidates candidates.csv keeps: per mentee the proposed one and the best by total up to
// per_mentee (ties to the earlier mentor id), fewer when so many mentees would pass Excel's rows.
std::vector<bool> Kept(const compute::matching::Matching& matching, size_t per_mentee) {
  const std::vector<Candidate>& all = matching.candidates;
  size_t mentees = 0;
  ForEachMentee(all, [&](size_t, size_t) { ++mentees; });
  if (mentees > 0) per_mentee = std::max<size_t>(1, std::min(per_mentee, kExcelDataRows / mentees));
  std::vector<bool> kept(all.size(), true);
  std::vector<size_t> order;
  ForEachMentee(all, [&](size_t begin, size_t end) {
    if (end - begin <= per_mentee) return;
    order.resize(end - begin);
    for (size_t i = begin; i < end; ++i) order[i - begin] = i;
    auto better = [&](size_t a, size_t b) {
      if (all[a].proposed != all[b].proposed) return all[a].proposed;
      if (all[a].score.total != all[b].score.total) return all[a].score.total > all[b].score.total;
      return a < b;
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<long>(per_mentee), order.end(), better);
    for (size_t i = per_mentee; i < order.size(); ++i) kept[order[i]] = false;
  });
  return kept;
}

// The header and the rows first..last of the candidates for which keep(i) holds, in pieces of
// about a megabyte passed to put as they are made.
// below: candidates under matching.min_score, in the same mentee order, each written after its
// mentee's other rows and flagged in the last column.
template <typename Keep>
void CandidateRows(const model::Program& program, const compute::matching::Matching& matching, size_t first,
                   size_t last, Keep keep, const std::vector<Candidate>& below, const Put& put) {
  constexpr size_t kPiece = 1 << 20;
  std::string out = kBom;
  out.reserve(kPiece + 4096);
  // Ids only: a region has millions of candidates, and the names are one look-up away in the
  // workbook and in participants.csv.
  out += "Наставляемый;Наставник;Форма;Запрос;Предмет;Время;Разница;Пожелание;Балл;В предложении\r\n";
  std::vector<std::string> forms;
  for (int f = 0; f <= static_cast<int>(model::Form::kStudentPupil); ++f) {
    forms.push_back(model::FormName(static_cast<model::Form>(f)) + ";");
  }
  // Millions of rows: each id is quoted once, and scores below 10 points come from a table.
  std::vector<std::string> ids(program.people.size());
  for (size_t i = 0; i < program.people.size(); ++i) AppendField(&ids[i], program.people[i].id);
  std::vector<std::string> small(1000);
  for (int units = 0; units < 1000; ++units) {
    char buf[24];
    small[units].assign(buf, PutNumber(buf, units / 100.0, ';'));
  }
  auto number = [&](double value) {
    long long units = std::llround(value * 100);
    if (units >= 0 && units < 1000) {
      out += small[static_cast<size_t>(units)];
    } else {
      char buf[32];
      out.append(buf, PutNumber(buf, value, ';'));
    }
  };
  auto row = [&](const Candidate& c) {
    out += ids[c.mentee];
    out += ids[c.mentor];
    out += forms[static_cast<size_t>(c.form)];
    number(c.score.requests);
    number(c.score.subject);
    number(c.score.availability);
    number(c.score.gap);
    number(c.score.wishes);
    number(c.score.total);
    out += c.below_min ? "нет: балл ниже минимального\r\n" : c.proposed ? "да\r\n" : "нет\r\n";
    if (out.size() >= kPiece) {
      put(out);
      out.clear();
    }
  };
  size_t next_below = 0;
  for (size_t i = first; i < last; ++i) {
    const Candidate& c = matching.candidates[i];
    for (; next_below < below.size() && program.people[below[next_below].mentee].id < program.people[c.mentee].id; ++next_below) {
      row(below[next_below]);
    }
    if (keep(i)) row(c);
  }
  for (; next_below < below.size(); ++next_below) row(below[next_below]);
  if (!out.empty()) put(out);
}

}  // namespace

void CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching, const Put& put) {
  std::vector<bool> kept = Kept(matching, static_cast<size_t>(program.matching.candidates_per_mentee));
  CandidateRows(program, matching, 0, matching.candidates.size(), [&](size_t i) { return kept[i]; }, matching.below_min, put);
}

std::string CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching) {
  std::string whole;
  CandidatesCsv(program, matching, [&](std::string_view piece) { whole += piece; });
  return whole;
}

size_t CandidatesFullParts(const model::Program& program, const compute::matching::Matching& matching,
                           size_t rows_per_part) {
  std::vector<bool> kept = Kept(matching, static_cast<size_t>(program.matching.candidates_per_mentee));
  if (std::find(kept.begin(), kept.end(), false) == kept.end()) return 0;
  return (matching.candidates.size() + rows_per_part - 1) / rows_per_part;
}

void CandidatesFullCsv(const model::Program& program, const compute::matching::Matching& matching, size_t part,
                       const Put& put, size_t rows_per_part) {
  size_t first = std::min(part * rows_per_part, matching.candidates.size());
  size_t last = std::min(first + rows_per_part, matching.candidates.size());
  CandidateRows(program, matching, first, last, [](size_t) { return true; }, {}, put);
}

}  // namespace nastavnik::render::matching
