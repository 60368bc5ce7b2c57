// Stage 2 (model): Markdown files of content/ into site pages and news posts.
#include <algorithm>
#include <map>

#include "base/slug.h"
#include "base/text.h"
#include "base/typography.h"
#include "model/build_program.h"
#include "model/settings_reader.h"

namespace nastavnik::model {

namespace {

// The page's address from its file name: Latin letters, digits, "-" and "_" only, so that links,
// the sitemap and every web server agree on it. A name that needed changing is reported.
std::string PageSlug(const std::string& path, std::map<std::string, std::string>& taken, Diagnostics& diags) {
  std::string name = path.starts_with("content/") ? path.substr(8) : path;
  name = name.substr(0, name.size() - 3);  // ".md"
  std::string slug = slug::MakeSlug(name);
  if (slug != name) {
    diags.Warning(Location{path, 1, 1}, "имя файла «" + name + ".md» не годится для адреса: страница будет называться «" +
                                            slug + ".html»; переименуйте файл латиницей без пробелов, например «" +
                                            slug + ".md»");
  }
  auto [it, fresh] = taken.emplace(slug, path);
  if (!fresh) {
    diags.Error(Location{path, 1, 1}, "у страниц «" + it->second + "» и «" + path + "» получается один адрес «" +
                                          slug + ".html»: переименуйте одну из них");
  }
  return slug;
}

}  // namespace

void BuildPages(const std::vector<load::SourcePage>& pages, Program& program, Diagnostics& diags) {
  std::map<std::string, std::string> taken;  // slug → the file that has it
  for (const load::SourcePage& source : pages) {
    Page page;
    page.source = source.path;
    std::string slug = PageSlug(source.path, taken, diags);
    page.slug = slug;
    page.is_news = slug.starts_with("news/");
    {
      SettingsReader r(&source.file.front_matter, "", diags);
      r.String("title", &page.title);
      r.String("description", &page.description);
      r.DateValue("date", &page.date);
      r.Bool("draft", &page.draft);
      int weight = 0;
      const load::Value* w = r.Raw("weight");
      if (w && w->kind == load::Value::Kind::kString) {
        weight = std::atoi(w->string.c_str());  // YAML front matter gives text
      } else if (w && w->kind == load::Value::Kind::kInteger) {
        weight = static_cast<int>(w->integer);
      }
      page.weight = weight;
    }
    if (page.title.empty()) {
      // The first heading serves as the title when the front matter has none.
      for (const doc::Block& b : source.file.blocks) {
        if (b.kind == doc::BlockKind::kHeading) {
          page.title = doc::PlainText(b.inlines);
          break;
        }
      }
    }
    if (page.title.empty()) {
      diags.Error(Location{source.path, 1, 1}, "у страницы нет заголовка: добавьте title в заголовок +++ … +++");
    }
    if (page.is_news && !page.date) {
      diags.Error(Location{source.path, 1, 1}, "у новости нет даты: добавьте date = ГГГГ-ММ-ДД в заголовок +++ … +++");
    }
    if (page.draft) continue;
    page.body.title = page.title;
    page.body.blocks = source.file.blocks;
    // The school's text typeset the Russian way as it becomes the page (the PDFs' templates are
    // typeset by load::ParseMarkdownBlocks).
    typography::TypesetBlocks(&page.body.blocks);
    program.pages.push_back(std::move(page));
  }
  // News newest first, other pages by weight then title: the order a reader expects.
  std::stable_sort(program.pages.begin(), program.pages.end(), [](const Page& a, const Page& b) {
    if (a.is_news != b.is_news) return !a.is_news;
    if (a.is_news) return a.date > b.date || (a.date == b.date && a.slug < b.slug);
    if (a.weight != b.weight) return a.weight < b.weight;
    return a.slug < b.slug;
  });
}

}  // namespace nastavnik::model
