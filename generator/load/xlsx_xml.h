// Stage 1 (load): the XML of a workbook's parts, as events for load/xlsx_reader.cc. Two readers
// give the same events: expat (the one file that uses it is xlsx_xml.cc) for the small parts
// (workbook, relations, styles), and a scanner for the parts that grow with the data (sheets,
// shared strings). Expat spends over 100 instructions a byte, which alone made a 3,000-row
// workbook 9–14 times slower to read than its CSV; the scanner needs only what OOXML uses: elements,
// attributes, the five entities and character references, comments, processing instructions
// and CDATA. A document type is refused by both. Names arrive without their prefix («x:c» → «c»).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace nastavnik::load::xml {

/// An element's attributes: local names and decoded values, valid during Start only.
using Attributes = std::vector<std::pair<std::string_view, std::string_view>>;

std::optional<std::string_view> Find(const Attributes& attrs, std::string_view local);

class Handler {
 public:
  virtual ~Handler() = default;
  virtual void Start(std::string_view name, const Attributes& attrs) = 0;
  virtual void End(std::string_view name) = 0;
  /// Character data is kept in `text` only while a handler asks for it.
  bool capture = false;
  std::string text;
  /// Set by a handler to stop the walk with this error.
  std::optional<Status> failure;
};

enum class Reader { kExpat, kScanner };

/// The longest text one element may hold; longer is an error (a cell's text cap).
constexpr size_t kMaxTextBytes = 64 * 1024;

/// A part's bytes with a NUL after them, where the scanner stops instead of checking bounds at
/// every byte; not zero-filled first, as a std::string would be (a sheet is megabytes).
class Bytes {
 public:
  explicit Bytes(size_t size) : data_(new char[size + 1]), size_(size) { data_[size] = '\0'; }
  char* data() { return data_.get(); }
  size_t size() const { return size_; }
  std::string_view view() const { return {data_.get(), size_}; }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_;
};

/// Walks `xml`, calling the handler. Malformed XML (or a DTD) is Status::Input(damaged, where);
/// a handler's failure is returned, placed at `where` unless it has a place.
Status Walk(const std::string& xml, Handler& handler, Reader reader, const Location& where, const char* damaged);
Status Walk(const Bytes& xml, Handler& handler, Reader reader, const Location& where, const char* damaged);

}  // namespace nastavnik::load::xml
