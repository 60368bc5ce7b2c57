// Stage 4 (render): fills a template's {{placeholders}} (Mustache syntax). The only file that
// includes the Mustache library; templates receive our own TemplateValue tree.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik::render {

/// A value a template may read: text, a map of named values, or a list. Text may carry forms (a
/// word): {{person.name}} prints the text, {{person.name.genitive}} the form named "genitive".
struct TemplateValue {
  enum class Kind { kText, kMap, kList, kBool };
  Kind kind = Kind::kMap;
  std::string text;
  std::map<std::string, std::string> forms;  // kText only
  bool flag = false;
  std::map<std::string, TemplateValue> fields;
  std::vector<TemplateValue> items;

  static TemplateValue Text(std::string s);
  static TemplateValue Word(std::string s, std::map<std::string, std::string> forms);
  static TemplateValue Bool(bool b);
  static TemplateValue List();
  TemplateValue& Set(const std::string& key, TemplateValue value);
  TemplateValue& Set(const std::string& key, std::string text);
  TemplateValue& Push(TemplateValue value);
};

enum class Escape {
  kHtml,      // {{x}} is HTML-escaped; {{{x}}} is raw
  kMarkdown,  // {{x}} has Markdown's special characters escaped
};

/// name is shown in errors ("templates/documents/polozhenie.md"). partials ({{> header}}) maps
/// a partial's name to its text; may be null.
Result<std::string> ExpandTemplate(const std::string& name, const std::string& text,
                                   const TemplateValue& values, Escape escape,
                                   const std::map<std::string, std::string>* partials = nullptr);

}  // namespace nastavnik::render
