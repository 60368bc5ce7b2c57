#include "render/monitoring/format.h"

#include <cmath>
#include <cstdio>

#include "base/grammar/grammar.h"
#include "base/text.h"

namespace nastavnik::render::monitoring {

// Rounded half away from zero before printing, as the PDF charts do: printf alone rounds 6,25
// to "6,2" (half to even on the binary value) where a chart says 6,3.
std::string Number(double x, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(x * scale) / scale;
  return text::DecimalComma(rounded, std::fabs(rounded - std::round(rounded)) < 1e-9 ? 0 : decimals);
}

std::string Tenths(double x) { return text::DecimalComma(std::round(x * 10) / 10, 1, true); }

double PercentValue(double share) { return std::round(share * 1000) / 10; }
std::string PercentNumber(double share) { return text::DecimalComma(PercentValue(share), 1, true); }
std::string Percent(double share) { return PercentNumber(share) + " %"; }

std::string Percent(int covered, int total) {
  if (total <= 0) return "—";
  return Percent(static_cast<double>(covered) / total);
}

std::string Audience::Count(int n) const {
  if (!Shows(n)) return Hidden();
  return std::to_string(n);
}

std::string CategoryLabel(model::Category category) {
  return category == model::Category::kTeacher ? "Педагоги" : "Обучающиеся";
}

std::string GradeLabel(int grade) {
  if (grade <= 0) return "класс не указан";
  return grammar::OrdinalDigits(grade, grammar::Case::kNominative, grammar::Agreement::kPlural) + " классы";
}

doc::TableCell Cell(std::string text) { return doc::TableCell{{doc::Text(std::move(text))}}; }

doc::Block Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
                 std::vector<double> widths) {
  doc::Block b;
  b.kind = doc::BlockKind::kTable;
  b.table.widths = std::move(widths);
  b.table.header_rows = 1;
  std::vector<doc::TableCell> head;
  for (std::string& h : header) head.push_back(Cell(std::move(h)));
  b.table.aligns.assign(head.size(), doc::Align::kDefault);
  for (size_t c = 1; c < head.size(); ++c) b.table.aligns[c] = doc::Align::kCenter;
  b.table.rows.push_back(std::move(head));
  for (std::vector<std::string>& row : rows) {
    std::vector<doc::TableCell> cells;
    for (std::string& text : row) cells.push_back(Cell(std::move(text)));
    b.table.rows.push_back(std::move(cells));
  }
  return b;
}

doc::Block BulletList(const std::vector<std::string>& items) {
  doc::Block list;
  list.kind = doc::BlockKind::kList;
  for (const std::string& item : items) {
    doc::Block li;
    li.kind = doc::BlockKind::kListItem;
    li.children.push_back(doc::Paragraph(item));
    list.children.push_back(std::move(li));
  }
  return list;
}

}  // namespace nastavnik::render::monitoring
