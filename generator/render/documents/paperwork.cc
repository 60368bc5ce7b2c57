#include "render/documents/paperwork.h"

#include <cmath>

#include "base/text.h"
#include "render/documents/grammar_values.h"

namespace nastavnik::render::documents {

std::string DateOrBlank(const std::optional<Date>& date) {
  return date ? date->Russian() : "«___» __________ 20__ г.";
}

std::vector<doc::Block> ApprovalStamps(const model::Program& program, Gender gender) {
  const model::Approval& a = program.approval;
  std::vector<doc::Block> out;
  auto corner = [&](std::vector<std::string> lines, doc::Align align) {
    doc::Block b;
    b.kind = doc::BlockKind::kCorner;
    b.align = align;
    b.lines = std::move(lines);
    out.push_back(std::move(b));
  };
  // ПРИНЯТО at the left margin, level with the approval in the top-right corner.
  if (!a.council.empty()) {
    corner({"ПРИНЯТО", a.council, "протокол от " + DateOrBlank(a.council_date) + " № " +
                                      (a.council_protocol.empty() ? "____" : a.council_protocol)},
           doc::Align::kLeft);
  }
  const char* word = gender == Gender::kNeuter     ? "УТВЕРЖДЕНО"
                     : gender == Gender::kFeminine ? "УТВЕРЖДЕНА"
                     : gender == Gender::kMasculine ? "УТВЕРЖДЕН"
                                                    : "УТВЕРЖДЕНЫ";
  corner({word, "приказом " + program.organization.short_name,
          "от " + DateOrBlank(a.order_date) + " № " + (a.order_number.empty() ? "____" : a.order_number)},
         doc::Align::kDefault);
  // Requisite 05 of ГОСТ Р 7.0.97: the organisation that issues the act, under the stamps.
  if (!program.organization.full_name.empty()) {
    out.push_back(doc::Paragraph(program.organization.full_name, doc::Align::kCenter));
  }
  return out;
}

std::vector<doc::Block> AgreementStamp(const model::Program& program) {
  const model::Approval& a = program.approval;
  if (a.agreed.name.empty()) return {};
  // ГОСТ Р 7.0.97 (and ВНИИДАД's recommendations, 4.20): under the text on the last page, from
  // the left margin, with the date of the agreement.
  doc::Block b;
  b.kind = doc::BlockKind::kCorner;
  b.align = doc::Align::kLeft;
  b.lines = {"СОГЛАСОВАНО"};
  if (!a.agreed_body.empty()) b.lines.push_back(a.agreed_body);
  if (!a.agreed.position.empty()) b.lines.push_back(a.agreed.position);
  b.lines.push_back("____________ " + text::InitialsFirst(a.agreed.name));
  b.lines.push_back(DateOrBlank(std::nullopt));
  std::vector<doc::Block> out;
  out.push_back(std::move(b));
  return out;
}

std::vector<doc::Block> Title(const std::string& kind, const std::string& about) {
  std::vector<doc::Block> out;
  doc::Block title = doc::Heading(1, kind);
  title.align = doc::Align::kCenter;
  out.push_back(std::move(title));
  if (!about.empty()) {
    doc::Block sub = doc::Paragraph(about, doc::Align::kCenter);
    sub.inlines[0].kind = doc::InlineKind::kStrong;
    sub.inlines[0].children = {doc::Text(about)};
    sub.inlines[0].text.clear();
    out.push_back(std::move(sub));
  }
  return out;
}

doc::Block DirectorSignature(const model::Program& program) {
  doc::Block b;
  b.kind = doc::BlockKind::kSignatures;
  b.keep_together = true;
  const model::Official& approver = program.approval.approver;
  b.signatures.push_back(doc::SignatureLine{approver.position + " " + program.organization.short_name,
                                            text::InitialsFirst(approver.name), "(подпись)"});
  return b;
}

TemplateValue ProgramValues(const model::Program& program) {
  const model::Organization& o = program.organization;
  const model::Settings& s = program.settings;
  TemplateValue v;
  TemplateValue org;
  org.Set("full_name", PhraseWord(o.full_name, false)).Set("short_name", PhraseWord(o.short_name, false))
      .Set("address", o.address)
      .Set("city", o.city).Set("phone", o.phone).Set("email", o.email).Set("site_url", o.site_url)
      .Set("inn", o.inn).Set("ogrn", o.ogrn);
  v.Set("organization", org);
  TemplateValue site;
  site.Set("base_url", program.site.base_url.empty() ? "________________________________________" : program.site.base_url);
  v.Set("site", site);
  v.Set("director", OfficialValues(program, o.director));
  TemplateValue prog;
  prog.Set("title", PhraseWord(s.title, true)).Set("academic_year", s.academic_year).Set("goal", s.goal)
      .Set("start", s.start ? s.start->Russian() : "").Set("end", s.end ? s.end->Russian() : "")
      .Set("target_percent", std::to_string(static_cast<int>(std::lround(s.target_coverage * 100))));
  v.Set("program", prog);
  TemplateValue order;
  order.Set("number", program.approval.order_number.empty() ? "____" : program.approval.order_number)
      .Set("date", DateOrBlank(program.approval.order_date))
      .Set("date_long", program.approval.order_date ? program.approval.order_date->RussianLong()
                                                    : DateOrBlank(std::nullopt));
  v.Set("order", order);
  TemplateValue curator;
  if (const model::Person* c = program.FindPerson(s.curator)) {
    curator = PersonValues(program, *c);
  }
  v.Set("curator", curator);
  TemplateValue legal = TemplateValue::List();
  for (const std::string& act : s.legal_basis) legal.Push(TemplateValue::Text(act));
  v.Set("legal_basis", legal);
  TemplateValue forms = TemplateValue::List();
  for (model::Form f : s.forms) {
    TemplateValue form;
    form.Set("name", model::FormName(f));
    forms.Push(form);
  }
  v.Set("forms", forms);
  return v;
}

}  // namespace nastavnik::render::documents
