// Fuzz body for load/xlsx_reader. A zip's checksums would turn almost every mutation into one
// "damaged" error, so an input that is not a zip is taken as the XML parts themselves (sheet,
// shared strings, styles, workbook, split at lines of "====") and packed here, stored, into a
// workbook; an input that is a zip ("PK…") is read as it is.
#include <zip.h>
#include <zlib.h>

#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "base/utf8.h"

#include "fuzz/check_util.h"
#include "fuzz/targets.h"
#include "load/xlsx_reader.h"
#include "load/xlsx_xml.h"
#include "load/zip_inflate.h"

namespace nastavnik::fuzz {
namespace {

const char kPath[] = "content/data/participants.xlsx";

const char kWorkbook[] =
    "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Лист1\" r:id=\"rId1\"/>"
    "<sheet name=\"Скрытый\" state=\"hidden\" r:id=\"rId1\"/></sheets></workbook>";
const char kRels[] = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

std::vector<std::string> SplitParts(std::string_view bytes) {
  std::vector<std::string> parts;
  while (parts.size() < 3) {
    size_t at = bytes.find("\n====\n");
    if (at == std::string_view::npos) break;
    parts.emplace_back(bytes.substr(0, at));
    bytes.remove_prefix(at + 6);
  }
  parts.emplace_back(bytes);
  return parts;
}

bool Add(zip_t* zip, const char* name, const std::string& data) {
  zip_source_t* s = zip_source_buffer(zip, data.data(), data.size(), 0);
  if (!s) return false;
  zip_int64_t index = zip_file_add(zip, name, s, ZIP_FL_OVERWRITE);
  if (index < 0) {
    zip_source_free(s);
    return false;
  }
  return zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) == 0;
}

// The parts as a stored zip in memory; "" when libzip could not make it.
std::string Pack(std::string_view bytes) {
  std::vector<std::string> parts = SplitParts(bytes);
  parts.resize(4);
  if (parts[3].empty()) parts[3] = kWorkbook;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (!out) return "";
  zip_source_keep(out);
  zip_t* zip = zip_open_from_source(out, ZIP_TRUNCATE, nullptr);
  std::string rels = kRels;
  bool ok = zip && Add(zip, "xl/worksheets/sheet1.xml", parts[0]) && Add(zip, "xl/sharedStrings.xml", parts[1]) &&
            Add(zip, "xl/styles.xml", parts[2]) && Add(zip, "xl/workbook.xml", parts[3]) &&
            Add(zip, "xl/_rels/workbook.xml.rels", rels);
  if (zip && (!ok || zip_close(zip) != 0)) zip_discard(zip);
  std::string packed;
  zip_stat_t st;
  if (ok && zip_source_stat(out, &st) == 0 && zip_source_open(out) == 0) {
    packed.resize(st.size);
    if (zip_source_read(out, packed.data(), st.size) != static_cast<zip_int64_t>(st.size)) packed.clear();
    zip_source_close(out);
  }
  zip_source_free(out);
  return packed;
}

// A cell's place: a row and a column of a sheet, under the sheet's path.
std::string CheckPlace(const Location& where) {
  if (!where.path.starts_with(kPath)) return "место «" + where.path + "» не в этой книге";
  if (where.line < 0 || where.line > 1048576 || where.column < 0 || where.column > 16384) {
    return "ячейка вне листа: " + ToString(where);
  }
  return "";
}

std::string CheckReported(const Diagnostics& diags) {
  for (const Diagnostic& d : diags.all()) {
    if (std::string e = CheckPlace(d.where); !e.empty()) return e;
    if (std::string e = CheckMessage(d.message); !e.empty()) return e;
  }
  return "";
}

std::string CheckTable(const load::Table& table) {
  for (const load::Row& row : table.rows) {
    if (row.cells.size() != table.header.size()) return "строка таблицы не той ширины, что заголовок";
    for (const load::Cell& cell : row.cells) {
      if (std::string e = CheckUtf8(cell.text, "ячейка"); !e.empty()) return e;
    }
  }
  return "";
}

// Every event of a part as text, to hold the scanner's against expat's.
struct Recorder : load::xml::Handler {
  std::string log;
  Recorder() { capture = true; }
  void Flush() {
    log += "[" + text + "]";
    text.clear();
  }
  void Start(std::string_view name, const load::xml::Attributes& attrs) override {
    Flush();
    log += "<" + std::string(name);
    for (const auto& [n, v] : attrs) log += " " + std::string(n) + "=" + std::string(v) + ";";
    log += ">";
  }
  void End(std::string_view name) override {
    Flush();
    log += "</" + std::string(name) + ">";
  }
};

// The scanner reads sheets and shared strings in expat's stead: where both take a part, they
// must see the same elements, attributes and text.
std::string CheckSameEvents(const std::string& part) {
  Recorder expat, scanner;
  Location where{kPath};
  bool expat_ok = load::xml::Walk(part, expat, load::xml::Reader::kExpat, where, "повреждён").ok();
  bool scanner_ok = load::xml::Walk(part, scanner, load::xml::Reader::kScanner, where, "повреждён").ok();
  if (expat_ok && scanner_ok && expat.log != scanner.log) return "сканер XML и expat прочитали часть по-разному";
  return "";
}

// The reader checks a part by its own CRC-32 (carry-less multiplication where the processor
// has it); on any bytes it must be zlib's.
std::string CheckSameChecksum(std::string_view bytes) {
  if (bytes.size() > std::numeric_limits<uInt>::max()) return "";
  auto zlib = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
  return load::zip::Crc32(bytes) == zlib ? "" : "CRC-32 не совпадает с посчитанной zlib";
}

}  // namespace

std::string CheckXlsx(std::string_view bytes) {
  if (std::string e = CheckSameChecksum(bytes); !e.empty()) return e;
  if (!bytes.starts_with("PK")) {
    std::vector<std::string> parts = SplitParts(bytes);
    for (size_t i = 0; i < parts.size() && i < 2; ++i) {
      if (std::string e = CheckSameEvents(parts[i]); !e.empty()) return e;
    }
  }
  std::string packed = bytes.starts_with("PK") ? std::string(bytes) : Pack(bytes);
  if (packed.empty()) return "";
  Diagnostics diags;
  Result<load::XlsxBook> book = load::ReadXlsx(packed, kPath, [](const load::XlsxSheetInfo&, size_t) { return true; }, diags);
  if (!book.ok()) {
    if (book.status().code() != Status::Code::kInput) return "не ошибка ввода: " + book.status().ToString();
    if (std::string e = CheckPlace(book.status().where()); !e.empty()) return e;
    return CheckMessage(book.status().message());
  }
  for (const load::XlsxSheet& sheet : book->read) {
    load::Table table = load::SheetToTable(sheet, diags);
    if (std::string e = CheckTable(table); !e.empty()) return e;
  }
  return CheckReported(diags);
}

}  // namespace nastavnik::fuzz
