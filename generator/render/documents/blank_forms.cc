#include "render/documents/blank_forms.h"

namespace nastavnik::render::documents {
namespace {

// The PDF fonts have no ☐ (U+2610); the white square □ (U+25A1) prints in every one of them.
const char kBox[] = "\u25A1";
const char kLine[] = "______________________________________________________________";

doc::Block Bold(std::string text) {
  doc::Block b;
  doc::Inline strong;
  strong.kind = doc::InlineKind::kStrong;
  strong.children.push_back(doc::Text(std::move(text)));
  b.inlines.push_back(std::move(strong));
  return b;
}

doc::Block Small(std::string text) {
  doc::Block b;
  doc::Inline em;
  em.kind = doc::InlineKind::kEmphasis;
  em.children.push_back(doc::Text(std::move(text)));
  b.inlines.push_back(std::move(em));
  return b;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

doc::TableCell Cell(std::string text) {
  doc::TableCell c;
  c.inlines.push_back(doc::Text(std::move(text)));
  return c;
}

// A row of ten boxes numbered 1…10, and the meaning of the two ends under the first and the last.
std::vector<doc::Block> ScaleRows(const model::Question& q) {
  doc::Block numbers;
  numbers.kind = doc::BlockKind::kTable;
  numbers.table.header_rows = 0;
  numbers.table.aligns.assign(10, doc::Align::kCenter);
  numbers.table.widths.assign(10, 1);
  std::vector<doc::TableCell> row;
  for (int i = 1; i <= 10; ++i) row.push_back(Cell(std::string(kBox) + "\u00A0" + std::to_string(i)));
  numbers.table.rows.push_back(std::move(row));
  doc::Block ends;
  ends.kind = doc::BlockKind::kTable;
  ends.table.header_rows = 0;
  ends.table.aligns = {doc::Align::kLeft, doc::Align::kRight};
  ends.table.widths = {1, 1};
  ends.table.rows.push_back({Cell("1 — " + q.low_anchor), Cell("10 — " + q.high_anchor)});
  return {std::move(numbers), std::move(ends)};
}

std::vector<doc::Block> Answer(const model::Question& q) {
  using K = model::QuestionKind;
  switch (q.kind) {
    case K::kScale:
      return ScaleRows(q);
    case K::kYesNo:
      return {doc::Paragraph(std::string(kBox) + " да        " + kBox + " нет")};
    case K::kOneOf:
    case K::kSeveralOf: {
      std::vector<doc::Block> out;
      out.push_back(Small(q.kind == K::kOneOf ? "Отметьте один вариант." : "Можно отметить несколько вариантов."));
      for (const std::string& o : q.options) out.push_back(doc::Paragraph(std::string(kBox) + " " + o));
      return out;
    }
    case K::kNumber:
      return {doc::Paragraph("Ответ (число): ____________")};
    case K::kText:
      return {doc::Paragraph(kLine), doc::Paragraph(kLine), doc::Paragraph(kLine)};
  }
  return {};
}

}  // namespace

doc::Document BuildBlankForm(const model::Program& program, const model::Questionnaire& form) {
  doc::Document d;
  d.title = form.title;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  d.blocks.push_back(doc::Paragraph(program.organization.full_name, doc::Align::kCenter));
  d.blocks.push_back(doc::Heading(1, form.title));
  d.blocks.push_back(Small("Заполняет: " + form.respondent + ". Этапы мониторинга: " + Joined(form.waves) + "."));
  d.blocks.push_back(doc::Paragraph("ФИО или код участника: ________________________________"));
  d.blocks.push_back(doc::Paragraph("Дата заполнения: «____» ______________ 20____ г."));
  d.blocks.push_back(doc::Paragraph("Этап: " + [&] {
    std::string boxes;
    for (const std::string& w : form.waves) boxes += (boxes.empty() ? "" : "   ") + std::string(kBox) + " " + w;
    return boxes;
  }()));
  if (!form.intro.empty()) d.blocks.push_back(doc::Paragraph(form.intro));
  int n = 0;
  for (const model::Question& q : form.questions) {
    doc::Block question;
    question.kind = doc::BlockKind::kQuote;
    question.keep_together = true;
    std::string only = q.waves.empty() || q.waves.size() == form.waves.size() ? "" : " (этап: " + Joined(q.waves) + ")";
    question.children.push_back(Bold(std::to_string(++n) + ". " + q.text + only));
    for (doc::Block& b : Answer(q)) question.children.push_back(std::move(b));
    d.blocks.push_back(std::move(question));
  }
  d.blocks.push_back(doc::Paragraph("Спасибо за ответы!", doc::Align::kCenter));
  return d;
}

Result<std::vector<BlankForm>> RenderBlankForms(const model::Program& program,
                                                const std::vector<model::Questionnaire>& forms,
                                                const pdf::PdfOptions& options) {
  std::vector<BlankForm> out;
  for (const model::Questionnaire& form : forms) {
    BlankForm f{form.title, "pdf/ankety/" + form.name + ".pdf", "ankety/" + form.name, "", BuildBlankForm(program, form)};
    Result<std::string> bytes = pdf::RenderPdf(f.body, options);
    if (!bytes.ok()) return bytes.status();
    f.pdf = std::move(*bytes);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace nastavnik::render::documents
