// Stage 4 (render): the grammatical forms document templates read. A name, a title or an
// organisation is a word: {{x.name}} prints it as written, {{x.name.genitive}} in a case
// (README «Шаблоны документов» lists every form).
#pragma once

#include <string>

#include "model/person_names.h"
#include "model/program.h"
#include "render/template_engine.h"

namespace nastavnik::render::documents {

/// The form keys of the six cases: nominative, genitive, dative, accusative, instrumental,
/// prepositional.
const char* CaseKey(grammar::Case c);

/// A full name with forms <case>, initials[_<case>] («М. А. Голубевой») and
/// surname_initials[_<case>] («Голубевой М. А.»).
TemplateValue NameWord(const model::NameForms& forms);
/// An organisation name or a document title declined by its type phrase; lower_first puts the
/// declined forms (not the nominative) in lower case, as they stand inside a sentence.
TemplateValue PhraseWord(const std::string& phrase, bool lower_first);
/// A position («заместитель директора по УВР»), declined as naming a person, in lower case.
TemplateValue PositionWord(const std::string& position);
/// A word agreeing with a gender («обучающийся» → «обучающейся»); when the gender is unknown,
/// the forms of neutral, a noun both genders take («ребёнок»), or of the masculine when empty.
TemplateValue GenderedWord(const std::string& masculine, grammar::Gender g, const std::string& neutral = {});

/// Flags a template branches on: gender_known, male, female.
void SetGenderFlags(TemplateValue& v, grammar::Gender g);
/// A participant: name (a word), initials, role, minor, mentor, mentee, the gender flags and
/// pupil («обучающийся» agreeing with the gender, «ребёнок» when it is unknown).
TemplateValue PersonValues(const model::Program& program, const model::Person& p);
/// An official of program.toml (director, approver): name (a word), position (a word), initials,
/// acting («действующий»/«действующая») and the gender flags.
TemplateValue OfficialValues(const model::Program& program, const model::Official& o);

}  // namespace nastavnik::render::documents
