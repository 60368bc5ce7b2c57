#include "render/documents/grammar_values.h"

#include <map>

#include "base/text.h"
#include "render/documents/blocks.h"

namespace nastavnik::render::documents {
namespace {

using grammar::Case;

constexpr Case kCases[] = {Case::kNominative, Case::kGenitive,     Case::kDative,
                           Case::kAccusative, Case::kInstrumental, Case::kPrepositional};

// The forms of «ребёнок», the noun a parent's consent uses when the child's gender is unknown.
std::string NeutralForm(const std::string& neutral, Case c) {
  if (neutral != "ребёнок") return neutral;
  static const char* kChild[] = {"ребёнок", "ребёнка", "ребёнку", "ребёнка", "ребёнком", "ребёнке"};
  return kChild[static_cast<int>(c)];
}

}  // namespace

const char* CaseKey(Case c) {
  static const char* kKeys[] = {"nominative", "genitive", "dative", "accusative", "instrumental", "prepositional"};
  return kKeys[static_cast<int>(c)];
}

TemplateValue NameWord(const model::NameForms& f) {
  std::map<std::string, std::string> forms;
  for (Case c : kCases) {
    const int i = static_cast<int>(c);
    const std::string key = CaseKey(c);
    forms[key] = f.full[i];
    forms["initials_" + key] = f.initials_surname[i];
    forms["surname_initials_" + key] = f.surname_initials[i];
  }
  forms["initials"] = f.initials_surname[0];
  forms["surname_initials"] = f.surname_initials[0];
  return TemplateValue::Word(f.full[0], std::move(forms));
}

TemplateValue PhraseWord(const std::string& phrase, bool lower_first) {
  if (phrase.empty()) return TemplateValue::Text("");
  std::map<std::string, std::string> forms;
  for (Case c : kCases) {
    forms[CaseKey(c)] = c == Case::kNominative ? phrase : grammar::DeclinePhrase(phrase, c, lower_first);
  }
  return TemplateValue::Word(phrase, std::move(forms));
}

TemplateValue PositionWord(const std::string& position) {
  if (position.empty()) return TemplateValue::Text("");
  std::map<std::string, std::string> forms;
  for (Case c : kCases) {
    forms[CaseKey(c)] = c == Case::kNominative ? position : grammar::DeclinePhrase(position, c, true, true);
  }
  return TemplateValue::Word(position, std::move(forms));
}

TemplateValue GenderedWord(const std::string& masculine, grammar::Gender g, const std::string& neutral) {
  std::map<std::string, std::string> forms;
  for (Case c : kCases) {
    forms[CaseKey(c)] = g == grammar::Gender::kUnknown && !neutral.empty() ? NeutralForm(neutral, c)
                                                                           : grammar::AgreeWithPerson(masculine, g, c);
  }
  std::string plain = forms["nominative"];
  return TemplateValue::Word(std::move(plain), std::move(forms));
}

void SetGenderFlags(TemplateValue& v, grammar::Gender g) {
  v.Set("gender_known", TemplateValue::Bool(g != grammar::Gender::kUnknown))
      .Set("male", TemplateValue::Bool(g == grammar::Gender::kMale))
      .Set("female", TemplateValue::Bool(g == grammar::Gender::kFemale));
}

TemplateValue PersonValues(const model::Program& program, const model::Person& p) {
  TemplateValue v;
  v.Set("name", NameWord(model::FormsOf(program, p)))
      .Set("initials", text::InitialsFirst(p.full_name))
      .Set("role", PersonRole(p))
      .Set("position", PositionWord(p.position))
      .Set("organization", p.organization)
      .Set("minor", TemplateValue::Bool(p.is_minor_pupil()))
      .Set("mentor", TemplateValue::Bool(p.is_mentor))
      .Set("mentee", TemplateValue::Bool(p.is_mentee))
      .Set("pupil", GenderedWord("обучающийся", p.gender, "ребёнок"));
  SetGenderFlags(v, p.gender);
  return v;
}

TemplateValue OfficialValues(const model::Program& program, const model::Official& o) {
  const grammar::Gender g = model::GenderOfName(o.name);
  TemplateValue v;
  v.Set("name", NameWord(model::FormsOfName(program, o.name, g)))
      .Set("position", PositionWord(o.position))
      .Set("initials", text::InitialsFirst(o.name))
      .Set("acting", GenderedWord("действующий", g));
  SetGenderFlags(v, g);
  return v;
}

}  // namespace nastavnik::render::documents
