// The two consents of 152-ФЗ, kept as separate documents as the law asks: to processing (ст. 9)
// and to distribution (ст. 10.1). One page per participant; for a pupil the parent or other
// legal representative gives it, and the page leaves room to write their name in.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/grammar_values.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

// Lines to fill in by hand, as template values: a value is escaped for Markdown, so the
// underscores print as they are instead of opening emphasis.
TemplateValue Blanks() {
  TemplateValue v;
  v.Set("short", std::string(8, '_')).Set("medium", std::string(20, '_')).Set("long", std::string(40, '_'))
      .Set("date", "«" + std::string(3, '_') + "» " + std::string(10, '_') + " 20" + std::string(3, '_') + " г.");
  return v;
}

// A paragraph with a line to fill in by hand is set flush left: justified, its blanks and words
// would be stretched apart.
void KeepFillInLinesLeft(doc::Block& b) {
  if (b.kind == doc::BlockKind::kParagraph && doc::PlainText(b.inlines).find("____") != std::string::npos) {
    b.align = doc::Align::kLeft;
  }
  for (doc::Block& child : b.children) KeepFillInLinesLeft(child);
}

PagedDocument ConsentPages(const model::Program& program, const Templates& templates, const std::string& kind,
                           const std::string& about, const std::string& template_name) {
  const model::Organization& o = program.organization;
  PagedDocument d;
  d.about.title = "Согласия " + about + " — " + o.short_name;
  d.about.subject = program.settings.title;
  d.about.author = o.full_name;
  d.about.bound_set = true;  // a consent per person, each numbered on its own
  d.count = program.people.size();
  d.page = [&program, &templates, kind, about, template_name](size_t i) -> Result<std::vector<doc::Block>> {
    const model::Organization& o = program.organization;
    const model::Person& p = program.people[i];
    TemplateValue values = ProgramValues(program);
    TemplateValue person = PersonValues(program, p);
    person.Set("registered", GenderedWord("зарегистрированный", p.gender));
    values.Set("person", person);
    values.Set("retention", program.paperwork.pd_retention);
    values.Set("blank", Blanks());
    std::vector<doc::Block> blocks;
    blocks.push_back(Corner({"Руководителю " + o.short_name}));
    Append(blocks, Title(kind, about));
    Result<std::vector<doc::Block>> body = TemplateBlocks(templates, template_name, values);
    if (!body.ok()) return body.status();
    for (doc::Block& b : *body) KeepFillInLinesLeft(b);
    Append(blocks, std::move(*body));
    if (p.is_minor_pupil()) {
      blocks.push_back(Signatures({{"Родитель (законный представитель)", "", "(подпись, расшифровка, дата)"}}));
    } else {
      blocks.push_back(Signatures({{"Субъект персональных данных", text::InitialsFirst(p.full_name),
                                    "(подпись, дата)"}}));
    }
    return blocks;
  };
  return d;
}

}  // namespace

Result<doc::Document> Joined(const PagedDocument& paged) {
  doc::Document d = paged.about;
  for (size_t i = 0; i < paged.count; ++i) {
    Result<std::vector<doc::Block>> page = paged.page(i);
    if (!page.ok()) return page.status();
    if (!d.blocks.empty()) d.blocks.push_back(PageBreak());
    Append(d.blocks, std::move(*page));
  }
  return d;
}

PagedDocument ConsentsProcessingPages(const model::Program& program, const Templates& templates) {
  return ConsentPages(program, templates, "СОГЛАСИЕ", "на обработку персональных данных",
                      "documents/consent_processing.md");
}

PagedDocument ConsentsDistributionPages(const model::Program& program, const Templates& templates) {
  return ConsentPages(program, templates, "СОГЛАСИЕ",
                      "на обработку персональных данных, разрешённых для распространения",
                      "documents/consent_distribution.md");
}

Result<doc::Document> BuildConsentsProcessing(const model::Program& program, const Templates& templates) {
  return Joined(ConsentsProcessingPages(program, templates));
}

Result<doc::Document> BuildConsentsDistribution(const model::Program& program, const Templates& templates) {
  return Joined(ConsentsDistributionPages(program, templates));
}

}  // namespace nastavnik::render::documents
