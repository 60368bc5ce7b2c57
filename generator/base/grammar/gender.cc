#include <map>
#include <string>

#include "base/grammar/grammar.h"
#include "base/grammar/letters.h"
#include "base/utf8.h"

namespace nastavnik::grammar {
namespace {

// The first-name list, read once from the embedded data file.
const std::map<std::u32string, Gender>& FirstNames() {
  static const std::map<std::u32string, Gender> names = [] {
    std::map<std::u32string, Gender> names_read;
    auto* out = &names_read;
    std::u32string data = utf8::Decode(kFirstNamesTxt);
    size_t start = 0;
    while (start < data.size()) {
      size_t end = data.find(U'\n', start);
      if (end == std::u32string::npos) end = data.size();
      std::u32string line = data.substr(start, end - start);
      start = end + 1;
      if (line.size() < 3 || line[0] == U'#') continue;
      (*out)[line.substr(2)] = line[0] == U'ж' ? Gender::kFemale : line[0] == U'м' ? Gender::kMale : Gender::kUnknown;
    }
    return names_read;
  }();
  return names;
}

Gender FromPatronymic(const std::u32string& p) {
  if (EndsWith(p, U"вич") || EndsWith(p, U"ич") || EndsWith(p, U"оглы") || EndsWith(p, U"улы"))
    return Gender::kMale;
  if (EndsWith(p, U"вна") || EndsWith(p, U"чна") || EndsWith(p, U"шна") || EndsWith(p, U"кызы") ||
      EndsWith(p, U"гызы"))
    return Gender::kFemale;
  return Gender::kUnknown;
}

Gender FromFirstName(const std::u32string& n) {
  if (n.empty()) return Gender::kUnknown;
  auto it = FirstNames().find(n);
  if (it != FirstNames().end()) return it->second;
  // A name ending in -а/-я is most often female; the list above holds the male exceptions.
  if (EndsWith(n, U"а") || EndsWith(n, U"я")) return Gender::kFemale;
  if (EndsWith(n, U"ь") || EndsWith(n, U"о") || EndsWith(n, U"е") || EndsWith(n, U"и") ||
      EndsWith(n, U"у") || EndsWith(n, U"ю") || EndsWith(n, U"э"))
    return Gender::kUnknown;
  return Gender::kMale;
}

std::u32string Normal(std::string_view s) {
  std::u32string out;
  for (char32_t c : utf8::Decode(s)) {
    if (c == U' ' || c == U'\u00A0' || c == U'\t') {
      if (!out.empty()) out.push_back(U' ');
      continue;
    }
    out.push_back(LowerLetter(c));
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

}  // namespace

Gender DetectGender(std::string_view /*surname*/, std::string_view first_name,
                    std::string_view patronymic, std::optional<Gender> explicit_gender) {
  if (explicit_gender && *explicit_gender != Gender::kUnknown) return *explicit_gender;
  Gender g = FromPatronymic(Normal(patronymic));
  if (g != Gender::kUnknown) return g;
  return FromFirstName(Normal(first_name));
}

}  // namespace nastavnik::grammar
