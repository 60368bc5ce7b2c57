#include "render/site/published_person.h"

#include <algorithm>
#include <cmath>

#include "base/text.h"
#include "model/privacy.h"

namespace nastavnik::render::site {
namespace {

// The first word of text without its last two letters: "химия" and "химии" share "хим".
std::string Stem(const std::string& text) {
  std::string word = text.substr(0, text.find(' '));
  size_t letters = text::Utf8Length(word);
  size_t keep = letters > 4 ? letters - 2 : letters, seen = 0, i = 0;
  for (; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80 && seen++ == keep) break;
  }
  return word.substr(0, i);
}

// "учитель химии и биологии" already names the subjects «химия; биология»: add only the ones
// the post does not mention.
std::string StaffRole(const model::Person& p, bool show_subject) {
  std::string role = p.position;
  if (!show_subject || p.subject.empty()) return role;
  std::string lower_role = text::ToLower(role);
  std::string extra;
  size_t start = 0;
  while (start <= p.subject.size()) {
    size_t end = p.subject.find_first_of(";,", start);
    std::string part = text::Trim(p.subject.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!part.empty() && lower_role.find(Stem(text::ToLower(part))) == std::string::npos) {
      extra += (extra.empty() ? "" : ", ") + part;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (!extra.empty()) role += (role.empty() ? "" : ", ") + extra;
  return role;
}

// «ученик-наставник» is wrong for a girl and «ученица-наставник» reads oddly; the methodology's
// own phrase «наставник из числа обучающихся» names the role without the person's gender, so it
// is right for everyone, even when the gender is unknown. Students and graduates likewise.
std::string OtherRole(model::Category c) {
  switch (c) {
    case model::Category::kPupil: return "наставник из числа обучающихся";
    case model::Category::kStudent: return "наставник из числа студентов";
    case model::Category::kEmployer: return "наставник от предприятия";
    case model::Category::kGraduate: return "наставник из числа выпускников";
    default: return "наставник";
  }
}

}  // namespace

std::optional<PublishedPerson> PublishPerson(const model::Person& person, const model::PrivacySettings& privacy,
                                             const std::string& photo) {
  bool staff = person.category == model::Category::kTeacher;
  auto allowed = [&](const std::string& field) { return model::MayPublish(person, field, privacy); };
  if (!allowed("full_name") || person.full_name.empty()) return std::nullopt;
  PublishedPerson out;
  out.fields["full_name"] = person.full_name;
  if (staff) {
    if (allowed("position") && !person.position.empty()) out.fields["position"] = person.position;
    if (allowed("subject") && !person.subject.empty()) out.fields["subject"] = person.subject;
    std::string role = allowed("position") ? StaffRole(person, allowed("subject")) : "";
    if (!role.empty()) out.fields["role"] = role;
    if (allowed("experience_years") && person.experience_years) {
      out.fields["experience_years"] =
          text::Plural(static_cast<long long>(std::floor(*person.experience_years)), "год", "года", "лет");
    }
  } else {
    out.fields["role"] = OtherRole(person.category);
  }
  if (allowed("strengths")) out.strengths = person.strengths;
  if (allowed("photo") && !photo.empty()) out.fields["photo"] = photo;
  return out;
}

}  // namespace nastavnik::render::site
