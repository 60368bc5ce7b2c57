// The workbook of a matching proposal: the proposal one row per mentee with its score components,
// and the mentees left without a pair with reasons and alternatives. Every candidate is in
// candidates.csv (a region has millions: more than a sheet holds, and slow to write).
#include "render/matching/evidence.h"
#include "render/matching/explanation.h"
#include "render/matching/notices.h"
#include "render/matching/reasons.h"

#include <cmath>
#include <future>

namespace nastavnik::render::matching {
namespace {

using xlsx::NumberValue;
using xlsx::TextValue;

xlsx::Column Col(const char* header, double width = 0, bool wrap = false) {
  xlsx::Column c;
  c.header = header;
  c.width = width;
  c.wrap = wrap;
  return c;
}

// Components are floats holding hundredths; the cell gets the exact two-decimal double.
xlsx::Value Hundredths(float value) { return NumberValue(static_cast<double>(std::lround(value * 100.0f)) / 100.0); }

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += "; ";
    out += p;
  }
  return out;
}

}  // namespace

xlsx::Workbook BuildMatchingWorkbook(const model::Program& program, const compute::matching::Matching& m) {
  xlsx::Workbook book;
  book.title = "Предложение пар и групп";
  book.subject = program.settings.title;
  book.author = "nastavnik";
  book.company = program.organization.short_name;

  // The sheet of mentees without a pair is built on another thread meanwhile: the workbook is
  // the last file of a region to be ready.
  auto unmatched_sheet = std::async(std::launch::async, [&program, &m] {
    xlsx::Sheet unmatched;
    unmatched.name = "Без пары";
    unmatched.columns = {Col("Наставляемый"), Col("ФИО"), Col("Причина", 50, true),
                         Col("Правила, исключившие наставников", 50, true), Col("Ближайшие варианты и что изменит результат", 80, true)};
    unmatched.rows.reserve(m.unmatched.size());
    for (const auto& u : m.unmatched) {
      std::vector<std::string> rules, alts;
      for (const auto& [rule, count] : u.excluded) rules.push_back(RuleName(rule) + ": " + std::to_string(count));
      for (const auto& a : u.alternatives) {
        alts.push_back(program.people[a.mentor].id + " " + program.people[a.mentor].full_name + " (балл " + Points(a.score) +
                       (a.blocked ? ", мешает: " + RuleNames(a.blocked) : "") + ") — " +
                       AdviceText(program, u, a));
      }
      const model::Person& p = program.people[u.mentee];
      std::vector<xlsx::Value> cells;
      cells.reserve(5);
      cells.push_back(TextValue(p.id));
      cells.push_back(TextValue(p.full_name));
      cells.push_back(TextValue(ReasonText(program, u)));
      cells.push_back(TextValue(Join(rules)));
      cells.push_back(TextValue(Join(alts)));
      unmatched.rows.push_back(std::move(cells));
    }
    return unmatched;
  });

  xlsx::Sheet proposal;
  proposal.name = "Предложение";
  proposal.title = "Предложение пар и групп от " + m.today.Russian() + " (проект: в pairs.csv — после nastavnik match --apply)";
  proposal.columns = {Col("Код"),  Col("Наставник"), Col("ФИО наставника"), Col("Наставляемый"),
                      Col("ФИО наставляемого"), Col("Форма"), Col("Запрос"), Col("Предмет"),
                      Col("Время"), Col("Разница"), Col("Пожелание"), Col("Балл"), Col("Почему", 60, true)};
  // Rows are built cell by cell and moved: a region's sheet has tens of thousands of them, and
  // a braced list would copy every string once more.
  size_t mentees = 0;
  for (const auto& row : m.proposal) mentees += row.candidates.size();
  proposal.rows.reserve(mentees);
  for (const auto& row : m.proposal) {
    for (size_t k = 0; k < row.candidates.size(); ++k) {
      const compute::matching::Candidate& c = m.candidates[row.candidates[k]];
      const model::Person& mentor = program.people[c.mentor];
      const model::Person& mentee = program.people[c.mentee];
      std::vector<xlsx::Value> cells;
      cells.reserve(13);
      cells.push_back(TextValue(row.id));
      cells.push_back(TextValue(mentor.id));
      cells.push_back(TextValue(mentor.full_name));
      cells.push_back(TextValue(mentee.id));
      cells.push_back(TextValue(mentee.full_name));
      cells.push_back(TextValue(model::FormName(c.form) + (row.candidates.size() > 1 ? ", группа" : "")));
      for (float part : {c.score.requests, c.score.subject, c.score.availability, c.score.gap, c.score.wishes,
                         c.score.total}) {
        cells.push_back(Hundredths(part));
      }
      cells.push_back(TextValue(Join(EvidenceText(program, row.evidence[k]))));
      proposal.rows.push_back(std::move(cells));
    }
  }
  book.sheets.push_back(std::move(proposal));

  book.sheets.push_back(unmatched_sheet.get());

  return book;
}

}  // namespace nastavnik::render::matching
