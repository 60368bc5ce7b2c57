// Words in templates: {{x.name}} prints a word as written, {{x.name.genitive}} one of its forms,
// in every kind of tag and inside sections, and a template that knows no forms is unchanged.
#include <catch2/catch.hpp>

#include "render/template_engine.h"

namespace nastavnik::render {
namespace {

TemplateValue Values() {
  TemplateValue person;
  person.Set("name", TemplateValue::Word("Рябинина Варвара Олеговна", {{"genitive", "Рябининой Варвары Олеговны"},
                                                                      {"initials_genitive", "В. О. Рябининой"}}));
  TemplateValue list = TemplateValue::List();
  list.Push(TemplateValue().Set("name", "учитель – ученик"));
  TemplateValue v;
  v.Set("person", person).Set("forms", list).Set("empty", TemplateValue::Word("", {}));
  return v;
}

std::string Expand(const std::string& text) {
  Result<std::string> out = ExpandTemplate("t.md", text, Values(), Escape::kHtml);
  REQUIRE(out.ok());
  return *out;
}

}  // namespace

TEST_CASE("a word prints as written and in the form a template names", "[grammar][template]") {
  CHECK(Expand("{{person.name}}") == "Рябинина Варвара Олеговна");
  CHECK(Expand("{{ person.name }} / {{{person.name}}} / {{&person.name}}") ==
        "Рябинина Варвара Олеговна / Рябинина Варвара Олеговна / Рябинина Варвара Олеговна");
  CHECK(Expand("обучающейся {{person.name.genitive}}") == "обучающейся Рябининой Варвары Олеговны");
  CHECK(Expand("{{person.name.initials_genitive}}") == "В. О. Рябининой");
  CHECK(Expand("{{#person}}{{name}}{{/person}}") == "Рябинина Варвара Олеговна");
  // A plain text under a key that holds words elsewhere still prints.
  CHECK(Expand("{{#forms}}{{name}}{{/forms}}") == "учитель – ученик");
  CHECK(Expand("{{#person.name}}есть{{/person.name}}{{^empty}}пусто{{/empty}}") == "естьпусто");
  CHECK(Expand("{{! person.name }}x") == "x");
}

}  // namespace nastavnik::render
