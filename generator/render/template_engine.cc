#include "render/template_engine.h"

#include <set>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "base/text.h"

namespace nastavnik::render {
namespace mstch = kainjow::mustache;
namespace {

// The form a bare {{x}} of a word prints; the template is rewritten to ask for it by name.
constexpr std::string_view kPlainForm = "nominative";

// Keys that hold a word somewhere in the tree: every text under such a key becomes an object of
// forms, so one key never means a string in one list item and an object in the next.
void CollectWordKeys(const TemplateValue& v, std::set<std::string>& keys) {
  for (const auto& [key, value] : v.fields) {
    if (value.kind == TemplateValue::Kind::kText && !value.forms.empty()) keys.insert(key);
    CollectWordKeys(value, keys);
  }
  for (const TemplateValue& item : v.items) CollectWordKeys(item, keys);
}

mstch::data ToData(const TemplateValue& v, const std::set<std::string>& words, bool is_word = false) {
  switch (v.kind) {
    case TemplateValue::Kind::kText: {
      // Empty text is false, so {{#groups}}…{{/groups}} and {{^person.position}} test for it (the
      // library takes every string as true); it prints nothing either way.
      if (v.text.empty() && v.forms.empty()) return mstch::data(false);
      if (!is_word) return mstch::data(v.text);
      mstch::data forms(mstch::data::type::object);
      forms.set(std::string(kPlainForm), mstch::data(v.text));
      for (const auto& [form, text] : v.forms) forms.set(form, mstch::data(text));
      return forms;
    }
    case TemplateValue::Kind::kBool: return mstch::data(v.flag);
    case TemplateValue::Kind::kList: {
      mstch::data list(mstch::data::type::list);
      for (const TemplateValue& item : v.items) list.push_back(ToData(item, words));
      return list;
    }
    case TemplateValue::Kind::kMap: {
      mstch::data map(mstch::data::type::object);
      for (const auto& [key, value] : v.fields) map.set(key, ToData(value, words, words.count(key) > 0));
      return map;
    }
  }
  return mstch::data();
}

// Characters that would turn a name such as "Школа_№_1*" into Markdown markup.
std::string EscapeMarkdown(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_{}[]<>#|~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// {{person.name}} → {{person.name.nominative}} when "name" holds words: variable tags only, and
// only while the default delimiters hold (a template that changes them keeps its tags as written).
std::string AskForPlainForms(const std::string& text, const std::set<std::string>& words) {
  if (words.empty()) return text;
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    size_t body = open + 2;
    const bool triple = body < text.size() && text[body] == '{';
    if (triple) ++body;
    size_t close = text.find(triple ? "}}}" : "}}", body);
    if (close == std::string::npos) break;
    std::string_view tag(text.data() + body, close - body);
    size_t b = tag.find_first_not_of(" \t");
    if (b != std::string_view::npos && tag[b] == '=') break;
    const bool amp = b != std::string_view::npos && tag[b] == '&';
    std::string_view name = tag.substr(b == std::string_view::npos ? tag.size() : b + (amp ? 1 : 0));
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    const size_t dot = name.rfind('.');
    const std::string last(name.substr(dot == std::string_view::npos ? 0 : dot + 1));
    const bool variable = !name.empty() && std::string_view("#^/!>=").find(name.front()) == std::string_view::npos;
    const size_t end = close + (triple ? 3 : 2);
    if (variable && words.count(last)) {
      out.append(text, pos, open - pos);
      out += triple ? "{{{" : (amp ? "{{&" : "{{");
      out += std::string(name) + "." + std::string(kPlainForm);
      out += triple ? "}}}" : "}}";
    } else {
      out.append(text, pos, end - pos);
    }
    pos = end;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

}  // namespace

TemplateValue TemplateValue::Word(std::string s, std::map<std::string, std::string> forms) {
  TemplateValue v = Text(std::move(s));
  v.forms = std::move(forms);
  return v;
}

TemplateValue TemplateValue::Text(std::string s) {
  TemplateValue v;
  v.kind = Kind::kText;
  v.text = std::move(s);
  return v;
}

TemplateValue TemplateValue::Bool(bool b) {
  TemplateValue v;
  v.kind = Kind::kBool;
  v.flag = b;
  return v;
}

TemplateValue TemplateValue::List() {
  TemplateValue v;
  v.kind = Kind::kList;
  return v;
}

TemplateValue& TemplateValue::Set(const std::string& key, TemplateValue value) {
  fields[key] = std::move(value);
  return *this;
}

TemplateValue& TemplateValue::Set(const std::string& key, std::string text) {
  return Set(key, Text(std::move(text)));
}

TemplateValue& TemplateValue::Push(TemplateValue value) {
  items.push_back(std::move(value));
  return *this;
}

Result<std::string> ExpandTemplate(const std::string& name, const std::string& text,
                                   const TemplateValue& values, Escape escape,
                                   const std::map<std::string, std::string>* partials) {
  std::set<std::string> words;
  CollectWordKeys(values, words);
  mstch::mustache tmpl(AskForPlainForms(text, words));
  if (!tmpl.is_valid()) {
    return Status::Input("ошибка в шаблоне: " + tmpl.error_message(), Location{name});
  }
  if (escape == Escape::kMarkdown) tmpl.set_custom_escape(EscapeMarkdown);
  if (escape == Escape::kHtml) tmpl.set_custom_escape([](const std::string& s) { return text::EscapeHtmlProse(s); });
  mstch::data data = ToData(values, words);
  if (partials) {
    for (const auto& [partial, body] : *partials) {
      if (!values.fields.count(partial)) data.set(partial, mstch::partial([body = body] { return body; }));
    }
  }
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) {
    return Status::Input("ошибка в шаблоне: " + tmpl.error_message(), Location{name});
  }
  return out;
}

}  // namespace nastavnik::render
