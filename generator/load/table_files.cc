#include "load/table_files.h"

#include <system_error>
#include <utility>
#include <vector>

#include "base/text.h"
#include "load/csv.h"
#include "load/project_files.h"
#include "load/xlsx_reader.h"

namespace nastavnik::load {
namespace stdfs = std::filesystem;

namespace {

struct Known {
  const char* name;
  const char* title;
};
constexpr Known kTables[] = {{"participants", "Участники"}, {"pairs", "Пары"},         {"plans", "Планы"},
                             {"surveys", "Анкеты"},         {"calendar", "Календарь"}, {"roadmap", "Дорожная карта"},
                             {"forbidden", "Запреты"},
                             {"orders", "Приказы"},
                             {"declensions", "Склонения"}};
const char kShared[] = "content/data/data.xlsx";

bool Exists(const stdfs::path& path) {
  std::error_code ec;
  return stdfs::exists(stdfs::symlink_status(path, ec));
}

fs::ReadLimit WorkbookLimit() {
  fs::ReadLimit limit = LimitFor(FileKind::kTable);
  limit.what = "книга Excel";
  return limit;
}

// The table a sheet of data.xlsx holds, by its name or title in any case; "" for none.
std::string TableOfSheet(const std::string& sheet) {
  const std::string key = text::FoldKey(sheet);
  for (const Known& k : kTables) {
    if (key == k.name || key == text::FoldKey(k.title)) return k.name;
  }
  return "";
}

class Loader {
 public:
  Loader(const stdfs::path& root, std::string encoding, Diagnostics& diags)
      : root_(root), encoding_(std::move(encoding)), diags_(diags) {}

  TableFiles Run() {
    for (const Known& k : kTables) {
      ReadCsv(k.name);
      ReadOwnWorkbook(k.name);
      RefuseOtherFormats(k.name);
    }
    ReadSharedWorkbook();
    return std::move(out_);
  }

 private:
  // Keeps the table unless another file already gave it.
  void Keep(const std::string& name, Table table) {
    auto [it, fresh] = out_.tables.try_emplace(name, std::move(table));  // table stays when taken
    if (fresh) return;
    diags_.Error(Location{table.path}, "таблица «" + TableTitle(name) + "» задана дважды: в " + it->second.path +
                                           " и здесь; оставьте одну из них");
  }

  std::optional<std::string> Bytes(const std::string& name, const std::string& rel, const fs::ReadLimit& limit) {
    Result<std::string> bytes = ReadProjectFile(root_, root_ / rel, rel, FileKind::kTable, limit);
    if (bytes.ok()) return std::move(*bytes);
    diags_.Add(bytes.status());
    out_.unreadable.insert(name);
    return std::nullopt;
  }

  void ReadCsv(const std::string& name) {
    const std::string rel = "content/data/" + name + ".csv";
    if (!Exists(root_ / rel)) return;
    std::optional<std::string> bytes = Bytes(name, rel, LimitFor(FileKind::kTable));
    if (!bytes) return;
    CsvOptions csv;
    csv.encoding = encoding_;
    Result<Table> table = ParseCsv(*bytes, rel, csv, diags_);
    if (!table.ok()) {
      diags_.Add(table.status());
      out_.unreadable.insert(name);
      return;
    }
    Keep(name, std::move(*table));
  }

  void ReadOwnWorkbook(const std::string& name) {
    const std::string rel = "content/data/" + name + ".xlsx";
    if (!Exists(root_ / rel)) return;
    std::optional<std::string> bytes = Bytes(name, rel, WorkbookLimit());
    if (!bytes) return;
    bool chosen = false;
    auto first_visible = [&](const XlsxSheetInfo& sheet, size_t) { return !sheet.hidden && !std::exchange(chosen, true); };
    Result<XlsxBook> book = ReadXlsx(*bytes, rel, first_visible, diags_);
    if (!book.ok() || book->read.empty()) {
      diags_.Add(book.ok() ? Status::Input("в книге нет ни одного видимого листа", Location{rel}) : book.status());
      out_.unreadable.insert(name);
      return;
    }
    Keep(name, SheetToTable(std::move(book->read.front()), diags_));
  }

  void RefuseOtherFormats(const std::string& name) {
    for (const char* ext : {".xls", ".ods", ".xlsm"}) {
      const std::string rel = "content/data/" + name + ext;
      if (!Exists(root_ / rel)) continue;
      diags_.Error(Location{rel}, "таблицы в этом формате не читаются: сохраните файл как «Книга Excel (.xlsx)» "
                                  "или как CSV (content/data/" + name + ".xlsx или " + name + ".csv)");
      if (!out_.tables.count(name)) out_.unreadable.insert(name);
    }
  }

  void ReadSharedWorkbook() {
    if (!Exists(root_ / kShared)) return;
    std::optional<std::string> bytes = Bytes("data", kShared, WorkbookLimit());
    if (!bytes) return MarkAllUnreadable();
    std::set<std::string> seen;
    auto known = [&](const XlsxSheetInfo& sheet, size_t) {
      std::string table = TableOfSheet(sheet.name);
      return !table.empty() && seen.insert(table).second;
    };
    Result<XlsxBook> book = ReadXlsx(*bytes, kShared, known, diags_);
    if (!book.ok()) {
      diags_.Add(book.status());
      return MarkAllUnreadable();
    }
    for (const XlsxSheetInfo& sheet : book->sheets) ReportSheet(sheet);
    for (XlsxSheet& sheet : book->read) {
      std::string table = TableOfSheet(sheet.info.name);
      Keep(table, SheetToTable(std::move(sheet), diags_));
    }
  }

  void ReportSheet(const XlsxSheetInfo& sheet) {
    const std::string shown = std::string(kShared) + ", лист «" + sheet.name + "»";
    std::string table = TableOfSheet(sheet.name);
    if (table.empty() && !sheet.hidden) {
      std::string names;
      for (const Known& k : kTables) names += std::string(names.empty() ? "" : ", ") + "«" + k.title + "»";
      diags_.Warning(Location{shown}, "лист не прочитан: его название не совпадает ни с одной таблицей (" + names + ")");
    } else if (!table.empty() && sheet.hidden) {
      diags_.Warning(Location{shown}, "лист скрыт в книге, но прочитан как таблица «" + TableTitle(table) +
                                          "»: покажите его или удалите, если он не нужен");
    }
  }

  void MarkAllUnreadable() {
    for (const Known& k : kTables) {
      if (!out_.tables.count(k.name)) out_.unreadable.insert(k.name);
    }
  }

  stdfs::path root_;
  std::string encoding_;
  Diagnostics& diags_;
  TableFiles out_;
};

}  // namespace

std::string TableTitle(const std::string& name) {
  for (const Known& k : kTables) {
    if (name == k.name) return k.title;
  }
  return name;
}

TableFiles LoadTableFiles(const stdfs::path& root, const std::string& csv_encoding, Diagnostics& diags) {
  return Loader(root, csv_encoding, diags).Run();
}

}  // namespace nastavnik::load
