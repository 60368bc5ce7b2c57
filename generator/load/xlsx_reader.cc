// Stage 1 (load): the XLSX reader. The one file that uses libzip: it finds the workbook's parts,
// which are unpacked in memory within a budget (a zip bomb stops at the cap, not at the end of
// memory; load/zip_inflate.h unpacks and checks them), and each XML part is walked once
// (load/xlsx_xml.h) by a small handler that keeps only what a table needs.
#include "load/xlsx_reader.h"

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
#include "load/xlsx_values.h"
#include "load/xlsx_xml.h"
#include "load/zip_inflate.h"

namespace nastavnik::load {
namespace {

// The same bounds as the CSV reader's (a school's roster is a few thousand rows of short
// cells), plus what the zip may unpack to: sheet XML is ten times the size of its CSV.
constexpr size_t kMaxPartBytes = size_t{200} << 20;
constexpr size_t kMaxUnpackedBytes = size_t{400} << 20;
constexpr size_t kMaxCellBytes = xml::kMaxTextBytes;
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
  Result<std::optional<xml::Bytes>> Read(const std::string& name) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return std::optional<xml::Bytes>();
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes || unpacked_ + st.size > kMaxUnpackedBytes) {
      return TooLarge();
    }
    xml::Bytes out(static_cast<size_t>(st.size));
    bool ok = Unpackable(st) ? Unpack(st, out) : ReadByLibzip(st, out);
    if (!ok) return Status::Input(kDamaged, Location{path_});
    unpacked_ += out.size();
    return std::optional<xml::Bytes>(std::move(out));
  }

 private:
  // Deflated or stored, unencrypted, with its sizes and checksum known: what every writer makes.
  static bool Unpackable(const zip_stat_t& st) {
    constexpr zip_uint64_t kNeeded = ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD;
    return (st.valid & kNeeded) == kNeeded && st.encryption_method == ZIP_EM_NONE &&
           (st.comp_method == ZIP_CM_DEFLATE || st.comp_method == ZIP_CM_STORE) && st.comp_size <= kMaxPartBytes;
  }

  // The compressed bytes from libzip, unpacked by zlib straight into `out` (load/zip_inflate.h),
  // and the zip's checksum compared as libzip would.
  bool Unpack(const zip_stat_t& st, xml::Bytes& out) {
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(zip_.get(), st.index, ZIP_FL_COMPRESSED),
                                                          zip_fclose);
    bool stored = st.comp_method == ZIP_CM_STORE;
    if (!file || (stored && st.comp_size != st.size)) return false;
    if (stored) {
      if (!ReadAll(file.get(), out.data(), out.size())) return false;
    } else {
      packed_.resize(static_cast<size_t>(st.comp_size));
      if (!ReadAll(file.get(), packed_.data(), packed_.size()) || !zip::Inflate(packed_, out.data(), out.size())) {
        return false;
      }
    }
    return zip::Crc32(out.view()) == st.crc;
  }

  // Any other method libzip knows (bzip2, xz…) is left to it, checksum and all.
  bool ReadByLibzip(const zip_stat_t& st, xml::Bytes& out) {
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(zip_.get(), st.index, 0), zip_fclose);
    return file && ReadAll(file.get(), out.data(), out.size());
  }

  // Exactly `size` bytes: the declared size is trusted only as far as the data agrees, and one
  // byte more is refused.
  static bool ReadAll(zip_file_t* file, char* out, size_t size) {
    zip_int64_t got = size == 0 ? 0 : zip_fread(file, out, size);
    char extra;
    return got == static_cast<zip_int64_t>(size) && zip_fread(file, &extra, 1) == 0;
  }

  Status TooLarge() const {
    return Status::Input("книга распаковывается больше чем в " + std::to_string(kMaxUnpackedBytes >> 20) +
                             " МБ: проверьте, та ли это таблица",
                         Location{path_});
  }

  ZipHandle zip_;
  std::string path_;
  size_t unpacked_ = 0;
  std::string packed_;  // a deflated part's bytes, kept between parts
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

// An element's name against a literal, compared in place (names are a letter or three, and a
// sheet has hundreds of thousands of them).
template <size_t N>
bool Is(std::string_view name, const char (&literal)[N]) {
  return name.size() == N - 1 && std::equal(name.begin(), name.end(), literal);
}

using xml::Attributes;

std::optional<std::string_view> Attr(const Attributes& attrs, std::string_view local) { return xml::Find(attrs, local); }

int Int(std::optional<std::string_view> s) {
  int v = 0;
  if (s) std::from_chars(s->data(), s->data() + s->size(), v);
  return v;
}

// ---- The workbook, its relations, shared strings and styles ----

struct SheetEntry {
  XlsxSheetInfo info;
  std::string relation;
};

struct WorkbookHandler : xml::Handler {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;

  void Start(std::string_view name, const Attributes& attrs) override {
    if (Is(name, "sheet")) {
      auto state = Attr(attrs, "state");
      SheetEntry e;
      e.info.name = Attr(attrs, "name").value_or("");
      e.info.hidden = state && *state != "visible";
      e.relation = Attr(attrs, "id").value_or("");
      sheets.push_back(std::move(e));
    } else if (Is(name, "workbookPr")) {
      auto v = Attr(attrs, "date1904");
      date1904 = v && (*v == "1" || *v == "true");
    }
  }
  void End(std::string_view) override {}
};

struct RelsHandler : xml::Handler {
  std::map<std::string, std::string, std::less<>> targets;
  void Start(std::string_view name, const Attributes& attrs) override {
    if (!Is(name, "Relationship")) return;
    auto id = Attr(attrs, "Id");
    auto target = Attr(attrs, "Target");
    if (id && target) targets[std::string(*id)] = std::string(*target);
  }
  void End(std::string_view) override {}
};

// <si> holds <t> directly or rich-text runs <r><t>; phonetic hints (<rPh>) are not the text.
struct SharedStringsHandler : xml::Handler {
  std::vector<std::string> strings;
  std::string current;
  int phonetic = 0;

  void Start(std::string_view name, const Attributes&) override {
    if (Is(name, "si")) current.clear();
    if (Is(name, "rPh")) ++phonetic;
    if (Is(name, "t") && !phonetic) {
      capture = true;
      text.clear();
    }
  }
  void End(std::string_view name) override {
    if (Is(name, "rPh")) --phonetic;
    if (Is(name, "t") && capture) {
      current += text;
      capture = false;
      if (current.size() > kMaxCellBytes) failure = Status::Input("в книге есть ячейка длиннее 64 КБ");
    }
    if (Is(name, "si")) {
      if (strings.size() >= kMaxSharedStrings) failure = Status::Input("в книге слишком много строк текста");
      strings.push_back(std::move(current));
      current.clear();
    }
  }
};

struct StylesHandler : xml::Handler {
  std::map<int, std::string> formats;  // numFmtId → formatCode, the workbook's own
  std::vector<int> cell_formats;       // cellXfs index → numFmtId
  bool in_cell_xfs = false;

  void Start(std::string_view name, const Attributes& attrs) override {
    if (Is(name, "numFmt")) {
      auto id = Attr(attrs, "numFmtId");
      auto code = Attr(attrs, "formatCode");
      if (id && code) formats[Int(id)] = std::string(*code);
    } else if (Is(name, "cellXfs")) {
      in_cell_xfs = true;
    } else if (Is(name, "xf") && in_cell_xfs) {
      cell_formats.push_back(Int(Attr(attrs, "numFmtId")));
    }
  }
  void End(std::string_view name) override {
    if (Is(name, "cellXfs")) in_cell_xfs = false;
  }
};

// Number formats and cell values as text: load/xlsx_values.h.
using xlsx::ClassifyFormat;
using xlsx::IsoText;
using xlsx::NumberText;
using xlsx::ParseNumber;
using xlsx::SerialText;
using xlsx::Shown;

// ---- A cell reference ----

// "D13" → row 13, column 4; false when it is no cell of a sheet.
bool ParseReference(std::string_view ref, int* row, int* column) {
  const char* p = ref.data();
  const char* end = p + ref.size();
  int c = 0, r = 0;
  for (; p < end && static_cast<unsigned>(*p - 'A') < 26; ++p) {
    c = c * 26 + (*p - 'A' + 1);
    if (c > kExcelColumns) return false;
  }
  if (c == 0 || p == end) return false;
  for (; p < end; ++p) {
    unsigned d = static_cast<unsigned>(*p - '0');
    if (d > 9) return false;
    r = r * 10 + static_cast<int>(d);
    if (r > kExcelRows) return false;
  }
  if (r < 1) return false;
  *row = r;
  *column = c;
  return true;
}

// ---- A worksheet ----

// A cell's t attribute; anything unknown is read as a number, as t="n" is.
enum class Type { kNumber, kShared, kInline, kFormulaText, kBool, kError, kIsoDate };

Type TypeOf(std::string_view t) {
  if (t.size() == 1) {
    switch (t[0]) {
      case 's': return Type::kShared;
      case 'b': return Type::kBool;
      case 'e': return Type::kError;
      case 'd': return Type::kIsoDate;
      default: return Type::kNumber;
    }
  }
  if (t == "inlineStr") return Type::kInline;
  if (t == "str") return Type::kFormulaText;
  return Type::kNumber;
}

// A style index (s="3"): most are one digit.
int StyleIndex(std::string_view s) {
  if (s.size() == 1 && s[0] >= '0' && s[0] <= '9') return s[0] - '0';
  return Int(s);
}

struct Context {
  const std::vector<std::string>* strings;
  std::vector<Shown> shown;  // cellXfs index → what its number format shows
  bool date1904;
};

class SheetHandler : public xml::Handler {
 public:
  SheetHandler(XlsxSheet& sheet, const Context& context, Diagnostics& diags)
      : sheet_(sheet), context_(context), diags_(diags) {}

  void Start(std::string_view name, const Attributes& attrs) override {
    if (Is(name, "c")) {
      StartCell(attrs);
    } else if (in_cell_ && (Is(name, "v") || (Is(name, "t") && in_inline_ && !phonetic_))) {
      capture = true;
      text.clear();
    } else if (Is(name, "row")) {
      StartRow(Attr(attrs, "r"));
    } else if (in_cell_ && Is(name, "f")) {
      has_formula_ = true;
    } else if (in_cell_ && Is(name, "is")) {
      in_inline_ = true;
    } else if (in_cell_ && Is(name, "rPh")) {
      ++phonetic_;
    } else if (Is(name, "mergeCell")) {
      AddMerge(Attr(attrs, "ref"));
    }
  }

  void End(std::string_view name) override {
    if (Is(name, "v") && capture) {
      value_.swap(text);  // both keep their buffers: no allocation per cell
      has_value_ = true;
      capture = false;
    } else if (Is(name, "t") && capture) {
      if (value_.empty()) {
        value_.swap(text);  // the first run of an inline string, as most are its only one
      } else {
        value_ += text;
      }
      has_value_ = true;
      capture = false;
    } else if (Is(name, "rPh")) {
      --phonetic_;
    } else if (Is(name, "is")) {
      in_inline_ = false;
    } else if (Is(name, "c") && in_cell_) {
      FinishCell();
    }
  }

  // Writers put rows and cells in order; a sheet that does not is sorted.
  void Finish() {
    auto by_line = [](const Row& a, const Row& b) { return a.line < b.line; };
    if (!std::is_sorted(sheet_.rows.begin(), sheet_.rows.end(), by_line)) {
      std::stable_sort(sheet_.rows.begin(), sheet_.rows.end(), by_line);
    }
    auto by_column = [](const Cell& a, const Cell& b) { return a.column < b.column; };
    for (Row& r : sheet_.rows) {
      if (!std::is_sorted(r.cells.begin(), r.cells.end(), by_column)) std::stable_sort(r.cells.begin(), r.cells.end(), by_column);
    }
  }

 private:
  void StartRow(std::optional<std::string_view> r) {
    int number = row_ + 1;
    if (r) number = Int(r);
    if (number < 1 || number > kExcelRows) {
      failure = Status::Input("в книге строка с недопустимым номером «" + std::string(r.value_or("")) + "»",
                              Location{sheet_.path});
      return;
    }
    row_ = number;
    column_ = 0;
  }

  void StartCell(const Attributes& attrs) {
    // The three attributes a cell may have, in one pass (the first of a name counts, as Find's).
    std::optional<std::string_view> r, t, s;
    for (const auto& [key, value] : attrs) {
      if (key.size() != 1) continue;
      std::optional<std::string_view>* slot = key[0] == 'r' ? &r : key[0] == 't' ? &t : key[0] == 's' ? &s : nullptr;
      if (slot && !*slot) *slot = value;
    }
    int row = row_, column = column_ + 1;
    if (r && !ParseReference(*r, &row, &column)) {
      failure = Status::Input("в книге ячейка с недопустимым адресом «" + std::string(*r) + "»", Location{sheet_.path});
      return;
    }
    if (row < 1 || column > kExcelColumns) {
      failure = Status::Input(kDamaged, Location{sheet_.path});
      return;
    }
    cell_row_ = row;
    column_ = column;
    type_ = t ? TypeOf(*t) : Type::kNumber;
    style_ = s ? StyleIndex(*s) : 0;
    in_cell_ = true;
    has_formula_ = has_value_ = in_inline_ = false;
    phonetic_ = 0;
    value_.clear();
  }

  void FinishCell() {
    in_cell_ = false;
    // openpyxl and other writers that do not calculate leave <v/> empty; only a text formula
    // may have computed an empty text.
    if (has_formula_ && (!has_value_ || (value_.empty() && type_ != Type::kFormulaText))) {
      diags_.Error(Here(), "формула без сохранённого значения: откройте книгу в Excel или LibreOffice, дайте формулам "
                          "пересчитаться и сохраните её");
      return;
    }
    if (!has_value_ || !CellText() || shown_.empty()) return;
    if (++cells_ > kMaxCells) {
      failure = Status::Input("на листе больше " + std::to_string(kMaxCells / 1000000) + " млн заполненных ячеек: проверьте, та ли это "
                              "таблица", Location{sheet_.path});
      return;
    }
    if (sheet_.rows.empty() || sheet_.rows.back().line != cell_row_) {
      if (sheet_.rows.size() >= kMaxRows) {
        failure = Status::Input("на листе больше " + std::to_string(kMaxRows / 1000) + " тыс. строк: проверьте, та ли это таблица",
                                Location{sheet_.path});
        return;
      }
      sheet_.rows.push_back(Row{cell_row_, {}});
      sheet_.rows.back().cells.reserve(row_width_);
    }
    std::vector<Cell>& cells = sheet_.rows.back().cells;
    Cell& cell = cells.emplace_back();  // the text moves once, into its cell
    cell.text = std::move(shown_);
    cell.line = cell_row_;
    cell.column = column_;
    row_width_ = std::max(row_width_, cells.size());  // the next row reserves as much
  }

  // Built only for a message: most cells never need one.
  Location Here() const { return Location{sheet_.path, cell_row_, column_}; }

  // The cell's text as a CSV would hold it, into shown_; false when it has none or is an error.
  bool CellText() {
    if (value_.empty()) return false;
    switch (type_) {
      case Type::kShared: return SharedText();
      case Type::kFormulaText:
      case Type::kInline: shown_ = std::move(value_); return true;
      case Type::kBool: shown_ = value_ == "1" || value_ == "true" ? "да" : "нет"; return true;
      case Type::kError:
        diags_.Error(Here(), "в ячейке ошибка Excel «" + value_ + "»: исправьте формулу или впишите значение");
        return false;
      case Type::kIsoDate: {
        std::optional<std::string> iso = IsoText(value_);
        if (!iso) diags_.Error(Here(), "дата «" + value_ + "» не читается");
        return iso && (shown_ = std::move(*iso), true);
      }
      case Type::kNumber: return NumberCell();
    }
    return false;
  }

  bool SharedText() {
    size_t index = 0;
    auto [end, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
    if (ec != std::errc() || end != value_.data() + value_.size() || index >= context_.strings->size()) {
      diags_.Error(Here(), "ячейка ссылается на текст, которого нет в книге: книга повреждена, сохраните её заново");
      return false;
    }
    shown_ = (*context_.strings)[index];
    return true;
  }

  bool NumberCell() {
    const std::vector<Shown>& styles = context_.shown;
    Shown shown = style_ >= 0 && static_cast<size_t>(style_) < styles.size() ? styles[static_cast<size_t>(style_)]
                                                                             : Shown::kNumber;
    // A whole number of a few digits, as most are, is its own text.
    if (shown == Shown::kNumber && !value_.empty() && value_.size() < 10 && value_[0] != '0' &&
        std::all_of(value_.begin(), value_.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      shown_ = std::move(value_);
      return true;
    }
    std::optional<double> v = ParseNumber(value_);
    if (!v) {
      diags_.Error(Here(), "число «" + value_ + "» не читается: книга повреждена, сохраните её заново");
      return false;
    }
    if (shown == Shown::kNumber) {
      shown_ = NumberText(*v);
      return true;
    }
    std::optional<std::string> date = SerialText(*v, shown, context_.date1904);
    if (!date) diags_.Error(Here(), "в ячейке с форматом даты число " + NumberText(*v) + ", а не дата");
    return date && (shown_ = std::move(*date), true);
  }

  void AddMerge(std::optional<std::string_view> ref) {
    if (!ref) return;
    std::string_view range = *ref;
    int row = 0, column = 0;
    if (!ParseReference(range.substr(0, range.find(':')), &row, &column)) return;
    sheet_.merged.emplace_back(std::string(range), Cell{"", row, column});
  }

  XlsxSheet& sheet_;
  const Context& context_;
  Diagnostics& diags_;
  int row_ = 0, column_ = 0, cell_row_ = 0, style_ = 0, phonetic_ = 0;
  size_t cells_ = 0, row_width_ = 0;
  bool in_cell_ = false, has_formula_ = false, has_value_ = false, in_inline_ = false;
  Type type_ = Type::kNumber;
  std::string value_;
  std::string shown_;  // the finished cell's text, moved into its cell
};

// ---- Putting it together ----

// "worksheets/sheet1.xml" is relative to xl/; "/xl/worksheets/sheet1.xml" to the root.
std::string PartName(const std::string& target) {
  if (target.starts_with("/")) return target.substr(1);
  std::string name = "xl/" + target;
  // LibreOffice and Excel never go up, but a "../" would escape nothing in a zip either way.
  return name;
}

// Sheets and shared strings grow with the data and go to the scanner; the rest to expat.
Status ReadPart(Archive& zip, const std::string& name, xml::Handler& handler, const std::string& path, bool required,
                xml::Reader reader = xml::Reader::kExpat) {
  Result<std::optional<xml::Bytes>> bytes = zip.Read(name);
  if (!bytes.ok()) return bytes.status();
  if (!*bytes) return required ? Status::Input(kDamaged, Location{path}) : Status::Ok();
  return xml::Walk(**bytes, handler, reader, Location{path}, kDamaged);
}

std::vector<Shown> ShownByStyle(const StylesHandler& styles) {
  std::vector<Shown> shown;
  for (int format : styles.cell_formats) shown.push_back(ClassifyFormat(format, styles.formats));
  return shown;
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
                   ReadPart(*zip, "xl/sharedStrings.xml", strings, path, false, xml::Reader::kScanner),
                   ReadPart(*zip, "xl/styles.xml", styles, path, false)}) {
    if (!s.ok()) return s;
  }
  XlsxBook book;
  Context context{&strings.strings, ShownByStyle(styles), workbook.date1904};
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
    if (Status s = ReadPart(*zip, PartName(target->second), handler, sheet.path, true, xml::Reader::kScanner); !s.ok()) {
      return s;
    }
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

// Only spaces, or nothing. A cell that starts with a visible ASCII character or a Cyrillic letter
// (lead byte 0xD0 or 0xD1: U+0400..U+047F, no space among them) is filled without trimming it.
bool BlankCell(const Cell& c) {
  if (c.text.empty()) return true;
  auto first = static_cast<unsigned char>(c.text[0]);
  if ((first > 0x20 && first < 0x7F) || first == 0xD0 || first == 0xD1) return false;
  return text::Trim(c.text).empty();
}

bool Blank(const Row& row) { return std::all_of(row.cells.begin(), row.cells.end(), BlankCell); }

// A row whose cells all lie within the header's width, each column once (as writers save
// them), spread to one cell per column in its own vector: no second vector per row. False, and
// the row untouched, for any other.
bool SpreadInPlace(Row& row, int width) {
  std::vector<Cell>& cells = row.cells;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (cells[k].column > width || (k > 0 && cells[k].column <= cells[k - 1].column)) return false;
  }
  size_t filled = cells.size();
  cells.resize(static_cast<size_t>(width));
  // From the right, each cell to its column: columns rise, so a cell's place is never left of it
  // and is free by the time it moves there.
  for (size_t k = filled; k-- > 0;) {
    size_t place = static_cast<size_t>(cells[k].column - 1);
    if (place == k) continue;
    cells[place].text = std::move(cells[k].text);
    cells[k].text.clear();
  }
  for (size_t k = 0; k < cells.size(); ++k) {
    cells[k].line = row.line;
    cells[k].column = static_cast<int>(k) + 1;
  }
  return true;
}

}  // namespace

Table SheetToTable(XlsxSheet sheet, Diagnostics& diags) {
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
    Row& in = sheet.rows[r];
    if (SpreadInPlace(in, width)) {
      if (!Blank(in)) table.rows.push_back(std::move(in));
      continue;
    }
    Row out{in.line, {}};
    out.cells.reserve(static_cast<size_t>(width));
    for (int c = 1; c <= width; ++c) out.cells.push_back(Cell{"", in.line, c});
    bool ragged = false;
    for (Cell& cell : in.cells) {
      if (cell.column <= width) {
        out.cells[static_cast<size_t>(cell.column - 1)].text = std::move(cell.text);
        continue;
      }
      diags.Error(Location{sheet.path, cell.line, cell.column},
                  "значение правее последнего столбца таблицы (" + CellName(header.line, width) +
                      "): у этого столбца нет заголовка");
      ragged = true;
    }
    if (Blank(out)) continue;
    (ragged ? table.rejected : table.rows).push_back(std::move(out));
  }
  return table;
}

}  // namespace nastavnik::load
