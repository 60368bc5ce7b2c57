#include "render/site/site.h"

#include <cmath>

#include "base/text.h"
#include "render/html/html_blocks.h"
#include "render/template_engine.h"

namespace nastavnik::render::site {
namespace {

using text::EscapeHtml;

struct PageOut {
  std::string path;  // under site/, e.g. "news/2025-09-15-start.html"
  std::string title;
  std::string description;
  std::string body_html;
  std::vector<std::pair<std::string, std::string>> crumbs;  // title, path under site/
};

std::string RootPrefix(const std::string& path) {
  std::string prefix;
  for (char c : path) {
    if (c == '/') prefix += "../";
  }
  return prefix;
}

std::string SizeText(size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " Б";
  double kb = bytes / 1024.0;
  if (kb < 1024) return std::to_string(static_cast<int>(std::lround(kb))) + " КБ";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f МБ", kb / 1024);
  std::string s = buf;
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

// Progress toward the coverage target as an inline SVG: no script, no external resource.
std::string CoverageChart(double share, double target) {
  int width = 600;
  int filled = static_cast<int>(std::lround(std::min(share, 1.0) * width));
  int mark = static_cast<int>(std::lround(std::min(target, 1.0) * width));
  std::string label = "Охват " + Percent(share) + " при цели " + Percent(target);
  return "<svg class=\"progress\" viewBox=\"0 0 " + std::to_string(width) +
         " 40\" role=\"img\" aria-label=\"" + EscapeHtml(label) + "\">"
         "<rect width=\"" + std::to_string(width) + "\" height=\"28\" rx=\"4\" class=\"track\"/>"
         "<rect width=\"" + std::to_string(filled) + "\" height=\"28\" rx=\"4\" class=\"bar\"/>"
         "<line x1=\"" + std::to_string(mark) + "\" x2=\"" + std::to_string(mark) +
         "\" y1=\"0\" y2=\"36\" class=\"target\"/></svg>";
}

std::string HomeBody(const SiteInput& in, const std::vector<const model::Page*>& news) {
  const model::Program& p = *in.program;
  std::string out;
  if (!p.settings.goal.empty()) {
    out += "<p class=\"lead\">" + EscapeHtml(p.settings.goal) + "</p>\n";
  }
  const compute::Coverage& c = *in.coverage;
  out += "<section aria-labelledby=\"coverage\"><h2 id=\"coverage\">Охват наставничеством</h2>\n";
  out += CoverageChart(c.share(), c.target);
  out += "<p>В программе участвуют <strong>" + std::to_string(c.pupils_covered) + "</strong> обучающихся и <strong>" +
         std::to_string(c.teachers_covered) + "</strong> педагогов: " + Percent(c.share()) +
         " от всех обучающихся и педагогов школы. Цель — " + Percent(c.target) + ".</p>\n";
  out += "<p>Работают пар и групп: " + std::to_string(c.active_pairs) +
         (c.groups ? ", из них групп: " + std::to_string(c.groups) : "") + ".</p></section>\n";
  if (!p.settings.forms.empty()) {
    out += "<section aria-labelledby=\"forms\"><h2 id=\"forms\">Формы наставничества</h2>\n<ul>\n";
    for (model::Form f : p.settings.forms) out += "<li>" + EscapeHtml(model::FormName(f)) + "</li>\n";
    out += "</ul></section>\n";
  }
  if (const model::Person* c = p.FindPerson(p.settings.curator)) {
    out += "<section aria-labelledby=\"curator\"><h2 id=\"curator\">Куратор программы</h2>\n<p>" +
           EscapeHtml(c->full_name) + (c->position.empty() ? "" : ", " + EscapeHtml(c->position)) + "</p>\n";
    if (!p.organization.email.empty()) {
      out += "<p>Написать: <a href=\"mailto:" + EscapeHtml(p.organization.email) + "\">" +
             EscapeHtml(p.organization.email) + "</a></p>\n";
    }
    if (!p.organization.phone.empty()) out += "<p>Телефон школы: " + EscapeHtml(p.organization.phone) + "</p>\n";
    out += "</section>\n";
  }
  if (!news.empty()) {
    out += "<section aria-labelledby=\"news\"><h2 id=\"news\">Новости</h2>\n<ul class=\"news\">\n";
    for (size_t i = 0; i < news.size() && i < 3; ++i) {
      out += "<li><time datetime=\"" + news[i]->date->Iso() + "\">" + news[i]->date->Russian() +
             "</time> <a href=\"" + EscapeHtml(news[i]->slug) + ".html\">" + EscapeHtml(news[i]->title) + "</a></li>\n";
    }
    out += "</ul></section>\n";
  }
  return out;
}

std::string NewsList(const std::vector<const model::Page*>& news) {
  std::string out = "<ul class=\"news\">\n";
  for (const model::Page* n : news) {
    out += "<li><time datetime=\"" + n->date->Iso() + "\">" + n->date->Russian() + "</time> <a href=\"" +
           EscapeHtml(n->slug) + ".html\">" + EscapeHtml(n->title) + "</a>";
    if (!n->description.empty()) out += "<p>" + EscapeHtml(n->description) + "</p>";
    out += "</li>\n";
  }
  if (news.empty()) out += "<li>Новостей пока нет.</li>\n";
  return out + "</ul>\n";
}

std::string DocumentsList(const std::vector<PublicDocument>& docs) {
  std::string out = "<ul class=\"documents\">\n";
  for (const PublicDocument& d : docs) {
    out += "<li><a href=\"" + EscapeHtml(d.slug) + ".html\">" + EscapeHtml(d.title) + "</a>";
    // A document without a file (the monitoring report's public version) is a page only.
    if (!d.file.empty()) {
      out += " — <a href=\"files/" + EscapeHtml(d.file.substr(d.file.rfind('/') + 1)) + "\" download>PDF, " +
             SizeText(d.bytes) + "</a>";
    }
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

// Who may be named on the public site (152-ФЗ): staff by law, everyone else only with consent to
// publication on record. Grades, contacts and pairs are internal and never shown.
bool Publishable(const model::Person& person) {
  return person.category == model::Category::kTeacher || person.consent_publish;
}

std::string MentorsBody(const model::Program& p) {
  std::string out;
  int hidden = 0;
  std::string cards;
  for (const model::Person& person : p.people) {
    if (!person.is_mentor) continue;
    if (!Publishable(person)) {
      ++hidden;
      continue;
    }
    cards += "<li class=\"card\"><h2>" + EscapeHtml(person.full_name) + "</h2>\n";
    if (person.category == model::Category::kTeacher) {
      std::string role = person.position;
      // "учитель математики" already names the subject "математика": compare by word stem.
      std::string stem = text::ToLower(person.subject).substr(0, std::min<size_t>(10, person.subject.size()));
      if (!person.subject.empty() && text::ToLower(role).find(stem) == std::string::npos) {
        role += (role.empty() ? "" : ", ") + person.subject;
      }
      if (!role.empty()) cards += "<p>" + EscapeHtml(role) + "</p>\n";
      if (person.experience_years) {
        cards += "<p>Педагогический стаж: " +
                 text::Plural(static_cast<long long>(*person.experience_years), "год", "года", "лет") + "</p>\n";
      }
    } else {
      cards += std::string("<p>") +
               (person.category == model::Category::kPupil ? "ученик-наставник" : "наставник") + "</p>\n";
    }
    if (!person.strengths.empty()) {
      cards += "<p class=\"strengths\">Чем может помочь: ";
      for (size_t i = 0; i < person.strengths.size(); ++i) {
        cards += (i ? ", " : "") + EscapeHtml(person.strengths[i]);
      }
      cards += "</p>\n";
    }
    cards += "</li>\n";
  }
  if (!p.site.publish_mentors) return "<p>Сведения о наставниках школа не публикует.</p>\n";
  out += "<ul class=\"cards\">\n" + cards + "</ul>\n";
  if (hidden > 0) {
    out += "<p class=\"note\">Ещё наставников: " + std::to_string(hidden) +
           ". Их имена не публикуются: согласия на публикацию нет.</p>\n";
  }
  return out;
}

Result<std::string> Layout(const SiteInput& in, const PageOut& page) {
  auto it = in.templates->find("theme/layout.html");
  if (it == in.templates->end()) return Status::Internal("в теме нет шаблона layout.html");
  const model::Program& p = *in.program;
  std::string root = RootPrefix(page.path);
  TemplateValue v;
  v.Set("lang", "ru").Set("root", root).Set("site_title", p.site.title)
      .Set("page_title", page.title).Set("description", page.description)
      .Set("organization", p.organization.short_name).Set("organization_full", p.organization.full_name)
      .Set("address", p.organization.address).Set("phone", p.organization.phone)
      .Set("email", p.organization.email).Set("year", p.settings.academic_year)
      .Set("content", page.body_html);
  v.Set("is_home", TemplateValue::Bool(page.path == "index.html"));
  TemplateValue menu = TemplateValue::List();
  for (const model::MenuItem& item : p.site.menu) {
    TemplateValue m;
    std::string url = html::SafeUrl(item.url);
    bool external = url.find("://") != std::string::npos;
    m.Set("title", item.title).Set("url", external ? url : root + url);
    m.Set("current", TemplateValue::Bool(url == page.path));
    menu.Push(m);
  }
  v.Set("menu", menu);
  TemplateValue crumbs = TemplateValue::List();
  for (const auto& [title, path] : page.crumbs) {
    TemplateValue c;
    c.Set("title", title).Set("url", root + path);
    crumbs.Push(c);
  }
  v.Set("crumbs", crumbs);
  v.Set("has_crumbs", TemplateValue::Bool(!page.crumbs.empty()));
  return ExpandTemplate("themes/" + p.site.theme + "/layout.html", it->second, v, Escape::kHtml);
}

}  // namespace

Result<Artifacts> RenderSite(const SiteInput& in) {
  const model::Program& p = *in.program;
  std::vector<PageOut> pages;
  std::vector<const model::Page*> news;
  for (const model::Page& page : p.pages) {
    if (page.is_news) news.push_back(&page);
  }
  const std::pair<std::string, std::string> home{"Главная", "index.html"};
  pages.push_back({"index.html", p.settings.title, p.settings.goal, HomeBody(in, news), {}});
  for (const model::Page& page : p.pages) {
    PageOut out{page.slug + ".html", page.title, page.description, "", {home}};
    if (page.is_news) {
      out.crumbs.push_back({"Новости", "news.html"});
      out.body_html = "<p class=\"date\"><time datetime=\"" + page.date->Iso() + "\">" +
                      page.date->RussianLong() + "</time></p>\n";
    }
    out.body_html += html::RenderBlocks(page.body.blocks, 1);
    pages.push_back(std::move(out));
  }
  pages.push_back({"mentors.html", "Наставники", "Наставники программы", MentorsBody(p), {home}});
  pages.push_back({"news.html", "Новости", "Новости программы наставничества", NewsList(news), {home}});
  pages.push_back({"documents.html", "Документы", "Документы программы наставничества",
                   DocumentsList(in.documents), {home}});
  for (const PublicDocument& d : in.documents) {
    std::string body = d.file.empty() ? std::string()
                                      : "<p><a class=\"download\" href=\"../files/" +
                                            EscapeHtml(d.file.substr(d.file.rfind('/') + 1)) + "\" download>Скачать PDF (" +
                                            SizeText(d.bytes) + ")</a></p>\n";
    body += html::RenderBlocks(d.body.blocks, 1);
    pages.push_back({d.slug + ".html", d.title, "", body, {home, {"Документы", "documents.html"}}});
  }
  pages.push_back({"404.html", "Страница не найдена", "",
                   "<p>Такой страницы на сайте нет. Начните с <a href=\"index.html\">главной страницы</a>.</p>\n", {}});

  Artifacts out;
  for (const PageOut& page : pages) {
    Result<std::string> html = Layout(in, page);
    if (!html.ok()) return html.status();
    out.push_back({"site/" + page.path, std::move(*html)});
  }
  for (const load::Asset& asset : *in.assets) out.push_back({"site/" + asset.target, asset.bytes});
  return out;
}

}  // namespace nastavnik::render::site
