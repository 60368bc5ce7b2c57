// Stage 1 (load): the CSV reader. Decodes the whole file first (see load/encoding.h), then reads
// RFC 4180 records, keeping each cell's exact text and the line:column where it starts.
#include "load/csv.h"

#include <limits>
#include <utility>
#include <vector>

#include "base/text.h"
#include "load/encoding.h"

namespace nastavnik::load {
namespace {

// Limits keep a wrong file (a database dump, a video renamed to .csv) from exhausting memory;
// a school's real roster is a few thousand rows of short cells.
constexpr size_t kMaxFileBytes = 128 * 1024 * 1024;  // as load/project_files.cc admits a table
constexpr size_t kMaxCellBytes = 64 * 1024;
constexpr size_t kMaxRows = 200000;
constexpr size_t kMaxCells = 4000000;
// A wrong separator makes every row ragged; past this many, one summary line says how many more.
constexpr size_t kMaxReportedRows = 100;
// What one cell of an Excel workbook holds; a longer cell would be cut there without a word.
constexpr size_t kMaxExcelChars = 32767;

const char kEmptyMessage[] = "файл пуст: нет строки заголовков";

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Spaces, tabs, line breaks, no-break spaces and stray BOMs only: Excel shows such a cell as
// empty.
bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (s.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    if (s.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

std::string CountMismatch(size_t found, size_t expected) {
  return "в строке " + text::Plural(found, "поле", "поля", "полей") + ", а в заголовке " +
         std::to_string(expected);
}

// Excel writes "sep=;" as the first line when asked to; it names the separator and is not data.
// Returns the separator, or 0 when there is no such line.
char ReadSepLine(std::string_view text, size_t* pos) {
  if (text.size() < 5 || (text.substr(0, 4) != "sep=" && text.substr(0, 4) != "SEP=")) return 0;
  char sep = text[4];
  if (sep != ';' && sep != ',' && sep != '\t' && sep != '|') return 0;
  size_t i = 5;
  while (i < text.size() && (text[i] == sep || text[i] == ' ')) ++i;
  if (i < text.size() && text[i] != '\r' && text[i] != '\n') return 0;
  if (i < text.size() && text[i] == '\r') ++i;
  if (i < text.size() && text[i] == '\n') ++i;
  *pos = i;
  return sep;
}

// Counts ';' ',' and TAB outside quotes in the first record that has any content; the most
// frequent wins and ties prefer ';' (what Excel writes on a Russian system), then ','.
char DetectSeparator(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    int semicolons = 0, commas = 0, tabs = 0;
    bool content = false, quoted = false;
    for (; i < n; ++i) {
      char c = text[i];
      if (quoted) {
        quoted = c != '"';  // a "" escape just closes and reopens
      } else if (c == '"') {
        quoted = content = true;
      } else if (c == '\r' || c == '\n') {
        break;
      } else if (c == ';') {
        ++semicolons;
      } else if (c == ',') {
        ++commas;
      } else if (c == '\t') {
        ++tabs;
      } else if (c != ' ') {
        content = true;
      }
    }
    if (i < n && text[i] == '\r') ++i;
    if (i < n && text[i] == '\n') ++i;
    if (!content) continue;
    if (semicolons >= commas && semicolons >= tabs) return ';';
    return commas >= tabs ? ',' : '\t';
  }
  return ';';
}

struct Record {
  int line = 0;
  std::vector<Cell> cells;  // at most max_stored of them
  size_t count = 0;         // cells read, stored or not
  long last_nonblank = -1;  // index of the last cell with content
  Location first_extra;     // the first non-blank cell past max_stored (line 0: none)
};

class Reader {
 public:
  Reader(std::string_view text, size_t pos, int line, char separator, const std::string& path,
         Diagnostics& diags)
      : text_(text), pos_(pos), line_(line), sep_(separator), path_(path), diags_(diags) {}

  // Reads the next record into *out; sets *at_end instead when the text is used up. Cells past
  // max_stored are only checked for content: Excel pads rows with ";;;;" and keeping those would
  // let a file of separators eat memory.
  Status Next(size_t max_stored, Record* out, bool* at_end) {
    *at_end = pos_ >= text_.size();
    if (*at_end) return Status::Ok();
    out->line = line_;
    out->cells.clear();
    out->count = 0;
    out->last_nonblank = -1;
    out->first_extra = Location{};
    std::string buffer;
    while (true) {
      Location start{path_, line_, col_};
      buffer.clear();
      const bool quoted = pos_ < text_.size() && text_[pos_] == '"';
      if (quoted) {
        if (Status s = ReadQuoted(start, &buffer); !s.ok()) return s;
      }
      // An unquoted field, or text after a closing quote (`"a"b`), which Excel also keeps.
      if (Status s = ReadBare(start, &buffer); !s.ok()) return s;
      CheckCell(start, quoted, buffer);
      size_t index = out->count++;
      bool blank = IsBlank(buffer);
      if (!blank) out->last_nonblank = static_cast<long>(index);
      if (index < max_stored) {
        if (++cells_ > kMaxCells) {
          return Status::Input("слишком много полей (больше 4 000 000): проверьте, тот ли это файл",
                               start);
        }
        out->cells.push_back(Cell{std::move(buffer), start.line, start.column});
        buffer = std::string();
      } else if (!blank && out->first_extra.line == 0) {
        out->first_extra = start;
      }
      if (pos_ >= text_.size()) return Status::Ok();
      if (text_[pos_] == sep_) {
        ++pos_;
        ++col_;
        continue;
      }
      if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
      ++pos_;
      ++line_;
      col_ = 1;
      return Status::Ok();
    }
  }

 private:
  // Problems that leave the cell readable: told once, the value kept as written.
  void CheckCell(const Location& start, bool quoted, const std::string& cell) {
    if (!quoted && cell.find('"') != std::string::npos) {
      // The fix is shown on the cell itself when it is short enough to read in a message.
      std::string fixed = "\"ООО \"\"Ромашка\"\"\"";
      if (std::string trimmed = text::Trim(cell); trimmed.size() <= 80 && trimmed.find('\n') == std::string::npos) {
        fixed = "\"";
        for (char c : trimmed) fixed += c == '"' ? std::string("\"\"") : std::string(1, c);
        fixed += "\"";
      }
      diags_.Warning(start, "кавычка внутри поля, которое не взято в кавычки: значение оставлено как записано; "
                            "если кавычка нужна, возьмите всё поле в кавычки и удвойте её: " + fixed);
    }
    if (cell.size() > kMaxExcelChars) {
      if (size_t chars = text::Utf8Length(cell); chars > kMaxExcelChars) {
        diags_.Error(start, "в поле " + std::to_string(chars) +
                                " символов, а ячейка Excel вмещает не больше 32767: сократите текст или "
                                "разделите его на несколько полей");
      }
    }
  }

  Status TooLong(const Location& start) const {
    return Status::Input("поле длиннее 64 КБ: проверьте, не пропущена ли закрывающая кавычка",
                         start);
  }

  // From an opening quote past its closing quote; "" is one quote, line breaks are text.
  Status ReadQuoted(const Location& start, std::string* buffer) {
    ++pos_;
    ++col_;
    while (true) {
      size_t quote = text_.find('"', pos_);
      if (quote == std::string_view::npos) {
        return Status::Input(
            "незакрытая кавычка: поле начинается здесь и не закрыто до конца файла", start);
      }
      if (buffer->size() + (quote - pos_) > kMaxCellBytes) return TooLong(start);
      buffer->append(text_.substr(pos_, quote - pos_));
      for (; pos_ < quote; ++pos_) {
        char c = text_[pos_];
        if (c == '\n' || (c == '\r' && text_[pos_ + 1] != '\n')) {
          ++line_;
          col_ = 1;
        } else if (c != '\r' && !IsContinuation(c)) {
          ++col_;
        }
      }
      ++pos_;
      ++col_;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        buffer->push_back('"');
        ++pos_;
        ++col_;
        continue;
      }
      return Status::Ok();
    }
  }

  Status ReadBare(const Location& start, std::string* buffer) {
    size_t end = pos_;
    while (end < text_.size()) {
      char c = text_[end];
      if (c == sep_ || c == '\n' || c == '\r') break;
      col_ += !IsContinuation(c);
      ++end;
    }
    if (buffer->size() + (end - pos_) > kMaxCellBytes) return TooLong(start);
    buffer->append(text_.substr(pos_, end - pos_));
    pos_ = end;
    return Status::Ok();
  }

  std::string_view text_;
  size_t pos_;
  int line_;
  int col_ = 1;
  char sep_;
  const std::string& path_;
  Diagnostics& diags_;
  size_t cells_ = 0;
};

void StripBom(std::string* s) {
  while (s->compare(0, 3, "\xEF\xBB\xBF") == 0) s->erase(0, 3);
}

}  // namespace

Result<Table> ParseCsv(std::string_view bytes, const std::string& path, const CsvOptions& options,
                       Diagnostics& diags) {
  if (bytes.size() > kMaxFileBytes) {
    return Status::Input("файл больше 128 МБ: проверьте, тот ли это файл", Location{path});
  }
  Result<DecodedText> decoded = DecodeText(bytes, options.encoding);
  if (!decoded.ok()) {
    Location where = decoded.status().where();
    where.path = path;
    return Status::Input(decoded.status().message(), where);
  }
  const std::string& text = decoded->text;
  const Location empty_at{path, 1, 1};
  if (IsBlank(text)) return Status::Input(kEmptyMessage, empty_at);

  Table table;
  table.path = path;
  table.encoding = decoded->encoding;
  size_t pos = 0;
  char sep = ReadSepLine(text, &pos);
  int line = pos > 0 ? 2 : 1;
  if (sep == 0) sep = DetectSeparator(text);
  table.separator = sep;
  Reader reader(text, pos, line, sep, path, diags);

  Record record;
  bool at_end = false;
  // The header is the first record with content; Excel sometimes leaves empty rows above it.
  do {
    if (Status s = reader.Next(std::numeric_limits<size_t>::max(), &record, &at_end); !s.ok()) {
      return s;
    }
    if (at_end) return Status::Input(kEmptyMessage, empty_at);
  } while (record.last_nonblank < 0);
  // Empty header cells at the end are Excel's formatted-but-unused columns, not columns.
  record.cells.resize(static_cast<size_t>(record.last_nonblank) + 1);
  for (Cell& cell : record.cells) StripBom(&cell.text);
  table.header = std::move(record.cells);
  const size_t width = table.header.size();

  size_t records = 0, ragged = 0;
  Location first_unreported;
  while (true) {
    if (Status s = reader.Next(width, &record, &at_end); !s.ok()) return s;
    if (at_end) break;
    if (record.last_nonblank < 0) continue;
    if (++records > kMaxRows) {
      return Status::Input("слишком много строк (больше 200 000): проверьте, тот ли это файл",
                           Location{path, record.line, 1});
    }
    size_t used = static_cast<size_t>(record.last_nonblank) + 1;
    if (used > width || record.count < width) {
      Location where = used > width ? record.first_extra : Location{path, record.line, 1};
      if (++ragged <= kMaxReportedRows) {
        diags.Error(where, CountMismatch(used > width ? used : record.count, width));
      } else if (ragged == kMaxReportedRows + 1) {
        first_unreported = where;
      }
      table.rejected.push_back(Row{record.line, std::move(record.cells)});
      record.cells = std::vector<Cell>();
      continue;
    }
    table.rows.push_back(Row{record.line, std::move(record.cells)});
    record.cells = std::vector<Cell>();
    record.cells.reserve(width);
  }
  if (ragged > kMaxReportedRows) {
    diags.Error(first_unreported,
                "и ещё " + text::Plural(ragged - kMaxReportedRows, "строка", "строки", "строк") +
                    " с неверным числом полей: проверьте разделитель и кавычки");
  }
  return table;
}

}  // namespace nastavnik::load
