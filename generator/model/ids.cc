#include "model/ids.h"

#include <cstdio>

#include "base/utf8.h"

namespace nastavnik::model {
namespace {

// Cyrillic letters a reader cannot tell from Latin ones in a table cell.
char LatinTwin(char32_t cp) {
  switch (cp) {
    case U'А': return 'A';
    case U'В': return 'B';
    case U'Е': return 'E';
    case U'К': return 'K';
    case U'М': return 'M';
    case U'Н': return 'H';
    case U'О': return 'O';
    case U'Р': return 'P';
    case U'С': return 'C';
    case U'Т': return 'T';
    case U'Х': return 'X';
    case U'У': return 'Y';
    case U'І': return 'I';
    case U'Ј': return 'J';
    case U'Ѕ': return 'S';
    case U'а': return 'a';
    case U'е': return 'e';
    case U'о': return 'o';
    case U'р': return 'p';
    case U'с': return 'c';
    case U'у': return 'y';
    case U'х': return 'x';
    case U'к': return 'k';
    case U'і': return 'i';
    case U'ј': return 'j';
    case U'ѕ': return 's';
    default: return 0;
  }
}

bool Allowed(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-' ||
         cp == '_' || cp == '.' || cp == '/' || (cp >= 0x0400 && cp <= 0x04FF);
}

std::string Describe(char32_t cp) {
  switch (cp) {
    case U' ': return "пробел";
    case U'\t': return "табуляция";
    case U'\u00A0': return "неразрывный пробел";
    case U'\n': case U'\r': return "перевод строки";
    default: break;
  }
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  // Invisible characters are named by their code; the rest are shown as they are.
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || (cp >= 0x200B && cp <= 0x200F) ||
      (cp >= 0x2028 && cp <= 0x202F) || cp == 0xFEFF || (cp >= 0x0300 && cp <= 0x036F)) {
    return std::string("невидимый символ ") + code;
  }
  return "«" + utf8::Encode(cp) + "»";
}

}  // namespace

std::string IdAlphabetError(const std::string& id) {
  for (size_t i = 0; i < id.size();) {
    char32_t cp = 0;
    size_t n = utf8::DecodeAt(id, i, &cp);
    if (n == 0) return "код «" + id + "» не в кодировке UTF-8";
    if (!Allowed(cp)) {
      return "в коде «" + id + "» недопустимый символ: " + Describe(cp) +
             "; код состоит из букв, цифр и знаков «-», «_», «.», «/»";
    }
    i += n;
  }
  return "";
}

std::string LookalikeSkeleton(const std::string& id) {
  std::string out;
  for (size_t i = 0; i < id.size();) {
    char32_t cp = 0;
    size_t n = utf8::DecodeAt(id, i, &cp);
    if (n == 0) return id;
    if (char latin = LatinTwin(cp)) {
      out += latin;
    } else {
      out.append(id, i, n);
    }
    i += n;
  }
  return out;
}

IdHints::IdHints(const std::vector<std::string>& known) {
  for (const std::string& id : known) by_skeleton_.emplace(LookalikeSkeleton(id), id);
}

std::string IdHints::Hint(const std::string& id) const {
  auto it = by_skeleton_.find(LookalikeSkeleton(id));
  if (it == by_skeleton_.end() || it->second == id) return "";
  const std::string& known = it->second;
  // The letters that differ say which script the known id uses: the one the curator should type.
  // Skeletons match letter for letter, so both ids have the same number of characters.
  bool latin = false, cyrillic = false;
  const std::u32string a = utf8::Decode(known), b = utf8::Decode(id);
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] == b[i]) continue;
    (a[i] < 0x80 ? latin : cyrillic) = true;
  }
  const char* script = latin && !cyrillic ? " латиницей" : cyrillic && !latin ? " кириллицей" : "";
  return "; может быть, «" + known + "»" + script + "?";
}

IdRefs::IdRefs(const IdSource& source, std::function<std::vector<std::string>()> all_ids)
    : source_(source), all_ids_(std::move(all_ids)) {}

std::string IdRefs::Unknown(const std::string& id, const std::string& not_found) const {
  if (std::string bad = IdAlphabetError(id); !bad.empty()) return bad;
  if (!source_.read || source_.unread.count(id)) return "";
  if (!hints_) hints_.emplace(all_ids_());
  return not_found + hints_->Hint(id);
}

}  // namespace nastavnik::model
