// Fuzz bodies for load/markdown (front matter and the cmark-gfm walk) and base/date.
#include <optional>
#include <string>

#include "fuzz/check_util.h"
#include "fuzz/targets.h"
#include "base/text.h"
#include "load/markdown.h"

namespace nastavnik::fuzz {
namespace {

const char kPagePath[] = "content/about.md";
constexpr size_t kLimitBytes = 256 * 1024;  // the default data.markdown_limit_kb

}  // namespace

std::string CheckMarkdown(std::string_view bytes) {
  const Lines lines(bytes);
  Diagnostics diags;
  Result<load::MarkdownFile> file = load::ParseMarkdown(bytes, kPagePath, kLimitBytes, diags);
  if (std::string e = CheckDiagnostics(diags, kPagePath, lines); !e.empty()) return e;
  if (!file.ok()) return CheckError(file.status(), kPagePath, lines);
  if (file->front_matter.kind != load::Value::Kind::kTable) return "заголовок страницы не таблица";
  if (std::string e = CheckTree(file->front_matter, kPagePath, lines); !e.empty()) return "заголовок: " + e;
  if (std::string e = CheckBlocks(file->blocks, 0); !e.empty()) return e;
  // Generated Markdown (templates after substitution) goes through the same walk without a sink.
  if (text::IsValidUtf8(bytes)) return Prefix("ParseMarkdownBlocks", CheckBlocks(load::ParseMarkdownBlocks(bytes), 0));
  return "";
}

std::string CheckDates(std::string_view bytes) {
  std::optional<Date> date = ParseDate(bytes);
  if (!date) return "";
  if (!date->valid() || date->month < 1 || date->month > 12 || date->day < 1 || date->day > 31) {
    return "ParseDate принял «" + std::string(bytes) + "» как " + date->Iso();
  }
  for (const std::string& written : {date->Iso(), date->Russian()}) {
    std::optional<Date> again = ParseDate(written);
    if (!again || *again != *date) return "дата " + written + " не читается обратно";
  }
  if (Date::FromDaysSinceEpoch(date->DaysSinceEpoch()) != *date) return "счёт дней не обратим для " + date->Iso();
  Date next = Date::FromDaysSinceEpoch(date->DaysSinceEpoch() + 1);
  if (next <= *date) return "день после " + date->Iso() + " не позже него";
  if (std::string e = CheckUtf8(date->RussianLong(), "дата прописью"); !e.empty()) return e;
  return "";
}

}  // namespace nastavnik::fuzz
