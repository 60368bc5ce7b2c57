// A pupil's name in the text a site publishes, without consent: an error where the name starts
// in the file; names the site may show pass.
#include "model/published_names.h"

#include <catch2/catch.hpp>

#include <chrono>

#include "load/markdown.h"
#include "model/build_program.h"

namespace nastavnik::model {
namespace {

Person Make(std::string id, std::string name, Category category, bool consent) {
  Person p;
  p.id = std::move(id);
  p.full_name = std::move(name);
  p.category = category;
  p.consent_publish = consent;
  return p;
}

struct School {
  Program program;
  load::Sources sources;
  Diagnostics diags;

  School() {
    program.people = {Make("S012", "Волков Илья Петрович", Category::kPupil, false),
                      Make("S3", "Морозов Кирилл", Category::kPupil, true),
                      Make("T1", "Смирнова Ольга Ивановна", Category::kTeacher, false),
                      Make("T7", "Ёлкина Алёна Олеговна", Category::kTeacher, false),
                      Make("P2", "Зайцев Олег", Category::kParent, false)};
    program.organization.director.name = "Орлова Нина Павловна";
  }
  void AddPage(const std::string& path, const std::string& text) {
    Diagnostics ignored;
    Result<load::MarkdownFile> file = load::ParseMarkdown(text, path, 1 << 20, ignored);
    REQUIRE(file.ok());
    sources.pages.push_back(load::SourcePage{path, *file});
    Page page;
    page.source = path;
    page.body.blocks = file->blocks;
    program.pages.push_back(std::move(page));
  }
  std::string Check() {
    CheckPublishedNames(program, sources, diags);
    return diags.Format();
  }
};

}  // namespace

TEST_CASE("a page naming a pupil without consent is an error at the name's line and column", "[model][privacy]") {
  School s;
  s.AddPage("content/about.md", "+++\ntitle = \"О нас\"\n+++\n\nЛучший проект у ученика Волков Илья.\n");
  CHECK(s.Check() ==
        "content/about.md:5:25: ошибка: ФИО обучающегося S012 без согласия на публикацию: уберите его отсюда "
        "или отметьте согласие в столбце consent_publish\n");
}

TEST_CASE("the name is found in either order, with the patronymic, folded like the duplicate check", "[model][privacy]") {
  School s;
  s.AddPage("content/a.md", "Илья Волков\n\nВОЛКОВ  ИЛЬЯ ПЕТРОВИЧ\n\nИлья Петрович Волков\n\nи ёлкина алёна");
  s.program.privacy.internal = {"full_name"};  // the teacher too is kept off the site
  std::string out = s.Check();
  INFO(out);
  CHECK(out.find("content/a.md:1:1: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(out.find("content/a.md:3:1: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(out.find("content/a.md:5:1: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(out.find("content/a.md:7:3: ошибка: ФИО педагога T7 не публикуется (full_name в privacy.internal)") !=
        std::string::npos);
  CHECK(s.diags.error_count() == 4);  // one message per mention, never one per sub-sequence
}

TEST_CASE("a name across a soft line break, emphasis, a link or a table cell is found", "[model][privacy]") {
  School s;
  s.AddPage("content/b.md",
            "Поздравляем: Илья\nВолков!\n\n- Награда: *Волков* **Илья**\n\n"
            "| Кто | Что |\n|---|---|\n| x | [Зайцев Олег](http://e.ru) |\n\n> Текст: Зайцев &amp; Зайцев\\* Олег\n");
  std::string out = s.Check();
  INFO(out);
  CHECK(out.find("content/b.md:1:14: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(out.find("content/b.md:4:13: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(out.find("content/b.md:8:8: ошибка: ФИО родителя P2") != std::string::npos);
  CHECK(out.find("content/b.md:10:23: ошибка: ФИО родителя P2") != std::string::npos);
  CHECK(s.diags.error_count() == 4);
}

TEST_CASE("names the site may show pass: staff, a consenting mentor, the curator, the director", "[model][privacy]") {
  School s;
  s.program.settings.curator = "P2";
  s.AddPage("content/c.md",
            "Наставник Морозов Кирилл и педагог Смирнова Ольга Ивановна.\n\n"
            "Директор Орлова Нина Павловна, куратор Зайцев Олег. Илья один, Волков другой.\n");
  CHECK(s.Check().empty());
}

TEST_CASE("a name a shown person shares is no error, the longer hidden name still is", "[model][privacy]") {
  School s;
  s.program.people.push_back(Make("T9", "Волков Илья Сергеевич", Category::kTeacher, false));
  s.AddPage("content/d.md", "Учитель Волков Илья ведёт кружок.\n\nА Волков Илья Петрович — ученик.\n");
  std::string out = s.Check();
  INFO(out);
  CHECK(out.find("content/d.md:3:3: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(s.diags.error_count() == 1);
}

TEST_CASE("front matter titles, public document templates and the theme are read, drafts are not", "[model][privacy]") {
  School s;
  s.AddPage("content/e.md", "+++\ntitle = \"Победа: Волков Илья\"\n+++\n\nТекст.\n");
  Diagnostics ignored;
  Result<load::MarkdownFile> draft = load::ParseMarkdown("+++\ndraft = true\n+++\nВолков Илья\n", "content/draft.md", 1 << 20, ignored);
  REQUIRE(draft.ok());
  s.sources.pages.push_back(load::SourcePage{"content/draft.md", *draft});  // BuildPages leaves drafts out
  s.sources.templates["documents/programma.md"] = "# Программа\n\nКурирует работу `Зайцев Олег`.\n";
  s.sources.templates["documents/thanks.md"] = "Волков Илья\n";  // printed, never published
  s.sources.templates["theme/home.html"] = "<p>{{title}}</p>\n<p>Герой года:\n  <b>Волков</b> Илья</p>\n";
  std::string out = s.Check();
  INFO(out);
  CHECK(out.find("content/e.md:2:18: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(out.find("templates/documents/programma.md:3:18: ошибка: ФИО родителя P2") != std::string::npos);
  CHECK(out.find("themes/default/home.html:3:6: ошибка: ФИО обучающегося S012") != std::string::npos);
  CHECK(s.diags.error_count() == 3);
}

TEST_CASE("the name check stays fast for a region of 50,000 people", "[model][privacy][bench]") {
  School s;
  const char* surnames[] = {"Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Соколов", "Лебедев"};
  const char* names[] = {"Иван", "Пётр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Максим", "Артём", "Егор"};
  for (int i = 0; i < 50000; ++i) {
    s.program.people.push_back(Make("R" + std::to_string(i),
                                    std::string(surnames[i % 8]) + std::to_string(i / 72) + " " + names[i % 9] +
                                        " Олегович",
                                    Category::kPupil, false));
  }
  std::string page;
  for (int i = 0; i < 200; ++i) page += "Абзац новости о работе наставников школы номер " + std::to_string(i) + ".\n\n";
  s.AddPage("content/news.md", page + "Иванов0 Иван Олегович\n");
  auto start = std::chrono::steady_clock::now();
  std::string out = s.Check();
  INFO(out);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  CHECK(out.find("content/news.md:401:1: ошибка: ФИО обучающегося R0") != std::string::npos);
  CHECK(s.diags.error_count() == 1);
  // Measured, not asserted (a Debug build under sanitizers on a busy machine takes a second or
  // two); a -O2 build takes about 45 ms.
  WARN("name check for 50,000 people: " << ms << " ms");
}

}  // namespace nastavnik::model
