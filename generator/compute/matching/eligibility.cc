#include "compute/matching/eligibility.h"

#include <algorithm>

#include "base/text.h"
#include "base/utf8.h"
#include "compute/matching/subjects.h"
#include "model/availability.h"

namespace nastavnik::compute::matching {
namespace {

using model::Category;
using model::Form;

// Words that appear in requests of every kind and would make unrelated items "match".
bool IsStopStem(const std::u32string& stem) {
  static const std::vector<std::u32string> kStop = {
      U"для", U"над", U"при", U"или", U"как", U"это", U"все", U"так", U"его", U"они",
      U"подго", U"работ", U"умени", U"навык", U"участ", U"интер", U"увере", U"разви",
      U"повыш", U"помощ", U"новый", U"новой", U"свое", U"своих", U"основ"};
  return std::find(kStop.begin(), kStop.end(), stem) != kStop.end();
}

bool IsLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'а' && c <= U'я') || c == U'ё' || (c >= U'0' && c <= U'9');
}

uint8_t FormBit(Form f) { return static_cast<uint8_t>(1u << static_cast<int>(f)); }

uint8_t FormMask(const std::vector<Form>& forms) {
  uint8_t mask = 0;
  for (Form f : forms) mask |= FormBit(f);
  return mask;
}

}  // namespace

std::optional<Form> FormFor(Category mentor, Category mentee) {
  if (mentee == Category::kTeacher) {
    return mentor == Category::kTeacher ? std::optional<Form>(Form::kTeacherTeacher) : std::nullopt;
  }
  if (mentee != Category::kPupil) return std::nullopt;
  switch (mentor) {
    case Category::kPupil: return Form::kPupilPupil;
    case Category::kTeacher:
    case Category::kParent:    // methodology 4.3: a parent or a graduate may mentor a pupil in
    case Category::kGraduate:  // the form «педагог – обучающийся»
      return Form::kTeacherPupil;
    case Category::kEmployer: return Form::kEmployerPupil;
    case Category::kStudent: return Form::kStudentPupil;
    default: return std::nullopt;
  }
}

const std::vector<int>& Stems::Of(const std::string& text) {
  if (auto it = known_.find(text); it != known_.end()) return it->second;
  std::vector<int> out;
  std::u32string word;
  auto flush = [&] {
    if (word.size() >= 3) {
      std::u32string stem = word.substr(0, 5);
      if (!IsStopStem(stem)) {
        std::string key;
        for (char32_t c : stem) utf8::Append(&key, c == U'ё' ? U'е' : c);
        auto [it, fresh] = ids_.emplace(key, static_cast<int>(ids_.size()));
        out.push_back(it->second);
      }
    }
    word.clear();
  };
  for (char32_t c : utf8::Decode(text::ToLower(text))) {
    if (IsLetter(c)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return known_.emplace(text, std::move(out)).first->second;
}

int Stems::Day(const std::string& token) const { return model::ParseWeekday(token); }

bool IsReverse(const model::Pair& pair) {
  std::string role = text::ToLower(pair.role_model);
  return role.find("реверс") != std::string::npos || role.find("обратн") != std::string::npos;
}

RuleSet WaivedBy(const model::Pair& pair) {
  return IsReverse(pair) ? Bit(Rule::kExperience) : 0;
}

bool Intersects(const std::vector<int>& a, const std::vector<int>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

Eligibility::Eligibility(const model::Program& program) : program_(program) {
  forms_in_use_ = FormMask(program.settings.forms);
  subject_forms_ = FormMask(program.matching.subject_forms);
  std::unordered_map<std::string, int> organizations;
  std::string own = text::FoldKey(program.organization.short_name);
  std::string own_full = text::FoldKey(program.organization.full_name);
  organizations[""] = 0;
  // A region has thousands of people per organisation and a handful of day spellings: each
  // distinct cell is folded once.
  std::unordered_map<std::string, int> organization_of_cell;
  std::unordered_map<std::string, int> day_of_cell;
  features_.reserve(program.people.size());
  Subjects subjects(program.matching);
  for (const model::Person& p : program.people) {
    Features f;
    f.category = p.category;
    f.forms = p.forms.empty() ? 0xFF : FormMask(p.forms);
    for (const std::string& d : p.availability) {
      auto [known, fresh] = day_of_cell.emplace(d, 0);
      if (fresh) known->second = stems_.Day(d);
      int day = known->second;
      if (day >= 0) f.days |= static_cast<uint8_t>(1u << day);
    }
    f.grade = p.grade_number;
    f.experience = p.experience_years.value_or(-1);
    auto [cell, fresh] = organization_of_cell.emplace(p.organization, 0);
    if (fresh) {
      std::string org = text::FoldKey(p.organization);
      if (org == own || org == own_full) org = "";
      cell->second = organizations.emplace(org, static_cast<int>(organizations.size())).first->second;
    }
    f.organization = cell->second;
    f.subject = subjects.Of(p.subject);
    f.subject_stems = stems_.Of(p.subject);
    for (const std::string& s : p.strengths) {
      const std::vector<int>& st = stems_.Of(s);
      f.strengths.insert(f.strengths.end(), st.begin(), st.end());
    }
    std::sort(f.strengths.begin(), f.strengths.end());
    f.strengths.erase(std::unique(f.strengths.begin(), f.strengths.end()), f.strengths.end());
    for (const std::string& r : p.requests) {
      f.requests.push_back(stems_.Of(r));
      f.request_stems.insert(f.request_stems.end(), f.requests.back().begin(), f.requests.back().end());
    }
    std::sort(f.request_stems.begin(), f.request_stems.end());
    f.request_stems.erase(std::unique(f.request_stems.begin(), f.request_stems.end()), f.request_stems.end());
    features_.push_back(std::move(f));
  }
  // Wishes name a mentor by id or by name (folded): resolved once, not per candidate pair.
  std::unordered_map<std::string, std::vector<uint32_t>> by_name;
  for (size_t i = 0; i < program.people.size(); ++i) {
    const model::Person& p = program.people[i];
    if (p.wishes.empty()) continue;
    if (by_name.empty()) {
      for (size_t k = 0; k < program.people.size(); ++k) {
        by_name[text::FoldKey(program.people[k].full_name)].push_back(static_cast<uint32_t>(k));
      }
    }
    std::vector<uint32_t>& wished = features_[i].wished;
    for (const std::string& w : p.wishes) {
      if (auto it = program.person_index.find(w); it != program.person_index.end()) {
        wished.push_back(static_cast<uint32_t>(it->second));
      }
      if (auto it = by_name.find(text::FoldKey(w)); it != by_name.end()) {
        wished.insert(wished.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(wished.begin(), wished.end());
    wished.erase(std::unique(wished.begin(), wished.end()), wished.end());
  }
  for (const model::ForbiddenPair& fp : program.forbidden) {
    auto a = program.person_index.find(fp.mentor), b = program.person_index.find(fp.mentee);
    if (a == program.person_index.end() || b == program.person_index.end()) continue;
    forbidden_.insert((static_cast<uint64_t>(a->second) << 32) | b->second);
  }
}

RuleSet Eligibility::Check(size_t mentor, size_t mentee, Form* form_out) const {
  if (mentor == mentee) return Bit(Rule::kSelf);
  const Features& a = features_[mentor];
  const Features& b = features_[mentee];
  const model::MatchingSettings& m = program_.matching;
  RuleSet failed = 0;
  std::optional<Form> form = FormFor(a.category, b.category);
  if (!form) {
    failed |= Bit(Rule::kNoForm);
  } else {
    if (form_out) *form_out = *form;
    uint8_t bit = FormBit(*form);
    if (!(forms_in_use_ & bit)) failed |= Bit(Rule::kFormNotInUse);
    if (!(a.forms & bit)) failed |= Bit(Rule::kFormMentor);
    if (!(b.forms & bit)) failed |= Bit(Rule::kFormMentee);
    if (*form == Form::kPupilPupil && a.grade - b.grade < m.min_grade_gap) failed |= Bit(Rule::kGrade);
    if (*form == Form::kTeacherTeacher &&
        (a.experience < m.min_mentor_experience ||
         a.experience - std::max(b.experience, 0.0) < m.min_experience_gap)) {
      failed |= Bit(Rule::kExperience);
    }
    if ((subject_forms_ & bit) && !b.subject.empty() && !Intersects(a.subject, b.subject)) {
      failed |= Bit(Rule::kSubject);
    }
  }
  if (!m.network && a.organization != b.organization) failed |= Bit(Rule::kOrganization);
  if (a.days && b.days && !(a.days & b.days)) failed |= Bit(Rule::kAvailability);
  if (!forbidden_.empty() && forbidden_.count((static_cast<uint64_t>(mentor) << 32) | mentee)) {
    failed |= Bit(Rule::kForbidden);
  }
  return failed;
}

}  // namespace nastavnik::compute::matching
