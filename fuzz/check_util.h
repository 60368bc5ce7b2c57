// Invariants every parser's output must keep, whatever the input bytes were.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/document.h"
#include "base/status.h"
#include "load/tree.h"

namespace nastavnik::fuzz {

/// The line structure of the input, for bounding reported positions. A parser may count a lone
/// CR as a line break (CSV, cmark) or not (TOML, JSON); a position passes when it fits either way.
class Lines {
 public:
  explicit Lines(std::string_view bytes);
  /// "" when line and column point into the input (the column may be one past a line's end).
  std::string Check(const Location& where) const;

 private:
  std::vector<size_t> lf_lengths_;     // bytes per line, lines split at LF (a CR before it kept)
  std::vector<size_t> any_lengths_;    // bytes per line, lines split at LF, CRLF or a lone CR
};

/// "" when s is well-formed UTF-8.
std::string CheckUtf8(std::string_view s, const char* what);
/// The Latin words of a message, space-separated, once what it quotes is set aside: «…», `…`,
/// paths, keys and other tokens with digits or punctuation inside, and the names of formats and
/// programs (CSV, XLSX, Excel…). "" for a message a Russian reader can read whole.
std::string EnglishWords(std::string_view message);
/// "" when the message is well-formed UTF-8, written in Russian (has a Cyrillic letter) and holds
/// no English word of its own.
std::string CheckMessage(const std::string& message);
/// A failed Status of bad input: an input error, a Russian message, a place in the file.
std::string CheckError(const Status& status, const std::string& path, const Lines& lines);
/// Every diagnostic has the file's path, a Russian message and a place in the file.
std::string CheckDiagnostics(const Diagnostics& diags, const std::string& path, const Lines& lines);
/// Every value of a TOML/JSON tree: a place in the file, UTF-8 keys and strings, real dates.
std::string CheckTree(const load::Value& value, const std::string& path, const Lines& lines);
/// Blocks from Markdown: UTF-8 text, heading levels 1..6, table rows as wide as the alignments.
std::string CheckBlocks(const std::vector<doc::Block>& blocks, int depth);

/// Joins "what: detail" for a failed check; "" stays "".
std::string Prefix(const std::string& what, const std::string& detail);

}  // namespace nastavnik::fuzz
