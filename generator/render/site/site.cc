#include "render/site/site.h"

#include <cmath>
#include <cstdio>

#include "base/text.h"
#include "render/site/site_page.h"

namespace nastavnik::render::site {

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
  return text::DecimalComma(kb / 1024, 1) + " МБ";
}

std::string Percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

Result<Artifacts> RenderSite(const SiteInput& in) {
  const model::Program& p = *in.program;
  std::vector<const model::Page*> news = SortedNews(p);
  std::vector<PageOut> pages;
  pages.push_back(HomePage(in, news));
  for (const model::Page& page : p.pages) {
    if (!page.draft) pages.push_back(ContentPage(page));
  }
  std::vector<const load::Asset*> photos;
  pages.push_back(MentorsPage(p, in.photos, &photos));
  pages.push_back(NewsListPage(news));
  for (PageOut& page : DocumentPages(in.documents)) pages.push_back(std::move(page));
  pages.push_back(NotFoundPage());

  Artifacts out;
  for (const PageOut& page : pages) {
    Result<std::string> html = RenderPage(in, page);
    if (!html.ok()) return html.status();
    out.push_back({"site/" + page.path, std::move(*html)});
  }
  out.push_back({"site/atom.xml", AtomFeed(p, news)});
  std::string sitemap = Sitemap(p.site.base_url, pages);
  if (!sitemap.empty()) out.push_back({"site/sitemap.xml", sitemap});
  out.push_back({"site/robots.txt", RobotsTxt(p.site.base_url, !sitemap.empty())});
  for (const load::Asset* photo : photos) out.push_back({"site/" + photo->target, photo->bytes});
  for (const load::Asset& asset : *in.assets) {
    // A participant's photo reaches the site only through the consent check above.
    if (asset.source.starts_with("content/photos/")) {
      return Status::Input("фотографии участников публикуются только на странице наставников и только с согласием "
                           "на публикацию: уберите ссылку на «" + asset.source + "» со страницы сайта",
                           Location{asset.source});
    }
    // reload.js only matters under `nastavnik serve`.
    if (asset.target == "reload.js" && !in.live_reload) continue;
    out.push_back({"site/" + asset.target, asset.bytes});
  }
  return out;
}

}  // namespace nastavnik::render::site
