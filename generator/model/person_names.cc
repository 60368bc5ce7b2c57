#include "model/person_names.h"

#include <vector>

#include "base/text.h"

namespace nastavnik::model {
namespace {

using grammar::Case;

constexpr Case kCases[] = {Case::kNominative, Case::kGenitive,     Case::kDative,
                           Case::kAccusative, Case::kInstrumental, Case::kPrepositional};

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& w : text::Split(text::Trim(s), ' ')) {
    if (!text::Trim(w).empty()) out.push_back(text::Trim(w));
  }
  return out;
}

// The first letter of a word and a full stop: «М.».
std::string Initial(const std::string& word) {
  if (word.empty()) return "";
  size_t n = 1;
  while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
  return word.substr(0, n) + ".";
}

std::string Initials(const grammar::FullName& name) {
  std::string out = Initial(name.first_name);
  std::string second = Initial(name.patronymic);
  if (!out.empty() && !second.empty()) out += "\u00A0";
  return out + second;
}

std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "\u00A0" + b;
}

// An override gives the whole name; its initials forms take the surname from its first words.
std::string SurnameOf(const std::string& full_form, const grammar::FullName& nominative) {
  size_t surname_words = Words(nominative.surname).size();
  std::vector<std::string> words = Words(full_form);
  std::string out;
  for (size_t i = 0; i < words.size() && i < surname_words; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

}  // namespace

std::string NameSourceName(NameSource source) {
  switch (source) {
    case NameSource::kRules: return "правила";
    case NameSource::kOverride: return "исключение";
    case NameSource::kIndeclinable: return "не склоняется";
  }
  return "";
}

std::string CaseName(Case c) {
  static const char* kNames[] = {"именительный", "родительный", "дательный",
                                 "винительный",  "творительный", "предложный"};
  return kNames[static_cast<int>(c)];
}

grammar::FullName SplitFullName(std::string_view full_name) {
  std::vector<std::string> w = Words(full_name);
  grammar::FullName n;
  if (w.size() > 0) n.surname = w[0];
  if (w.size() > 1) n.first_name = w[1];
  for (size_t i = 2; i < w.size(); ++i) n.patronymic += (n.patronymic.empty() ? "" : " ") + w[i];
  return n;
}

grammar::Gender GenderOfName(std::string_view full_name) {
  grammar::FullName n = SplitFullName(full_name);
  if (n.first_name.empty()) return grammar::Gender::kUnknown;
  return grammar::DetectGender(n.surname, n.first_name, n.patronymic);
}

NameForms FormsOfName(const Program& program, std::string_view full_name, grammar::Gender gender) {
  NameForms f;
  f.gender = gender;
  const grammar::FullName name = SplitFullName(full_name);
  const std::string written = text::Trim(full_name);
  const std::string initials = Initials(name);
  auto overrides = program.declensions.find(text::FoldKey(written));
  bool changed = false;
  for (Case c : kCases) {
    const int i = static_cast<int>(c);
    std::string surname = name.surname;
    if (c == Case::kNominative) {
      f.full[i] = written;
    } else if (overrides != program.declensions.end() && overrides->second.count(c)) {
      f.full[i] = overrides->second.at(c);
      surname = SurnameOf(f.full[i], name);
      f.source = NameSource::kOverride;
    } else if (gender == grammar::Gender::kUnknown) {
      f.full[i] = written;
    } else {
      f.full[i] = grammar::DeclineFull(name, gender, c);
      surname = grammar::Decline(name, gender, c).surname;
    }
    changed = changed || f.full[i] != written;
    f.initials_surname[i] = Join(initials, surname);
    f.surname_initials[i] = Join(surname, initials);
  }
  if (!changed) f.source = NameSource::kIndeclinable;
  return f;
}

NameForms FormsOf(const Program& program, const Person& person) {
  return FormsOfName(program, person.full_name, person.gender);
}

}  // namespace nastavnik::model
