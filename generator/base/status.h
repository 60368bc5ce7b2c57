// Base vocabulary: where an input problem is, and the value-or-error type every stage returns.
// Nothing in our own code throws; third-party exceptions are turned into Status at their one adapter.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace nastavnik {

/// A position in an input file. Lines and columns are 1-based; 0 means unknown.
struct Location {
  std::string path;  // relative to the project root, e.g. "content/data/participants.csv"
  int line = 0;
  int column = 0;
};

/// "path:line:column", dropping the parts that are unknown.
std::string ToString(const Location& where);

/// Success, or one error with an optional Location.
class Status {
 public:
  enum class Code { kOk, kInput, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  /// A problem with the school's input: exit code 1.
  static Status Input(std::string message, Location where = {});
  /// An I/O or internal failure: exit code 2.
  static Status Internal(std::string message, Location where = {});

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }

  /// "path:line:column: error: message".
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
  Location where_;
};

/// A value, or the Status explaining its absence. Mirrors std::expected's names.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  bool has_value() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace nastavnik
