// Benchmark (hidden tag; run with ./build/tests/nastavnik_tests "[xlsx-bench]"): reading a
// 3,000-row participants table from .xlsx against the same table as CSV. The workbook is made by
// render/xlsx as Excel stores it: shared strings, numbers, dates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>

#include "load/csv.h"
#include "load/xlsx_reader.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::load {
namespace {

constexpr int kRows = 3000;

std::string Id(int i) { return "P" + std::to_string(10000 + i); }

template <typename F>
double BestMs(F f) {
  double best = 1e9;
  for (int i = 0; i < 5; ++i) {
    auto start = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

TEST_CASE("xlsx bench: 3000 participants from a workbook against the CSV time", "[.][xlsx-bench]") {
  namespace xlsx = render::xlsx;
  const char* headers[] = {"id", "full_name", "roles", "category", "grade", "subject", "experience_years",
                           "email", "birth_date", "consent_pd", "strengths"};
  std::string csv;
  xlsx::Sheet sheet;
  sheet.name = "Участники";
  for (const char* h : headers) {
    csv += std::string(csv.empty() ? "" : ",") + h;
    xlsx::Column column;
    column.header = h;
    sheet.columns.push_back(column);
  }
  csv += "\n";
  for (int i = 0; i < kRows; ++i) {
    Date birth{2008 + i % 8, 1 + i % 12, 1 + i % 28};
    std::string name = "Иванова Мария Сергеевна " + std::to_string(i);
    std::string strengths = "математика; олимпиады; проектная работа";
    csv += Id(i) + "," + name + ",наставляемый,обучающийся," + std::to_string(5 + i % 7) + "Б,математика," +
           std::to_string(i % 30) + ",pupil" + std::to_string(i) + "@example.ru," + birth.Russian() + ",да,\"" +
           strengths + "\"\n";
    sheet.rows.push_back({xlsx::TextValue(Id(i)), xlsx::TextValue(name), xlsx::TextValue("наставляемый"),
                          xlsx::TextValue("обучающийся"), xlsx::TextValue(std::to_string(5 + i % 7) + "Б"),
                          xlsx::TextValue("математика"), xlsx::NumberValue(i % 30),
                          xlsx::TextValue("pupil" + std::to_string(i) + "@example.ru"), xlsx::DateValue(birth),
                          xlsx::TextValue("да"), xlsx::TextValue(strengths)});
  }
  xlsx::Workbook book;
  book.sheets.push_back(std::move(sheet));
  Result<std::string> bytes = xlsx::RenderXlsx(book, 0);
  REQUIRE(bytes.ok());

  Table from_csv, from_xlsx;
  double csv_ms = BestMs([&] {
    Diagnostics diags;
    from_csv = *ParseCsv(csv, "participants.csv", CsvOptions{}, diags);
  });
  double xlsx_ms = BestMs([&] {
    Diagnostics diags;
    Result<XlsxBook> read = ReadXlsx(*bytes, "participants.xlsx", [](const XlsxSheetInfo&, size_t) { return true; }, diags);
    from_xlsx = SheetToTable(read->read.front(), diags);
  });
  std::cout << "csv " << csv.size() << " bytes: " << csv_ms << " ms; xlsx " << bytes->size() << " bytes: " << xlsx_ms
            << " ms; ratio " << xlsx_ms / csv_ms << "\n";
  REQUIRE(from_xlsx.rows.size() == from_csv.rows.size());
  for (size_t r = 0; r < from_csv.rows.size(); ++r) {
    for (size_t c = 0; c < from_csv.header.size(); ++c) {
      REQUIRE(from_xlsx.rows[r].cells[c].text == from_csv.rows[r].cells[c].text);
    }
  }
  // The goal is twice the CSV time. The sheet's XML is about five times the CSV and must
  // be unpacked first; scripts/bench_xlsx.sh measures a whole school in a release build (this
  // test runs in whatever build the tests are), so the ratio is reported here, not asserted.
  if (xlsx_ms > 2 * csv_ms) WARN("reading the workbook took " << xlsx_ms / csv_ms << " times the CSV time");
}

}  // namespace nastavnik::load
