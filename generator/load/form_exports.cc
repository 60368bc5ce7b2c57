#include "load/form_exports.h"

#include <system_error>

#include "load/csv.h"
#include "load/project_files.h"
#include "load/xlsx_reader.h"

namespace nastavnik::load {
namespace stdfs = std::filesystem;
namespace {

std::optional<Table> ReadExport(const stdfs::path& root, const std::string& rel, const std::string& ext,
                                const std::string& encoding, Diagnostics& diags) {
  Result<std::string> bytes = ReadProjectFile(root, root / rel, rel, FileKind::kTable);
  if (!bytes.ok()) {
    diags.Add(bytes.status());
    return std::nullopt;
  }
  if (ext == ".csv") {
    CsvOptions csv;
    csv.encoding = encoding;
    Result<Table> table = ParseCsv(*bytes, rel, csv, diags);
    if (!table.ok()) diags.Add(table.status());
    return table.ok() ? std::optional<Table>(std::move(*table)) : std::nullopt;
  }
  bool chosen = false;
  auto first_visible = [&](const XlsxSheetInfo& sheet, size_t) { return !sheet.hidden && !std::exchange(chosen, true); };
  Result<XlsxBook> book = ReadXlsx(*bytes, rel, first_visible, diags);
  if (!book.ok() || book->read.empty()) {
    diags.Add(book.ok() ? Status::Input("в книге нет ни одного видимого листа", Location{rel}) : book.status());
    return std::nullopt;
  }
  return SheetToTable(book->read.front(), diags);
}

}  // namespace

std::map<std::string, Table> LoadFormExports(const stdfs::path& root, const std::string& csv_encoding,
                                             Diagnostics& diags) {
  std::map<std::string, Table> out;
  std::error_code ec;
  if (!stdfs::is_directory(root / kFormExportsFolder, ec)) return out;
  std::map<std::string, std::string> files;  // name → extension, in name order
  for (const auto& e : stdfs::directory_iterator(root / kFormExportsFolder, ec)) {
    std::string ext = e.path().extension().string();
    if (ext == ".csv" || ext == ".xlsx") files[e.path().filename().string()] = ext;
  }
  for (const auto& [name, ext] : files) {
    const std::string rel = std::string(kFormExportsFolder) + "/" + name;
    if (std::optional<Table> t = ReadExport(root, rel, ext, csv_encoding, diags)) out.emplace(name, std::move(*t));
  }
  return out;
}

}  // namespace nastavnik::load
