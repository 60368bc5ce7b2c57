// The site renderer on a small program built in memory with the default theme's templates:
// feeds, sitemap, escaping, the CSP, documents without a PDF, charts and the template check.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>

#include "load/site_files.h"
#include "render/html/chart_svg.h"
#include "render/site/published_person.h"
#include "render/site/site.h"
#include "render/site/template_check.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::render::site {
namespace {

namespace stdfs = std::filesystem;
using testing::ReadFile;
using testing::RepoDir;

struct Fixture {
  model::Program program;
  compute::Coverage coverage;
  std::map<std::string, std::string> templates;
  std::vector<load::Asset> assets;

  Fixture() {
    for (const auto& e : stdfs::recursive_directory_iterator(RepoDir() / "themes/default")) {
      if (e.path().extension() == ".html") {
        templates["theme/" + stdfs::relative(e.path(), RepoDir() / "themes/default").generic_string()] = ReadFile(e.path());
      }
    }
    program.organization.short_name = "Школа <№ 1>";
    program.organization.full_name = "МБОУ «Школа & Co»";
    program.settings.title = "Программа";
    program.site.title = "Наставничество";
    program.site.base_url = "https://school.example.ru/mentors";
    program.site.menu = {{"Главная", "index.html"}, {"Опасно", "javascript:alert(1)"}};
    model::Person teacher;
    teacher.id = "T1";
    teacher.full_name = "Иванова <b>Анна</b> Петровна";
    teacher.is_mentor = true;
    teacher.category = model::Category::kTeacher;
    teacher.position = "учитель физики";
    teacher.subject = "физика";
    teacher.experience_years = 12;
    teacher.phone = "+7 900 111-22-33";
    teacher.email = "ivanova@example.ru";
    model::Person pupil;
    pupil.id = "S1";
    pupil.full_name = "Петров Пётр";
    pupil.is_mentor = true;
    pupil.grade = "9Б";
    pupil.strengths = {"шахматы"};
    program.people = {teacher, pupil};
    program.settings.curator = "T1";
    program.person_index = {{"T1", 0}, {"S1", 1}};
    for (auto [slug, day] : {std::pair{"news/a", "2025-09-01"}, {"news/b", "2025-10-01"}}) {
      model::Page page;
      page.slug = slug;
      page.title = std::string("Новость ") + slug;
      page.is_news = true;
      page.date = ParseDate(day);
      page.body.blocks.push_back(doc::Paragraph("Текст <script>alert(1)</script>"));
      program.pages.push_back(page);
    }
    coverage.pupils_covered = 10;
    coverage.pupils_total = 100;
    coverage.teachers_covered = 5;
    coverage.teachers_total = 10;
  }

  std::map<std::string, std::string> Render(std::vector<PublicDocument> docs = {}) {
    SiteInput in;
    in.program = &program;
    in.coverage = &coverage;
    in.templates = &templates;
    in.assets = &assets;
    in.documents = std::move(docs);
    Result<Artifacts> out = RenderSite(in);
    REQUIRE(out.ok());
    std::map<std::string, std::string> files;
    for (const Artifact& a : *out) files[a.path] = a.bytes;
    return files;
  }
};

TEST_CASE("the Atom feed lists news newest first with absolute links", "[site]") {
  Fixture f;
  auto files = f.Render();
  const std::string& atom = files.at("site/atom.xml");
  CHECK(atom.find("<feed xmlns=\"http://www.w3.org/2005/Atom\"") != std::string::npos);
  CHECK(atom.find("<updated>2025-10-01T00:00:00Z</updated>") != std::string::npos);
  size_t b = atom.find("https://school.example.ru/mentors/news/b.html");
  size_t a = atom.find("https://school.example.ru/mentors/news/a.html");
  CHECK(b != std::string::npos);
  CHECK(a != std::string::npos);
  CHECK(b < a);
  // The post's HTML travels escaped inside the XML.
  CHECK(atom.find("&lt;script&gt;") == std::string::npos);  // escaped twice: once as text, once as XML
  CHECK(atom.find("&amp;lt;script&amp;gt;") != std::string::npos);
}

TEST_CASE("sitemap.xml needs an absolute base_url and leaves out the 404 page", "[site]") {
  Fixture f;
  auto files = f.Render();
  const std::string& sitemap = files.at("site/sitemap.xml");
  CHECK(sitemap.find("<loc>https://school.example.ru/mentors/index.html</loc>") != std::string::npos);
  CHECK(sitemap.find("<loc>https://school.example.ru/mentors/news/a.html</loc><lastmod>2025-09-01</lastmod>") != std::string::npos);
  CHECK(sitemap.find("404") == std::string::npos);
  // Crawlers read robots.txt only at a host's root: a site in a folder leaves it to the school.
  CHECK(files.count("site/robots.txt") == 0);

  f.program.site.base_url = "https://school.example.ru";
  files = f.Render();
  CHECK(files.at("site/robots.txt").find("Sitemap: https://school.example.ru/sitemap.xml") != std::string::npos);
  CHECK(files.at("site/robots.txt").find("Disallow: /404.html\n") != std::string::npos);

  f.program.site.base_url = "/";
  files = f.Render();
  CHECK(files.count("site/sitemap.xml") == 0);
  CHECK(files.at("site/robots.txt").find("Sitemap") == std::string::npos);
}

TEST_CASE("every page escapes data, carries the CSP and has no inline script", "[site]") {
  Fixture f;
  auto files = f.Render();
  std::regex inline_script("<script(?![^>]*\\bsrc=)[^>]*>");
  int pages = 0;
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html")) continue;
    ++pages;
    INFO(path);
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';") != std::string::npos);
    CHECK_FALSE(std::regex_search(html, inline_script));
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("<b>Анна</b>") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("Школа &lt;№\u00A01&gt;") != std::string::npos);  // typeset: a no-break space after №
  }
  CHECK(pages >= 7);
  CHECK(files.at("site/news/a.html").find("Текст &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(files.at("site/mentors.html").find("Иванова &lt;b&gt;Анна&lt;/b&gt; Петровна") != std::string::npos);
}

TEST_CASE("mentors: staff by law, others only with consent, never contacts or grade", "[site][privacy]") {
  Fixture f;
  std::string mentors = f.Render().at("site/mentors.html");
  CHECK(mentors.find("учитель физики") != std::string::npos);
  CHECK(mentors.find("Педагогический стаж: 12 лет") != std::string::npos);
  CHECK(mentors.find("Петров Пётр") == std::string::npos);
  CHECK(mentors.find("шахматы") == std::string::npos);
  CHECK(mentors.find("Ещё наставников: 1") != std::string::npos);
  for (const char* secret : {"+7 900 111-22-33", "ivanova@example.ru", "9Б"}) CHECK(mentors.find(secret) == std::string::npos);

  f.program.people[1].consent_publish = true;
  mentors = f.Render().at("site/mentors.html");
  CHECK(mentors.find("Петров Пётр") != std::string::npos);
  CHECK(mentors.find("шахматы") != std::string::npos);
  CHECK(mentors.find("наставник из числа обучающихся") != std::string::npos);
  CHECK(mentors.find("9Б") == std::string::npos);

  f.program.privacy.consent = {"full_name"};  // staff named only with consent too
  CHECK_FALSE(PublishPerson(f.program.people[0], f.program.privacy).has_value());
  f.program.people[0].consent_publish = true;
  CHECK(PublishPerson(f.program.people[0], f.program.privacy).has_value());
}

TEST_CASE("mentors: a girl who mentors is not called «ученик-наставник»", "[site][grammar]") {
  Fixture f;
  model::Person& girl = f.program.people[1];
  girl.full_name = "Воронцова Милана Андреевна";
  girl.gender = grammar::Gender::kFemale;
  girl.consent_publish = true;
  std::string mentors = f.Render().at("site/mentors.html");
  CHECK(mentors.find("Воронцова Милана Андреевна") != std::string::npos);
  CHECK(mentors.find("ученик-наставник") == std::string::npos);
  CHECK(mentors.find("наставник из числа обучающихся") != std::string::npos);
  girl.category = model::Category::kGraduate;
  mentors = f.Render().at("site/mentors.html");
  CHECK(mentors.find("выпускник-наставник") == std::string::npos);
  CHECK(mentors.find("наставник из числа выпускников") != std::string::npos);
}

TEST_CASE("documents: size in Russian, and a page without a PDF offers no download", "[site]") {
  Fixture f;
  PublicDocument pdf{"Положение", "pdf/polozhenie.pdf", 68608, {}, "documents/polozhenie"};
  PublicDocument report{"Отчёт", "", 0, {}, "documents/report"};
  report.body.blocks.push_back(doc::Paragraph("Только итоги"));
  auto files = f.Render({pdf, report});
  const std::string& list = files.at("site/documents.html");
  CHECK(list.find("href=\"files/polozhenie.pdf\" download>скачать<span class=\"visually-hidden\"> «Положение»,</span> PDF, 67\u00A0КБ") != std::string::npos);
  CHECK(list.find("href=\"documents/report.html\">Отчёт</a></li>") != std::string::npos);
  CHECK(files.at("site/documents/polozhenie.html").find("href=\"../files/polozhenie.pdf\" download>Скачать (PDF, 67\u00A0КБ)") != std::string::npos);
  const std::string& page = files.at("site/documents/report.html");
  CHECK(page.find("download") == std::string::npos);
  CHECK(page.find("Только итоги") != std::string::npos);
}

TEST_CASE("a chart becomes accessible inline SVG with its numbers as a table", "[site]") {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kColumns;
  c.title = "Охват <по классам>";
  c.categories = {"5-е", "6-е"};
  c.series = {{"Охват", {40, 72.5}}};
  c.target = 70;
  c.unit = "%";
  std::string svg = html::RenderChartSvg(c, "Шестые классы выше цели");
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<title>Охват &lt;по классам&gt;</title>") != std::string::npos);
  CHECK(svg.find("<desc>Шестые классы выше цели</desc>") != std::string::npos);
  CHECK(svg.find("<td>72,5\u00A0%</td>") != std::string::npos);
  CHECK(svg.find("class=\"target\"") != std::string::npos);
  CHECK(svg.find("цель 70\u00A0%") != std::string::npos);
  CHECK(svg.find("class=\"legend\"") == std::string::npos);  // one series needs no legend
  c.series.push_back({"Цель класса", {50, 60}});
  c.kind = doc::Chart::Kind::kBars;
  svg = html::RenderChartSvg(c, "");
  CHECK(svg.find(">Цель класса</text>") != std::string::npos);
  CHECK(svg.find("<th scope=\"col\">Цель класса</th>") != std::string::npos);
  // The home page draws coverage against the target this way.
  Fixture f;
  std::string home = f.Render().at("site/index.html");
  CHECK(home.find("<svg class=\"chart\"") != std::string::npos);
  CHECK(home.find("<th scope=\"row\">Педагоги</th><td>50\u00A0%</td>") != std::string::npos);
}

TEST_CASE("the template check names each private field with its line and column", "[site][privacy]") {
  std::string tmpl = "<p>{{full_name}}</p>\n  {{#mentors}}{{ email }}{{/mentors}}\n{{{requests}}} {{! phone }} {{org.birth_date}}";
  std::vector<Status> problems = CheckTemplateFields("themes/x/mentors.html", tmpl);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].ToString().starts_with("themes/x/mentors.html:2:15: ошибка: шаблон сайта запрашивает поле «email»"));
  CHECK(problems[1].where().line == 3);
  CHECK(problems[1].where().column == 1);
  CHECK(problems[2].message().find("«birth_date»") != std::string::npos);
  Fixture f;
  for (const auto& [name, body] : f.templates) {
    INFO(name);
    CHECK(CheckTemplateFields(name, body).empty());
  }
}

}  // namespace
}  // namespace nastavnik::render::site

namespace nastavnik::render::site {
namespace {

TEST_CASE("menu from program.toml and breadcrumbs link relative to each page", "[site]") {
  Fixture f;
  auto files = f.Render();
  const std::string& home = files.at("site/index.html");
  CHECK(home.find("<a href=\"index.html\" aria-current=\"page\">Главная</a>") != std::string::npos);
  CHECK(home.find("Опасно") == std::string::npos);  // a javascript: item is dropped
  CHECK(home.find("Навигационная цепочка") == std::string::npos);
  const std::string& post = files.at("site/news/a.html");
  CHECK(post.find("<a href=\"../index.html\">Главная</a>") != std::string::npos);
  CHECK(post.find("<li><a href=\"../news.html\">Новости</a></li><li aria-current=\"page\">Новость news/a</li>") != std::string::npos);
  CHECK(post.find("<link rel=\"stylesheet\" href=\"../style.css\">") != std::string::npos);
  f.program.site.menu.push_back({"Новости", "news.html"});
  CHECK(f.Render().at("site/news/a.html").find("<a href=\"../news.html\" class=\"section\">Новости</a>") != std::string::npos);
  // The 404 page is served at any depth: its links start from the site's path.
  const std::string& missing = files.at("site/404.html");
  CHECK(missing.find("href=\"/mentors/style.css\"") != std::string::npos);
}

}  // namespace
}  // namespace nastavnik::render::site

namespace nastavnik::render::site {
namespace {

TEST_CASE("a school can keep mentors off the site, and the vision switch waits for its script", "[site][privacy]") {
  Fixture f;
  f.program.site.publish_mentors = false;
  auto files = f.Render();
  const std::string& mentors = files.at("site/mentors.html");
  CHECK(mentors.find("Сведения о наставниках школа не публикует.") != std::string::npos);
  CHECK(mentors.find("class=\"card\"") == std::string::npos);
  // Without JavaScript the site is the ordinary one: the switch and its panel stay hidden.
  const std::string& home = files.at("site/index.html");
  CHECK(home.find("id=\"vision-toggle\" hidden") != std::string::npos);
  CHECK(home.find("id=\"vision-panel\" hidden") != std::string::npos);
  CHECK(home.find("<script src=\"vision.js\"></script>") != std::string::npos);
  CHECK(home.find("<link rel=\"stylesheet\" href=\"print.css\" media=\"print\">") != std::string::npos);
  CHECK(home.find("reload.js") == std::string::npos);  // only under `nastavnik serve`
}

}  // namespace
}  // namespace nastavnik::render::site

namespace nastavnik::render::site {
namespace {

TEST_CASE("an empty optional field shows no label, link or empty sentence", "[site]") {
  Fixture f;
  f.program.organization.phone = "";
  f.program.organization.email = "";
  f.program.organization.address = "";
  f.program.settings.goal = "";
  f.coverage.active_pairs = 15;
  f.coverage.groups = 0;
  auto files = f.Render();
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html")) continue;
    INFO(path);
    CHECK(html.find("tel:") == std::string::npos);
    CHECK(html.find("mailto:") == std::string::npos);
    CHECK(html.find("content=\"\"") == std::string::npos);
  }
  const std::string& home = files.at("site/index.html");
  CHECK(home.find("<meta name=\"description\"") == std::string::npos);
  CHECK(home.find("<p>Работают 15\u00A0пар.</p>") != std::string::npos);
  CHECK(home.find("групп") == std::string::npos);
  f.coverage.groups = 1;
  // One group is under [monitoring] min_group (5): the page hides it as the report's tables do.
  CHECK(f.Render().at("site/index.html").find("<p>Работают 14\u00A0пар и не больше 4\u00A0групп.</p>") != std::string::npos);
  f.program.monitoring.min_group = 21;
  CHECK(f.Render().at("site/index.html").find("<p>Работают не больше 20\u00A0пар и не больше 20\u00A0групп.</p>") !=
        std::string::npos);
  f.program.monitoring.min_group = 22;
  CHECK(f.Render().at("site/index.html").find("<p>Работают не больше 21\u00A0пары и не больше 21\u00A0группы.</p>") !=
        std::string::npos);
  f.program.monitoring.min_group = 1;
  CHECK(f.Render().at("site/index.html").find("<p>Работают 14\u00A0пар и 1\u00A0группа.</p>") != std::string::npos);
  f.coverage.active_pairs = 21;
  f.coverage.groups = 0;
  CHECK(f.Render().at("site/index.html").find("<p>Работает 21\u00A0пара.</p>") != std::string::npos);
}

TEST_CASE("the feed has valid ids, a self link and absolute or feed-relative links", "[site]") {
  Fixture f;
  std::string atom = f.Render().at("site/atom.xml");
  CHECK(atom.find("xml:base=\"https://school.example.ru/mentors/\"") != std::string::npos);
  CHECK(atom.find("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://school.example.ru/mentors/atom.xml\"/>") !=
        std::string::npos);
  f.program.site.base_url = "/";
  atom = f.Render().at("site/atom.xml");
  // «Школа <№ 1>» as an IRI: Latin letters, no spaces.
  CHECK(atom.find("<id>urn:nastavnik:shkola-1:news/b.html</id>") != std::string::npos);
  CHECK(atom.find("<link rel=\"self\" type=\"application/atom+xml\" href=\"atom.xml\"/>") != std::string::npos);
  f.program.pages.clear();
  f.program.settings.start = ParseDate("2025-09-01");
  atom = f.Render().at("site/atom.xml");
  CHECK(atom.find("1970") == std::string::npos);
  CHECK(atom.find("<updated>2025-09-01T00:00:00Z</updated>") != std::string::npos);
}

TEST_CASE("sitemap addresses are percent-encoded", "[site]") {
  Fixture f;
  f.program.pages[0].slug = "news/старт";
  std::string sitemap = f.Render().at("site/sitemap.xml");
  CHECK(sitemap.find("<loc>https://school.example.ru/mentors/news/%D1%81%D1%82%D0%B0%D1%80%D1%82.html</loc>") !=
        std::string::npos);
}

TEST_CASE("chart text is set at the page's size and laid out for the narrowest screen", "[site]") {
  doc::Chart c;
  c.kind = doc::Chart::Kind::kColumns;
  c.title = "Задачи";
  c.categories = {"Выполнено", "Наставляемые из числа обучающихся"};
  c.series = {{"Задач", {12, 100}}};
  const std::string& bytes = testing::TestPdfResources()->fonts.at(kChartFontFile);
  auto font = pdf::TrueTypeFont::Parse(bytes, kChartFontFile);
  REQUIRE(font.ok());
  std::string svg = html::RenderChartSvg(c, "", font->get());
  // No viewBox: nothing scales the text down; heights in em, bar lengths in per cent.
  CHECK(svg.find("viewBox") == std::string::npos);
  CHECK(svg.find("<svg class=\"chart\" width=\"100%\" height=\"") != std::string::npos);
  CHECK(svg.find("em\" role=\"img\"") != std::string::npos);
  // A long category name wraps into lines that fit 9em, measured with the font; a short one stays whole.
  CHECK(svg.find(">Выполнено</text>") != std::string::npos);
  CHECK(svg.find(">Наставляемые</text>") != std::string::npos);
  CHECK(svg.find(">из числа</text>") != std::string::npos);
  CHECK(svg.find(">обучающихся</text>") != std::string::npos);
  // Real advance widths: «Ш» is wider than «і»-narrow letters, and the widths differ from a flat guess.
  CHECK(html::ChartTextWidthEm("Обучающиеся", font->get()) < 9);
  CHECK(html::ChartTextWidthEm("ШШШ", font->get()) > html::ChartTextWidthEm("ллл", font->get()));
  // The data table is hidden inside a wrapper that cannot widen the page.
  CHECK(svg.find("<div class=\"visually-hidden\"><table class=\"chart-data\">") != std::string::npos);
}

}  // namespace
}  // namespace nastavnik::render::site
