// Fuzz bodies for the value-tree readers: load/toml, load/json, and the model reading them.
#include <cmath>
#include <optional>
#include <string>

#include "fuzz/check_util.h"
#include "fuzz/targets.h"
#include "load/json.h"
#include "load/toml.h"
#include "model/build_program.h"
#include "model/school_summary.h"

namespace nastavnik::fuzz {
namespace {

const char kProgramPath[] = "content/program.toml";
const char kSummaryPath[] = "summaries/school.json";

// A date the model keeps must be one ParseDate itself would accept, so every later stage can
// print it and count days with it.
std::string CheckDate(const std::optional<Date>& date, const char* what) {
  if (!date) return "";
  std::optional<Date> again = ParseDate(date->Iso());
  if (!again || *again != *date) return std::string(what) + ": принята дата вне календаря " + date->Iso();
  return "";
}

std::string CheckSettings(const model::Program& p) {
  const model::Settings& s = p.settings;
  if (!std::isfinite(s.target_coverage) || s.target_coverage < 0 || s.target_coverage > 1) {
    return "target_coverage = " + std::to_string(s.target_coverage) + " принято";
  }
  for (auto [date, what] : {std::pair{&s.start, "program.start"}, {&s.end, "program.end"},
                            {&p.approval.order_date, "order_date"}, {&p.approval.council_date, "council_date"},
                            {&p.monitoring.report_date, "report_date"}}) {
    if (std::string e = CheckDate(*date, what); !e.empty()) return e;
  }
  if (s.markdown_limit_kb < 1) return "markdown_limit_kb < 1 принят";
  return "";
}

}  // namespace

std::string CheckToml(std::string_view bytes) {
  const Lines lines(bytes);
  Result<load::Value> root = load::ParseToml(bytes, kProgramPath);
  if (!root.ok()) return CheckError(root.status(), kProgramPath, lines);
  return CheckTree(*root, kProgramPath, lines);
}

std::string CheckJson(std::string_view bytes) {
  const Lines lines(bytes);
  Result<load::Value> root = load::ParseJson(bytes, kSummaryPath);
  if (!root.ok()) return CheckError(root.status(), kSummaryPath, lines);
  if (std::string e = CheckTree(*root, kSummaryPath, lines); !e.empty()) return e;
  Diagnostics diags;
  std::optional<model::SchoolSummary> summary = model::BuildSchoolSummary(kSummaryPath, *root, diags);
  if (!summary && !diags.has_errors()) return "сводка не прочитана, а ошибки нет";
  return Prefix("сводка", CheckDiagnostics(diags, kSummaryPath, lines));
}

std::string CheckProgram(std::string_view bytes) {
  const Lines lines(bytes);
  Result<load::Value> root = load::ParseToml(bytes, kProgramPath);
  if (!root.ok()) return CheckError(root.status(), kProgramPath, lines);
  model::Program program;
  Diagnostics diags;
  model::BuildSettings(*root, program, diags);
  if (std::string e = CheckDiagnostics(diags, kProgramPath, lines); !e.empty()) return e;
  return CheckSettings(program);
}

}  // namespace nastavnik::fuzz
