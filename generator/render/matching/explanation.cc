#include "render/matching/explanation.h"

#include <cstdio>

#include "base/grammar/grammar.h"
#include "model/table_place.h"
#include "base/text.h"
#include "base/utf8.h"
#include "render/matching/evidence.h"
#include "render/matching/reasons.h"
#include "render/matching/notices.h"

namespace nastavnik::render::matching {
namespace {

using compute::matching::Candidate;
using compute::matching::Matching;

doc::TableCell Cell(const std::vector<std::string>& lines) {
  doc::TableCell cell;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) cell.inlines.push_back(doc::Inline{doc::InlineKind::kLineBreak, "", "", {}});
    cell.inlines.push_back(doc::Text(lines[i]));
  }
  return cell;
}
doc::TableCell Cell(const std::string& text) { return Cell(std::vector<std::string>{text}); }

std::string Who(const model::Person& p) {
  std::string out = p.full_name + " (" + p.id;
  if (p.category == model::Category::kPupil && !p.grade.empty()) out += ", " + p.grade;
  if (!p.subject.empty()) out += ", " + p.subject;
  return out + ")";
}

// "место…" → "Место…": a sentence of its own in a list.
std::string Capitalized(const std::string& s) {
  char32_t cp = 0;
  size_t length = utf8::DecodeAt(s, 0, &cp);
  if (length == 0) return s;
  char32_t upper = (cp >= U'а' && cp <= U'я') || (cp >= U'a' && cp <= U'z') ? cp - 0x20 : cp == U'ё' ? U'Ё' : cp;
  return utf8::Encode(upper) + s.substr(length);
}

// Matching counts every mentee without an active pair; monitoring's «ожидают закрепления
// наставника» leaves out those whose pair is completed. When the two differ, both are named.
std::string WaitingNote(const Matching& m) {
  if (m.waiting_completed == 0) return "";
  return " (все без действующей пары; из них " + std::to_string(m.waiting_completed) + " уже " +
         std::string(grammar::NounForm(m.waiting_completed, "завершил", "завершили", "завершили")) +
         " наставничество в прежней паре, поэтому в отчёте мониторинга ожидают закрепления наставника " +
         std::to_string(m.waiting - m.waiting_completed) + ")";
}

std::string Summary(const Matching& m) {
  int groups = 0;
  for (const auto& row : m.proposal) groups += row.candidates.size() > 1;
  return "Ждут пару: " + std::to_string(m.waiting) + WaitingNote(m) + ". Предложено: " + std::to_string(m.matched) +
         " (" + text::Plural(static_cast<long long>(m.proposal.size()), "строка", "строки", "строк") +
         ", из них групп: " + std::to_string(groups) + "). Остаются без пары: " + std::to_string(m.unmatched.size()) +
         ". Свободных мест у наставников до подбора: " + std::to_string(m.free_places) +
         ". Сумма баллов: " + Points(m.total_score) + ".";
}

// Reverse pairs kept although their mentor has less experience: the curator sees why no error.
std::string ReverseNote(const std::vector<std::string>& ids, const std::string& pairs_path) {
  std::string list;
  for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
  bool one = ids.size() == 1;
  return std::string("Обратное (реверсивное) наставничество: в ") + (one ? "паре " : "парах ") + list +
         " наставник уступает наставляемому в стаже — так задано ролевой моделью " + model::InTable(pairs_path) + ", и правило стажа к " +
         (one ? "ней" : "ним") + " не применяется.";
}

}  // namespace

std::string Points(double value) { return text::DecimalComma(value, 2, true); }

std::string ComponentsText(const compute::matching::Components& c) {
  return "запрос " + Points(c.requests) + " · предмет " + Points(c.subject) + " · время " +
         Points(c.availability) + " · разница " + Points(c.gap) + " · пожелание " + Points(c.wishes) +
         " → " + Points(c.total);
}

doc::Document BuildExplanation(const model::Program& program, const Matching& m) {
  const model::MatchingSettings& s = program.matching;
  doc::Document d;
  d.title = "Предложение пар и групп";
  d.subject = program.settings.title;
  d.author = program.organization.short_name;
  d.landscape = true;
  d.blocks.push_back(doc::Heading(1, "Предложение пар и групп наставничества"));
  d.blocks.push_back(doc::Paragraph(program.organization.short_name + ", " + program.settings.title +
                                    ". Составлено " + m.today.Russian() + "."));
  d.blocks.push_back(doc::Paragraph(
      "Это проект, а не решение: пары попадают в pairs.csv и в документы только после проверки куратором "
      "и команды «nastavnik match --apply». Действующие пары сохранены, их наставляемые занимают места наставников."));
  d.blocks.push_back(doc::Paragraph(Summary(m)));
  if (!m.reverse_pairs.empty()) d.blocks.push_back(doc::Paragraph(ReverseNote(m.reverse_pairs, program.TablePath("pairs"))));
  d.blocks.push_back(doc::Paragraph(
      std::string("Порядок подбора: ") +
      (s.coverage_first ? "сначала как можно больше наставляемых получают пару, затем наибольшая сумма баллов"
                        : "наибольшая сумма баллов (пара без достаточного балла не предлагается)") +
      ". Балл = запрос × " + std::to_string(s.weight_requests) + " + предмет × " + std::to_string(s.weight_subject) +
      " + время × " + std::to_string(s.weight_availability) + " + разница × " + std::to_string(s.weight_gap) +
      " + пожелание × " + std::to_string(s.weight_wishes) + "; каждая составляющая от 0 до 1" +
      (s.load_balance ? "; за каждого наставляемого, который уже есть у наставника, снимается " +
                            text::Plural(s.load_balance, "балл", "балла", "баллов") + "."
                      : ".") +
      (s.min_score ? " Минимальный балл: " + std::to_string(s.min_score) + "." : "")));

  d.blocks.push_back(doc::Heading(2, "Предлагаемые пары и группы"));
  if (m.proposal.empty()) d.blocks.push_back(doc::Paragraph("Предложить нечего."));
  // One line per mentee, so that each one's reasons stand beside the name; a group repeats its
  // code and says so.
  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  table.table.widths = {10, 19, 19, 11, 6, 35};
  table.table.rows.push_back({Cell("Код"), Cell("Наставник"), Cell("Наставляемый"), Cell("Форма"), Cell("Балл"),
                              Cell("Почему: составляющие и совпадения")});
  size_t shown = 0, total = 0;
  for (const auto& row : m.proposal) {
    for (size_t k = 0; k < row.candidates.size(); ++k, ++total) {
      if (shown >= kRowsInDocument) continue;
      ++shown;
      const Candidate& c = m.candidates[row.candidates[k]];
      std::vector<std::string> why = {ComponentsText(c.score)};
      std::vector<std::string> evidence = EvidenceText(program, row.evidence[k]);
      why.insert(why.end(), evidence.begin(), evidence.end());
      std::string code = row.candidates.size() > 1 ? row.id + " (группа из " + std::to_string(row.candidates.size()) + ")" : row.id;
      table.table.rows.push_back({Cell(code), Cell(Who(program.people[row.mentor])), Cell(Who(program.people[c.mentee])),
                                  Cell(model::FormName(row.form)), Cell(Points(c.score.total)), Cell(why)});
    }
  }
  if (!m.proposal.empty()) d.blocks.push_back(std::move(table));
  if (total > shown) {
    d.blocks.push_back(doc::Paragraph("Показаны первые " + std::to_string(shown) + " наставляемых из " +
                                      std::to_string(total) + "; все — в explanation.xlsx и proposal.csv."));
  }

  d.blocks.push_back(doc::Heading(2, "Наставляемые без пары"));
  if (m.unmatched.empty()) {
    d.blocks.push_back(doc::Paragraph("Пару получают все наставляемые."));
    return d;
  }
  doc::Block left;
  left.kind = doc::BlockKind::kTable;
  left.table.widths = {20, 36, 44};
  left.table.rows.push_back({Cell("Наставляемый"), Cell("Почему нет пары"), Cell("Ближайшие варианты и что изменит результат")});
  shown = 0;
  for (const auto& u : m.unmatched) {
    if (shown++ >= kRowsInDocument) break;
    std::vector<std::string> reason = {Capitalized(ReasonText(program, u)) + "."};
    for (const auto& [rule, count] : u.excluded) {
      reason.push_back(RuleName(rule) + " — " + text::Plural(count, "наставник", "наставника", "наставников"));
    }
    std::vector<std::string> alts;
    for (const auto& a : u.alternatives) {
      alts.push_back(Who(program.people[a.mentor]) + ", балл " + Points(a.score) +
                     (a.blocked ? "; мешает: " + RuleNames(a.blocked) : "") + ". " +
                     Capitalized(AdviceText(program, u, a)) + ".");
    }
    if (alts.empty()) alts.push_back("вариантов нет");
    left.table.rows.push_back({Cell(Who(program.people[u.mentee])), Cell(reason), Cell(alts)});
  }
  d.blocks.push_back(std::move(left));
  if (m.unmatched.size() > kRowsInDocument) {
    d.blocks.push_back(doc::Paragraph("Показаны первые " + std::to_string(kRowsInDocument) + " из " +
                                      std::to_string(m.unmatched.size()) + "; все — в explanation.xlsx."));
  }
  return d;
}

}  // namespace nastavnik::render::matching
