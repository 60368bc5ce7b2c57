#include "render/site/site.h"

#include <cmath>
#include <cstdio>
#include <memory>

#include "base/pdf_resources.h"
#include "base/text.h"
#include "render/monitoring/format.h"
#include "render/pdf/image_size.h"
#include "render/site/questionnaire_pages.h"
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
  // A number and its unit never part at a line end.
  if (bytes < 1024) return std::to_string(bytes) + "\u00A0Б";
  double kb = bytes / 1024.0;
  if (kb < 1024) return std::to_string(static_cast<int>(std::lround(kb))) + "\u00A0КБ";
  return text::DecimalComma(kb / 1024, 1) + "\u00A0МБ";
}

std::string Percent(double share) { return monitoring::PercentNumber(share) + "\u00A0%"; }

namespace {

// The pictures' pixel sizes by the URL a page shows them at (a content/ path without "content/").
std::map<std::string, pdf::PixelSize> ImageSizes(const std::vector<load::Asset>& assets) {
  std::map<std::string, pdf::PixelSize> sizes;
  for (const load::Asset& a : assets) {
    if (!a.source.starts_with("content/")) continue;
    pdf::PixelSize size = pdf::ImagePixelSize(a.bytes);
    if (size.width > 0 && size.height > 0) sizes[a.target] = size;
  }
  return sizes;
}

// Crawlers read robots.txt only at a host's root: it is written when the site is the whole host.
bool AtHostRoot(const std::string& base_url) {
  std::string path = base_url;
  size_t scheme = path.find("://");
  if (scheme != std::string::npos) {
    size_t slash = path.find('/', scheme + 3);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  return path.empty() || path == "/";
}

}  // namespace

Result<Artifacts> RenderSite(const SiteInput& in) {
  const model::Program& p = *in.program;
  std::shared_ptr<const pdf::TrueTypeFont> font;
  if (in.chart_font && !in.chart_font->empty()) {
    Result<std::shared_ptr<const pdf::TrueTypeFont>> parsed = pdf::TrueTypeFont::Parse(*in.chart_font, kChartFontFile);
    if (parsed.ok()) font = *parsed;  // without it charts assume an average letter width
  }
  html::HtmlContext context;
  context.font = font.get();
  context.image_sizes = ImageSizes(*in.assets);
  std::vector<const model::Page*> news = SortedNews(p);
  std::vector<PageOut> pages;
  pages.push_back(HomePage(in, news, context));
  for (const model::Page& page : p.pages) {
    if (!page.draft) pages.push_back(ContentPage(page, context));
  }
  std::vector<const load::Asset*> photos;
  pages.push_back(MentorsPage(p, in.photos, &photos));
  pages.push_back(NewsListPage(news));
  for (PageOut& page : DocumentPages(in.documents, context)) pages.push_back(std::move(page));
  for (PageOut& page : QuestionnairePages(in.questionnaires, context)) pages.push_back(std::move(page));
  pages.push_back(NotFoundPage());

  Artifacts out;
  for (const PageOut& page : pages) {
    Result<std::string> html = RenderPage(in, page);
    if (!html.ok()) return html.status();
    out.push_back({"site/" + page.path, std::move(*html)});
  }
  out.push_back({"site/atom.xml", AtomFeed(p, news, context)});
  std::string sitemap = Sitemap(p.site.base_url, pages);
  if (!sitemap.empty()) out.push_back({"site/sitemap.xml", sitemap});
  if (AtHostRoot(p.site.base_url)) out.push_back({"site/robots.txt", RobotsTxt(p.site.base_url, !sitemap.empty())});
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
