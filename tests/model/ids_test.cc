// The id alphabet and the look-alike hint (model/ids.h), and what a school sees when one table
// is broken or has hundreds of bad rows.
#include "model/ids.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "load/csv.h"
#include "model/build_program.h"
#include "test_util.h"

namespace nastavnik::model {
namespace {

namespace stdfs = std::filesystem;
using testing::Binary;
using testing::ReadFile;
using testing::Run;
using testing::TempDir;
using testing::TestsDir;
using testing::WriteFile;

int Count(const std::string& s, const std::string& part) {
  int n = 0;
  for (size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

// fixtures/minimal with extra rows at the end of content/data/<name>.csv.
stdfs::path School(const TempDir& tmp, const std::string& name, const std::string& rows) {
  stdfs::path school = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", school, stdfs::copy_options::recursive);
  stdfs::path csv = school / "content/data" / (name + ".csv");
  WriteFile(csv, ReadFile(csv) + rows);
  return school;
}

}  // namespace

TEST_CASE("ids are letters, digits and - _ . / and anything else is named", "[model][ids]") {
  for (const char* ok : {"P001", "Р001", "7А-2", "pr_1.2/a", "Ёж"}) CHECK(IdAlphabetError(ok).empty());
  CHECK(IdAlphabetError("P 01") ==
        "в коде «P 01» недопустимый символ: пробел; код состоит из букв, цифр и знаков «-», «_», «.», «/»");
  CHECK(IdAlphabetError("=1+1").find("недопустимый символ: «=»") != std::string::npos);
  CHECK(IdAlphabetError("a\"b").find("«\"»") != std::string::npos);
  CHECK(IdAlphabetError("P;1").find("«;»") != std::string::npos);
  CHECK(IdAlphabetError("P<1>").find("«<»") != std::string::npos);
  CHECK(IdAlphabetError("P\xC2\xA0" "1").find("неразрывный пробел") != std::string::npos);
  CHECK(IdAlphabetError("P\xE2\x80\x8B" "1").find("невидимый символ U+200B") != std::string::npos);
}

TEST_CASE("an unknown id that differs only by look-alike letters gets a hint", "[model][ids]") {
  const IdHints hints({"P009", "Т1", "S4", "Ab"});
  CHECK(hints.Hint("Р009") == "; может быть, «P009» латиницей?");  // Cyrillic Р typed
  CHECK(hints.Hint("T1") == "; может быть, «Т1» кириллицей?");     // Latin T typed
  CHECK(hints.Hint("Ѕ4") == "; может быть, «S4» латиницей?");
  CHECK(hints.Hint("Аb") == "; может быть, «Ab» латиницей?");
  CHECK(hints.Hint("P009").empty());  // known as it is
  CHECK(hints.Hint("P010").empty());  // a different id, not a look-alike
  CHECK(hints.Hint("p009").empty());  // case is not a look-alike
}

TEST_CASE("a wish naming a mentor's id in look-alike letters is a warning", "[model][ids]") {
  Diagnostics diags;
  Result<load::Table> table = load::ParseCsv(
      "id,full_name,roles,category,wishes\n"
      "T1,Смирнова Ольга Ивановна,наставник,педагог,\n"
      "S1,Волков Илья,наставляемый,обучающийся,\"Т1, Смирнова Ольга Ивановна, T1, с кем угодно\"\n",
      "content/data/participants.csv", {}, diags);
  REQUIRE(table.ok());
  Program program;
  REQUIRE(BuildPeople(*table, program, diags));
  CHECK(diags.Format() ==
        "content/data/participants.csv:3:41: предупреждение: пожелание «Т1» не совпадает ни с кодом, ни с ФИО участника; "
        "может быть, «T1» латиницей?\n");
}

TEST_CASE("a broken participants.csv is one error, not one per pair", "[model][ids]") {
  TempDir tmp;
  std::string rows;
  for (int i = 0; i < 300; ++i) rows += "X" + std::to_string(i) + ",T1,M" + std::to_string(i) + ",учитель – ученик,,,,активна,,\n";
  stdfs::path school = School(tmp, "pairs", rows);
  stdfs::path people = school / "content/data/participants.csv";
  WriteFile(people, ReadFile(people) + "S9,\"Титов Лев,наставляемый,обучающийся\n");  // an open quote
  testing::CommandResult r = Run(Binary() + " check '" + school.string() + "' 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output ==
        "content/data/pairs.csv:2:1: предупреждение: коды участников в этом файле не проверены: сначала исправьте ошибки в "
        "participants.csv\n"
        "content/data/participants.csv:9:4: ошибка: незакрытая кавычка: поле начинается здесь и не закрыто до конца файла\n"
        "nastavnik: ошибок: 1; исправьте их и повторите проверку\n");
}

TEST_CASE("hundreds of bad rows print 200 errors and a count of the rest", "[model][ids]") {
  TempDir tmp;
  std::string rows;
  for (int i = 0; i < 300; ++i) rows += "X" + std::to_string(i) + ",T1,S4,учитель – ученик,,,,в процессе,,\n";
  testing::CommandResult r = Run(Binary() + " check '" + School(tmp, "pairs", rows).string() + "' 2>&1");
  CHECK(r.exit_code == 1);
  CHECK(Count(r.output, ": ошибка: ") == 200);
  CHECK(r.output.ends_with("nastavnik: показаны первые 200 ошибок, ещё 100 не показано\n"
                           "nastavnik: ошибок: 300; исправьте их и повторите проверку\n"));
}

}  // namespace nastavnik::model
