// The electronic-signature mark on the example school's paperwork, read back as a director and an
// inspector would: the four lines in order on the last page of each signed document, none on the
// others, a valid file, the same mark on the site's page of the document, and no mark at all for
// a school without [signature].
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

const std::vector<std::string> kMark = {
    "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ", "Сертификат: 02A7F3C1000BB2D54E9A0C71F3D86E25",
    "Владелец: Кравцова Елена Михайловна", "Действителен: с 25.08.2025 по 30.11.2027"};

std::string Build(const stdfs::path& project, const stdfs::path& out) {
  CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build '" + project.string() + "' -o '" +
                        out.string() + "' 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return r.output;
}

// The text of one page (0: all), lines joined by single spaces.
std::string Text(const stdfs::path& pdf, int page = 0) {
  const std::string pages = page > 0 ? "-f " + std::to_string(page) + " -l " + std::to_string(page) + " " : "";
  std::string text = Run("pdftotext -raw " + pages + "'" + pdf.string() + "' -").output;
  return std::regex_replace(text, std::regex("[\\s\\f]+"), " ");
}

void CheckInOrder(const std::string& text, const std::vector<std::string>& needles) {
  size_t at = 0;
  for (const std::string& n : needles) {
    INFO("looking for «" << n << "» after offset " << at);
    size_t found = text.find(n, at);
    REQUIRE(found != std::string::npos);
    at = found + n.size();
  }
}

}  // namespace

TEST_CASE("the signed documents show the mark on their last page, in order, once", "[documents][esign]") {
  for (const char* name : {"polozhenie", "programma", "dorozhnaya-karta", "kalendarnyj-plan"}) {
    INFO(name);
    const stdfs::path pdf = BuiltExample() / "pdf" / (std::string(name) + ".pdf");
    const std::string last = Text(pdf, PdfPages(pdf));
    // Position, the mark's four lines, the signer's initials and surname.
    std::vector<std::string> row = {"Директор"};
    row.insert(row.end(), kMark.begin(), kMark.end());
    row.push_back("Е. М. Кравцова");
    CheckInOrder(last, row);
    const std::string all = Text(pdf);
    CHECK(all.find(kMark[0]) == all.rfind(kMark[0]));
    CHECK(Run("qpdf --check '" + pdf.string() + "'").exit_code == 0);
  }
}

TEST_CASE("documents not listed in [signature] carry no mark", "[documents][esign]") {
  for (const char* name : {"prikaz", "spisok-par", "blagodarnosti", "soglasiya-nastavnikov", "plans"}) {
    INFO(name);
    const std::string all = Text(BuiltExample() / "pdf" / (std::string(name) + ".pdf"));
    REQUIRE_FALSE(all.empty());
    for (const std::string& line : kMark) CHECK(all.find(line) == std::string::npos);
  }
  // The order keeps the director's handwritten signature line.
  CheckInOrder(Text(BuiltExample() / "pdf/prikaz.pdf"), {"Директор МБОУ", "(подпись)"});
}

TEST_CASE("the site's page of a signed document shows the same mark as text", "[documents][esign][site]") {
  const stdfs::path page = BuiltExample() / "site/documents/polozhenie.html";
  REQUIRE(stdfs::exists(page));
  const std::string html = ReadFile(page);
  CHECK(html.find("class=\"framed\"") != std::string::npos);
  CheckInOrder(html, {"Директор МБОУ", "<strong>ДОКУМЕНТ ПОДПИСАН</strong>", "<strong>ЭЛЕКТРОННОЙ ПОДПИСЬЮ</strong>", kMark[1],
                      kMark[2], kMark[3], "Е. М. Кравцова"});
}

TEST_CASE("a school without [signature] gets no mark anywhere", "[documents][esign]") {
  TempDir dir;
  Build(TestsDir() / "fixtures/minimal", dir.path() / "out");
  int pdfs = 0;
  for (auto it = stdfs::recursive_directory_iterator(dir.path() / "out"); it != stdfs::end(it); ++it) {
    if (!it->is_regular_file()) continue;
    const std::string ext = it->path().extension().string();
    INFO(it->path());
    if (ext == ".pdf") {
      ++pdfs;
      CHECK(Text(it->path()).find("ЭЛЕКТРОННОЙ ПОДПИСЬЮ") == std::string::npos);
    } else if (ext == ".html") {
      CHECK(ReadFile(it->path()).find("ЭЛЕКТРОННОЙ ПОДПИСЬЮ") == std::string::npos);
    }
  }
  CHECK(pdfs >= 5);
}

TEST_CASE("a signed order carries the mark in place of the signature, and an expired certificate warns", "[documents][esign]") {
  TempDir dir;
  const stdfs::path project = dir.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  const stdfs::path toml = project / "content/program.toml";
  const std::string before = ReadFile(toml);
  const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 5;
  WriteFile(toml, before + "\n[signature]\ncertificate = \"1f 2e\"\nvalid_from = \"01.09.2024\"\n"
                           "valid_to = \"01.11.2025\"\ndocuments = [\"prikaz\"]\n");
  const std::string output = Build(project, dir.path() / "out");
  // SOURCE_DATE_EPOCH is 01.12.2025: the certificate ran out a month before.
  CHECK(output.find("content/program.toml:" + std::to_string(line) +
                    ":1: предупреждение: срок действия сертификата электронной подписи истёк 01.11.2025") != std::string::npos);
  const stdfs::path prikaz = dir.path() / "out/pdf/prikaz.pdf";
  CheckInOrder(Text(prikaz), {"Директор МБОУ «ТШ № 3»", "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ", "Сертификат: 1F2E",
                              "Владелец: Орлова Нина Павловна", "Действителен: с 01.09.2024 по 01.11.2025",
                              "Н. П. Орлова"});
  CHECK(Text(prikaz).find("(подпись)") == std::string::npos);  // the director's rule is gone
  CHECK(Text(dir.path() / "out/pdf/polozhenie.pdf").find("ЭЛЕКТРОННОЙ ПОДПИСЬЮ") == std::string::npos);
  CHECK(Run("qpdf --check '" + prikaz.string() + "'").exit_code == 0);
}

}  // namespace nastavnik::testing
