#include "load/summaries.h"

#include "base/file_system.h"
#include "load/json.h"

namespace nastavnik::load {

std::vector<SummaryFile> LoadSummaryFiles(const std::vector<std::filesystem::path>& inputs, Diagnostics& diags) {
  std::vector<SummaryFile> out;
  for (const std::filesystem::path& input : inputs) {
    std::error_code ec;
    std::filesystem::path file = input;
    if (!std::filesystem::exists(input, ec)) {
      diags.Error(Location{input.generic_string(), 0, 0}, "нет такого файла или папки");
      continue;
    }
    if (std::filesystem::is_directory(input, ec)) {
      file.clear();
      for (const char* candidate : {"monitoring/summary.json", "output/monitoring/summary.json", "summary.json"}) {
        if (std::filesystem::is_regular_file(input / candidate, ec)) {
          file = input / candidate;
          break;
        }
      }
      if (file.empty()) {
        diags.Error(Location{input.generic_string(), 0, 0},
                    "в папке нет сводки monitoring/summary.json: сначала соберите школу командой nastavnik build");
        continue;
      }
    }
    std::string shown = file.generic_string();
    Result<std::string> text = fs::ReadFile(file, shown);
    if (!text.ok()) {
      diags.Add(text.status());
      continue;
    }
    Result<Value> root = ParseJson(*text, shown);
    if (!root.ok()) {
      diags.Add(root.status());
      continue;
    }
    out.push_back({shown, std::move(*root)});
  }
  return out;
}

}  // namespace nastavnik::load
