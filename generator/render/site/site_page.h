// Stage 4 (render): what the page builders of the site share. Each page kind (home, page,
// news, documents, mentors, 404) is built in its own file into a PageOut; layout.cc renders its
// theme template and wraps it in the theme's layout.html.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "render/html/html_blocks.h"
#include "render/site/site.h"
#include "render/template_engine.h"

namespace nastavnik::render::site {

struct PageOut {
  std::string path;      // under site/, e.g. "news/2025-09-15-start.html"
  std::string kind;      // the theme template that renders it: "home" → home.html
  std::string title;
  std::string description;
  TemplateValue values;  // what the page's own template reads, besides the common values
  std::vector<std::pair<std::string, std::string>> crumbs;  // title, path under site/
  std::optional<Date> date;  // news: shown and used in the feed and sitemap
  bool in_sitemap = true;
};

/// "../" once per folder level of path, so links work from file:// as well as a web server.
std::string RootPrefix(const std::string& path);
/// «67 КБ», «1,2 МБ», with a no-break space.
std::string SizeText(size_t bytes);
/// "70 %", "35,3 %" with a no-break space, as typography::Typeset writes a percentage; the
/// number by the one rule of monitoring::Percent.
std::string Percent(double share);

/// News posts, newest first (ties by slug).
std::vector<const model::Page*> SortedNews(const model::Program& program);

PageOut HomePage(const SiteInput& in, const std::vector<const model::Page*>& news, const html::HtmlContext& context);
PageOut ContentPage(const model::Page& page, const html::HtmlContext& context);
PageOut NewsListPage(const std::vector<const model::Page*>& news);
std::vector<PageOut> DocumentPages(const std::vector<PublicDocument>& documents, const html::HtmlContext& context);
/// photos: participant id → photo (may be null); the photos of the people shown are added to
/// published, and only those reach the site.
PageOut MentorsPage(const model::Program& program, const std::map<std::string, load::Asset>* photos,
                    std::vector<const load::Asset*>* published);
PageOut NotFoundPage();

/// The page's HTML: its kind's template inside layout.html.
Result<std::string> RenderPage(const SiteInput& in, const PageOut& page);

/// Atom 1.0 feed of the news; links absolute when [site] base_url is absolute, else relative to
/// the feed (which sits at the site's root).
std::string AtomFeed(const model::Program& program, const std::vector<const model::Page*>& news,
                     const html::HtmlContext& context);
/// sitemap.xml, paths percent-encoded; empty when base_url is not an absolute http(s) URL (a sitemap needs one).
std::string Sitemap(const std::string& base_url, const std::vector<PageOut>& pages);
std::string RobotsTxt(const std::string& base_url, bool has_sitemap);
/// base_url with exactly one trailing slash, or "" when it is not absolute.
std::string AbsoluteBase(const std::string& base_url);

}  // namespace nastavnik::render::site
