// The order introducing the target model: organisation name, kind of document, date and number,
// place, title, the points from the template, the director's signature, the acknowledgement list.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/esign.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

Result<doc::Document> BuildPrikaz(const model::Program& program, const Templates& templates) {
  const model::Organization& o = program.organization;
  const model::Approval& a = program.approval;
  doc::Document d;
  d.title = "Приказ о внедрении целевой модели наставничества — " + o.short_name;
  d.subject = program.settings.title;
  d.author = o.full_name;
  doc::Block org = doc::Paragraph(o.full_name, doc::Align::kCenter);
  d.blocks.push_back(std::move(org));
  doc::Block rule;
  rule.kind = doc::BlockKind::kRule;
  d.blocks.push_back(std::move(rule));
  Append(d.blocks, Title("ПРИКАЗ", ""));
  d.blocks.push_back(doc::Paragraph(
      (a.order_date ? a.order_date->RussianLong() : DateOrBlank(std::nullopt)) + "  № " +
          (a.order_number.empty() ? "____" : a.order_number),
      doc::Align::kCenter));
  if (!o.city.empty()) d.blocks.push_back(doc::Paragraph("г. " + o.city, doc::Align::kCenter));
  Result<std::vector<doc::Block>> body = TemplateBlocks(templates, "documents/prikaz.md", ProgramValues(program));
  if (!body.ok()) return body.status();
  Append(d.blocks, std::move(*body));
  // A signed order carries the mark in place of the director's handwritten signature.
  d.blocks.push_back(CarriesSignatureMark(program, "prikaz") ? SignatureMarkRow(program) : DirectorSignature(program));

  // Everyone the order names signs that they have read it.
  std::vector<doc::SignatureLine> acquainted;
  if (const model::Person* c = program.FindPerson(program.settings.curator)) {
    acquainted.push_back({c->position.empty() ? "Куратор" : c->position, text::InitialsFirst(c->full_name),
                          "(подпись, дата)"});
  }
  if (!acquainted.empty()) {
    doc::Block heading = doc::Paragraph("С приказом ознакомлены:", doc::Align::kLeft);
    heading.keep_together = true;
    d.blocks.push_back(std::move(heading));
    d.blocks.push_back(Signatures(std::move(acquainted)));
  }
  return d;
}

}  // namespace nastavnik::render::documents
