// Base: a sink for per-record problems, so that one run reports every bad row of every file.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik {

struct Diagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  Location where;
  std::string message;
};

class Diagnostics {
 public:
  void Error(Location where, std::string message);
  void Warning(Location where, std::string message);
  /// Records a failed Status as an error (an ok Status is ignored).
  void Add(const Status& status);

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  /// In the order reported.
  const std::vector<Diagnostic>& all() const { return items_; }
  int warning_count() const { return static_cast<int>(items_.size()) - errors_; }
  /// Sorted by path, line, column, then message; one per line, GCC style. At most
  /// kMaxShownErrors errors and kMaxShownWarnings warnings are listed (a wrong separator or a
  /// pasted column can make thousands, and the first screen is what gets fixed); one closing line
  /// per kind says how many more there were.
  std::string Format() const;

  static constexpr int kMaxShownErrors = 200;
  static constexpr int kMaxShownWarnings = 200;

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
};

}  // namespace nastavnik
