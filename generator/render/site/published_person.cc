#include "render/site/published_person.h"

#include <algorithm>
#include <cmath>

#include "base/text.h"
#include "model/privacy.h"

namespace nastavnik::render::site {
namespace {

// "учитель математики" already names the subject "математика": compare by word stem.
std::string StaffRole(const model::Person& p, bool show_subject) {
  std::string role = p.position;
  if (!show_subject || p.subject.empty()) return role;
  std::string subject = text::ToLower(p.subject);
  std::string stem = subject.substr(0, std::min<size_t>(10, subject.size()));
  if (text::ToLower(role).find(stem) == std::string::npos) role += (role.empty() ? "" : ", ") + p.subject;
  return role;
}

std::string OtherRole(model::Category c) {
  switch (c) {
    case model::Category::kPupil: return "ученик-наставник";
    case model::Category::kStudent: return "студент-наставник";
    case model::Category::kEmployer: return "наставник от предприятия";
    case model::Category::kGraduate: return "выпускник-наставник";
    default: return "наставник";
  }
}

}  // namespace

std::optional<PublishedPerson> PublishPerson(const model::Person& person, const model::PrivacySettings& privacy,
                                             const std::string& photo) {
  bool staff = person.category == model::Category::kTeacher;
  auto allowed = [&](const std::string& field) {
    model::FieldClass c = model::ClassOfField(field, staff, privacy);
    return c == model::FieldClass::kPublic || (c == model::FieldClass::kConsent && person.consent_publish);
  };
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
