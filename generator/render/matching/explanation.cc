#include "render/matching/explanation.h"

#include <cstdio>

#include "base/text.h"

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

doc::Block Bullets(const std::vector<std::string>& items) {
  doc::Block list;
  list.kind = doc::BlockKind::kList;
  for (const std::string& s : items) {
    doc::Block item;
    item.kind = doc::BlockKind::kListItem;
    item.children.push_back(doc::Paragraph(s));
    list.children.push_back(std::move(item));
  }
  return list;
}

std::string Summary(const Matching& m) {
  int groups = 0;
  for (const auto& row : m.proposal) groups += row.candidates.size() > 1;
  return "Ждут пару: " + std::to_string(m.waiting) + ". Предложено: " + std::to_string(m.matched) +
         " (" + text::Plural(static_cast<long long>(m.proposal.size()), "строка", "строки", "строк") +
         ", из них групп: " + std::to_string(groups) + "). Остаются без пары: " + std::to_string(m.unmatched.size()) +
         ". Свободных мест у наставников до подбора: " + std::to_string(m.free_places) +
         ". Сумма баллов: " + Points(m.total_score) + ".";
}

}  // namespace

std::string Points(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

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
  d.blocks.push_back(doc::Paragraph(
      std::string("Порядок подбора: ") +
      (s.coverage_first ? "сначала как можно больше наставляемых получают пару, затем наибольшая сумма баллов"
                        : "наибольшая сумма баллов (пара без достаточного балла не предлагается)") +
      ". Балл = запрос × " + std::to_string(s.weight_requests) + " + предмет × " + std::to_string(s.weight_subject) +
      " + время × " + std::to_string(s.weight_availability) + " + разница × " + std::to_string(s.weight_gap) +
      " + пожелание × " + std::to_string(s.weight_wishes) + "; каждая составляющая от 0 до 1" +
      (s.load_balance ? "; за каждого уже имеющегося наставляемого снимается " + std::to_string(s.load_balance) + " балл." : ".") +
      (s.min_score ? " Минимальный балл: " + std::to_string(s.min_score) + "." : "")));

  d.blocks.push_back(doc::Heading(2, "Предлагаемые пары и группы"));
  if (m.proposal.empty()) d.blocks.push_back(doc::Paragraph("Предложить нечего."));
  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  table.table.widths = {6, 20, 24, 12, 38};
  table.table.rows.push_back({Cell("Код"), Cell("Наставник"), Cell("Наставляемые"), Cell("Форма"), Cell("Почему (составляющие балла)")});
  size_t shown = 0;
  for (const auto& row : m.proposal) {
    if (shown++ >= kRowsInDocument) break;
    std::vector<std::string> mentees, why;
    for (size_t k = 0; k < row.candidates.size(); ++k) {
      const Candidate& c = m.candidates[row.candidates[k]];
      mentees.push_back(Who(program.people[c.mentee]));
      std::string line = (row.candidates.size() > 1 ? program.people[c.mentee].id + ": " : "") + ComponentsText(c.score);
      for (const std::string& e : row.evidence[k]) line += "; " + e;
      why.push_back(line);
    }
    std::string form = model::FormName(row.form) + (row.candidates.size() > 1 ? ", группа" : "");
    table.table.rows.push_back({Cell(row.id), Cell(Who(program.people[row.mentor])), Cell(mentees), Cell(form), Cell(why)});
  }
  if (!m.proposal.empty()) d.blocks.push_back(std::move(table));
  if (m.proposal.size() > kRowsInDocument) {
    d.blocks.push_back(doc::Paragraph("Показаны первые " + std::to_string(kRowsInDocument) + " строк из " +
                                      std::to_string(m.proposal.size()) + "; все — в explanation.xlsx и proposal.csv."));
  }

  d.blocks.push_back(doc::Heading(2, "Наставляемые без пары"));
  if (m.unmatched.empty()) d.blocks.push_back(doc::Paragraph("Пару получают все наставляемые."));
  shown = 0;
  for (const auto& u : m.unmatched) {
    if (shown++ >= kRowsInDocument) {
      d.blocks.push_back(doc::Paragraph("Остальные " + std::to_string(m.unmatched.size() - kRowsInDocument) +
                                        " — в explanation.xlsx."));
      break;
    }
    d.blocks.push_back(doc::Heading(3, Who(program.people[u.mentee])));
    d.blocks.push_back(doc::Paragraph("Причина: " + u.reason + "."));
    std::vector<std::string> rules;
    for (const auto& [rule, count] : u.excluded) {
      rules.push_back(compute::matching::RuleName(rule) + " — " + text::Plural(count, "наставник", "наставника", "наставников"));
    }
    if (!rules.empty()) {
      d.blocks.push_back(doc::Paragraph("Какие правила исключили наставников:"));
      d.blocks.push_back(Bullets(rules));
    }
    std::vector<std::string> alts;
    for (const auto& a : u.alternatives) {
      alts.push_back(Who(program.people[a.mentor]) + ", балл " + Points(a.score) +
                     (a.blocked ? " — мешает: " + compute::matching::RuleNames(a.blocked) : "") + ". Что изменит результат: " + a.change);
    }
    if (!alts.empty()) {
      d.blocks.push_back(doc::Paragraph("Ближайшие варианты:"));
      d.blocks.push_back(Bullets(alts));
    }
  }
  return d;
}

}  // namespace nastavnik::render::matching
