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
  /// Sorted by path, line, column, then message; one per line, GCC style.
  std::string Format() const;

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
};

}  // namespace nastavnik
