// The two consents of 152-ФЗ, kept as separate documents as the law asks: to processing (ст. 9)
// and to distribution (ст. 10.1). One page per participant; for a pupil the parent or other
// legal representative gives it, and the page leaves room to write their name in.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

Result<doc::Document> BuildConsents(const model::Program& program, const Templates& templates,
                                    const std::string& kind, const std::string& about,
                                    const std::string& template_name) {
  const model::Organization& o = program.organization;
  doc::Document d;
  d.title = "Согласия " + about + " — " + o.short_name;
  d.subject = program.settings.title;
  d.author = o.full_name;
  for (const model::Person& p : program.people) {
    TemplateValue values = ProgramValues(program);
    TemplateValue person;
    person.Set("name", p.full_name).Set("role", PersonRole(p)).Set("minor", TemplateValue::Bool(p.is_minor_pupil()))
        .Set("mentor", TemplateValue::Bool(p.is_mentor)).Set("mentee", TemplateValue::Bool(p.is_mentee));
    values.Set("person", person);
    values.Set("retention", program.paperwork.pd_retention);
    if (!d.blocks.empty()) d.blocks.push_back(PageBreak());
    d.blocks.push_back(Corner({"Руководителю " + o.short_name}));
    Append(d.blocks, Title(kind, about));
    Result<std::vector<doc::Block>> body = TemplateBlocks(templates, template_name, values);
    if (!body.ok()) return body.status();
    Append(d.blocks, std::move(*body));
    if (p.is_minor_pupil()) {
      d.blocks.push_back(Signatures({{"Родитель (законный представитель)", "", "(подпись, расшифровка, дата)"}}));
    } else {
      d.blocks.push_back(Signatures({{"Субъект персональных данных", text::InitialsFirst(p.full_name),
                                      "(подпись, дата)"}}));
    }
  }
  return d;
}

}  // namespace

Result<doc::Document> BuildConsentsProcessing(const model::Program& program, const Templates& templates) {
  return BuildConsents(program, templates, "СОГЛАСИЕ", "на обработку персональных данных",
                       "documents/consent_processing.md");
}

Result<doc::Document> BuildConsentsDistribution(const model::Program& program, const Templates& templates) {
  return BuildConsents(program, templates, "СОГЛАСИЕ",
                       "на обработку персональных данных, разрешённых для распространения",
                       "documents/consent_distribution.md");
}

}  // namespace nastavnik::render::documents
