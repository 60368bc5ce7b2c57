// Tests of the XLSX renderer's helpers: cleaning text, Excel's limits, sheet names, widths, references.
#include <catch2/catch.hpp>

#include <cstdio>

#include "base/text.h"
#include "render/xlsx/layout.h"

namespace nastavnik::render::xlsx::layout {
namespace {

size_t Utf16(const std::string& s) {
  size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

TEST_CASE("CleanText keeps what XML can carry", "[xlsx]") {
  CHECK(CleanText("Иванов\tПётр\nСергеевич") == "Иванов\tПётр\nСергеевич");
  CHECK(CleanText(std::string("a\0b\x01" "c\x7f", 6)) == "abc");
  CHECK(CleanText("a\r\nb\rc") == "a\nb\nc");
  CHECK(CleanText("bad \xff\xfe byte") == "bad \uFFFD\uFFFD byte");
  CHECK(CleanText("\xC0\xAF overlong, \xED\xA0\x80 surrogate") == "\uFFFD\uFFFD overlong, \uFFFD\uFFFD\uFFFD surrogate");
  CHECK(CleanText("cut \xD0") == "cut \uFFFD");
  CHECK(CleanText("emoji 😀 stays") == "emoji 😀 stays");
  CHECK(CleanText("не\xEF\xBF\xBEсимвол\xEF\xBF\xBF, а \xEF\xBF\xBD и \xEF\xBF\xBC — да") == "несимвол, а \uFFFD и \uFFFC — да");
  CHECK(CleanText("Пётр\x7F Ёлкин\x1F") == "Пётр Ёлкин");
  CHECK(text::IsValidUtf8(CleanText("\xF4\x90\x80\x80 beyond U+10FFFF")));
}

TEST_CASE("CellText cuts at Excel's 32,767 characters with an ellipsis", "[xlsx]") {
  std::string exact;
  for (int i = 0; i < 32767; ++i) exact += "ж";
  CHECK(CellText(exact) == exact);

  std::string longer = exact + "жж";
  std::string cut = CellText(longer);
  CHECK(Utf16(cut) == 32767);
  CHECK(cut.size() > 3);
  CHECK(cut.substr(cut.size() - 3) == "…");
  CHECK(text::IsValidUtf8(cut));

  // Characters outside the BMP count twice, as in Excel; a pair is never split.
  std::string emoji;
  for (int i = 0; i < 20000; ++i) emoji += "😀";
  std::string cut_emoji = CellText(emoji);
  CHECK(Utf16(cut_emoji) <= 32767);
  CHECK(text::IsValidUtf8(cut_emoji));
}

TEST_CASE("LongestLine and DisplayLength measure in characters", "[xlsx]") {
  CHECK(LongestLine("") == 0);
  CHECK(LongestLine("Пётр") == 4);
  CHECK(LongestLine("ab\nвгдеж\nz") == 5);
  CHECK(DisplayLength(TextValue("Иванова")) == 7);
  CHECK(DisplayLength(NumberValue(12)) == 2);
  CHECK(DisplayLength(NumberValue(3.5)) == 3);
  CHECK(DisplayLength(NumberValue(1.0 / 3)) == 11);
  CHECK(DisplayLength(DateValue(Date{2025, 9, 1})) == 10);
  CHECK(DisplayLength(Value{}) == 0);
}

TEST_CASE("DisplayLength of whole numbers and hundredths is printf's length", "[xlsx]") {
  std::vector<double> values = {0.0, -0.0, 0.01, -0.01, 0.1, 0.29, 9999999.99, 1e7, 123456789, -5e-7, 1e-5, 2.675};
  for (long long units = -250000; units <= 250000; units += 7) values.push_back(static_cast<double>(units) / 100.0);
  for (long long n = 1; n < 1000000000000LL; n *= 7) values.push_back(static_cast<double>(n));
  for (double v : values) {
    char buffer[32];
    int length = std::snprintf(buffer, sizeof buffer, "%.10g", v);
    INFO(buffer);
    CHECK(DisplayLength(NumberValue(v)) == std::min<size_t>(static_cast<size_t>(length), 11));
  }
}

TEST_CASE("AutoWidth fits content, keeps header words whole, and stays within limits", "[xlsx]") {
  CHECK(AutoWidth("", 0) == kMinColumnWidth);
  CHECK(AutoWidth("ФИО", 500) == kMaxColumnWidth);
  double names = AutoWidth("ФИО", 30);
  CHECK(names > 30);
  CHECK(CharsPerLine(names) >= 30);
  // A long header over short numbers wraps, but never inside "Количество".
  double count = AutoWidth("Количество встреч за период", 2);
  CHECK(CharsPerLine(count) >= 10);
  CHECK(count < AutoWidth("Количество встреч за период", 27));
}

TEST_CASE("SafeSheetNames gives names Excel accepts, distinct ignoring case", "[xlsx]") {
  std::string forty;
  for (int i = 0; i < 40; ++i) forty += "Я";
  std::vector<std::string> names =
      SafeSheetNames({"Пары", "пары", "ПАРЫ", "a/b:c*?[x]\\", "'кавычки'", "", forty, forty, "History", "  "});
  REQUIRE(names.size() == 10);
  CHECK(names[0] == "Пары");
  CHECK(names[1] == "пары (2)");
  CHECK(names[2] == "ПАРЫ (3)");
  CHECK(names[3] == "a-b-c--(x)-");
  CHECK(names[4] == "кавычки");
  CHECK(names[5] == "Лист 6");
  CHECK(text::Utf8Length(names[6]) == 31);
  CHECK(names[7] == forty.substr(0, 27 * 2) + " (2)");
  CHECK(names[8] == "History (2)");
  CHECK(names[9] == "Лист 10");
}

TEST_CASE("References are absolute A1 ranges with the sheet quoted", "[xlsx]") {
  CHECK(ColumnLetters(0) == "A");
  CHECK(ColumnLetters(25) == "Z");
  CHECK(ColumnLetters(26) == "AA");
  CHECK(ColumnLetters(701) == "ZZ");
  CHECK(ColumnLetters(702) == "AAA");
  CHECK(ColumnLetters(16383) == "XFD");
  CHECK(ColumnRangeFormula("Списки", 1, 0, 39) == "='Списки'!$B$1:$B$40");
  CHECK(ColumnRangeFormula("O'Neil", 0, 0, 2) == "='O''Neil'!$A$1:$A$3");
}

}  // namespace
}  // namespace nastavnik::render::xlsx::layout
