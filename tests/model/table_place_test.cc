// Messages that send the curator to another table name it as the school supplied it: a CSV file,
// its own workbook, or a sheet of data.xlsx (model/table_place.h), never a participants.csv the
// school does not have.
#include <catch2/catch.hpp>

#include <string>

#include "load/csv.h"
#include "load/sources.h"
#include "load/toml.h"
#include "model/build_program.h"
#include "model/table_place.h"

namespace nastavnik::model {
namespace {

const char kSheet[] = "content/data/data.xlsx, лист «";

void AddTable(load::Sources& sources, const std::string& name, const std::string& path, const std::string& csv,
              Diagnostics& diags) {
  Result<load::Table> table = load::ParseCsv(csv, path, {}, diags);
  REQUIRE(table.ok());
  sources.tables[name] = std::move(*table);
}

std::string Messages(const load::Sources& sources) {
  Diagnostics diags;
  BuildProgram(sources, diags);
  return diags.Format();
}

load::Sources School(const std::string& people_path, const std::string& pairs_path, const std::string& people_header) {
  load::Sources sources;
  Result<load::Value> root = load::ParseToml(
      "[program]\ntitle = \"Программа\"\nstart = 2025-09-01\nend = 2026-05-31\n"
      "forms = [\"учитель – учитель\"]\n",
      "content/program.toml");
  REQUIRE(root.ok());
  sources.program = std::move(*root);
  Diagnostics ignored;
  AddTable(sources, "participants", people_path,
           people_header + "\nT1,Смирнова Ольга Ивановна,наставник,педагог\nT2,Орлов Пётр Ильич,наставляемый,педагог\n",
           ignored);
  AddTable(sources, "pairs", pairs_path,
           "id,mentor,mentees,form,status\nPR1,T9,T2,учитель – учитель,активна\nPR2,T2,T1,учитель – учитель,активна\n",
           ignored);
  AddTable(sources, "plans", "content/data/plans.xlsx, лист «План»", "pair,task\nPR7,Провести урок\n", ignored);
  return sources;
}

}  // namespace

TEST_CASE("a table is named by its file, or by its sheet of data.xlsx", "[model][table_place]") {
  CHECK(InTable("content/data/participants.csv") == "в participants.csv");
  CHECK(InTable("content/data/participants.csv", true) == "в content/data/participants.csv");
  CHECK(InTable("content/data/participants.xlsx, лист «Лист1»") == "в participants.xlsx");
  CHECK(InTable("content/data/data.xlsx, лист «Участники»") == "на листе «Участники» книги data.xlsx");
  CHECK(InTable("content/data/data.xlsx, лист «Участники»", true) ==
        "на листе «Участники» книги content/data/data.xlsx");
}

TEST_CASE("unknown ids name the sheet of data.xlsx the ids come from", "[model][table_place]") {
  std::string out = Messages(School(std::string(kSheet) + "Участники»", std::string(kSheet) + "Пары»",
                                    "id,full_name,roles,category"));
  INFO(out);
  CHECK(out.find("participants.csv") == std::string::npos);
  CHECK(out.find("pairs.csv") == std::string::npos);
  CHECK(out.find("наставник с кодом «T9» не найден на листе «Участники» книги data.xlsx") != std::string::npos);
  CHECK(out.find("Орлов Пётр Ильич (T2) не отмечен(а) на листе «Участники» книги data.xlsx как наставник") !=
        std::string::npos);
  CHECK(out.find("пара с кодом «PR7» не найдена на листе «Пары» книги data.xlsx") != std::string::npos);
}

TEST_CASE("unchecked ids send the curator to the workbook that failed", "[model][table_place]") {
  std::string out = Messages(School("content/data/participants.xlsx, лист «Лист1»", "content/data/pairs.csv",
                                    "id,full_name,roles"));
  INFO(out);
  CHECK(out.find("content/data/pairs.csv:2:1: предупреждение: коды участников в этом файле не проверены: "
                 "сначала исправьте ошибки в participants.xlsx\n") != std::string::npos);
}

TEST_CASE("tables from CSV files are named as before", "[model][table_place]") {
  std::string out = Messages(School("content/data/participants.csv", "content/data/pairs.csv", "id,full_name,roles,category"));
  INFO(out);
  CHECK(out.find("наставник с кодом «T9» не найден в participants.csv") != std::string::npos);
  CHECK(out.find("пара с кодом «PR7» не найдена в pairs.csv") != std::string::npos);
}

}  // namespace nastavnik::model
