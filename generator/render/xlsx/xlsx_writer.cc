// Render stage: the one file that talks to libxlsxwriter 1.1.4. It lays out each sheet the way an
// Excel user expects (styled header, widths, frozen header, filter, print setup, dropdowns).
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>

#include "base/platform.h"
#include "base/text.h"
#include "render/xlsx/layout.h"
#include "render/xlsx/temp_file.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::xlsx {

Value TextValue(std::string text) { return Value{CellType::kText, std::move(text), 0, {}}; }
Value NumberValue(double number) { return Value{CellType::kNumber, {}, number, {}}; }
Value DateValue(Date date) { return Value{CellType::kDate, {}, 0, date}; }
Value FormulaValue(std::string formula, double value) { return Value{CellType::kFormula, std::move(formula), value, {}}; }

namespace {

constexpr char kListsSheet[] = "Списки";
constexpr char kFooter[] = "&CСтр. &P из &N";
constexpr uint8_t kPaperA4 = 9;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7;  // Excel's pale blue "Accent 1, 80%"
constexpr double kTitleLineHeight = 18.75;     // points per line of 14-point text

// A dropdown's choices, cleaned; empty and repeated choices are dropped.
std::vector<std::string> CleanChoices(const std::vector<std::string>& choices) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const std::string& choice : choices) {
    std::string clean = layout::CellText(choice);
    if (!clean.empty() && seen.insert(clean).second) out.push_back(std::move(clean));
  }
  return out;
}

// The workbook a message is about: its title, which the user knows from the file's properties.
std::string Named(const Workbook& workbook) {
  return workbook.title.empty() ? "таблица XLSX" : "таблица XLSX «" + workbook.title + "»";
}

std::string Where(const Sheet& sheet, size_t row, size_t column) {
  return "лист «" + sheet.name + "», строка " + std::to_string(row + 1) + ", столбец " + std::to_string(column + 1);
}

// Mistakes in the description are the caller's bugs: reported before anything is written, so
// libxlsxwriter never reaches its own (English) warnings about them.
Status Validate(const Workbook& workbook) {
  std::string book = Named(workbook);
  if (workbook.sheets.empty()) return Status::Internal(book + ": нет ни одного листа");
  for (const Sheet& sheet : workbook.sheets) {
    if (sheet.columns.size() > LXW_COL_MAX) {
      return Status::Internal(book + ", лист «" + sheet.name + "»: столбцов больше, чем вмещает Excel (16 384)");
    }
    if (sheet.rows.size() + 2 > LXW_ROW_MAX) {
      return Status::Internal(book + ", лист «" + sheet.name + "»: строк больше, чем вмещает Excel (1 048 576)");
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const std::vector<Value>& row = sheet.rows[r];
      if (row.size() > sheet.columns.size()) {
        return Status::Internal(book + ", " + Where(sheet, r, row.size() - 1) + ": в строке " +
                                std::to_string(row.size()) + " ячеек, а столбцов " +
                                std::to_string(sheet.columns.size()));
      }
      for (size_t c = 0; c < row.size(); ++c) {
        if ((row[c].type == CellType::kNumber || row[c].type == CellType::kFormula) && !std::isfinite(row[c].number)) {
          return Status::Internal(book + ", " + Where(sheet, r, c) + ": число бесконечно или не определено");
        }
      }
    }
    for (const SheetChart& chart : sheet.charts) {
      bool columns_ok = chart.category_column >= 0 && static_cast<size_t>(chart.category_column) < sheet.columns.size();
      for (int c : chart.value_columns) columns_ok = columns_ok && c >= 0 && static_cast<size_t>(c) < sheet.columns.size();
      if (!columns_ok || chart.value_columns.empty() || chart.first_row > chart.last_row ||
          chart.last_row >= sheet.rows.size()) {
        return Status::Internal(book + ", лист «" + sheet.name + "»: диаграмма «" + chart.chart.title +
                                "» выходит за пределы таблицы");
      }
    }
  }
  return Status::Ok();
}

// libxlsxwriter's error codes in words a curator can act on (lxw_strerror is English).
std::string Reason(lxw_error error) {
  switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return "не хватает памяти";
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE: return "не удалось создать файл (нет места на диске или нет прав на запись)";
    case LXW_ERROR_READING_TMPFILE: return "не удалось прочитать временный файл";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE: return "не удалось записать файл (возможно, на диске нет места)";
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
    case LXW_ERROR_SHEETNAME_ALREADY_USED: return "недопустимое имя листа";
    case LXW_ERROR_32_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_128_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "слишком длинный текст";
    default: return "внутренняя ошибка библиотеки XLSX (код " + std::to_string(static_cast<int>(error)) + ")";
  }
}

// libxlsxwriter prints its own English "[ERROR]"/"[WARNING]" lines to stderr and has no hook to
// stop it. While any workbook is being made, fd 2 points to /dev/null; its failures come back as
// error codes, which Reason() words. Counted, because the matching renders a workbook on its own
// thread; our code prints nothing while rendering (main prints diagnostics afterwards).
class QuietStderr {
 public:
  QuietStderr() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (users_++ > 0) return;
    std::fflush(stderr);
    saved_ = ::dup(2);
    int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved_ >= 0 && null >= 0) ::dup2(null, 2);
    if (null >= 0) ::close(null);
  }
  ~QuietStderr() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (--users_ > 0) return;
    std::fflush(stderr);
    if (saved_ >= 0) {
      ::dup2(saved_, 2);
      ::close(saved_);
    }
    saved_ = -1;
  }
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;

 private:
  static inline std::mutex mutex_;
  static inline int users_ = 0;
  static inline int saved_ = -1;
};

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* wrapped = nullptr;
  lxw_format* number = nullptr;
  lxw_format* date = nullptr;
};

// Body cells get thin borders and top alignment, so a printed register reads as a table
// and rows with one wrapped cell keep their other cells level with its first line.
Formats MakeFormats(lxw_workbook* book) {
  Formats f;
  f.title = workbook_add_format(book);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  format_set_text_wrap(f.title);
  format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);

  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color(f.header, kHeaderFill);
  format_set_border(f.header, LXW_BORDER_THIN);

  lxw_format** body[] = {&f.text, &f.wrapped, &f.number, &f.date};
  for (lxw_format** format : body) {
    *format = workbook_add_format(book);
    format_set_border(*format, LXW_BORDER_THIN);
    format_set_align(*format, LXW_ALIGN_VERTICAL_TOP);
  }
  format_set_text_wrap(f.wrapped);
  format_set_num_format(f.date, "dd.mm.yyyy");
  return f;
}

class Writer {
 public:
  Writer(lxw_workbook* book, const Formats& formats, std::string book_name)
      : book_(book), formats_(formats), book_name_(std::move(book_name)) {}

  /// Registers a dropdown list and returns the formula of its range on the hidden sheet.
  /// Equal lists share one column there.
  std::string ListFormula(const std::vector<std::string>& choices, const std::string& lists_sheet) {
    auto [it, added] = list_columns_.emplace(choices, static_cast<int>(lists_.size()));
    if (added) lists_.push_back(&it->first);
    return layout::ColumnRangeFormula(lists_sheet, it->second, 0, static_cast<int>(choices.size()) - 1);
  }

  void WriteSheet(const Sheet& sheet, const std::string& name, const std::string& lists_sheet);
  void WriteCharts(lxw_worksheet* ws, const Sheet& sheet, const std::string& name, lxw_row_t header_row);
  void WriteBody(lxw_worksheet* ws, const Sheet& sheet, lxw_row_t header_row, const std::vector<double>& widths);
  void WriteLists(const std::string& name);
  const Status& status() const { return status_; }

 private:
  // Keeps the first failure; later calls are skipped so the message names the real cause.
  bool Check(lxw_error error, const std::string& what) {
    if (error != LXW_NO_ERROR && status_.ok()) {
      status_ = Status::Internal(book_name_ + ": " + what + ": " + Reason(error));
    }
    return status_.ok();
  }
  void WriteTitle(lxw_worksheet* ws, const Sheet& sheet, const std::vector<double>& widths);
  void WriteCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Value* value, size_t chars_per_line,
                 bool wrap, const std::string& number_format);
  // The body number format with a number format of its own; made once per distinct format.
  lxw_format* NumberFormat(const std::string& number_format) {
    if (number_format.empty()) return formats_.number;
    auto [it, added] = number_formats_.emplace(number_format, nullptr);
    if (added) {
      it->second = workbook_add_format(book_);
      format_set_border(it->second, LXW_BORDER_THIN);
      format_set_align(it->second, LXW_ALIGN_VERTICAL_TOP);
      format_set_num_format(it->second, it->first.c_str());
    }
    return it->second;
  }

  lxw_workbook* book_;
  Formats formats_;
  std::string book_name_;
  Status status_;
  std::map<std::vector<std::string>, int> list_columns_;
  std::vector<const std::vector<std::string>*> lists_;
  std::map<std::string, lxw_format*> number_formats_;
};

void Writer::WriteTitle(lxw_worksheet* ws, const Sheet& sheet, const std::vector<double>& widths) {
  std::string title = layout::CellText(sheet.title);
  lxw_col_t last = widths.empty() ? 0 : static_cast<lxw_col_t>(widths.size() - 1);
  if (last > 0) {
    Check(worksheet_merge_range(ws, 0, 0, 0, last, title.c_str(), formats_.title), "заголовок листа «" + sheet.name + "»");
  } else {
    Check(worksheet_write_string(ws, 0, 0, title.c_str(), formats_.title), "заголовок листа «" + sheet.name + "»");
  }
  // Excel does not grow a merged row to fit wrapped text, so estimate the lines ourselves.
  double total = 0;
  for (double w : widths) total += w;
  if (widths.empty()) total = LXW_DEF_COL_WIDTH;
  size_t per_line = std::max<size_t>(1, layout::CharsPerLine(total) * 11 / 14);  // 14-point text
  size_t lines = 0;
  for (const std::string& line : text::Split(title, '\n')) {
    lines += std::max<size_t>(1, (layout::LongestLine(line) + per_line - 1) / per_line);
  }
  Check(worksheet_set_row(ws, 0, kTitleLineHeight * lines + 4, nullptr), "высота заголовка листа «" + sheet.name + "»");
}

void Writer::WriteCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Value* value,
                       size_t chars_per_line, bool wrap, const std::string& number_format) {
  lxw_error error = LXW_NO_ERROR;
  switch (value ? value->type : CellType::kEmpty) {
    case CellType::kEmpty:
      error = worksheet_write_blank(ws, row, col, formats_.text);  // keeps the borders
      break;
    case CellType::kNumber:
      error = worksheet_write_number(ws, row, col, value->number, NumberFormat(number_format));
      break;
    case CellType::kFormula:
      error = worksheet_write_formula_num(ws, row, col, value->text.c_str(), NumberFormat(number_format),
                                          value->number);
      break;
    case CellType::kDate: {
      const Date& d = value->date;
      if (!d.valid() || d.month < 1 || d.month > 12 || Date::FromDaysSinceEpoch(d.DaysSinceEpoch()) != d) {
        error = worksheet_write_blank(ws, row, col, formats_.text);
      } else if (d.year < 1900 || d.year > 9999) {  // outside what Excel dates can hold
        error = worksheet_write_string(ws, row, col, d.Russian().c_str(), formats_.text);
      } else {
        lxw_datetime when = {d.year, d.month, d.day, 0, 0, 0};
        error = worksheet_write_datetime(ws, row, col, &when, formats_.date);
      }
      break;
    }
    case CellType::kText: {
      // write_string stores text as text even when it starts with = + - @: never a formula.
      std::string text = layout::CellText(value->text);
      bool wraps = wrap || text.find('\n') != std::string::npos || layout::LongestLine(text) > chars_per_line;
      error = worksheet_write_string(ws, row, col, text.c_str(), wraps ? formats_.wrapped : formats_.text);
      break;
    }
  }
  if (error != LXW_NO_ERROR) Check(error, "ячейка " + layout::ColumnLetters(col) + std::to_string(row + 1));
}

void Writer::WriteSheet(const Sheet& sheet, const std::string& name, const std::string& lists_sheet) {
  if (!status_.ok()) return;
  lxw_worksheet* ws = workbook_add_worksheet(book_, name.c_str());
  if (ws == nullptr) {
    status_ = Status::Internal(book_name_ + ": не удалось добавить лист «" + name + "»");
    return;
  }
  size_t columns = sheet.columns.size();
  std::vector<double> widths(columns);
  for (size_t c = 0; c < columns; ++c) {
    const Column& column = sheet.columns[c];
    if (column.width > 0) {
      widths[c] = column.width;
      continue;
    }
    size_t widest = 0;
    for (const std::vector<Value>& row : sheet.rows) {
      if (c < row.size()) widest = std::max(widest, layout::DisplayLength(row[c]));
    }
    widths[c] = layout::AutoWidth(column.header, widest);
  }
  for (size_t c = 0; c < columns; ++c) {
    Check(worksheet_set_column(ws, c, c, widths[c], nullptr), "ширина столбца " + layout::ColumnLetters(c));
  }

  lxw_row_t header_row = 0;
  if (!sheet.title.empty()) {
    WriteTitle(ws, sheet, widths);
    header_row = 1;
  }

  // Print setup applies even to a sheet with no table.
  if (sheet.landscape) {
    worksheet_set_landscape(ws);
  } else {
    worksheet_set_portrait(ws);
  }
  worksheet_set_paper(ws, kPaperA4);
  worksheet_fit_to_pages(ws, 1, 0);  // one page wide, as many tall as needed
  Check(worksheet_set_footer(ws, kFooter), "колонтитул листа «" + name + "»");
  if (columns == 0) return;

  for (size_t c = 0; c < columns; ++c) {
    std::string header = layout::CellText(sheet.columns[c].header);
    Check(worksheet_write_string(ws, header_row, c, header.c_str(), formats_.header), "шапка листа «" + name + "»");
  }
  // Everything that names a range of rows is set before the body: a streamed workbook has
  // flushed the rows above the last one written and refuses ranges that end above it (the
  // filter of a table with totals under it would).
  size_t filtered = sheet.rows.size() - std::min(sheet.total_rows, sheet.rows.size());
  lxw_row_t last_row = header_row + static_cast<lxw_row_t>(filtered);
  lxw_col_t last_col = static_cast<lxw_col_t>(columns - 1);
  Check(worksheet_autofilter(ws, header_row, 0, last_row, last_col), "фильтр листа «" + name + "»");
  worksheet_freeze_panes(ws, header_row + 1, 0);
  Check(worksheet_repeat_rows(ws, header_row, header_row), "печать шапки листа «" + name + "»");
  WriteCharts(ws, sheet, name, header_row);

  // Dropdowns cover the whole column below the header, so rows the user adds get them too.
  // The list lives on a hidden sheet: 1.1.4 aborts on literal lists over ~255 bytes.
  for (size_t c = 0; c < columns && status_.ok(); ++c) {
    std::vector<std::string> choices = CleanChoices(sheet.columns[c].choices);
    if (choices.empty()) continue;
    std::string formula = ListFormula(choices, lists_sheet);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    char error_title[] = "Значение не из списка";
    char error_message[] = "Выберите значение из раскрывающегося списка.";
    validation.error_title = error_title;
    validation.error_message = error_message;
    Check(worksheet_data_validation_range(ws, header_row + 1, c, LXW_ROW_MAX - 1, c, &validation),
          "список в столбце " + layout::ColumnLetters(c) + " листа «" + name + "»");
  }
  WriteBody(ws, sheet, header_row, widths);
}

void Writer::WriteBody(lxw_worksheet* ws, const Sheet& sheet, lxw_row_t header_row, const std::vector<double>& widths) {
  size_t columns = sheet.columns.size();
  std::vector<size_t> chars_per_line(columns);
  for (size_t c = 0; c < columns; ++c) chars_per_line[c] = layout::CharsPerLine(widths[c]);
  for (size_t r = 0; r < sheet.rows.size() && status_.ok(); ++r) {
    const std::vector<Value>& row = sheet.rows[r];
    lxw_row_t at = header_row + 1 + static_cast<lxw_row_t>(r);
    for (size_t c = 0; c < columns; ++c) {
      WriteCell(ws, at, c, c < row.size() ? &row[c] : nullptr, chars_per_line[c], sheet.columns[c].wrap,
                sheet.columns[c].number_format);
    }
  }
}

// Charts sit to the right of the table, one under another, each about 15 rows tall.
void Writer::WriteCharts(lxw_worksheet* ws, const Sheet& sheet, const std::string& name, lxw_row_t header_row) {
  lxw_row_t anchor = header_row;
  for (const SheetChart& spec : sheet.charts) {
    if (!status_.ok()) return;
    bool bars = spec.chart.kind == doc::Chart::Kind::kBars;
    lxw_chart* chart = workbook_add_chart(book_, bars ? LXW_CHART_BAR : LXW_CHART_COLUMN);
    if (chart == nullptr) {
      status_ = Status::Internal(book_name_ + ": не удалось добавить диаграмму на лист «" + name + "»");
      return;
    }
    lxw_row_t first = header_row + 1 + static_cast<lxw_row_t>(spec.first_row);
    lxw_row_t last = header_row + 1 + static_cast<lxw_row_t>(spec.last_row);
    lxw_col_t category = static_cast<lxw_col_t>(spec.category_column);
    for (int column : spec.value_columns) {
      lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
      lxw_col_t c = static_cast<lxw_col_t>(column);
      chart_series_set_categories(series, name.c_str(), first, category, last, category);
      chart_series_set_values(series, name.c_str(), first, c, last, c);
      chart_series_set_name_range(series, name.c_str(), header_row, c);
      chart_series_set_labels(series);
    }
    std::string title = layout::CleanText(spec.chart.title);
    chart_title_set_name(chart, title.c_str());
    // Bar charts keep the values on the horizontal axis, which libxlsxwriter calls x for them too.
    lxw_chart_axis* values = bars ? chart->x_axis : chart->y_axis;
    chart_axis_set_min(values, 0);
    if (spec.chart.max > 0) chart_axis_set_max(values, spec.chart.max);
    chart_legend_set_position(chart, spec.value_columns.size() > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
    lxw_chart_options options{};
    options.x_offset = 10;
    options.x_scale = 1.2;
    options.y_scale = 1.1;
    Check(worksheet_insert_chart_opt(ws, anchor, static_cast<lxw_col_t>(sheet.columns.size() + 1), chart, &options),
          "диаграмма на листе «" + name + "»");
    anchor += 18;
  }
}

void Writer::WriteLists(const std::string& name) {
  if (!status_.ok() || lists_.empty()) return;
  if (lists_.size() > LXW_COL_MAX) {
    status_ = Status::Internal(book_name_ + ": больше 16 384 разных раскрывающихся списков");
    return;
  }
  lxw_worksheet* ws = workbook_add_worksheet(book_, name.c_str());
  if (ws == nullptr) {
    status_ = Status::Internal(book_name_ + ": не удалось добавить лист «" + name + "»");
    return;
  }
  // Row by row: a streamed workbook accepts cells only in row order.
  size_t longest = 0;
  for (const auto* choices : lists_) longest = std::max(longest, choices->size());
  for (size_t r = 0; r < longest && status_.ok(); ++r) {
    for (size_t c = 0; c < lists_.size(); ++c) {
      const std::vector<std::string>& choices = *lists_[c];
      if (r < choices.size()) Check(worksheet_write_string(ws, r, c, choices[r].c_str(), nullptr), "раскрывающийся список");
    }
  }
  worksheet_hide(ws);
}

}  // namespace

Result<std::string> RenderXlsx(const Workbook& workbook, long long epoch_seconds, size_t streamed_rows) {
  if (Status valid = Validate(workbook); !valid.ok()) return valid;

  std::vector<std::string> wanted;
  for (const Sheet& sheet : workbook.sheets) wanted.push_back(sheet.name);
  wanted.push_back(kListsSheet);  // named now so no user sheet can take its name
  std::vector<std::string> names = layout::SafeSheetNames(wanted);

  std::string dir = ScratchDir();
  TempFile file;
  if (Status created = file.Create(dir); !created.ok()) return created;
  lxw_workbook_options options{};
  std::string c_dir = platform::CLibraryPath(dir);  // libxlsxwriter opens files with fopen
  options.tmpdir = c_dir.data();  // its own scratch files go to the same private folder
  // A sheet of tens of thousands of rows (a region's matching, a big registry) is streamed row by
  // row with its strings inline: the file closes in a fraction of the time and memory. Small
  // workbooks keep the shared-string table Excel itself writes.
  size_t rows = 0;
  for (const Sheet& sheet : workbook.sheets) rows = std::max(rows, sheet.rows.size());
  options.constant_memory = rows >= streamed_rows ? LXW_TRUE : LXW_FALSE;
  std::string book_name = Named(workbook);
  QuietStderr quiet;
  lxw_workbook* book = workbook_new_opt(platform::CLibraryPath(file.path()).c_str(), &options);
  if (book == nullptr) {
    return Status::Internal(book_name + ": не удалось начать файл " + file.path() + " (не хватает памяти или места на диске)");
  }

  std::string title = layout::CleanText(workbook.title), subject = layout::CleanText(workbook.subject),
              author = layout::CleanText(workbook.author), company = layout::CleanText(workbook.company);
  auto or_null = [](std::string& s) { return s.empty() ? nullptr : s.data(); };  // no empty elements
  lxw_doc_properties properties{};
  properties.title = or_null(title);
  properties.subject = or_null(subject);
  properties.author = or_null(author);
  properties.company = or_null(company);
  // libxlsxwriter takes 0 to mean "now", which would break reproducibility: use one second later.
  properties.created = static_cast<time_t>(epoch_seconds == 0 ? 1 : epoch_seconds);

  Writer writer(book, MakeFormats(book), book_name);
  Status status = Status::Ok();
  if (lxw_error error = workbook_set_properties(book, &properties); error != LXW_NO_ERROR) {
    status = Status::Internal(book_name + ": свойства документа: " + Reason(error));
  }
  if (status.ok()) {
    for (size_t i = 0; i < workbook.sheets.size(); ++i) writer.WriteSheet(workbook.sheets[i], names[i], names.back());
    writer.WriteLists(names.back());
    status = writer.status();
  }
  // Always close: it frees the workbook, even when we only want to throw the file away.
  lxw_error closed = workbook_close(book);
  if (!status.ok()) return status;
  if (closed != LXW_NO_ERROR) {
    return Status::Internal(book_name + ": не удалось записать временный файл " + file.path() + ": " + Reason(closed));
  }
  return file.ReadAll();
}

}  // namespace nastavnik::render::xlsx
