// The order introducing the target model and appointing the curator ([approval]): organisation
// name, kind of document, date and number, place, title, the points from the template, the
// director's signature, the acknowledgement list. It fixes no pairs: the orders of orders.csv do.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/esign.h"
#include "render/documents/orders.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

Result<doc::Document> BuildPrikaz(const model::Program& program, const Templates& templates) {
  const model::Organization& o = program.organization;
  const model::Approval& a = program.approval;
  doc::Document d;
  d.title = "Приказ о внедрении целевой модели наставничества — " + o.short_name;
  d.subject = program.settings.title;
  d.author = o.full_name;
  Append(d.blocks, OrderHeading(program, a.order_date, a.order_number));
  Result<std::vector<doc::Block>> body = TemplateBlocks(templates, "documents/prikaz.md", ProgramValues(program));
  if (!body.ok()) return body.status();
  Append(d.blocks, std::move(*body));
  // A signed order carries the mark in place of the director's handwritten signature.
  d.blocks.push_back(CarriesSignatureMark(program, "prikaz") ? SignatureMarkRow(program) : DirectorSignature(program));

  // Everyone the order names signs that they have read it.
  Append(d.blocks, AcquaintanceList(program, {program.settings.curator}));
  return d;
}

}  // namespace nastavnik::render::documents
