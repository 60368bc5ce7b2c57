#include "render/site/template_check.h"

#include "base/text.h"
#include "model/privacy.h"

namespace nastavnik::render::site {
namespace {

bool Publishable(const std::string& field) {
  const model::PrivacySettings privacy;  // the classes the law sets
  for (bool staff : {true, false}) {
    model::FieldClass c = model::ClassOfField(field, staff, privacy);
    if (c == model::FieldClass::kPublic || c == model::FieldClass::kConsent) return true;
  }
  return false;
}

std::vector<std::string> SplitDots(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    parts.push_back(text::Trim(name.substr(start, dot - start)));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

}  // namespace

std::vector<Status> CheckTemplateFields(const std::string& file, const std::string& text) {
  std::vector<Status> problems;
  int line = 1;
  size_t line_start = 0;
  size_t i = 0;
  while (true) {
    size_t open = text.find("{{", i);
    if (open == std::string::npos) break;
    for (size_t k = i; k < open; ++k) {
      if (text[k] == '\n') {
        ++line;
        line_start = k + 1;
      }
    }
    bool triple = text.compare(open, 3, "{{{") == 0;
    size_t body = open + (triple ? 3 : 2);
    size_t close = text.find(triple ? "}}}" : "}}", body);
    if (close == std::string::npos) break;  // the template engine reports the unclosed tag
    std::string tag = text::Trim(text.substr(body, close - body));
    char sigil = tag.empty() ? '\0' : tag[0];
    // Comments, closing tags, partials and delimiter changes name no data.
    if (sigil != '!' && sigil != '/' && sigil != '>' && sigil != '=') {
      std::string name = (sigil == '#' || sigil == '^' || sigil == '&') ? tag.substr(1) : tag;
      for (const std::string& part : SplitDots(name)) {
        if (part.empty() || Publishable(part)) continue;
        int column = static_cast<int>(text::Utf8Length(text.substr(line_start, open - line_start))) + 1;
        problems.push_back(Status::Input(
            "шаблон сайта запрашивает поле «" + part + "», которое нельзя публиковать (152-ФЗ, класс "
            "«внутреннее»): уберите {{" + tag + "}} из шаблона",
            Location{file, line, column}));
      }
    }
    i = open;  // newlines before the tag are counted; continue after it
    for (size_t k = open; k < close; ++k) {
      if (text[k] == '\n') {
        ++line;
        line_start = k + 1;
      }
    }
    i = close + (triple ? 3 : 2);
  }
  return problems;
}

void CheckSiteTemplates(const std::map<std::string, std::string>& templates, const std::string& theme,
                        Diagnostics& diags) {
  for (const auto& [name, body] : templates) {
    if (!name.starts_with("theme/")) continue;
    for (const Status& s : CheckTemplateFields("themes/" + theme + "/" + name.substr(6), body)) {
      diags.Add(s);
    }
  }
}

}  // namespace nastavnik::render::site
