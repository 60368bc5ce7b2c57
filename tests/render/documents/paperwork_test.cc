// The example school's paperwork, checked the way a curator and an inspector would: the text
// pdftotext reads back in order, page sizes and counts, embedded fonts, a valid file, and that
// no internal document reaches the site.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <regex>
#include <sstream>

#include "render/pdf/tiny_png.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

stdfs::path Pdf(const std::string& name) { return BuiltExample() / "pdf" / name; }

// The text in the order it was painted: table cells row by row, each cell whole.
std::string Text(const stdfs::path& pdf, int page = 0) {
  const std::string pages = page > 0 ? "-f " + std::to_string(page) + " -l " + std::to_string(page) + " " : "";
  return Run("pdftotext -raw " + pages + "'" + pdf.string() + "' -").output;
}

// Lines run together; a word hyphenated at a line end reads whole, as a reader copies it.
std::string Flat(const std::string& raw) {
  std::string text = std::regex_replace(raw, std::regex("[\\s\\f]+"), " ");
  return text;
}

// Each needle is found after the previous one.
void CheckOrder(const std::string& raw, const std::vector<std::string>& needles) {
  const std::string text = Flat(raw);
  size_t at = 0;
  for (const std::string& n : needles) {
    size_t found = text.find(n, at);
    INFO("looking for «" << n << "» after offset " << at);
    REQUIRE(found != std::string::npos);
    at = found + n.size();
  }
}

const std::vector<std::string> kDocuments = {
    "polozhenie.pdf",    "prikaz.pdf",        "programma.pdf",         "dorozhnaya-karta.pdf",
    "kalendarnyj-plan.pdf", "spisok-par.pdf", "prikazy.pdf", "blagodarnosti.pdf",     "soglasiya-nastavnikov.pdf",
    "soglasiya-obrabotka-pd.pdf", "soglasiya-rasprostranenie-pd.pdf", "plans.pdf", "plans/PR01.pdf"};

}  // namespace

TEST_CASE("every document is a valid PDF with embedded, searchable fonts", "[documents]") {
  for (const std::string& name : kDocuments) {
    INFO(name);
    CommandResult check = Run("qpdf --check '" + Pdf(name).string() + "'");
    CHECK(check.exit_code == 0);
    CommandResult fonts = Run("pdffonts '" + Pdf(name).string() + "'");
    REQUIRE(fonts.exit_code == 0);
    int rows = 0;
    std::istringstream lines(fonts.output);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.find("CID TrueType") == std::string::npos) continue;
      ++rows;
      // columns: name type encoding emb sub uni object ID
      CHECK(std::regex_search(line, std::regex("Identity-H\\s+yes\\s+yes\\s+yes")));
    }
    CHECK(rows >= 2);
  }
}

TEST_CASE("the order introducing the model names its date, number and curator and fixes no pairs", "[documents]") {
  const std::string text = Text(Pdf("prikaz.pdf"));
  CheckOrder(text, {"ПРИКАЗ", "29 августа 2025 г.", "№ 118-од", "г. Светлогорск-на-Вяте",
                    "ПРИКАЗЫВАЮ", "Назначить Сомову Ирину Викторовну", "Е. М. Кравцова", "С приказом ознакомлены"});
  CHECK(Flat(text).find("Закрепить наставнические пары") == std::string::npos);
  CHECK(Flat(text).find("приложение № 1") == std::string::npos);
  const std::string list = Text(Pdf("spisok-par.pdf"));
  CheckOrder(list, {"СПИСОК", "Наставник", "Наставляемые", "Приказ", "Сомова Ирина Викторовна", "Широкова",
                    "от 15.09.2025 № 124-од"});
  CHECK(Flat(list).find("Приложение № 1") == std::string::npos);
}

TEST_CASE("approval stamps agree with the kind of document", "[documents]") {
  // ГОСТ Р 7.0.97: ПРИНЯТО and the approval head the first page, СОГЛАСОВАНО follows the text.
  CheckOrder(Text(Pdf("polozhenie.pdf")), {"ПРИНЯТО", "УТВЕРЖДЕНО", "ПОЛОЖЕНИЕ", "СОГЛАСОВАНО"});
  CheckOrder(Text(Pdf("programma.pdf")), {"УТВЕРЖДЕНА", "приказом МБОУ «СОШ № 3»", "ПРОГРАММА",
                                             "Форма «ученик – ученик»", "Этап 1.", "Этап 7."});
  const std::string plan = Text(Pdf("kalendarnyj-plan.pdf"));
  CHECK(std::regex_search(plan, std::regex("УТВЕРЖДЕН\\s+приказом")));
  CheckOrder(plan, {"КАЛЕНДАРНЫЙ ПЛАН", "Мероприятие", "Сроки", "Ответственный", "Отметка о выполнении"});
}

TEST_CASE("the roadmap is landscape and repeats its table header on every page", "[documents]") {
  const stdfs::path pdf = Pdf("dorozhnaya-karta.pdf");
  CommandResult info = Run("pdfinfo '" + pdf.string() + "'");
  CHECK(info.output.find("841.89 x 595.276") != std::string::npos);
  const int pages = PdfPages(pdf);
  REQUIRE(pages >= 2);
  for (int p = 1; p <= pages; ++p) {
    INFO("page " << p);
    CheckOrder(Text(pdf, p), {"№", "Этап", "Мероприятие", "Содержание", "Срок", "Ответственный", "Результат"});
  }
  CheckOrder(Text(pdf), {"1.1", "Подготовка условий", "7.1", "Завершение"});
}

TEST_CASE("an individual plan holds its header, tasks in order and every signature", "[documents]") {
  const std::string text = Text(Pdf("plans/PR01.pdf"));
  // The mentee is a woman: the role word agrees.
  CheckOrder(text, {"ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ", "наставляемой", "Наставляемая", "Широкова", "Наставник",
                    "Сомова Ирина Викторовна", "Форма наставничества", "учитель – учитель", "Период",
                    "с 15.09.2025 по 29.05.2026", "Раздел", "Воспитательная работа", "30.09.2025",
                    "Работа с родителями", "17.10.2025", "Наставник", "И. В. Сомова", "Наставляемая",
                    "Куратор программы"});
  // A narrow header column never cuts a word without a hyphen («о выполнени / и»).
  CHECK(text.find("о выполнении") != std::string::npos);
}

TEST_CASE("a pupil's plan asks the parent to sign", "[documents]") {
  int with_parent = 0;
  for (const auto& e : stdfs::directory_iterator(BuiltExample() / "pdf/plans")) {
    if (Flat(Text(e.path())).find("Родитель (законный представитель)") != std::string::npos) ++with_parent;
  }
  CHECK(with_parent > 0);
}

TEST_CASE("the booklet starts every plan on an odd page", "[documents]") {
  int expected = 0;
  int plans = 0;
  std::vector<stdfs::path> files;
  for (const auto& e : stdfs::directory_iterator(BuiltExample() / "pdf/plans")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const stdfs::path& f : files) {
    if (expected % 2 == 1) ++expected;  // the blank back of the previous sheet
    expected += PdfPages(f);
    ++plans;
  }
  CHECK(plans == 19);
  const stdfs::path booklet = Pdf("plans.pdf");
  CHECK(PdfPages(booklet) == expected);
  // Page 3 is where the second plan begins when the first takes one sheet.
  CHECK(Text(booklet, 1).find("ИНДИВИДУАЛЬНЫЙ ПЛАН") != std::string::npos);
}

TEST_CASE("letters go to the mentors of completed pairs with results", "[documents]") {
  const stdfs::path pdf = Pdf("blagodarnosti.pdf");
  // One adult mentor; two pupil mentors, each with a letter of their own and one to the parents.
  CHECK(PdfPages(pdf) == 5);
  CheckOrder(Text(pdf), {"БЛАГОДАРСТВЕННОЕ ПИСЬМО", "Уважаемая", "выражает Вам искреннюю благодарность",
                            "Е. М. Кравцова"});
}

TEST_CASE("consents are signed by a parent for a pupil and by an adult for themself and mentors get 351.8 agreements", "[documents]") {
  const std::string processing = Text(Pdf("soglasiya-obrabotka-pd.pdf"));
  CheckOrder(processing, {"СОГЛАСИЕ", "на обработку персональных данных", "Я, Сомова Ирина Викторовна",
                          "статьёй 9 Федерального закона", "Субъект персональных данных"});
  CHECK(Flat(processing).find("действуя от имени и в интересах обучающегося") != std::string::npos);
  // One consent per participant.
  CHECK(PdfPages(Pdf("soglasiya-obrabotka-pd.pdf")) == ExampleParticipantCount());
  const std::string distribution = Text(Pdf("soglasiya-rasprostranenie-pd.pdf"));
  CheckOrder(distribution, {"разрешённых для распространения", "статьёй 10.1",
                             "https://sosh3-svetlogorsk.example.ru/nastavnichestvo/"});
  // The site's address is a link, and the link is in the structure tree for screen readers.
  const std::string tree = Run("pdfinfo -struct '" + Pdf("soglasiya-rasprostranenie-pd.pdf").string() + "'").output;
  CHECK(tree.find("Link (inline)") != std::string::npos);
  const std::string mentors = Text(Pdf("soglasiya-nastavnikov.pdf"));
  CheckOrder(mentors, {"СОГЛАСИЕ", "статьёй 351.8", "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ", "Срок выполнения работы",
                       "Оплата работы по наставничеству", "Работодатель"});
}

TEST_CASE("the registries print every phone whole on one line", "[documents]") {
  const std::string text = Text(Pdf("bazy.pdf"));
  const std::regex whole(R"(\+7 \(\d{3}\) \d{3}-\d{2}-\d{2})");
  const auto wholes = std::distance(std::sregex_iterator(text.begin(), text.end(), whole), std::sregex_iterator());
  size_t starts = 0;
  for (size_t at = text.find("+7"); at != std::string::npos; at = text.find("+7", at + 2)) ++starts;
  CHECK(starts > 10);
  CHECK(static_cast<size_t>(wholes) == starts);
}

TEST_CASE("the registry's mark agrees with the mentee: «прошла» for a girl", "[documents]") {
  const std::string strings = XlsxPart(BuiltExample() / "xlsx/bazy.xlsx", "xl/sharedStrings.xml");
  CHECK(strings.find(">прошла<") != std::string::npos);  // Шубина Ева, 8Б, whose pair is completed
  CHECK(strings.find(">прошёл<") != std::string::npos);  // Дьяченко Лев
  CHECK(Text(Pdf("bazy.pdf")).find("прошла") != std::string::npos);
}

TEST_CASE("only public documents reach the site", "[documents][privacy]") {
  std::vector<std::string> files;
  for (const auto& e : stdfs::directory_iterator(BuiltExample() / "site/files")) files.push_back(e.path().filename());
  std::sort(files.begin(), files.end());
  // The blank questionnaires (ankety/) hold no personal data: a school may publish them.
  CHECK(files == std::vector<std::string>{"ankety", "dorozhnaya-karta.pdf", "kalendarnyj-plan.pdf", "polozhenie.pdf",
                                          "programma.pdf"});
  for (const auto& e : stdfs::directory_iterator(BuiltExample() / "site/files/ankety")) {
    const std::string name = e.path().filename().string();
    CHECK((name == "kurator.pdf" || name == "nastavnik.pdf" || name == "nastavlyaemyj.pdf"));
  }
  for (auto it = stdfs::recursive_directory_iterator(BuiltExample() / "site"); it != stdfs::end(it); ++it) {
    if (!it->is_regular_file()) continue;
    const std::string bytes = ReadFile(it->path());
    INFO(it->path());
    CHECK(bytes.find("Индивидуальный план развития —") == std::string::npos);
    CHECK(bytes.find("Приложение № 1") == std::string::npos);
  }
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {
namespace {

// A copy of the example school with a change, built into out.
CommandResult BuildCopy(const stdfs::path& dir, const std::function<void(const stdfs::path&)>& change) {
  stdfs::copy(RepoDir() / "content", dir / "content", stdfs::copy_options::recursive);
  change(dir);
  return Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build '" + dir.string() + "' -o '" +
             (dir / "out").string() + "' 2>&1");
}

}  // namespace

TEST_CASE("the mentor's pay in the agreement comes from program.toml", "[documents]") {
  TempDir tmp;
  CommandResult r = BuildCopy(tmp.path(), [](const stdfs::path& dir) {
    WriteFile(dir / "content/program.toml", ReadFile(dir / "content/program.toml") +
                                                "\n[paperwork]\nmentor_pay = \"доплата в размере 15 % оклада\"\n");
  });
  REQUIRE(r.exit_code == 0);
  const std::string text = Flat(Text(tmp.path() / "out/pdf/soglasiya-nastavnikov.pdf"));
  CHECK(text.find("Оплата работы по наставничеству: доплата в размере 15 % оклада.") != std::string::npos);
}

TEST_CASE("an image a document template shows must exist, reported at its line", "[documents]") {
  TempDir tmp;
  CommandResult r = BuildCopy(tmp.path(), [](const stdfs::path& dir) {
    stdfs::create_directories(dir / "templates/documents");
    WriteFile(dir / "templates/documents/roadmap.md", "Вступление.\n\n![Герб школы](img/gerb.png)\n");
  });
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("templates/documents/roadmap.md:3:1: ошибка: нет файла изображения «img/gerb.png»") !=
        std::string::npos);
  CHECK_FALSE(stdfs::exists(tmp.path() / "out"));
}

TEST_CASE("a school's image in a document template is embedded with its alternative text", "[documents]") {
  TempDir tmp;
  CommandResult r = BuildCopy(tmp.path(), [](const stdfs::path& dir) {
    stdfs::create_directories(dir / "templates/documents");
    WriteFile(dir / "templates/documents/roadmap.md", "Вступление.\n\n![Герб школы](img/gerb.png)\n");
    WriteFile(dir / "content/img/gerb.png", render::pdf::testdata::TinyPng(30, 20));
  });
  REQUIRE(r.exit_code == 0);
  const stdfs::path pdf = tmp.path() / "out/pdf/dorozhnaya-karta.pdf";
  CHECK(std::regex_search(Run("pdfimages -list '" + pdf.string() + "'").output, std::regex("image\\s+30\\s+20")));
  CHECK(Run("pdfinfo -struct '" + pdf.string() + "'").output.find("Figure") != std::string::npos);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("the outline lists the headings, nested, each opening its page", "[documents]") {
  const std::string json = Run("qpdf --json --json-key=outlines '" + Pdf("polozhenie.pdf").string() + "'").output;
  CheckOrder(json, {"\"destpageposfrom1\": 1", "\"title\": \"1. Общие положения\"", "\"title\": \"2. Цели и\u00A0задачи наставничества\""});
  // The booklet: one entry per plan, the plan's title, on the page where the plan starts.
  const std::string booklet = Run("qpdf --json --json-key=outlines '" + Pdf("plans.pdf").string() + "'").output;
  CheckOrder(booklet, {"\"destpageposfrom1\": 1,", "\"title\": \"Индивидуальный план развития — PR01 (Широкова А. Р.)\"",
                       "\"title\": \"Индивидуальный план развития — PR02 ("});
  size_t plans = 0;
  for (size_t at = booklet.find("Индивидуальный план развития — PR"); at != std::string::npos;
       at = booklet.find("Индивидуальный план развития — PR", at + 1)) {
    ++plans;
  }
  CHECK(plans == 19);
}

}  // namespace nastavnik::testing
