#include "render/documents/esign.h"

#include "base/text.h"
#include "render/documents/blocks.h"

namespace nastavnik::render::documents {

namespace {

doc::FramedLine Line(std::string text) {
  doc::FramedLine line;
  line.inlines.push_back(doc::Text(std::move(text)));
  return line;
}

// «ДОКУМЕНТ ПОДПИСАН / ЭЛЕКТРОННОЙ ПОДПИСЬЮ»: bold capitals, centred, in two lines as samples of
// the mark set it, rather than broken wherever the 8 cm box runs out. Two lines, not one with
// a hard break: a screen reader reading the tags would run the words together across a break.
doc::FramedLine Heading(std::string text) {
  doc::FramedLine line;
  line.align = doc::Align::kCenter;
  doc::Inline strong;
  strong.kind = doc::InlineKind::kStrong;
  strong.children = {doc::Text(std::move(text))};
  line.inlines.push_back(std::move(strong));
  return line;
}

}  // namespace

bool CarriesSignatureMark(const model::Program& program, const std::string& document) {
  return program.signature && program.signature->Signs(document);
}

doc::Block SignatureMarkRow(const model::Program& program) {
  const model::SignatureSettings& s = *program.signature;
  doc::SignatureLine row;
  row.left = s.position.empty() ? program.organization.short_name : s.position + " " + program.organization.short_name;
  row.right = text::InitialsFirst(s.owner);
  // What ГОСТ Р 7.0.97 puts in the mark, in its order: the phrase, certificate, owner, validity.
  row.framed = {
      Heading("ДОКУМЕНТ ПОДПИСАН"),
      Heading("ЭЛЕКТРОННОЙ ПОДПИСЬЮ"),
      Line("Сертификат: " + s.certificate),
      Line("Владелец: " + s.owner),
      Line("Действителен: с " + (s.valid_from ? s.valid_from->Russian() : std::string("__.__.____")) + " по " +
           (s.valid_to ? s.valid_to->Russian() : std::string("__.__.____"))),
  };
  return Signatures({std::move(row)});
}

void AppendSignatureMark(const model::Program& program, const std::string& document, doc::Document& d) {
  // The mark goes where the signature would, at the end, not into the «УТВЕРЖДЕНО приказом»
  // stamp: that stamp cites the order and holds no signature, while the electronic signature is
  // on this very file. A director expects to see it under the text as a signature row, and an
  // inspector looks for it there; it keeps the header as narrow as ГОСТ asks (8 cm).
  if (CarriesSignatureMark(program, document)) d.blocks.push_back(SignatureMarkRow(program));
}

}  // namespace nastavnik::render::documents
