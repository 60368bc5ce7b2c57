// Благодарственные письма for every pair or group completed with a result, worded for whom they
// thank (the methodology's motivation measures): an adult mentor; a pupil mentor and, apart, the
// pupil's parents; and the employer of a mentor who came from an outside organisation.
#include <array>
#include <map>
#include <string_view>
#include <unordered_map>

#include "base/text.h"
#include "model/person_names.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/grammar_values.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

using grammar::Case;
using grammar::Gender;

// «Уважаемая Ирина Викторовна!», «Дорогой Артём!» for a pupil; with the gender unknown the name
// alone, since the adjective would have to guess.
std::string Salutation(const model::Person& mentor) {
  const grammar::FullName name = model::SplitFullName(mentor.full_name);
  if (name.first_name.empty()) return mentor.full_name + "!";
  const bool pupil = mentor.category == model::Category::kPupil;
  const std::string called = pupil || name.patronymic.empty() ? name.first_name : name.first_name + " " + name.patronymic;
  if (mentor.gender == Gender::kUnknown) return called + "!";
  return grammar::AgreeWithPerson(pupil ? "Дорогой" : "Уважаемый", mentor.gender, Case::kNominative) + " " + called + "!";
}

// «сын»/«дочь» in every case, for the letter to a pupil mentor's parents; «ребёнок» when unknown.
TemplateValue ChildWord(Gender g) {
  static const char* kSon[] = {"сын", "сына", "сыну", "сына", "сыном", "сыне"};
  static const char* kDaughter[] = {"дочь", "дочери", "дочери", "дочь", "дочерью", "дочери"};
  static const char* kChild[] = {"ребёнок", "ребёнка", "ребёнку", "ребёнка", "ребёнком", "ребёнке"};
  const char** forms = g == Gender::kMale ? kSon : g == Gender::kFemale ? kDaughter : kChild;
  std::map<std::string, std::string> word;
  for (int i = 0; i < 6; ++i) word[CaseKey(static_cast<Case>(i))] = forms[i];
  return TemplateValue::Word(forms[0], std::move(word));
}

// The mentor came from an organisation of their own (форма «работодатель – ученик»).
bool HasEmployer(const model::Program& program, const model::Person& mentor) {
  return mentor.category == model::Category::kEmployer && !text::Trim(mentor.organization).empty() &&
         text::FoldKey(mentor.organization) != text::FoldKey(program.organization.short_name) &&
         text::FoldKey(mentor.organization) != text::FoldKey(program.organization.full_name);
}

// The mentees' names joined, as a word: {{pair.mentees.instrumental}} «с Голубевой Марией Александровной».
TemplateValue Mentees(const model::Program& program, const model::Pair& pair) {
  std::array<std::string, 6> joined;
  for (const std::string& id : pair.mentees) {
    const model::Person* m = Find(program, id);
    if (!m) continue;
    const model::NameForms f = model::FormsOf(program, *m);
    for (size_t c = 0; c < joined.size(); ++c) joined[c] += (joined[c].empty() ? "" : ", ") + f.full[c];
  }
  std::map<std::string, std::string> forms;
  for (size_t c = 0; c < joined.size(); ++c) forms[CaseKey(static_cast<Case>(c))] = joined[c];
  return TemplateValue::Word(joined[0], std::move(forms));
}

// A result is free text; the letter's sentence ends with a full stop all the same.
std::string Sentence(const std::string& text) {
  std::string t = text::Trim(text);
  if (!t.empty() && std::string_view(".!?").find(t.back()) == std::string_view::npos &&
      !t.ends_with("…")) t += ".";
  return t;
}

// A minor mentee's name, results and role label («неуспевающий») are that child's personal data:
// a letter goes to another person and is read out at a ceremony, so it then names no mentee.
bool HasMinorMentee(const model::Program& program, const model::Pair& pair) {
  for (const std::string& id : pair.mentees) {
    const model::Person* m = Find(program, id);
    if (!m || m->is_minor_pupil()) return true;
  }
  return false;
}

TemplateValue LetterValues(const model::Program& program, const model::Pair& pair, const model::Person& mentor) {
  TemplateValue values = ProgramValues(program);
  TemplateValue p;
  const bool minor = HasMinorMentee(program, pair);
  p.Set("salutation", Salutation(mentor)).Set("mentor", mentor.full_name)
      .Set("form", model::FormName(pair.form)).Set("group", TemplateValue::Bool(pair.is_group()))
      .Set("period", Period(pair.start, pair.end)).Set("named", TemplateValue::Bool(!minor));
  if (!minor) {
    p.Set("mentees", Mentees(program, pair)).Set("result", Sentence(pair.result)).Set("role_model", pair.role_model);
  }
  values.Set("pair", p);
  TemplateValue m = PersonValues(program, mentor);
  m.Set("child", ChildWord(mentor.gender))
      .Set("teacher", TemplateValue::Bool(mentor.category == model::Category::kTeacher))
      .Set("employer", PhraseWord(mentor.organization, false));
  values.Set("mentor", m);
  return values;
}

struct Letter {
  std::string template_name;
  std::vector<std::string> addressee;  // the corner block; empty for none
};

std::vector<Letter> LettersFor(const model::Program& program, const model::Person& mentor) {
  if (mentor.category == model::Category::kPupil) {
    return {{"documents/thanks_pupil.md", {}}, {"documents/thanks_parent.md", {}}};
  }
  std::vector<Letter> out = {{"documents/thanks.md", {}}};
  if (HasEmployer(program, mentor)) {
    out.push_back({"documents/thanks_employer.md",
                   {"Руководителю", grammar::DeclinePhrase(mentor.organization, Case::kGenitive, true)}});
  }
  return out;
}

// The earliest results order naming each mentor; the key "" for an order naming no pair, which
// rewards every pair with a result. Found once: a big school has thousands of letters.
std::map<std::string, Date> ResultsOrderDates(const model::Program& program) {
  std::unordered_map<std::string_view, const model::Pair*> pairs;
  for (const model::Pair& p : program.pairs) pairs.emplace(p.id, &p);
  std::map<std::string, Date> out;
  auto note = [&out](const std::string& mentor, const Date& d) {
    auto [it, added] = out.emplace(mentor, d);
    if (!added && d < it->second) it->second = d;
  };
  for (const model::Order& o : program.orders) {
    if (o.kind != model::OrderKind::kResults || !o.date) continue;
    if (o.pairs.empty()) note("", *o.date);
    for (const std::string& id : o.pairs) {
      if (auto p = pairs.find(id); p != pairs.end()) note(p->second->mentor, *o.date);
    }
  }
  return out;
}

// A letter is handed out after the results order decides «вручить благодарственные письма», so
// it bears that order's date; dated with the pair's end it would precede the decision by months.
// Without such an order: the later of the program's end and the pair's.
std::optional<Date> LetterDate(const model::Program& program, const std::map<std::string, Date>& orders,
                               const model::Pair& pair) {
  std::optional<Date> best;
  for (const std::string& key : {pair.mentor, std::string()}) {
    if (auto it = orders.find(key); it != orders.end() && (!best || it->second < *best)) best = it->second;
  }
  if (best) return best;
  if (program.settings.end && (!pair.end || *pair.end < *program.settings.end)) return program.settings.end;
  return pair.end;
}

// A letter's salutation («Уважаемая Ирина Викторовна!») stands centred under its title, as
// letters of thanks are set; the templates write it as a heading.
void CenterSalutation(std::vector<doc::Block>& body) {
  for (doc::Block& b : body) {
    if (b.kind == doc::BlockKind::kHeading) b.align = doc::Align::kCenter;
  }
}

}  // namespace

std::vector<const model::Pair*> PairsWithResults(const model::Program& program) {
  std::vector<const model::Pair*> out;
  for (const model::Pair& p : program.pairs) {
    if (p.status == model::PairStatus::kCompleted && !text::Trim(p.result).empty()) out.push_back(&p);
  }
  return out;
}

Result<doc::Document> BuildThanksLetters(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.bound_set = true;  // a letter per mentor, each numbered on its own
  d.title = "Благодарственные письма наставникам — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  const std::map<std::string, Date> order_dates = ResultsOrderDates(program);
  for (const model::Pair* pair : PairsWithResults(program)) {
    const model::Person* mentor = Find(program, pair->mentor);
    if (!mentor) continue;
    const TemplateValue values = LetterValues(program, *pair, *mentor);
    for (const Letter& letter : LettersFor(program, *mentor)) {
      if (!d.blocks.empty()) d.blocks.push_back(PageBreak());
      if (!letter.addressee.empty()) d.blocks.push_back(Corner(letter.addressee));
      d.blocks.push_back(doc::Paragraph(program.organization.full_name, doc::Align::kCenter));
      Append(d.blocks, Title("БЛАГОДАРСТВЕННОЕ ПИСЬМО", ""));
      Result<std::vector<doc::Block>> body = TemplateBlocks(templates, letter.template_name, values);
      if (!body.ok()) return body.status();
      CenterSalutation(*body);
      Append(d.blocks, std::move(*body));
      d.blocks.push_back(DirectorSignature(program));
      const std::optional<Date> dated = LetterDate(program, order_dates, *pair);
      d.blocks.push_back(doc::Paragraph(dated ? dated->RussianLong() : DateOrBlank(std::nullopt), doc::Align::kLeft));
    }
  }
  return d;
}

}  // namespace nastavnik::render::documents
