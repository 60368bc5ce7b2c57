// Renders one page: its kind's theme template, then layout.html around it. Both see the common
// values (site and school names, menu, breadcrumbs, root prefix).
#include "base/text.h"
#include "base/typography.h"
#include "render/html/html_blocks.h"
#include "render/site/site_page.h"

namespace nastavnik::render::site {
namespace {

// The 404 page is served in place of any missing URL, at any depth: its links start from the
// site's root path instead of being relative.
std::string NotFoundRoot(const std::string& base_url) {
  std::string path = base_url;
  size_t scheme = path.find("://");
  if (scheme != std::string::npos) {
    size_t slash = path.find('/', scheme + 3);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  if (path.empty() || path[0] != '/') return "";
  if (!path.ends_with("/")) path += "/";
  return path;
}

// Russian typography: a phone number never breaks across lines.
std::string PhoneText(const std::string& phone) {
  std::string out;
  for (char c : phone) {
    if (c == ' ') out += "\u00A0";
    else if (c == '-') out += "\u2011";
    else out += c;
  }
  return out;
}

std::string PhoneDial(const std::string& phone) {
  std::string out;
  for (char c : phone) {
    if ((c >= '0' && c <= '9') || (c == '+' && out.empty())) out += c;
  }
  return out;
}

// Search engines cut titles at about 70 characters: the school's name goes only where it fits.
std::string HeadTitle(const std::string& page, const std::string& school) {
  std::string full = page + " — " + school;
  if (!school.empty() && text::Utf8Length(full) <= 70) return full;
  if (text::Utf8Length(page) <= 70) return page;
  // Cut at the last space that leaves room for the ellipsis (byte positions on UTF-8 are safe at
  // spaces, which are ASCII).
  std::string cut;
  size_t start = 0;
  while (true) {
    size_t space = page.find(' ', start);
    std::string next = page.substr(0, space);
    if (text::Utf8Length(next) > 68) break;
    cut = next;
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return (cut.empty() ? page.substr(0, 60) : cut) + "…";
}

TemplateValue CommonValues(const SiteInput& in, const PageOut& page, const std::string& root) {
  const model::Program& p = *in.program;
  using typography::Typeset;
  TemplateValue v;
  v.Set("lang", "ru").Set("root", root).Set("site_title", Typeset(p.site.title))
      .Set("page_title", Typeset(page.title)).Set("description", Typeset(page.description))
      .Set("program_title", Typeset(p.settings.title))
      .Set("school_name", Typeset(p.organization.short_name))
      .Set("school_full_name", Typeset(p.organization.full_name))
      .Set("school_address", Typeset(p.organization.address)).Set("school_phone", p.organization.phone)
      .Set("school_email", p.organization.email)
      .Set("school_phone_text", PhoneText(p.organization.phone))
      .Set("school_phone_dial", PhoneDial(p.organization.phone))
      .Set("head_title", HeadTitle(Typeset(page.title), Typeset(p.organization.short_name)))
      .Set("year", p.settings.academic_year);
  // The school's emblem in the header and as the tab's icon; the theme's icon when it has none.
  v.Set("emblem", in.emblem.empty() ? "" : root + in.emblem);
  v.Set("favicon", root + (in.emblem.empty() ? "favicon.svg" : in.emblem));
  v.Set("is_home", TemplateValue::Bool(page.path == "index.html"));
  v.Set("live_reload", TemplateValue::Bool(in.live_reload));
  TemplateValue menu = TemplateValue::List();
  for (const model::MenuItem& item : p.site.menu) {
    std::string url = html::SafeUrl(item.url);
    if (url.empty()) continue;
    bool external = url.find("://") != std::string::npos || url.starts_with("mailto:");
    TemplateValue m;
    m.Set("title", typography::Typeset(item.title)).Set("url", external ? url : root + url);
    m.Set("current", TemplateValue::Bool(url == page.path));
    // A news post or a document page lights up its section in the menu.
    bool in_section = false;
    for (const auto& crumb : page.crumbs) in_section = in_section || (crumb.second == url && url != "index.html");
    m.Set("section", TemplateValue::Bool(in_section));
    menu.Push(m);
  }
  v.Set("menu", menu);
  TemplateValue crumbs = TemplateValue::List();
  for (const auto& [title, path] : page.crumbs) crumbs.Push(TemplateValue().Set("title", title).Set("url", root + path));
  v.Set("crumbs", crumbs).Set("has_crumbs", TemplateValue::Bool(!page.crumbs.empty()));
  return v;
}

std::map<std::string, std::string> Partials(const std::map<std::string, std::string>& templates) {
  std::map<std::string, std::string> partials;
  for (const auto& [name, body] : templates) {
    const std::string prefix = "theme/partials/";
    if (name.starts_with(prefix) && name.ends_with(".html")) {
      partials[name.substr(prefix.size(), name.size() - prefix.size() - 5)] = body;
    }
  }
  return partials;
}

}  // namespace

Result<std::string> RenderPage(const SiteInput& in, const PageOut& page) {
  const std::string theme = "themes/" + in.program->site.theme + "/";
  auto own = in.templates->find("theme/" + page.kind + ".html");
  auto layout = in.templates->find("theme/layout.html");
  if (own == in.templates->end()) return Status::Internal("в теме нет шаблона " + page.kind + ".html");
  if (layout == in.templates->end()) return Status::Internal("в теме нет шаблона layout.html");
  // The preview server serves the site at its own root.
  std::string root = page.kind != "404" ? RootPrefix(page.path)
                     : in.live_reload   ? "/"
                                        : NotFoundRoot(in.program->site.base_url);
  TemplateValue v = CommonValues(in, page, root);
  for (const auto& [key, value] : page.values.fields) v.Set(key, value);
  std::map<std::string, std::string> partials = Partials(*in.templates);
  Result<std::string> content = ExpandTemplate(theme + page.kind + ".html", own->second, v, Escape::kHtml, &partials);
  if (!content.ok()) return content.status();
  v.Set("content", *content);
  return ExpandTemplate(theme + "layout.html", layout->second, v, Escape::kHtml, &partials);
}

}  // namespace nastavnik::render::site
