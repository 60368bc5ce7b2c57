#include "base/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "base/text.h"

namespace nastavnik {

void Diagnostics::Error(Location where, std::string message) {
  items_.push_back({Diagnostic::Severity::kError, std::move(where), std::move(message)});
  ++errors_;
}

void Diagnostics::Warning(Location where, std::string message) {
  items_.push_back({Diagnostic::Severity::kWarning, std::move(where), std::move(message)});
}

void Diagnostics::Add(const Status& status) {
  if (!status.ok()) Error(status.where(), status.message());
}

std::string Diagnostics::Format() const {
  std::vector<const Diagnostic*> sorted;
  for (const Diagnostic& d : items_) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->where.path, a->where.line, a->where.column) <
           std::tie(b->where.path, b->where.line, b->where.column);
  });
  std::string out;
  int shown_errors = 0, shown_warnings = 0;
  for (const Diagnostic* d : sorted) {
    const bool error = d->severity == Diagnostic::Severity::kError;
    if (error ? ++shown_errors > kMaxShownErrors : ++shown_warnings > kMaxShownWarnings) continue;
    std::string place = ToString(d->where);
    if (!place.empty()) out += place + ": ";
    out += d->severity == Diagnostic::Severity::kError ? "ошибка: " : "предупреждение: ";
    out += d->message + "\n";
  }
  if (shown_errors > kMaxShownErrors) {
    out += "nastavnik: показаны первые " + text::Plural(kMaxShownErrors, "ошибка", "ошибки", "ошибок") +
           ", ещё " + std::to_string(shown_errors - kMaxShownErrors) + " не показано\n";
  }
  if (shown_warnings > kMaxShownWarnings) {
    out += "nastavnik: показаны первые " +
           text::Plural(kMaxShownWarnings, "предупреждение", "предупреждения", "предупреждений") + ", ещё " +
           std::to_string(shown_warnings - kMaxShownWarnings) + " не показано\n";
  }
  return out;
}

}  // namespace nastavnik
