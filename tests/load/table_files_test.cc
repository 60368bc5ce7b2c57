// The school's tables from Excel workbooks (load/table_files.h): a school kept in LibreOffice's
// or openpyxl's workbooks builds byte for byte as the same school in CSV, and the ways a
// workbook goes wrong are reported at their sheet and cell.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>

#include "test_util.h"

namespace nastavnik::testing {
namespace {

// The message at its place, whatever word the severity is printed with.
bool Reported(const std::string& output, const std::string& place, const std::string& message) {
  for (size_t at = output.find(place + ": "); at != std::string::npos; at = output.find(place + ": ", at + 1)) {
    size_t end = output.find('\n', at);
    if (output.substr(at, end - at).find(message) != std::string::npos) return true;
  }
  return false;
}

namespace stdfs = std::filesystem;

const char kEpoch[] = "SOURCE_DATE_EPOCH=1764547200 ";

std::map<std::string, std::string> Snapshot(const stdfs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : stdfs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[stdfs::relative(entry.path(), dir).generic_string()] = ReadFile(entry.path());
  }
  return files;
}

void ReplaceData(const stdfs::path& school, const stdfs::path& from, const std::string& ext) {
  stdfs::remove_all(school / "content/data");
  stdfs::create_directories(school / "content/data");
  for (const auto& entry : stdfs::directory_iterator(from)) {
    if (entry.path().extension() == ext) stdfs::copy_file(entry.path(), school / "content/data" / entry.path().filename());
  }
}

CommandResult Build(const stdfs::path& school, const stdfs::path& out) {
  return Run(kEpoch + Binary() + " build " + Quote(school) + " -o " + Quote(out) + " 2>&1");
}

// data.xlsx made by tests/fixtures/xlsx/csv_to_xlsx.py from csv_dir; false when openpyxl is missing.
bool MakeWorkbook(const stdfs::path& csv_dir, const stdfs::path& out, const std::string& options = "") {
  if (Run("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null").exit_code != 0) {
    WARN("python3-openpyxl is not installed: the workbook test is skipped");
    return false;
  }
  CommandResult r = Run("/usr/bin/python3 " + Quote(TestsDir() / "fixtures/xlsx/csv_to_xlsx.py") + " " +
                        Quote(csv_dir) + " " + Quote(out) + " " + options + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return true;
}

void CheckSameBuild(const TempDir& tmp, const stdfs::path& csv_school, const stdfs::path& xlsx_school) {
  CommandResult a = Build(csv_school, tmp.path() / "csv-out");
  INFO(a.output);
  REQUIRE(a.exit_code == 0);
  CommandResult b = Build(xlsx_school, tmp.path() / "xlsx-out");
  INFO(b.output);
  REQUIRE(b.exit_code == 0);
  auto from_csv = Snapshot(tmp.path() / "csv-out");
  auto from_xlsx = Snapshot(tmp.path() / "xlsx-out");
  CHECK(from_csv.size() > 20);
  for (const auto& [name, bytes] : from_csv) {
    INFO(name);
    CHECK(from_xlsx.count(name) == 1);
    CHECK((from_xlsx.count(name) && from_xlsx.at(name) == bytes));
  }
  CHECK(from_xlsx.size() == from_csv.size());
}

}  // namespace

TEST_CASE("the example's tables saved by LibreOffice as .xlsx build byte-identically to the CSV school", "[xlsx]") {
  TempDir tmp;
  const stdfs::path fixtures = TestsDir() / "fixtures/xlsx/libreoffice";
  stdfs::path csv_school = CopyExample(tmp);
  ReplaceData(csv_school, fixtures / "csv", ".csv");
  TempDir other;
  stdfs::path xlsx_school = CopyExample(other);
  ReplaceData(xlsx_school, fixtures, ".xlsx");
  CheckSameBuild(tmp, csv_school, xlsx_school);
}

TEST_CASE("the example's tables as sheets of one openpyxl data.xlsx build byte-identically to the CSV school", "[xlsx]") {
  TempDir tmp;
  stdfs::path csv_school = CopyExample(tmp);
  TempDir other;
  stdfs::path xlsx_school = CopyExample(other);
  if (!MakeWorkbook(csv_school / "content/data", other.path() / "data.xlsx")) return;
  ReplaceData(xlsx_school, other.path(), ".xlsx");
  CheckSameBuild(tmp, csv_school, xlsx_school);
}

TEST_CASE("a workbook's problems are reported at their sheet and cell, in one run", "[xlsx]") {
  TempDir tmp;
  stdfs::path school = CopyExample(tmp);
  const stdfs::path data = school / "content/data";
  if (!MakeWorkbook(data, tmp.path() / "data.xlsx", "--hide plans --formula participants!D13")) return;
  stdfs::remove(data / "plans.csv");
  stdfs::remove(data / "surveys.csv");
  stdfs::copy_file(tmp.path() / "data.xlsx", data / "data.xlsx");  // participants and pairs twice now
  WriteFile(data / "forbidden.ods", "PK");
  CommandResult r = Build(school, tmp.path() / "out");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Участники», ячейка D13", "формула без сохранённого "
                      "значения"));
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Участники»", "таблица «Участники» задана дважды: в "
                      "content/data/participants.csv и здесь; оставьте одну из них"));
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Планы»", "лист скрыт в книге, но прочитан как "
                      "таблица «Планы»"));
  CHECK(Reported(r.output, "content/data/forbidden.ods", "таблицы в этом формате не читаются: сохраните файл как "
                      "«Книга Excel (.xlsx)»"));
  CHECK_FALSE(stdfs::exists(tmp.path() / "out"));
}

TEST_CASE("participants.xlsx stands in for a missing participants.csv, and the error without either names both", "[xlsx]") {
  TempDir tmp;
  stdfs::path school = CopyExample(tmp);
  const stdfs::path data = school / "content/data";
  stdfs::remove(data / "participants.csv");
  CommandResult none = Build(school, tmp.path() / "none");
  CHECK(none.exit_code == 1);
  CHECK(none.output.find("нет файла участников content/data/participants.csv (таблица может быть и книгой Excel: "
                         "participants.xlsx или лист «Участники» в data.xlsx)") != std::string::npos);
  stdfs::copy_file(TestsDir() / "fixtures/xlsx/libreoffice/participants.xlsx", data / "participants.xlsx");
  CommandResult r = Build(school, tmp.path() / "out");
  INFO(r.output);
  CHECK(r.exit_code == 0);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("new writes data.xlsx: a sheet per table, a note above each header, dropdowns, and it checks clean", "[xlsx]") {
  TempDir tmp;
  stdfs::path school = tmp.path() / "school";
  REQUIRE(Run(Binary() + " new " + Quote(school)).exit_code == 0);
  const stdfs::path book = school / "content/data/data.xlsx";
  std::string workbook = XlsxPart(book, "xl/workbook.xml");
  for (const char* sheet : {"Участники", "Пары", "Планы", "Анкеты", "Календарь", "Дорожная карта", "Запреты"}) {
    CHECK(workbook.find(std::string("name=\"") + sheet + "\"") != std::string::npos);
  }
  CHECK(XlsxPart(book, "xl/sharedStrings.xml").find("Одна строка — один участник") != std::string::npos);
  CHECK(XlsxPart(book, "xl/worksheets/sheet1.xml").find("<dataValidation ") != std::string::npos);
  // Dropdowns: role, category and consents of a participant; form and status of a pair; a plan
  // task's mark; the stage of a calendar event and of a roadmap action.
  auto dropdowns = [&](int sheet) {
    std::string xml = XlsxPart(book, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
    std::vector<std::string> columns;
    for (size_t at = xml.find("<dataValidation "); at != std::string::npos; at = xml.find("<dataValidation ", at + 1)) {
      size_t ref = xml.find("sqref=\"", at) + 7;
      columns.push_back(xml.substr(ref, xml.find_first_of("0123456789", ref) - ref));
    }
    return columns;
  };
  CHECK(dropdowns(1) == std::vector<std::string>{"C", "D", "E", "V", "W"});
  CHECK(dropdowns(2) == std::vector<std::string>{"D", "H", "I"});
  CHECK(dropdowns(3) == std::vector<std::string>{"G"});  // «Ожидаемый результат» comes before the mark
  CHECK(dropdowns(5) == std::vector<std::string>{"D"});
  CHECK(dropdowns(6) == std::vector<std::string>{"A"});
  // The survey's wave is chosen from every wave, intermediate ones included.
  CHECK(XlsxPart(book, "xl/sharedStrings.xml").find("<t>промежуточная 2</t>") != std::string::npos);
  CHECK_FALSE(stdfs::exists(school / "content/data/participants.csv"));
  CommandResult check = Run(Binary() + " check " + Quote(school) + " 2>&1");
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("предупреждение") == std::string::npos);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

CommandResult CheckWith(const TempDir& tmp, const std::string& options) {
  stdfs::path school = CopyExample(tmp);
  const stdfs::path data = school / "content/data";
  if (!MakeWorkbook(data, tmp.path() / "data.xlsx", options)) return {0, ""};
  for (const auto& entry : stdfs::directory_iterator(data)) {
    if (entry.path().extension() == ".csv") stdfs::remove(entry.path());
  }
  stdfs::copy_file(tmp.path() / "data.xlsx", data / "data.xlsx");
  return Run(Binary() + " check " + Quote(school) + " 2>&1");
}

TEST_CASE("a date typed as text in a workbook is an error at its sheet and cell", "[xlsx]") {
  TempDir tmp;
  CommandResult r = CheckWith(tmp, "--text 'participants!R3=14 марта 1977'");
  if (r.output.empty()) return;
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Участники», ячейка R3",
                 "неверная дата «14 марта 1977»: ожидается ДД.ММ.ГГГГ"));
}

TEST_CASE("a sheet of another layout is an error at its header that lists the columns found", "[xlsx]") {
  TempDir tmp;
  CommandResult r = CheckWith(tmp, "--header 'participants=Отметка времени;ФИО;Класс'");
  if (r.output.empty()) return;
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Участники», ячейка A1",
                 "нет обязательного столбца «Код» (id); в файле есть столбцы: «Отметка времени», «ФИО», «Класс»"));
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Участники», ячейка A1", "столбец «Отметка времени» не "
                 "используется"));
}

TEST_CASE("a table's sheet missing from data.xlsx: the sheet under another name is named, and the table is missing", "[xlsx]") {
  TempDir tmp;
  CommandResult r = CheckWith(tmp, "--rename participants=Ученики");
  if (r.output.empty()) return;
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(Reported(r.output, "content/data/data.xlsx, лист «Ученики»", "лист не прочитан: его название не совпадает "
                 "ни с одной таблицей («Участники», «Пары»"));
  CHECK(r.output.find("нет файла участников content/data/participants.csv (таблица может быть и книгой Excel: "
                      "participants.xlsx или лист «Участники» в data.xlsx)") != std::string::npos);
}

}  // namespace nastavnik::testing
