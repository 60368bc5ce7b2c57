// Organisation names and document titles: the adjectives before the head noun and the head noun
// take the case; words after the head noun (already in the genitive: «программа наставничества»),
// abbreviations (МБОУ) and everything from the first quotation mark on stay as written.
#include <vector>

#include "base/grammar/grammar.h"
#include "base/grammar/letters.h"
#include "base/grammar/memo.h"
#include "base/utf8.h"

namespace nastavnik::grammar {
namespace {

struct Ending {
  std::u32string_view nominative;
  std::u32string_view forms[5];  // genitive, dative, accusative, instrumental, prepositional
};

bool AfterVelar(std::u32string_view w, size_t ending) {
  if (w.size() <= ending) return false;
  char32_t c = w[w.size() - ending - 1];
  return c == U'г' || c == U'к' || c == U'х';
}

bool AfterHushing(std::u32string_view w, size_t ending) {
  if (w.size() <= ending) return false;
  char32_t c = w[w.size() - ending - 1];
  return c == U'ж' || c == U'ш' || c == U'ч' || c == U'щ';
}

// Adjective endings (inanimate nouns: the accusative of the masculine equals the nominative).
const Ending* AdjectiveEnding(std::u32string_view w) {
  static const Ending kHard[] = {
      {U"ое", {U"ого", U"ому", U"ое", U"ым", U"ом"}}, {U"ая", {U"ой", U"ой", U"ую", U"ой", U"ой"}},
      {U"ый", {U"ого", U"ому", U"ый", U"ым", U"ом"}}, {U"ой", {U"ого", U"ому", U"ой", U"ым", U"ом"}},
      {U"ее", {U"его", U"ему", U"ее", U"им", U"ем"}}, {U"яя", {U"ей", U"ей", U"юю", U"ей", U"ей"}},
      {U"ий", {U"его", U"ему", U"ий", U"им", U"ем"}}};
  static const Ending kVelar[] = {{U"ое", {U"ого", U"ому", U"ое", U"им", U"ом"}},
                                  {U"ой", {U"ого", U"ому", U"ой", U"им", U"ом"}},
                                  {U"ий", {U"ого", U"ому", U"ий", U"им", U"ом"}}};
  static const Ending kHushingA = {U"ая", {U"ей", U"ей", U"ую", U"ей", U"ей"}};
  if (AfterVelar(w, 2))
    for (const Ending& e : kVelar)
      if (EndsWith(w, e.nominative)) return &e;
  if (AfterHushing(w, 2) && EndsWith(w, U"ая")) return &kHushingA;
  for (const Ending& e : kHard)
    if (EndsWith(w, e.nominative)) return &e;
  return nullptr;
}

// Noun endings for the head nouns of organisation types and document titles.
const Ending* NounEnding(std::u32string_view w) {
  static const Ending kNouns[] = {
      {U"ие", {U"ия", U"ию", U"ие", U"ием", U"ии"}}, {U"ия", {U"ии", U"ии", U"ию", U"ией", U"ии"}},
      {U"ей", {U"ея", U"ею", U"ей", U"еем", U"ее"}}, {U"й", {U"я", U"ю", U"й", U"ем", U"е"}},
      {U"я", {U"и", U"е", U"ю", U"ей", U"е"}},       {U"ь", {U"я", U"ю", U"ь", U"ем", U"е"}},
      {U"о", {U"а", U"у", U"о", U"ом", U"е"}},       {U"е", {U"я", U"ю", U"е", U"ем", U"е"}}};
  static const Ending kA = {U"а", {U"ы", U"е", U"у", U"ой", U"е"}};
  static const Ending kVelarA = {U"а", {U"и", U"е", U"у", U"ой", U"е"}};
  static const Ending kHushingA = {U"а", {U"и", U"е", U"у", U"ей", U"е"}};
  static const Ending kConsonant = {U"", {U"а", U"у", U"", U"ом", U"е"}};
  static const Ending kHushing = {U"", {U"а", U"у", U"", U"ем", U"е"}};
  if (EndsWith(w, U"а")) return AfterVelar(w, 1) ? &kVelarA : AfterHushing(w, 1) ? &kHushingA : &kA;
  for (const Ending& e : kNouns)
    if (EndsWith(w, e.nominative)) return &e;
  if (AfterHushing(w, 0)) return &kHushing;
  return &kConsonant;
}

bool IsAbbreviation(std::u32string_view w) {
  int upper = 0;
  for (char32_t c : w) upper += IsUpperLetter(c);
  return upper >= 2;
}

bool IsCyrillicWord(std::u32string_view w) {
  if (w.empty()) return false;
  for (char32_t c : w)
    if (!((c >= U'а' && c <= U'я') || c == U'ё' || (c >= U'А' && c <= U'Я') || c == U'Ё' || c == U'-')) return false;
  return true;
}

std::u32string Replace(std::u32string_view word, std::u32string_view lower, const Ending& e, Case c) {
  std::u32string out(lower.substr(0, lower.size() - e.nominative.size()));
  out += e.forms[static_cast<size_t>(c) - 1];
  return MatchCase(word, out);
}

// The feminine nominative of a masculine adjective in lower case, without -ся.
std::u32string Feminine(std::u32string_view m) {
  std::u32string stem(m.substr(0, m.size() - 2));
  bool soft = EndsWith(m, U"ий") && !AfterVelar(m, 2) && !AfterHushing(m, 2);
  return stem + (soft ? U"яя" : U"ая");
}

// A position names a person: its masculine accusative is the genitive («назначить заместителя»).
Case Animate(Case c, bool animate, std::u32string_view nominative_ending) {
  if (!animate || c != Case::kAccusative) return c;
  bool masculine = nominative_ending.empty() || nominative_ending == U"ь" || nominative_ending == U"й" ||
                   nominative_ending == U"ый" || nominative_ending == U"ий" || nominative_ending == U"ой";
  return masculine ? Case::kGenitive : c;
}

// A head noun; a compound of two nouns (педагог-психолог, учитель-логопед) declines both parts.
std::u32string DeclineNoun(std::u32string_view word, std::u32string_view lower, Case c, bool animate) {
  size_t hyphen = lower.find(U'-');
  if (hyphen != std::u32string_view::npos && hyphen > 0 && hyphen + 1 < lower.size()) {
    return DeclineNoun(word.substr(0, hyphen), lower.substr(0, hyphen), c, animate) + U"-" +
           DeclineNoun(word.substr(hyphen + 1), lower.substr(hyphen + 1), c, animate);
  }
  const Ending* e = NounEnding(lower);
  return Replace(word, lower, *e, Animate(c, animate, e->nominative));
}

}  // namespace

std::string AgreeWithPerson(std::string_view masculine, Gender g, Case c) {
  std::u32string word = utf8::Decode(masculine);
  std::u32string lower = LowerWord(word);
  std::u32string reflexive;
  if (EndsWith(lower, U"ся")) {
    reflexive = U"ся";
    lower.resize(lower.size() - 2);
  }
  if (g == Gender::kFemale && (EndsWith(lower, U"ый") || EndsWith(lower, U"ий") || EndsWith(lower, U"ой")))
    lower = Feminine(lower);
  Case form = g != Gender::kFemale && c == Case::kAccusative ? Case::kGenitive : c;
  if (const Ending* e = AdjectiveEnding(lower); e && form != Case::kNominative) {
    lower = lower.substr(0, lower.size() - e->nominative.size()) +
            std::u32string(e->forms[static_cast<size_t>(form) - 1]);
  }
  std::string out;
  for (char32_t ch : MatchCase(word, lower + reflexive)) utf8::Append(&out, ch);
  return out;
}

namespace {

std::string DeclinePhraseUncached(std::string_view phrase, Case c, bool lower_first, bool animate) {
  std::u32string text = utf8::Decode(phrase);
  size_t quote = text.find_first_of(U"«\"„“");
  std::u32string head = text.substr(0, quote);
  std::u32string result;
  bool declining = c != Case::kNominative;
  size_t i = 0;
  bool first = true;
  while (i < head.size()) {
    size_t end = head.find(U' ', i);
    if (end == std::u32string::npos) end = head.size();
    std::u32string word = head.substr(i, end - i);
    bool abbreviation = IsAbbreviation(word);
    if (declining && (abbreviation || !IsCyrillicWord(word))) declining = false;
    if (declining) {
      std::u32string lower = LowerWord(word);
      if (const Ending* adjective = AdjectiveEnding(lower)) {
        word = Replace(word, lower, *adjective, Animate(c, animate, adjective->nominative));
      } else {
        word = DeclineNoun(word, lower, c, animate);
        declining = false;  // the head noun: what follows depends on it and stays
      }
    }
    if (first && lower_first && !abbreviation && !word.empty()) word[0] = LowerLetter(word[0]);
    first = false;
    result += word;
    if (end < head.size()) result += U' ';
    i = end + 1;
  }
  if (quote != std::u32string::npos) result += text.substr(quote);
  std::string out;
  for (char32_t ch : result) utf8::Append(&out, ch);
  return out;
}

}  // namespace

std::string DeclinePhrase(std::string_view phrase, Case c, bool lower_first, bool animate) {
  static Memo<std::string> memo;
  std::string key(phrase);
  key += {'\n', static_cast<char>('0' + static_cast<int>(c)), lower_first ? 'l' : '-', animate ? 'a' : '-'};
  return memo.Get(key, [&] { return DeclinePhraseUncached(phrase, c, lower_first, animate); });
}

}  // namespace nastavnik::grammar
