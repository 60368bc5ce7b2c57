// End-to-end: the nastavnik binary on fixture schools, checked as a user sees the result.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// A case folder holds only what differs from fixtures/minimal: files under content/ replace
// the minimal school's, and a file named X.append is added to the end of X.
void MakeCase(const stdfs::path& case_dir, const stdfs::path& project) {
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  for (auto it = stdfs::recursive_directory_iterator(case_dir); it != stdfs::end(it); ++it) {
    if (!it->is_regular_file()) continue;
    stdfs::path rel = stdfs::relative(it->path(), case_dir);
    if (rel == "expected.txt") continue;
    std::string bytes = ReadFile(it->path());
    if (rel.extension() == ".append") {
      stdfs::path target = project / rel.parent_path() / rel.stem();
      WriteFile(target, ReadFile(target) + bytes);
    } else {
      WriteFile(project / rel, bytes);
    }
  }
}

std::map<std::string, std::string> Snapshot(const stdfs::path& dir) {
  std::map<std::string, std::string> files;
  for (auto it = stdfs::recursive_directory_iterator(dir); it != stdfs::end(it); ++it) {
    if (it->is_regular_file()) files[stdfs::relative(it->path(), dir).string()] = ReadFile(it->path());
  }
  return files;
}

}  // namespace

TEST_CASE("every bad input fails with its exact messages and leaves the output intact", "[pipeline]") {
  int cases = 0;
  for (const auto& entry : stdfs::directory_iterator(TestsDir() / "fixtures/invalid")) {
    if (!entry.is_directory()) continue;
    ++cases;
    std::string name = entry.path().filename().string();
    SECTION(name) {
      TempDir tmp;
      stdfs::path project = tmp.path() / "school";
      stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
      stdfs::path out = tmp.path() / "out";
      CommandResult first = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out));
      REQUIRE(first.exit_code == 0);
      auto before = Snapshot(out);

      stdfs::remove_all(project);
      MakeCase(entry.path(), project);
      CommandResult check = Run("cd " + Quote(project) + " && " + Binary() + " check 2>&1 >/dev/null");
      CHECK(check.exit_code == 1);
      CHECK(check.output == ReadFile(entry.path() / "expected.txt"));

      CommandResult build = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out));
      CHECK(build.exit_code == 1);
      CHECK(Snapshot(out) == before);
    }
  }
  CHECK(cases >= 10);
}

TEST_CASE("the minimal school builds a site, a PDF and a workbook", "[pipeline]") {
  TempDir tmp;
  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " +
                        Quote(TestsDir() / "fixtures/minimal") + " -o " + Quote(out));
  REQUIRE(r.exit_code == 0);

  std::string index = ReadFile(out / "site/index.html");
  CHECK(index.find("<h1>Программа наставничества МБОУ «ТШ №\u00A03»</h1>") != std::string::npos);
  CHECK(index.find("Content-Security-Policy") != std::string::npos);
  CHECK(index.find("учитель – учитель") != std::string::npos);
  CHECK(index.find("Смирнова Ольга Ивановна") != std::string::npos);  // the curator, a teacher
  std::string about = ReadFile(out / "site/about.html");
  CHECK(about.find("<strong>новичкам</strong>") != std::string::npos);
  CHECK(about.find("<th scope=\"col\">Месяц</th>") != std::string::npos);
  CHECK(stdfs::exists(out / "site/style.css"));
  CHECK(stdfs::exists(out / "site/files/polozhenie.pdf"));

  // No pupil's name reaches the site: none of these pupils is listed there in the foundation.
  for (const auto& [path, bytes] : Snapshot(out / "site")) {
    for (const char* pupil : {"Волков", "Зайцева", "Павлова", "6Б", "12.03.2010"}) {
      INFO(path << " holds " << pupil);
      CHECK(bytes.find(pupil) == std::string::npos);
    }
  }

  std::string pdf = PdfText(out / "pdf/polozhenie.pdf");
  CHECK(pdf.find("УТВЕРЖДЕНО") != std::string::npos);
  CHECK(pdf.find("ПОЛОЖЕНИЕ") != std::string::npos);
  CHECK(pdf.find("МБОУ «ТШ № 3»") != std::string::npos);
  CHECK(pdf.find("17-о") != std::string::npos);
  std::string fonts = Run("pdffonts " + Quote(out / "pdf/polozhenie.pdf")).output;
  CHECK(fonts.find("LiberationSerif") != std::string::npos);
  CHECK(fonts.find("yes yes yes") != std::string::npos);
  CHECK(Run("qpdf --check " + Quote(out / "pdf/polozhenie.pdf")).exit_code == 0);

  std::string strings = XlsxPart(out / "xlsx/bazy.xlsx", "xl/sharedStrings.xml");
  CHECK(strings.find("База наставников") != std::string::npos);
  CHECK(strings.find("Лебедева Дарья Сергеевна") != std::string::npos);
  CHECK(strings.find("Кузнецов Андрей Петрович") != std::string::npos);
  std::string workbook = XlsxPart(out / "xlsx/bazy.xlsx", "xl/workbook.xml");
  CHECK(workbook.find("База наставляемых") != std::string::npos);
}

TEST_CASE("two builds with the same SOURCE_DATE_EPOCH are byte-identical in any time zone", "[pipeline]") {
  TempDir tmp;
  std::string project = Quote(TestsDir() / "fixtures/minimal");
  REQUIRE(Run("SOURCE_DATE_EPOCH=1764547200 TZ=UTC " + Binary() + " build " + project + " -o " +
              Quote(tmp.path() / "a")).exit_code == 0);
  REQUIRE(Run("SOURCE_DATE_EPOCH=1764547200 TZ=Asia/Vladivostok " + Binary() + " build " + project +
              " -o " + Quote(tmp.path() / "b")).exit_code == 0);
  auto a = Snapshot(tmp.path() / "a");
  auto b = Snapshot(tmp.path() / "b");
  CHECK(a.size() > 5);
  CHECK(a == b);
}

TEST_CASE("a roster saved by Excel as Windows-1251 with semicolons loads", "[pipeline]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  MakeCase(TestsDir() / "fixtures/cp1251", project);
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(tmp.path() / "out"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::string strings = XlsxPart(tmp.path() / "out/xlsx/bazy.xlsx", "xl/sharedStrings.xml");
  CHECK(strings.find("Смирнова Ольга Ивановна") != std::string::npos);
  CHECK(strings.find("Морозов Кирилл") != std::string::npos);
}

TEST_CASE("new makes a school folder that checks clean once filled, and refuses to overwrite", "[pipeline]") {
  TempDir tmp;
  stdfs::path school = tmp.path() / "school";
  CommandResult made = Run(Binary() + " new " + Quote(school));
  REQUIRE(made.exit_code == 0);
  // What new prints is what it wrote: a workbook, not CSV files.
  CHECK(made.output.find("Заполните content/program.toml и таблицы в книге content/data/data.xlsx") !=
        std::string::npos);
  CHECK(made.output.find("*.csv") == std::string::npos);
  CHECK(!stdfs::exists(school / "content/data/participants.csv"));
  CHECK(made.output.find("/output/pdf/ankety/") != std::string::npos);
  CHECK(Run(Binary() + " new --help").output.find("content/data/data.xlsx") != std::string::npos);
  // The survey sheet's note says where the blank forms and a form service's download go.
  const std::string notes = XlsxPart(school / "content/data/data.xlsx", "xl/sharedStrings.xml");
  CHECK(notes.find("выгрузку кладите в content/data/ankety/") != std::string::npos);
  CHECK(stdfs::exists(school / "content/program.toml"));
  CHECK(XlsxPart(school / "content/data/data.xlsx", "xl/workbook.xml").find("Участники") != std::string::npos);
  CHECK(Run(Binary() + " new " + Quote(school)).exit_code == 1);
  // The fresh folder is a valid, empty school: the curator fills it in from there.
  CommandResult check = Run(Binary() + " check " + Quote(school));
  INFO(check.output);
  CHECK(check.exit_code == 0);
}

TEST_CASE("build refuses to replace a folder it did not create", "[pipeline]") {
  TempDir tmp;
  WriteFile(tmp.path() / "out/diary.txt", "личные записи");
  CommandResult r = Run(Binary() + " build " + Quote(TestsDir() / "fixtures/minimal") + " -o " +
                        Quote(tmp.path() / "out"));
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("не пуста и создана не nastavnik") != std::string::npos);
  CHECK(ReadFile(tmp.path() / "out/diary.txt") == "личные записи");
}

TEST_CASE("the command line answers --help, --version and bad usage", "[pipeline]") {
  CHECK(Run(Binary() + " --version").output.starts_with("nastavnik "));
  for (const char* cmd : {"build", "check", "new"}) {
    CommandResult r = Run(Binary() + " " + cmd + " --help");
    CHECK(r.exit_code == 0);
    CHECK(r.output.find(std::string("nastavnik ") + cmd) != std::string::npos);
  }
  // A mistake in the command line is 64 (EX_USAGE), never 2, which means an I/O failure.
  CHECK(Run(Binary() + " frobnicate").exit_code == 64);
  CHECK(Run(Binary() + " build --bogus").exit_code == 64);
  CHECK(Run(Binary() + " build -o").exit_code == 64);
  CHECK(Run(Binary() + " match --dimacs").exit_code == 64);
  CHECK(Run(Binary() + " serve --port 0").exit_code == 64);
  CHECK(Run(Binary() + " rollup").exit_code == 64);
  CHECK(Run(Binary() + " new").exit_code == 64);
  CHECK(Run(Binary()).exit_code == 64);
  CommandResult usage = Run(Binary() + " check --bogus 2>&1");
  CHECK(usage.output.starts_with("nastavnik: неизвестный параметр --bogus\n"));
  CHECK(Run(Binary() + " --help").output.find("64 — неверная команда или параметр") != std::string::npos);
}

}  // namespace nastavnik::testing
