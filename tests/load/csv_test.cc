// Tests for the CSV loader and the encoding decision behind it (load/csv.h, load/encoding.h).
#include "load/csv.h"

#include <iconv.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "load/encoding.h"

namespace nastavnik::load {
namespace {

const std::string kPath = "content/data/participants.csv";

Result<Table> Parse(std::string_view bytes, Diagnostics& diags, std::string encoding = "auto") {
  CsvOptions options;
  options.encoding = std::move(encoding);
  return ParseCsv(bytes, kPath, options, diags);
}

// Parses input that must be clean: no fatal error, no diagnostics.
Table ParseClean(std::string_view bytes) {
  Diagnostics diags;
  Result<Table> table = Parse(bytes, diags);
  INFO(table.status().ToString());
  REQUIRE(table.ok());
  INFO(diags.Format());
  REQUIRE(diags.all().empty());
  return *table;
}

std::vector<std::string> Texts(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  for (const Cell& c : cells) out.push_back(c.text);
  return out;
}

std::string Where(const Location& where) { return ToString(where); }

// The bytes glibc's iconv makes: an independent source for Windows-1251 test data.
std::string Iconv(const std::string& text, const char* to, const char* from) {
  iconv_t cd = iconv_open(to, from);
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string in = text, out(text.size() * 4 + 16, '\0');
  char* in_ptr = in.data();
  char* out_ptr = out.data();
  size_t in_left = in.size(), out_left = out.size();
  size_t rc = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  REQUIRE(rc != static_cast<size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

std::string ToCp1251(const std::string& utf8) { return Iconv(utf8, "CP1251", "UTF-8"); }

TEST_CASE("quoted fields keep separators, doubled quotes and line breaks", "[csv]") {
  Table t = ParseClean(
      "id;full_name;note\n"
      "1;\"Иванова \"\"Маша\"\"\";\"a;b\"\n"
      "2;\"two\nlines\";\"crlf\r\ninside\"\n"
      "3;\"\";plain\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(Texts(t.rows[0].cells) == std::vector<std::string>{"1", "Иванова \"Маша\"", "a;b"});
  CHECK(Texts(t.rows[1].cells) == std::vector<std::string>{"2", "two\nlines", "crlf\r\ninside"});
  CHECK(Texts(t.rows[2].cells) == std::vector<std::string>{"3", "", "plain"});
  // Two cells of row 2 span two lines each, so row 3 starts on line 6.
  CHECK(t.rows[1].line == 3);
  CHECK(t.rows[2].line == 6);
  CHECK(t.rows[2].cells[2].line == 6);
  CHECK(t.rows[2].cells[2].column == 6);
  // A cell after a multi-line cell counts its column from its own line.
  CHECK(t.rows[1].cells[2].line == 4);
  CHECK(t.rows[1].cells[2].column == 8);
}

TEST_CASE("CRLF line ends and a last line without a newline", "[csv]") {
  Table t = ParseClean("a;b\r\n1;2\r\n3;4");
  CHECK(Texts(t.header) == std::vector<std::string>{"a", "b"});
  REQUIRE(t.rows.size() == 2);
  CHECK(Texts(t.rows[0].cells) == std::vector<std::string>{"1", "2"});
  CHECK(Texts(t.rows[1].cells) == std::vector<std::string>{"3", "4"});
  CHECK(t.rows[1].line == 3);
  // No stray CR at the end of the last cell of a line.
  CHECK(t.header[1].text == "b");
}

TEST_CASE("cells keep surrounding spaces exactly", "[csv]") {
  Table t = ParseClean(" id ;name\n 1 ; Пётр \n");
  CHECK(Texts(t.header) == std::vector<std::string>{" id ", "name"});
  CHECK(Texts(t.rows[0].cells) == std::vector<std::string>{" 1 ", " Пётр "});
}

TEST_CASE("a UTF-8 BOM is stripped so the first header is matched", "[csv]") {
  Table t = ParseClean(
      "\xEF\xBB\xBF"
      "ФИО;Класс\nИванов Иван;7А\n");
  CHECK(t.encoding == "utf-8");
  CHECK(t.header[0].text == "ФИО");
  CHECK(t.header[0].column == 1);
  CHECK(t.rows[0].cells[0].text == "Иванов Иван");
}

TEST_CASE("a BOM is stripped from header cells even after a sep= line", "[csv]") {
  Table t = ParseClean(
      "sep=;\n\xEF\xBB\xBF"
      "ФИО;Класс\nИванов;7А\n");
  CHECK(t.header[0].text == "ФИО");
}

TEST_CASE("Windows-1251 with semicolons is decoded", "[csv]") {
  std::string bytes = ToCp1251("Код;ФИО;Роль\r\np1;Ёлкина Алёна;наставник\r\n");
  Diagnostics diags;
  Result<Table> t = Parse(bytes, diags);
  REQUIRE(t.ok());
  CHECK(t->encoding == "cp1251");
  CHECK(t->separator == ';');
  CHECK(Texts(t->header) == std::vector<std::string>{"Код", "ФИО", "Роль"});
  REQUIRE(t->rows.size() == 1);
  CHECK(Texts(t->rows[0].cells) == std::vector<std::string>{"p1", "Ёлкина Алёна", "наставник"});
  CHECK(t->rows[0].cells[2].column == 17);
}

TEST_CASE("the Windows-1251 table agrees with glibc for every byte", "[csv]") {
  for (int b = 0x80; b <= 0xFF; ++b) {
    if (b == 0x98) continue;  // unassigned in Windows-1251
    std::string byte(1, static_cast<char>(b));
    Result<std::string> ours = DecodeToUtf8(byte, "cp1251");
    INFO("byte " << b);
    REQUIRE(ours.ok());
    CHECK(*ours == Iconv(byte, "UTF-8", "CP1251"));
  }
  Result<std::string> bad = DecodeToUtf8("ab\n\x98", "cp1251");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() ==
        "байт 0x98 не означает никакого символа в Windows-1251: проверьте кодировку файла");
  CHECK(bad.status().where().line == 2);
  CHECK(bad.status().where().column == 1);
}

TEST_CASE("auto detection decides for the whole file", "[csv]") {
  CHECK(DetectEncoding("id;name\n1;Иван\n") == "utf-8");
  CHECK(DetectEncoding("plain ascii") == "utf-8");
  CHECK(DetectEncoding(ToCp1251("ФИО;Класс")) == "cp1251");
  // "Вё" in Windows-1251 is C2 B8, valid UTF-8 for "¸": no Cyrillic then, so it is Windows-1251.
  CHECK(DetectEncoding(ToCp1251("Вё")) == "cp1251");
  CHECK(DetectEncoding("café") == "utf-8");
  CHECK(CanonicalEncodingName(" UTF8 ") == "utf-8");
  CHECK(CanonicalEncodingName("Windows-1251") == "cp1251");
  CHECK(CanonicalEncodingName("koi8-r").empty());
}

TEST_CASE("explicit encodings are obeyed and checked", "[csv]") {
  std::string bytes = "a;b\n1;2\n" + ToCp1251("3;Иван") + "\n";
  Diagnostics diags;
  Result<Table> t = Parse(bytes, diags, "utf-8");
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().ToString() ==
        kPath +
            ":3:3: ошибка: недопустимый байт 0xC8: файл не в кодировке UTF-8; сохраните его "
            "как «CSV UTF-8»");
  Result<Table> cp = Parse(ToCp1251("a;b\n1;Вё\n"), diags, "cp1251");
  REQUIRE(cp.ok());
  CHECK(cp->rows[0].cells[1].text == "Вё");
  Result<Table> unknown = Parse("a;b\n", diags, "koi8-r");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().ToString() ==
        kPath + ": ошибка: неизвестная кодировка «koi8-r»: укажите auto, utf-8 или cp1251");
}

TEST_CASE("a file mixing UTF-8 and Windows-1251 lines names the first bad line", "[csv]") {
  std::string bytes = "Код;ФИО\n1;Иванов Иван\n" + ToCp1251("2;Петров Пётр") + "\n";
  Diagnostics diags;
  Result<Table> t = Parse(bytes, diags);
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().ToString() ==
        kPath +
            ":3:3: ошибка: кодировка этой строки (Windows-1251) не совпадает с кодировкой "
            "строки 1 (UTF-8): сохраните весь файл в одной кодировке");
}

TEST_CASE("Excel's sep= line is honoured and skipped", "[csv]") {
  Table t = ParseClean("sep=,\r\nid;name,grade\r\n1;x,7А\r\n");
  CHECK(t.separator == ',');
  CHECK(Texts(t.header) == std::vector<std::string>{"id;name", "grade"});
  CHECK(t.header[0].line == 2);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].line == 3);
}

TEST_CASE("the separator is detected from the header", "[csv]") {
  Table comma = ParseClean("id,full_name,grade\n1,\"Иванов; Иван\",7А\n");
  CHECK(comma.separator == ',');
  CHECK(Texts(comma.rows[0].cells) == std::vector<std::string>{"1", "Иванов; Иван", "7А"});
  // Separators inside quotes do not count.
  Table quoted = ParseClean("\"a,b,c\";\"d,e\";f\n1;2;3\n");
  CHECK(quoted.separator == ';');
  CHECK(ParseClean("a;b,c\n1;2,3\n").separator == ';');  // a tie prefers ';'
  CHECK(ParseClean("a\tb\tc\n1\t2\t3\n").separator == '\t');
  CHECK(ParseClean("single\nvalue\n").header.size() == 1);
}

TEST_CASE("ragged rows are reported with their location and dropped", "[csv]") {
  Diagnostics diags;
  Result<Table> t = Parse(
      "a;b;c\n"
      "1;2;3\n"
      "1;2\n"        // too few
      "1;2;3;4;;\n"  // one extra non-empty cell
      "x;y;z\n"
      "1\n",  // one field
      diags);
  REQUIRE(t.ok());
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[1].line == 5);
  REQUIRE(diags.all().size() == 3);
  CHECK(Where(diags.all()[0].where) == kPath + ":3:1");
  CHECK(diags.all()[0].message == "в строке 2 поля, а в заголовке 3");
  CHECK(Where(diags.all()[1].where) == kPath + ":4:7");
  CHECK(diags.all()[1].message == "в строке 4 поля, а в заголовке 3");
  CHECK(Where(diags.all()[2].where) == kPath + ":6:1");
  CHECK(diags.all()[2].message == "в строке 1 поле, а в заголовке 3");
  Diagnostics many;
  REQUIRE(Parse("a;b;c;d;e;f;g\n1;2;3;4;5\n", many).ok());
  REQUIRE(many.all().size() == 1);
  CHECK(many.all()[0].message == "в строке 5 полей, а в заголовке 7");
}

TEST_CASE("a flood of ragged rows is summarised after the first hundred", "[csv]") {
  std::string bytes = "a;b;c\n";
  for (int i = 0; i < 123; ++i) bytes += "1,2,3\n";
  Diagnostics diags;
  REQUIRE(Parse(bytes, diags).ok());
  REQUIRE(diags.all().size() == 101);
  CHECK(diags.all()[99].message == "в строке 1 поле, а в заголовке 3");
  CHECK(Where(diags.all()[100].where) == kPath + ":102:1");
  CHECK(diags.all()[100].message ==
        "и ещё 23 строки с неверным числом полей: проверьте разделитель и кавычки");
}

TEST_CASE("Excel's trailing empty cells, blank lines and empty rows are ignored", "[csv]") {
  Table t = ParseClean(
      "\n"
      ";;;\n"
      "a;b;;;\n"
      "1;2;;;;;;\n"
      "\n"
      ";;\n"
      " ; \xC2\xA0\n"
      "3;4\n"
      "\r\n");
  CHECK(Texts(t.header) == std::vector<std::string>{"a", "b"});
  CHECK(t.header[0].line == 3);
  REQUIRE(t.rows.size() == 2);
  CHECK(Texts(t.rows[0].cells) == std::vector<std::string>{"1", "2"});
  CHECK(t.rows[1].line == 8);
}

TEST_CASE("an unterminated quote points at the quote that opened it", "[csv]") {
  Diagnostics diags;
  Result<Table> t = Parse("id;name\n1;ok\n2;\"Иванов\n3;Петров\n", diags);
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().code() == Status::Code::kInput);
  CHECK(t.status().ToString() ==
        kPath +
            ":3:3: ошибка: незакрытая кавычка: поле начинается здесь и не закрыто до конца "
            "файла");
  Result<Table> eof = Parse("a;b\n\"abc", diags);
  REQUIRE_FALSE(eof.ok());
  CHECK(Where(eof.status().where()) == kPath + ":2:1");
}

TEST_CASE("files that are not plain CSV are refused clearly", "[csv]") {
  Diagnostics diags;
  std::string utf16 = Iconv("ФИО\tКласс\n", "UTF-16", "UTF-8");  // glibc writes a BOM
  REQUIRE(utf16.substr(0, 2) == "\xFF\xFE");
  Result<Table> t = Parse(utf16, diags);
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().ToString() ==
        kPath +
            ":1:1: ошибка: файл в кодировке UTF-16 (Excel «Текст Юникод»): сохраните его "
            "как «CSV UTF-8» или «CSV (разделители — точка с запятой)»");
  CHECK_FALSE(Parse("\xFE\xFF\x04\x24", diags).ok());
  Result<Table> xlsx = Parse(std::string("PK\x03\x04\x14\x00", 6), diags);
  REQUIRE_FALSE(xlsx.ok());
  CHECK(xlsx.status().message() ==
        "это не CSV, а книга Excel или LibreOffice: сохраните её как «CSV UTF-8» или "
        "«CSV (разделители — точка с запятой)»");
  Result<Table> nul = Parse(std::string("a;b\nx\0y;z\n", 10), diags);
  REQUIRE_FALSE(nul.ok());
  CHECK(nul.status().ToString() ==
        kPath +
            ":2:2: ошибка: в файле есть нулевой байт: это не текстовый CSV; сохраните "
            "таблицу как «CSV UTF-8»");
}

TEST_CASE("an empty file has no header", "[csv]") {
  for (std::string bytes :
       {"", "\xEF\xBB\xBF", "\xEF\xBB\xBF\xEF\xBB\xBF\n", " \r\n\t\n", "sep=;\n", ";;;\n;;\n"}) {
    Diagnostics diags;
    Result<Table> t = Parse(bytes, diags);
    INFO("input: " << bytes);
    REQUIRE_FALSE(t.ok());
    CHECK(t.status().ToString() == kPath + ":1:1: ошибка: файл пуст: нет строки заголовков");
  }
  Table header_only = ParseClean("a;b\n");
  CHECK(header_only.rows.empty());
}

TEST_CASE("cell columns count characters, not bytes", "[csv]") {
  Table t = ParseClean("ФИО;Класс;Роль\nЁлкина Алёна;7А;\"наставник\"\n");
  CHECK(t.header[1].column == 5);
  CHECK(t.header[2].column == 11);
  const std::vector<Cell>& cells = t.rows[0].cells;
  CHECK(cells[0].line == 2);
  CHECK(cells[0].column == 1);
  CHECK(cells[1].column == 14);
  CHECK(cells[2].column == 17);
  CHECK(Where(t.At(cells[2])) == kPath + ":2:17");
}

TEST_CASE("oversized cells and files are refused without parsing them", "[csv]") {
  Diagnostics diags;
  std::string big = "a;b\n1;\"" + std::string(64 * 1024 + 1, 'x') + "\"\n";
  Result<Table> cell = Parse(big, diags);
  REQUIRE_FALSE(cell.ok());
  CHECK(cell.status().ToString() ==
        kPath +
            ":2:3: ошибка: поле длиннее 64 КБ: проверьте, не пропущена ли закрывающая "
            "кавычка");
  std::string bare = "a\n" + std::string(64 * 1024 + 1, 'y') + "\n";
  CHECK_FALSE(Parse(bare, diags).ok());
  CHECK(Parse("a\n" + std::string(64 * 1024, 'y') + "\n", diags).ok());
  std::string huge(128 * 1024 * 1024 + 1, 'a');
  Result<Table> file = Parse(huge, diags);
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().ToString() ==
        kPath + ": ошибка: файл больше 128 МБ: проверьте, тот ли это файл");
}

TEST_CASE("100 000 rows parse", "[csv]") {
  std::string bytes = "id;full_name;grade;roles;email\r\n";
  for (int i = 0; i < 100000; ++i) {
    bytes += "p" + std::to_string(i) + ";\"Иванов Иван " + std::to_string(i) +
             "\";7А;наставляемый;x@example.ru\r\n";
  }
  Table t = ParseClean(bytes);
  REQUIRE(t.rows.size() == 100000);
  CHECK(t.rows.back().line == 100001);
  CHECK(t.rows.back().cells[1].text == "Иванов Иван 99999");
}

}  // namespace
}  // namespace nastavnik::load
