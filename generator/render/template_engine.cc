#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

#include "base/text.h"

namespace nastavnik::render {
namespace mstch = kainjow::mustache;
namespace {

mstch::data ToData(const TemplateValue& v) {
  switch (v.kind) {
    // An empty text is false, so {{#phone}}…{{/phone}} leaves out a label with nothing after it
    // (Mustache would open the section for any string); {{phone}} still prints nothing.
    case TemplateValue::Kind::kText: return v.text.empty() ? mstch::data(false) : mstch::data(v.text);
    case TemplateValue::Kind::kBool: return mstch::data(v.flag);
    case TemplateValue::Kind::kList: {
      mstch::data list(mstch::data::type::list);
      for (const TemplateValue& item : v.items) list.push_back(ToData(item));
      return list;
    }
    case TemplateValue::Kind::kMap: {
      mstch::data map(mstch::data::type::object);
      for (const auto& [key, value] : v.fields) map.set(key, ToData(value));
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

}  // namespace

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
  mstch::mustache tmpl(text);
  if (!tmpl.is_valid()) {
    return Status::Input("ошибка в шаблоне: " + tmpl.error_message(), Location{name});
  }
  if (escape == Escape::kMarkdown) tmpl.set_custom_escape(EscapeMarkdown);
  if (escape == Escape::kHtml) tmpl.set_custom_escape([](const std::string& s) { return text::EscapeHtmlProse(s); });
  mstch::data data = ToData(values);
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
