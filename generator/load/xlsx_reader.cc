// Stage 1 (load): the XLSX reader. The one file that uses libzip and expat: the workbook's parts
// are unpacked in memory within a budget (a zip bomb stops at the cap, not at the end of memory),
// and each XML part is walked once by a small handler that keeps only what a table needs.
#include "load/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>

#include "base/date.h"
#include "base/text.h"

namespace nastavnik::load {
namespace {

// The same bounds as the CSV reader's (a school's roster is a few thousand rows of short
// cells), plus what the zip may unpack to: sheet XML is ten times the size of its CSV.
constexpr size_t kMaxPartBytes = size_t{200} << 20;
constexpr size_t kMaxUnpackedBytes = size_t{400} << 20;
constexpr size_t kMaxCellBytes = 64 * 1024;
constexpr size_t kMaxRows = 200000;
constexpr size_t kMaxCells = 4000000;
constexpr size_t kMaxSharedStrings = 4000000;
constexpr int kExcelRows = 1048576;
constexpr int kExcelColumns = 16384;

const char kDamaged[] = "файл повреждён или это не книга Excel (.xlsx): откройте его в Excel или LibreOffice и "
                        "сохраните заново как «Книга Excel (.xlsx)»";

std::string SheetPath(const std::string& path, const std::string& sheet) {
  return path + ", лист «" + sheet + "»";
}

// ---- The zip ----

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

class Archive {
 public:
  Archive(ZipHandle zip, std::string path) : zip_(std::move(zip)), path_(std::move(path)) {}

  /// The part's bytes; nullopt when it is absent; an error when it is damaged or over a cap.
  Result<std::optional<std::string>> Read(const std::string& name) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return std::optional<std::string>();
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes || unpacked_ + st.size > kMaxUnpackedBytes) {
      return TooLarge();
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(zip_.get(), st.index, 0), zip_fclose);
    if (!file) return Status::Input(kDamaged, Location{path_});
    std::string out(static_cast<size_t>(st.size), '\0');
    // The declared size is trusted only as far as the data agrees: one byte more is refused.
    zip_int64_t got = out.empty() ? 0 : zip_fread(file.get(), out.data(), out.size());
    char extra;
    if (got != static_cast<zip_int64_t>(out.size()) || zip_fread(file.get(), &extra, 1) != 0) {
      return Status::Input(kDamaged, Location{path_});
    }
    unpacked_ += out.size();
    return std::optional<std::string>(std::move(out));
  }

 private:
  Status TooLarge() const {
    return Status::Input("книга распаковывается больше чем в " + std::to_string(kMaxUnpackedBytes >> 20) +
                             " МБ: проверьте, та ли это таблица",
                         Location{path_});
  }

  ZipHandle zip_;
  std::string path_;
  size_t unpacked_ = 0;
};

Result<Archive> OpenArchive(std::string_view bytes, const std::string& path) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (!zip && source) zip_source_free(source);
  zip_error_fini(&error);
  if (!zip) return Status::Input(kDamaged, Location{path});
  return Archive(ZipHandle(zip), path);
}

// ---- XML ----

// Element and attribute names arrive as "namespace|local" (or "local"); only the local name
// matters here, as Excel, LibreOffice and the form services prefix them differently.
std::string_view Local(const char* name) {
  std::string_view s(name);
  size_t bar = s.rfind('|');
  return bar == std::string_view::npos ? s : s.substr(bar + 1);
}

const char* Attr(const char** attrs, std::string_view local) {
  for (size_t i = 0; attrs[i]; i += 2) {
    if (Local(attrs[i]) == local) return attrs[i + 1];
  }
  return nullptr;
}

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void Start(std::string_view name, const char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  /// Character data is kept only while a handler asks for it.
  bool capture = false;
  std::string text;
  /// Set by a handler to stop the walk with this error.
  std::optional<Status> failure;
};

struct XmlRun {
  XML_Parser parser;
  XmlHandler* handler;
};

void OnStart(void* data, const char* name, const char** attrs) {
  auto* run = static_cast<XmlRun*>(data);
  run->handler->Start(Local(name), attrs);
  if (run->handler->failure) XML_StopParser(run->parser, XML_FALSE);
}

void OnEnd(void* data, const char* name) {
  auto* run = static_cast<XmlRun*>(data);
  run->handler->End(Local(name));
  if (run->handler->failure) XML_StopParser(run->parser, XML_FALSE);
}

void OnText(void* data, const char* s, int len) {
  auto* run = static_cast<XmlRun*>(data);
  XmlHandler& h = *run->handler;
  if (!h.capture) return;
  if (h.text.size() + static_cast<size_t>(len) > kMaxCellBytes) {
    h.failure = Status::Input("в книге есть ячейка длиннее " + std::to_string(kMaxCellBytes / 1024) +
                              " КБ: проверьте, та ли это таблица");
    XML_StopParser(run->parser, XML_FALSE);
    return;
  }
  h.text.append(s, static_cast<size_t>(len));
}

// A workbook never declares a DTD; one that does is refused before any entity is expanded.
void OnDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* run = static_cast<XmlRun*>(data);
  run->handler->failure = Status::Input(kDamaged);
  XML_StopParser(run->parser, XML_FALSE);
}

Status WalkXml(const std::string& xml, XmlHandler& handler, const Location& where) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, '|'),
                                                                                 XML_ParserFree);
  if (!parser) return Status::Internal("не хватило памяти для чтения книги", where);
  XmlRun run{parser.get(), &handler};
  XML_SetUserData(parser.get(), &run);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);
  bool ok = xml.size() <= static_cast<size_t>(std::numeric_limits<int>::max()) &&
            XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK;
  if (handler.failure) {
    Status s = *handler.failure;
    return Status::Input(s.message(), s.where().path.empty() ? where : s.where());
  }
  if (!ok) return Status::Input(kDamaged, where);
  return Status::Ok();
}

// ---- The workbook, its relations, shared strings and styles ----

struct SheetEntry {
  XlsxSheetInfo info;
  std::string relation;
};

struct WorkbookHandler : XmlHandler {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;

  void Start(std::string_view name, const char** attrs) override {
    if (name == "sheet") {
      const char* n = Attr(attrs, "name");
      const char* state = Attr(attrs, "state");
      const char* id = Attr(attrs, "id");
      SheetEntry e;
      e.info.name = n ? n : "";
      e.info.hidden = state && std::string_view(state) != "visible";
      e.relation = id ? id : "";
      sheets.push_back(std::move(e));
    } else if (name == "workbookPr") {
      const char* v = Attr(attrs, "date1904");
      date1904 = v && (std::string_view(v) == "1" || std::string_view(v) == "true");
    }
  }
  void End(std::string_view) override {}
};

struct RelsHandler : XmlHandler {
  std::map<std::string, std::string> targets;
  void Start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    const char* id = Attr(attrs, "Id");
    const char* target = Attr(attrs, "Target");
    if (id && target) targets[id] = target;
  }
  void End(std::string_view) override {}
};

// <si> holds <t> directly or rich-text runs <r><t>; phonetic hints (<rPh>) are not the text.
struct SharedStringsHandler : XmlHandler {
  std::vector<std::string> strings;
  std::string current;
  int phonetic = 0;

  void Start(std::string_view name, const char**) override {
    if (name == "si") current.clear();
    if (name == "rPh") ++phonetic;
    if (name == "t" && !phonetic) {
      capture = true;
      text.clear();
    }
  }
  void End(std::string_view name) override {
    if (name == "rPh") --phonetic;
    if (name == "t" && capture) {
      current += text;
      capture = false;
      if (current.size() > kMaxCellBytes) failure = Status::Input("в книге есть ячейка длиннее 64 КБ");
    }
    if (name == "si") {
      if (strings.size() >= kMaxSharedStrings) failure = Status::Input("в книге слишком много строк текста");
      strings.push_back(std::move(current));
      current.clear();
    }
  }
};

struct StylesHandler : XmlHandler {
  std::map<int, std::string> formats;  // numFmtId → formatCode, the workbook's own
  std::vector<int> cell_formats;       // cellXfs index → numFmtId
  bool in_cell_xfs = false;

  void Start(std::string_view name, const char** attrs) override {
    if (name == "numFmt") {
      const char* id = Attr(attrs, "numFmtId");
      const char* code = Attr(attrs, "formatCode");
      if (id && code) formats[std::atoi(id)] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs = true;
    } else if (name == "xf" && in_cell_xfs) {
      const char* id = Attr(attrs, "numFmtId");
      cell_formats.push_back(id ? std::atoi(id) : 0);
    }
  }
  void End(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs = false;
  }
};

// ---- Number formats ----

enum class Shown { kNumber, kDate, kDateTime, kTime };

// Whether a format code shows a date or a time: its letters d, m, y, h, s outside quoted text,
// escapes and [colour] brackets ([h] and [mm] of durations count as time).
Shown ClassifyCode(std::string_view code) {
  bool date = false, time = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      size_t end = code.find(']', i);
      if (end == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, end - i - 1);
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' || inside[0] == 's')) time = true;
      i = end;
    } else if (c == ';') {
      break;  // the first section decides
    } else {
      char l = static_cast<char>(c | 0x20);
      if (l == 'd' || l == 'y' || l == 'm') date = true;  // m alone is a month; "h:mm" is caught by h
      if (l == 'h' || l == 's') time = true;
    }
  }
  // "h:mm" sets m as well: a format with h or s and no d or y is a time of day.
  bool has_day_or_year = code.find_first_of("dDyYдДгГ") != std::string_view::npos;
  if (time && !has_day_or_year) return Shown::kTime;
  if (date && time) return Shown::kDateTime;
  if (date) return Shown::kDate;
  return Shown::kNumber;
}

Shown ClassifyFormat(int id, const std::map<int, std::string>& custom) {
  if (auto it = custom.find(id); it != custom.end()) return ClassifyCode(it->second);
  // The built-in formats of ECMA-376 that show dates or times (and their East Asian variants).
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
    return Shown::kDate;
  }
  if (id == 22) return Shown::kDateTime;
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) return Shown::kTime;
  return Shown::kNumber;
}

std::string TwoDigits(long v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// An Excel serial number as the text a CSV would hold; nullopt when it is no real day.
std::optional<std::string> SerialText(double serial, Shown shown, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958466) return std::nullopt;  // to 31.12.9999
  long long seconds = std::llround(serial * 86400.0);
  long days = static_cast<long>(seconds / 86400);
  long in_day = static_cast<long>(seconds % 86400);
  std::string clock = TwoDigits(in_day / 3600) + ":" + TwoDigits(in_day / 60 % 60);
  if (shown == Shown::kTime) return clock;
  long epoch_days;
  if (date1904) {
    epoch_days = days - 24107;
  } else {
    // 1900 counts a 29 February that never was (serial 60), as Lotus 1-2-3 did.
    if (days == 60 || days == 0) return std::nullopt;
    epoch_days = days < 60 ? days - 25568 : days - 25569;
  }
  std::string text = Date::FromDaysSinceEpoch(epoch_days).Russian();
  if (shown == Shown::kDateTime && in_day != 0) text += " " + clock;
  return text;
}

// The shortest text that reads back as the same number, without an exponent for whole numbers.
std::string NumberText(double v) {
  if (v == 0) return "0";
  if (std::fabs(v) < 1e15 && v == std::trunc(v)) return std::to_string(static_cast<long long>(v));
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::optional<double> ParseNumber(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// "2025-09-15" or "2025-09-15T10:30:00" (cells of type d) as ДД.ММ.ГГГГ [ЧЧ:ММ].
std::optional<std::string> IsoText(std::string_view s) {
  std::optional<Date> d = ParseDate(s.substr(0, 10));
  if (!d || (s.size() > 10 && s[10] != 'T')) return std::nullopt;
  std::string text = d->Russian();
  if (s.size() >= 16 && s.substr(11, 5) != "00:00") text += " " + std::string(s.substr(11, 5));
  return text;
}

// ---- A cell reference ----

// "D13" → row 13, column 4; false when it is no cell of a sheet.
bool ParseReference(std::string_view ref, int* row, int* column) {
  size_t i = 0;
  long c = 0, r = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && c <= kExcelColumns) c = c * 26 + (ref[i++] - 'A' + 1);
  if (i == 0 || i == ref.size()) return false;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || r > kExcelRows) return false;
    r = r * 10 + (ref[i] - '0');
  }
  if (c < 1 || c > kExcelColumns || r < 1 || r > kExcelRows) return false;
  *row = static_cast<int>(r);
  *column = static_cast<int>(c);
  return true;
}

// ---- A worksheet ----

struct Context {
  const std::vector<std::string>* strings;
  const StylesHandler* styles;
  bool date1904;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(XlsxSheet& sheet, const Context& context, Diagnostics& diags)
      : sheet_(sheet), context_(context), diags_(diags) {}

  void Start(std::string_view name, const char** attrs) override {
    if (name == "row") {
      StartRow(Attr(attrs, "r"));
    } else if (name == "c") {
      StartCell(attrs);
    } else if (in_cell_ && (name == "v" || (name == "t" && in_inline_ && !phonetic_))) {
      capture = true;
      text.clear();
    } else if (in_cell_ && name == "f") {
      has_formula_ = true;
    } else if (in_cell_ && name == "is") {
      in_inline_ = true;
    } else if (in_cell_ && name == "rPh") {
      ++phonetic_;
    } else if (name == "mergeCell") {
      AddMerge(Attr(attrs, "ref"));
    }
  }

  void End(std::string_view name) override {
    if (name == "v" && capture) {
      value_ = std::move(text);
      has_value_ = true;
      capture = false;
    } else if (name == "t" && capture) {
      value_ += text;
      has_value_ = true;
      capture = false;
    } else if (name == "rPh") {
      --phonetic_;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "c" && in_cell_) {
      FinishCell();
    }
  }

  void Finish() {
    std::stable_sort(sheet_.rows.begin(), sheet_.rows.end(), [](const Row& a, const Row& b) { return a.line < b.line; });
    for (Row& r : sheet_.rows) {
      std::stable_sort(r.cells.begin(), r.cells.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; });
    }
  }

 private:
  void StartRow(const char* r) {
    int number = row_ + 1;
    if (r) number = std::atoi(r);
    if (number < 1 || number > kExcelRows) {
      failure = Status::Input("в книге строка с недопустимым номером «" + std::string(r ? r : "") + "»",
                              Location{sheet_.path});
      return;
    }
    row_ = number;
    column_ = 0;
  }

  void StartCell(const char** attrs) {
    const char* r = Attr(attrs, "r");
    int row = row_, column = column_ + 1;
    if (r && !ParseReference(r, &row, &column)) {
      failure = Status::Input("в книге ячейка с недопустимым адресом «" + std::string(r) + "»", Location{sheet_.path});
      return;
    }
    if (row < 1 || column > kExcelColumns) {
      failure = Status::Input(kDamaged, Location{sheet_.path});
      return;
    }
    cell_row_ = row;
    column_ = column;
    const char* t = Attr(attrs, "t");
    type_ = t ? t : "n";
    const char* s = Attr(attrs, "s");
    style_ = s ? std::atoi(s) : 0;
    in_cell_ = true;
    has_formula_ = has_value_ = in_inline_ = false;
    phonetic_ = 0;
    value_.clear();
  }

  void FinishCell() {
    in_cell_ = false;
    // openpyxl and other writers that do not calculate leave <v/> empty; only a text formula
    // may have computed an empty text.
    if (has_formula_ && (!has_value_ || (value_.empty() && type_ != "str"))) {
      diags_.Error(Here(), "формула без сохранённого значения: откройте книгу в Excel или LibreOffice, дайте формулам "
                          "пересчитаться и сохраните её");
      return;
    }
    if (!has_value_) return;
    std::optional<std::string> shown = CellText();
    if (!shown || shown->empty()) return;
    if (++cells_ > kMaxCells) {
      failure = Status::Input("в книге больше " + std::to_string(kMaxCells) + " заполненных ячеек: проверьте, та ли это "
                              "таблица", Location{sheet_.path});
      return;
    }
    if (sheet_.rows.empty() || sheet_.rows.back().line != cell_row_) {
      if (sheet_.rows.size() >= kMaxRows) {
        failure = Status::Input("в листе больше " + std::to_string(kMaxRows) + " строк: проверьте, та ли это таблица",
                                Location{sheet_.path});
        return;
      }
      sheet_.rows.push_back(Row{cell_row_, {}});
    }
    sheet_.rows.back().cells.push_back(Cell{std::move(*shown), cell_row_, column_});
  }

  // Built only for a message: most cells never need one.
  Location Here() const { return Location{sheet_.path, cell_row_, column_}; }

  std::optional<std::string> CellText() {
    if (value_.empty()) return std::nullopt;
    if (type_ == "s") {
      std::optional<double> index = ParseNumber(value_);
      if (!index || *index < 0 || *index >= static_cast<double>(context_.strings->size())) {
        diags_.Error(Here(), "ячейка ссылается на текст, которого нет в книге: книга повреждена, сохраните её заново");
        return std::nullopt;
      }
      return (*context_.strings)[static_cast<size_t>(*index)];
    }
    if (type_ == "str" || type_ == "inlineStr") return std::move(value_);
    if (type_ == "b") return std::string(value_ == "1" || value_ == "true" ? "да" : "нет");
    if (type_ == "e") {
      diags_.Error(Here(), "в ячейке ошибка Excel «" + value_ + "»: исправьте формулу или впишите значение");
      return std::nullopt;
    }
    if (type_ == "d") {
      std::optional<std::string> iso = IsoText(value_);
      if (!iso) diags_.Error(Here(), "дата «" + value_ + "» не читается");
      return iso;
    }
    return NumberCell();
  }

  std::optional<std::string> NumberCell() {
    std::optional<double> v = ParseNumber(value_);
    if (!v) {
      diags_.Error(Here(), "число «" + value_ + "» не читается: книга повреждена, сохраните её заново");
      return std::nullopt;
    }
    const std::vector<int>& xfs = context_.styles->cell_formats;
    int format = style_ >= 0 && static_cast<size_t>(style_) < xfs.size() ? xfs[static_cast<size_t>(style_)] : 0;
    Shown shown = ClassifyFormat(format, context_.styles->formats);
    if (shown == Shown::kNumber) return NumberText(*v);
    std::optional<std::string> date = SerialText(*v, shown, context_.date1904);
    if (!date) diags_.Error(Here(), "в ячейке с форматом даты число " + NumberText(*v) + ", а не дата");
    return date;
  }

  void AddMerge(const char* ref) {
    if (!ref) return;
    std::string_view range(ref);
    int row = 0, column = 0;
    if (!ParseReference(range.substr(0, range.find(':')), &row, &column)) return;
    sheet_.merged.emplace_back(std::string(range), Cell{"", row, column});
  }

  XlsxSheet& sheet_;
  const Context& context_;
  Diagnostics& diags_;
  int row_ = 0, column_ = 0, cell_row_ = 0, style_ = 0, phonetic_ = 0;
  size_t cells_ = 0;
  bool in_cell_ = false, has_formula_ = false, has_value_ = false, in_inline_ = false;
  std::string type_, value_;
};

// ---- Putting it together ----

// "worksheets/sheet1.xml" is relative to xl/; "/xl/worksheets/sheet1.xml" to the root.
std::string PartName(const std::string& target) {
  if (target.starts_with("/")) return target.substr(1);
  std::string name = "xl/" + target;
  // LibreOffice and Excel never go up, but a "../" would escape nothing in a zip either way.
  return name;
}

template <typename Handler>
Status ReadPart(Archive& zip, const std::string& name, Handler& handler, const std::string& path, bool required) {
  Result<std::optional<std::string>> bytes = zip.Read(name);
  if (!bytes.ok()) return bytes.status();
  if (!*bytes) return required ? Status::Input(kDamaged, Location{path}) : Status::Ok();
  return WalkXml(**bytes, handler, Location{path});
}

}  // namespace

std::string CellName(int row, int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

Result<XlsxBook> ReadXlsx(std::string_view bytes, const std::string& path, const SheetFilter& want, Diagnostics& diags) {
  Result<Archive> zip = OpenArchive(bytes, path);
  if (!zip.ok()) return zip.status();
  WorkbookHandler workbook;
  RelsHandler rels;
  SharedStringsHandler strings;
  StylesHandler styles;
  for (Status s : {ReadPart(*zip, "xl/workbook.xml", workbook, path, true),
                   ReadPart(*zip, "xl/_rels/workbook.xml.rels", rels, path, true),
                   ReadPart(*zip, "xl/sharedStrings.xml", strings, path, false),
                   ReadPart(*zip, "xl/styles.xml", styles, path, false)}) {
    if (!s.ok()) return s;
  }
  XlsxBook book;
  Context context{&strings.strings, &styles, workbook.date1904};
  for (size_t i = 0; i < workbook.sheets.size(); ++i) {
    const SheetEntry& entry = workbook.sheets[i];
    book.sheets.push_back(entry.info);
    if (!want(entry.info, i)) continue;
    auto target = rels.targets.find(entry.relation);
    XlsxSheet sheet;
    sheet.info = entry.info;
    sheet.path = SheetPath(path, entry.info.name);
    if (target == rels.targets.end()) return Status::Input(kDamaged, Location{sheet.path});
    SheetHandler handler(sheet, context, diags);
    if (Status s = ReadPart(*zip, PartName(target->second), handler, sheet.path, true); !s.ok()) return s;
    handler.Finish();
    book.read.push_back(std::move(sheet));
  }
  return book;
}

namespace {

bool OnlyFirstFilled(const Row& row) { return row.cells.size() == 1 && row.cells[0].column == 1; }

void CheckMerged(const XlsxSheet& sheet, int header_row, Diagnostics& diags) {
  for (const auto& [range, first] : sheet.merged) {
    size_t colon = range.find(':');
    int last_row = first.line, last_column = first.column;
    if (colon != std::string::npos) ParseReference(std::string_view(range).substr(colon + 1), &last_row, &last_column);
    if (last_row < header_row) continue;  // a note above the table may span it
    diags.Error(Location{sheet.path, first.line, first.column},
                "объединённые ячейки " + range + " внутри таблицы: разъедините их, у каждой ячейки таблицы должно "
                "быть своё значение");
  }
}

}  // namespace

Table SheetToTable(const XlsxSheet& sheet, Diagnostics& diags) {
  Table table;
  table.path = sheet.path;
  table.encoding = "xlsx";
  size_t first = 0;
  while (first + 1 < sheet.rows.size() && OnlyFirstFilled(sheet.rows[first])) ++first;
  if (first >= sheet.rows.size()) return table;  // an empty sheet: no header, reported by the model
  const Row& header = sheet.rows[first];
  CheckMerged(sheet, header.line, diags);
  int width = header.cells.back().column;
  for (int c = 1, i = 0; c <= width; ++c) {
    bool here = header.cells[static_cast<size_t>(i)].column == c;
    table.header.push_back(here ? header.cells[static_cast<size_t>(i++)] : Cell{"", header.line, c});
  }
  for (size_t r = first + 1; r < sheet.rows.size(); ++r) {
    const Row& in = sheet.rows[r];
    Row out{in.line, {}};
    for (int c = 1; c <= width; ++c) out.cells.push_back(Cell{"", in.line, c});
    bool ragged = false;
    for (const Cell& cell : in.cells) {
      if (cell.column <= width) {
        out.cells[static_cast<size_t>(cell.column - 1)].text = cell.text;
        continue;
      }
      diags.Error(Location{sheet.path, cell.line, cell.column},
                  "значение правее последнего столбца таблицы (" + CellName(header.line, width) +
                      "): у этого столбца нет заголовка");
      ragged = true;
    }
    bool blank = std::all_of(out.cells.begin(), out.cells.end(), [](const Cell& c) { return text::Trim(c.text).empty(); });
    if (blank) continue;
    (ragged ? table.rejected : table.rows).push_back(std::move(out));
  }
  return table;
}

}  // namespace nastavnik::load
