// Fuzz bodies for load/csv and load/encoding.
#include <algorithm>
#include <string>

#include "base/utf8.h"

#include "fuzz/check_util.h"
#include "fuzz/targets.h"
#include "load/csv.h"
#include "load/encoding.h"

namespace nastavnik::fuzz {
namespace {

const char kPath[] = "content/data/participants.csv";
const char* const kEncodings[] = {"auto", "utf-8", "cp1251", "auto"};

// DecodeText has no path: its positions are checked against the bytes alone.
std::string CheckDecode(std::string_view bytes, const char* encoding, const Lines& lines) {
  Result<load::DecodedText> decoded = load::DecodeText(bytes, encoding);
  if (!decoded.ok()) {
    Location where = decoded.status().where();
    where.path = kPath;
    return Prefix("DecodeText", CheckError(Status::Input(decoded.status().message(), where), kPath, lines));
  }
  const std::string& text = decoded->text;
  if (std::string e = CheckUtf8(text, "раскодированный текст"); !e.empty()) return e;
  if (text.find('\0') != std::string::npos) return "нулевой байт в раскодированном тексте";
  std::string_view raw = bytes;
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  if (decoded->encoding == "utf-8") {
    if (text != raw) return "UTF-8 раскодирован не байт в байт";
  } else if (decoded->encoding == "cp1251") {
    // Windows-1251 is one byte per character: writing the text back must give the file again.
    Result<std::string> back = load::Utf8ToCp1251(text);
    if (!back.ok()) return "текст из Windows-1251 не записывается обратно: " + back.status().ToString();
    if (*back != raw) return "Windows-1251 туда и обратно даёт другие байты";
  } else {
    return "неизвестная кодировка «" + decoded->encoding + "»";
  }
  return "";
}

// Utf8ToCp1251 on any bytes: a refusal names the character in readable UTF-8.
std::string CheckEncodeBack(std::string_view bytes, const Lines& lines) {
  Result<std::string> back = load::Utf8ToCp1251(bytes);
  if (back.ok()) {
    // One byte per character, NUL only where the text had one, and the same text read back.
    auto nuls = [](std::string_view s) { return std::count(s.begin(), s.end(), '\0'); };
    if (back->size() != utf8::Decode(bytes).size() || nuls(*back) != nuls(bytes)) {
      return "Utf8ToCp1251 записал не те байты, а ошибки нет";
    }
    Result<load::DecodedText> again = load::DecodeText(*back, "cp1251");
    if (again.ok() && again->text != bytes) return "Utf8ToCp1251 туда и обратно даёт другой текст";
    return "";
  }
  Location where = back.status().where();
  where.path = kPath;
  return Prefix("Utf8ToCp1251", CheckError(Status::Input(back.status().message(), where), kPath, lines));
}

std::string CheckTable(const load::Table& table, const Lines& lines) {
  if (table.path != kPath) return "у таблицы не тот путь";
  if (table.header.empty()) return "таблица без заголовка, а ошибки нет";
  if (table.encoding != "utf-8" && table.encoding != "cp1251") return "кодировка таблицы «" + table.encoding + "»";
  auto cell_ok = [&](const load::Cell& cell) -> std::string {
    if (std::string e = CheckUtf8(cell.text, "ячейка"); !e.empty()) return e;
    return lines.Check(table.At(cell));
  };
  for (const load::Cell& cell : table.header) {
    if (std::string e = cell_ok(cell); !e.empty()) return "заголовок: " + e;
  }
  int previous = table.header.front().line;
  for (const load::Row& row : table.rows) {
    if (row.cells.size() != table.header.size()) {
      return "строка " + std::to_string(row.line) + " из " + std::to_string(row.cells.size()) +
             " ячеек при заголовке из " + std::to_string(table.header.size()) + ", а ошибки нет";
    }
    if (row.line <= previous) return "строки таблицы идут не по порядку";
    previous = row.line;
    for (const load::Cell& cell : row.cells) {
      if (std::string e = cell_ok(cell); !e.empty()) return "строка " + std::to_string(row.line) + ": " + e;
    }
  }
  return "";
}

}  // namespace

std::string CheckCsv(std::string_view bytes) {
  if (bytes.empty()) return "";
  const char* encoding = kEncodings[static_cast<unsigned char>(bytes[0]) % 4];
  bytes.remove_prefix(1);
  const Lines lines(bytes);
  if (std::string e = CheckDecode(bytes, encoding, lines); !e.empty()) return e;
  if (std::string e = CheckEncodeBack(bytes, lines); !e.empty()) return e;
  Diagnostics diags;
  load::CsvOptions options;
  options.encoding = encoding;
  Result<load::Table> table = load::ParseCsv(bytes, kPath, options, diags);
  if (std::string e = CheckDiagnostics(diags, kPath, lines); !e.empty()) return e;
  if (!table.ok()) return CheckError(table.status(), kPath, lines);
  return CheckTable(*table, lines);
}

}  // namespace nastavnik::fuzz
