#include "fuzz/targets.h"

#include <cstdio>
#include <cstdlib>

namespace nastavnik::fuzz {

const std::vector<NamedTarget>& AllTargets() {
  static const std::vector<NamedTarget> kTargets = {
      {"csv", CheckCsv},         {"toml", CheckToml},       {"json", CheckJson},     {"markdown", CheckMarkdown},
      {"program", CheckProgram}, {"dates", CheckDates},     {"tables", CheckTables},
      {"xlsx", CheckXlsx},
  };
  return kTargets;
}

int RunOrAbort(Target target, const uint8_t* data, size_t size) {
  std::string broken = target(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!broken.empty()) {
    std::fprintf(stderr, "нарушен инвариант: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}

}  // namespace nastavnik::fuzz
