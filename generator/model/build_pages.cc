// Stage 2 (model): Markdown files of content/ into site pages and news posts.
#include <algorithm>

#include "base/text.h"
#include "model/build_program.h"
#include "model/settings_reader.h"

namespace nastavnik::model {

void BuildPages(const std::vector<load::SourcePage>& pages, Program& program, Diagnostics& diags) {
  for (const load::SourcePage& source : pages) {
    Page page;
    page.source = source.path;
    std::string slug = source.path;
    if (slug.starts_with("content/")) slug = slug.substr(8);
    slug = slug.substr(0, slug.size() - 3);  // ".md"
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

std::optional<Program> BuildProgram(const load::Sources& sources, Diagnostics& diags) {
  Program program;
  BuildSettings(sources.program, program, diags);
  auto table = [&](const char* name) -> const load::Table* {
    auto it = sources.tables.find(name);
    return it == sources.tables.end() ? nullptr : &it->second;
  };
  bool people_ok = false;
  if (const load::Table* t = table("participants")) {
    people_ok = BuildPeople(*t, program, diags);
  } else if (!diags.has_errors()) {
    diags.Error(Location{"content/data/participants.csv"}, "нет файла участников content/data/participants.csv");
  }
  // Files that name people or pairs are cross-checked only against files that could be read.
  bool pairs_ok = people_ok;
  std::set<std::string> pair_ids;
  if (const load::Table* t = table("pairs"); t && people_ok) pairs_ok = BuildPairs(*t, program, diags, &pair_ids);
  if (const load::Table* t = table("plans"); t && pairs_ok) BuildPlans(*t, pair_ids, program, diags);
  if (const load::Table* t = table("surveys"); t && people_ok) BuildSurveys(*t, program, diags);
  if (const load::Table* t = table("roadmap")) {
    BuildRoadmap(*t, program, diags);
  } else {
    AddDefaultRoadmap(program);
  }
  if (const load::Table* t = table("calendar")) {
    BuildCalendar(*t, program, diags);
  } else {
    AddDefaultCalendar(program);
  }
  const std::string& curator = program.settings.curator;
  if (!curator.empty() && !program.people.empty() && !program.FindPerson(curator)) {
    const load::Value* p = sources.program.Find("program");
    const load::Value* c = p ? p->Find("curator") : nullptr;
    diags.Error(c ? c->where : Location{sources.program_path},
                "куратор с кодом «" + curator + "» не найден в content/data/participants.csv");
  }
  BuildPages(sources.pages, program, diags);
  if (diags.has_errors()) return std::nullopt;
  return program;
}

}  // namespace nastavnik::model
