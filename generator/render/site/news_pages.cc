// Markdown pages, the news list and the Atom feed.
#include <algorithm>

#include "base/slug.h"
#include "base/text.h"
#include "base/typography.h"
#include "render/html/html_blocks.h"
#include "render/site/site_page.h"

namespace nastavnik::render::site {

std::vector<const model::Page*> SortedNews(const model::Program& program) {
  std::vector<const model::Page*> news;
  for (const model::Page& page : program.pages) {
    if (page.is_news && page.date && !page.draft) news.push_back(&page);
  }
  std::sort(news.begin(), news.end(), [](const model::Page* a, const model::Page* b) {
    if (a->date->Iso() != b->date->Iso()) return a->date->Iso() > b->date->Iso();
    return a->slug < b->slug;
  });
  return news;
}

PageOut ContentPage(const model::Page& page, const html::HtmlContext& context) {
  PageOut out{page.slug + ".html", page.is_news ? "news_item" : "page", page.title, page.description,
              {}, {{"Главная", "index.html"}}, page.date, true};
  if (page.is_news) {
    out.crumbs.push_back({"Новости", "news.html"});
    out.values.Set("date_iso", page.date->Iso()).Set("date_text", page.date->RussianLong());
  }
  out.values.Set("content", html::RenderBlocks(page.body.blocks, html::ShiftBelowTitle(page.body.blocks), &context));
  return out;
}

PageOut NewsListPage(const std::vector<const model::Page*>& news) {
  PageOut out{"news.html", "news_list", "Новости", "Новости программы наставничества", {},
              {{"Главная", "index.html"}}, {}, true};
  TemplateValue items = TemplateValue::List();
  for (const model::Page* n : news) {
    items.Push(TemplateValue()
                   .Set("title", typography::Typeset(n->title))
                   .Set("url", n->slug + ".html")
                   .Set("description", typography::Typeset(n->description))
                   .Set("date_iso", n->date->Iso())
                   .Set("date_text", n->date->RussianLong()));
  }
  out.values.Set("news", items).Set("has_news", TemplateValue::Bool(!news.empty()));
  return out;
}

std::string AbsoluteBase(const std::string& base_url) {
  std::string lower = text::ToLower(base_url);
  if (!lower.starts_with("http://") && !lower.starts_with("https://")) return "";
  std::string base = base_url;
  while (base.ends_with("/")) base.pop_back();
  return base + "/";
}

namespace {

// The feed's date when there is no news: the program's start, else its approval.
std::string FeedUpdated(const model::Program& p, const std::vector<const model::Page*>& news) {
  if (!news.empty()) return news.front()->date->Iso();
  if (p.settings.start) return p.settings.start->Iso();
  if (p.approval.order_date) return p.approval.order_date->Iso();
  return "2000-01-01";
}

}  // namespace

std::string AtomFeed(const model::Program& p, const std::vector<const model::Page*>& news,
                     const html::HtmlContext& context) {
  using text::EscapeHtml;
  std::string base = AbsoluteBase(p.site.base_url);
  // Without an absolute base the links stay relative to the feed, which sits at the site root;
  // the ids are then URNs made of the school's name in Latin letters (an IRI has no spaces).
  std::string id_base = base.empty() ? "urn:nastavnik:" + slug::MakeSlug(p.organization.short_name) + ":" : base;
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\"";
  if (!base.empty()) out += " xml:base=\"" + EscapeHtml(base) + "\"";
  out += ">\n  <title>" + EscapeHtml(p.site.title + " — новости") + "</title>\n";
  out += "  <id>" + EscapeHtml(id_base + "news.html") + "</id>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeHtml(base + "news.html") + "\"/>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + EscapeHtml(base + "atom.xml") + "\"/>\n";
  out += "  <updated>" + FeedUpdated(p, news) + "T00:00:00Z</updated>\n";
  out += "  <author><name>" + EscapeHtml(p.organization.full_name.empty() ? p.site.title : p.organization.full_name) +
         "</name></author>\n";
  for (const model::Page* n : news) {
    std::string url = slug::PercentEncodePath(n->slug) + ".html";
    out += "  <entry>\n    <title>" + EscapeHtml(n->title) + "</title>\n";
    out += "    <id>" + EscapeHtml(id_base + url) + "</id>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeHtml(base + url) + "\"/>\n";
    out += "    <updated>" + n->date->Iso() + "T00:00:00Z</updated>\n";
    if (!n->description.empty()) out += "    <summary>" + EscapeHtml(n->description) + "</summary>\n";
    out += "    <content type=\"html\">" +
           EscapeHtml(html::RenderBlocks(n->body.blocks, html::ShiftBelowTitle(n->body.blocks), &context)) + "</content>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

std::string Sitemap(const std::string& base_url, const std::vector<PageOut>& pages) {
  std::string base = AbsoluteBase(base_url);
  if (base.empty()) return "";
  std::vector<const PageOut*> listed;
  for (const PageOut& page : pages) {
    if (page.in_sitemap) listed.push_back(&page);
  }
  std::sort(listed.begin(), listed.end(), [](const PageOut* a, const PageOut* b) { return a->path < b->path; });
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const PageOut* page : listed) {
    out += "  <url><loc>" + text::EscapeHtml(base + slug::PercentEncodePath(page->path)) + "</loc>";
    if (page->date) out += "<lastmod>" + page->date->Iso() + "</lastmod>";
    out += "</url>\n";
  }
  return out + "</urlset>\n";
}

std::string RobotsTxt(const std::string& base_url, bool has_sitemap) {
  // Crawlers read robots.txt at the host's root: the 404 page is named by its full path.
  std::string path = base_url;
  size_t scheme = path.find("://");
  if (scheme != std::string::npos) {
    size_t slash = path.find('/', scheme + 3);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  if (path.empty() || path[0] != '/') path = "/" + path;
  if (!path.ends_with("/")) path += "/";
  std::string out = "User-agent: *\nDisallow: " + path + "404.html\n";
  if (has_sitemap) out += "\nSitemap: " + AbsoluteBase(base_url) + "sitemap.xml\n";
  return out;
}

}  // namespace nastavnik::render::site
