#include "model/table_place.h"

namespace nastavnik::model {
namespace {

// load/xlsx_reader.h names a sheet «book.xlsx, лист «Name»».
constexpr std::string_view kSheetMark = ", лист «";
constexpr std::string_view kClose = "»";
constexpr std::string_view kShared = "data.xlsx";

std::string FileName(const std::string& file, bool full) {
  if (full) return file;
  size_t slash = file.rfind('/');
  return slash == std::string::npos ? file : file.substr(slash + 1);
}

}  // namespace

std::string InTable(const std::string& path, bool full) {
  size_t mark = path.find(kSheetMark);
  if (mark == std::string::npos) return "в " + FileName(path, full);
  std::string file = FileName(path.substr(0, mark), full);
  // A table's own workbook is read from its first sheet, whatever it is called: the file is enough.
  if (FileName(file, false) != kShared) return "в " + file;
  std::string sheet = path.substr(mark + kSheetMark.size());
  if (sheet.ends_with(kClose)) sheet.resize(sheet.size() - kClose.size());
  return "на листе «" + sheet + "» книги " + file;
}

std::string DefaultTablePath(const std::string& name) { return "content/data/" + name + ".csv"; }

}  // namespace nastavnik::model
