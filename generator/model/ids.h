// Stage 2 (model): the rules for ids (participants', pairs') and the hints for an id that is not
// found. Ids end up in file names, URLs and CSV cells, so their alphabet is closed; and a Russian
// keyboard turns «P009» into «Р009» (a Cyrillic Р) without the curator seeing any difference.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/table_place.h"

namespace nastavnik::model {

/// "" when every character of id is a Latin or Cyrillic letter, a digit, «-», «_», «.» or «/»;
/// otherwise a Russian message naming the first other character.
std::string IdAlphabetError(const std::string& id);

/// Known ids, for telling an unknown one what it was probably meant to be.
class IdHints {
 public:
  explicit IdHints(const std::vector<std::string>& known);
  /// "; может быть, «P009» латиницей?" when id differs from a known id only by letters that look
  /// alike in Latin and Cyrillic (кириллицей when the known one has the Cyrillic letters), else "".
  std::string Hint(const std::string& id) const;

 private:
  std::unordered_map<std::string, std::string> by_skeleton_;  // look-alikes folded → the id
};

/// The ids one file defines, as the files that name them see it: a file that could not be read
/// (or a row of it that was dropped) has been reported once, and naming its ids is not reported
/// again, so that one broken participants.csv does not turn into an error on every pair.
struct IdSource {
  bool read = true;              // false: the file or its columns could not be read
  std::set<std::string> unread;  // ids on rows dropped with their own error
  std::string path;              // the defining table as supplied (load::Table::path), for messages

  /// Where the ids are defined, with its preposition (model/table_place.h); name is the table's
  /// («participants»), for a source without a path.
  std::string In(const char* name, bool full = false) const {
    return InTable(path.empty() ? DefaultTablePath(name) : path, full);
  }
};

/// Checks ids named in one file against the ids another file defines.
class IdRefs {
 public:
  /// all_ids lists the defined ids; it is called once, at the first unknown id.
  IdRefs(const IdSource& source, std::function<std::vector<std::string>()> all_ids);

  /// The error for an id that is not defined: "" when it is not to be reported (see IdSource);
  /// a character outside the id alphabet; or not_found with a look-alike hint.
  std::string Unknown(const std::string& id, const std::string& not_found) const;
  bool read() const { return source_.read; }
  const IdSource& source() const { return source_; }

 private:
  const IdSource& source_;
  std::function<std::vector<std::string>()> all_ids_;
  mutable std::optional<IdHints> hints_;
};

/// The id with every Cyrillic letter that has a Latin twin (Р, С, А, Е…) written in Latin.
std::string LookalikeSkeleton(const std::string& id);

}  // namespace nastavnik::model
