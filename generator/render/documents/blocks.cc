#include "render/documents/blocks.h"

#include "load/markdown.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

doc::TableCell Cell(const std::string& text) { return doc::TableCell{{doc::Text(text)}}; }

}  // namespace

doc::Block TableBlock(std::vector<std::string> header, const std::vector<std::vector<std::string>>& rows,
                      std::vector<double> widths) {
  doc::Block b;
  b.kind = doc::BlockKind::kTable;
  b.table.header_rows = 1;
  b.table.widths = std::move(widths);
  b.table.aligns.assign(header.size(), doc::Align::kDefault);
  std::vector<doc::TableCell> head;
  for (const std::string& h : header) {
    doc::TableCell cell;
    doc::Inline strong;
    strong.kind = doc::InlineKind::kStrong;
    strong.children = {doc::Text(h)};
    cell.inlines.push_back(std::move(strong));
    head.push_back(std::move(cell));
  }
  b.table.rows.push_back(std::move(head));
  for (const std::vector<std::string>& row : rows) {
    std::vector<doc::TableCell> cells;
    for (const std::string& text : row) cells.push_back(Cell(text));
    cells.resize(header.size());
    b.table.rows.push_back(std::move(cells));
  }
  return b;
}

doc::Block FieldsTable(const std::vector<std::pair<std::string, std::string>>& fields) {
  doc::Block b;
  b.kind = doc::BlockKind::kTable;
  b.table.header_rows = 0;
  b.table.widths = {0.3, 0.7};
  b.table.aligns = {doc::Align::kLeft, doc::Align::kLeft};
  for (const auto& [label, value] : fields) b.table.rows.push_back({Cell(label), Cell(value)});
  return b;
}

doc::Block Corner(std::vector<std::string> lines) {
  doc::Block b;
  b.kind = doc::BlockKind::kCorner;
  b.lines = std::move(lines);
  return b;
}

doc::Block AnnexMark(const model::Program& program, int number) {
  const model::Approval& a = program.approval;
  return Corner({"Приложение № " + std::to_string(number), "к приказу " + program.organization.short_name,
                 "от " + DateOrBlank(a.order_date) + " № " + (a.order_number.empty() ? "____" : a.order_number)});
}

doc::Block Signatures(std::vector<doc::SignatureLine> lines) {
  doc::Block b;
  b.kind = doc::BlockKind::kSignatures;
  b.keep_together = true;
  b.signatures = std::move(lines);
  return b;
}

doc::Block PageBreak(bool landscape) {
  doc::Block b;
  b.kind = doc::BlockKind::kPageBreak;
  b.landscape = landscape;
  return b;
}

Result<std::vector<doc::Block>> TemplateBlocks(const std::map<std::string, std::string>& templates,
                                               const std::string& name, const TemplateValue& values) {
  auto it = templates.find(name);
  if (it == templates.end()) return Status::Internal("не найден шаблон templates/" + name);
  Result<std::string> text = ExpandTemplate("templates/" + name, it->second, values, Escape::kMarkdown);
  if (!text.ok()) return text.status();
  return load::ParseMarkdownBlocks(*text);
}

void Append(std::vector<doc::Block>& to, std::vector<doc::Block> blocks) {
  for (doc::Block& b : blocks) to.push_back(std::move(b));
}

std::string PersonRole(const model::Person& p) {
  if (p.category == model::Category::kPupil && !p.grade.empty()) return p.grade + " класс";
  if (!p.position.empty()) return p.position;
  return model::CategoryName(p.category);
}

std::string PersonLabel(const model::Person& p) {
  const std::string role = PersonRole(p);
  return role.empty() ? p.full_name : p.full_name + ", " + role;
}

const model::Person* Find(const model::Program& program, const std::string& id) {
  return program.FindPerson(id);
}

std::string Period(const std::optional<Date>& from, const std::optional<Date>& to) {
  return "с " + (from ? from->Russian() : std::string("__.__.____")) + " по " +
         (to ? to->Russian() : std::string("__.__.____"));
}

}  // namespace nastavnik::render::documents
