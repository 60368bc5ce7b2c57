// The petrovich engine: for each part of a word (double-barrelled names split at '-') the first
// matching whole-word exception, else the first matching ending, gives the case's modification.
#include "base/grammar/grammar.h"
#include "base/grammar/letters.h"
#include "base/grammar/memo.h"
#include "base/grammar/rules.h"
#include "base/utf8.h"

namespace nastavnik::grammar {
namespace {

bool GenderFits(RuleGender rule, Gender g) {
  if (rule == RuleGender::kAndrogynous) return true;
  return (rule == RuleGender::kMale && g == Gender::kMale) || (rule == RuleGender::kFemale && g == Gender::kFemale);
}

const Rule* Find(const std::vector<Rule>& rules, const std::u32string& word, Gender g, bool first_word,
                 bool whole_word) {
  for (const Rule& r : rules) {
    if (r.first_word_only && !first_word) continue;
    if (!GenderFits(r.gender, g)) continue;
    for (const std::u32string& t : r.tests)
      if (whole_word ? word == t : EndsWith(word, t)) return &r;
  }
  return nullptr;
}

std::u32string Apply(const std::u32string& word, const Rule& rule, Case c) {
  if (c == Case::kNominative) return word;
  std::u32string out = word;
  for (char32_t m : rule.mods[static_cast<size_t>(c) - 1]) {
    if (m == U'.') continue;
    if (m == U'-') {
      if (!out.empty()) out.pop_back();
    } else {
      out.push_back(m);
    }
  }
  return out;
}

// Our corrections, each consulted before the petrovich list of its kind (exceptions before
// exceptions, endings before endings): the stressed -ич of patronymics
// formed from names in -а/-я (Ильич, Кузьмич) and the stressed -ья of Илья take -ом/-ёй;
// male names in -ша decline as the female ones do.
const Rules& Corrections() {
  static const Rules rules = [] {
    Rules r;
    r.middle.exceptions.push_back(
        {RuleGender::kMale, {U"ильич", U"кузьмич", U"фомич", U"лукич"}, {U"а", U"у", U"а", U"ом", U"е"}, false});
    r.first.exceptions.push_back({RuleGender::kMale, {U"илья"}, {U"-и", U"-е", U"-ю", U"-ёй", U"-е"}, false});
    // Female adjective surnames after ж, ш, ч, щ take -ей (Рыжей), not the -ой of Толстой.
    r.last.suffixes.push_back({RuleGender::kFemale, {U"жая", U"шая", U"чая", U"щая"},
                               {U"--ей", U"--ей", U"--ую", U"--ей", U"--ей"}, false});
    // Petrovich has -ша for women only, so a male Саша or Миша became «Сашы».
    r.first.suffixes.push_back({RuleGender::kMale, {U"ша"}, {U"-и", U"-е", U"-у", U"-ей", U"-е"}, false});
    return r;
  }();
  return rules;
}

const RuleSet& CorrectionsFor(const RuleSet& set) {
  const Rules& all = PetrovichRules();
  if (&set == &all.middle) return Corrections().middle;
  if (&set == &all.first) return Corrections().first;
  return Corrections().last;
}

// The rules spell ё as е in most endings (-ова but no -ёва): words are looked up with е, while the
// modifications, which only cut and add at the end, are applied to the word as written.
std::u32string WithoutYo(std::u32string w) {
  for (char32_t& c : w)
    if (c == U'ё') c = U'е';
  return w;
}

std::u32string DeclineKnown(const std::u32string& part, const RuleSet& set, Gender g, Case c, bool first_word);

// With the gender unknown, a form both genders share (Саши) is right; where they differ
// (Шевчука/Шевчук) only the rules for both genders apply.
std::u32string DeclinePart(const std::u32string& part, const RuleSet& set, Gender g, Case c, bool first_word) {
  if (g != Gender::kUnknown) return DeclineKnown(part, set, g, c, first_word);
  std::u32string male = DeclineKnown(part, set, Gender::kMale, c, first_word);
  if (male == DeclineKnown(part, set, Gender::kFemale, c, first_word)) return male;
  return DeclineKnown(part, set, Gender::kUnknown, c, first_word);
}

std::u32string DeclineKnown(const std::u32string& part, const RuleSet& set, Gender g, Case c, bool first_word) {
  std::u32string lower = LowerWord(part);
  std::u32string key = WithoutYo(lower);
  const Rule* rule = Find(CorrectionsFor(set).exceptions, key, g, first_word, true);
  if (!rule) rule = Find(set.exceptions, key, g, first_word, true);
  if (!rule) rule = Find(CorrectionsFor(set).suffixes, key, g, first_word, false);
  if (!rule) rule = Find(set.suffixes, key, g, first_word, false);
  if (!rule) return part;
  return MatchCase(part, Apply(lower, *rule, c));
}

std::string DeclineWord(std::string_view word, const RuleSet& set, Gender g, Case c) {
  std::u32string w = utf8::Decode(word);
  std::vector<std::u32string> parts;
  size_t start = 0;
  while (true) {
    size_t dash = w.find(U'-', start);
    parts.push_back(w.substr(start, dash == std::u32string::npos ? std::u32string::npos : dash - start));
    if (dash == std::u32string::npos) break;
    start = dash + 1;
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '-';
    for (char32_t ch : DeclinePart(parts[i], set, g, c, parts.size() > 1 && i == 0)) utf8::Append(&out, ch);
  }
  return out;
}

std::string Initial(std::string_view word) {
  std::u32string w = utf8::Decode(word);
  if (w.empty()) return {};
  return utf8::Encode(UpperLetter(w[0])) + ".";
}

std::string Initials(const FullName& name) {
  std::string out = Initial(name.first_name);
  std::string second = Initial(name.patronymic);
  if (!out.empty() && !second.empty()) out += "\u00A0";
  return out + second;
}

}  // namespace

FullName Decline(const FullName& name, Gender gender, Case c) {
  // An unknown gender is guessed from the name; if it stays unknown only the rules both genders
  // share apply, which leaves gendered surnames (Иванов/Иванова) as written.
  if (gender == Gender::kUnknown) gender = DetectGender(name.surname, name.first_name, name.patronymic);
  static Memo<FullName> memo;
  const std::string key = name.surname + '\n' + name.first_name + '\n' + name.patronymic + '\n' +
                          static_cast<char>('0' + static_cast<int>(gender)) + static_cast<char>('0' + static_cast<int>(c));
  return memo.Get(key, [&]() -> FullName {
    const Rules& rules = PetrovichRules();
    return {DeclineWord(name.surname, rules.last, gender, c), DeclineWord(name.first_name, rules.first, gender, c),
            DeclineWord(name.patronymic, rules.middle, gender, c)};
  });
}

std::string DeclineFull(const FullName& name, Gender gender, Case c) {
  FullName d = Decline(name, gender, c);
  std::string out = d.surname;
  for (const std::string* part : {&d.first_name, &d.patronymic}) {
    if (part->empty()) continue;
    if (!out.empty()) out += ' ';
    out += *part;
  }
  return out;
}

std::string SurnameInitials(const FullName& name, Gender gender, Case c) {
  std::string surname = Decline(name, gender, c).surname;
  std::string initials = Initials(name);
  return initials.empty() ? surname : surname + "\u00A0" + initials;
}

std::string InitialsSurname(const FullName& name, Gender gender, Case c) {
  std::string surname = Decline(name, gender, c).surname;
  std::string initials = Initials(name);
  return initials.empty() ? surname : initials + "\u00A0" + surname;
}

}  // namespace nastavnik::grammar
