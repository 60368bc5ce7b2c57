#include "model/privacy.h"

#include <algorithm>

#include "base/text.h"
#include "model/settings_reader.h"

namespace nastavnik::model {
namespace {

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Published for staff by law (the school site regulations), otherwise internal.
const std::vector<std::string> kStaffPublic = {"full_name", "position", "subject", "experience_years", "role"};
// Published for anyone whose record carries consent_publish «да».
const std::vector<std::string> kConsent = {"full_name", "strengths", "photo", "role"};
// Never accepted at input, never published.
const std::vector<std::string> kForbidden = {"passport", "snils", "health", "social_status", "inn"};

}  // namespace

const std::vector<std::string>& PersonFieldNames() {
  static const std::vector<std::string> names = {
      "full_name", "position", "subject", "experience_years", "role", "strengths", "photo",
      // internal: contacts, school data, dates, consent marks, and who works with whom
      "grade", "grade_number", "gender", "requests", "capacity", "availability", "email", "phone",
      "parent_contact",
      "birth_date", "entry_date", "consent_pd", "consent_publish", "forms", "organization",
      "pairs", "pair", "mentees", "mentee", "plans", "tasks", "surveys", "answers", "results",
      "result", "case_link", "role_model",
      // forbidden
      "passport", "snils", "health", "social_status", "inn"};
  return names;
}

const std::vector<std::string>& PublishableFieldNames() {
  static const std::vector<std::string> names = {"full_name", "position", "subject",
                                                 "experience_years", "strengths", "photo"};
  return names;
}

FieldClass ClassOfField(const std::string& field, bool staff, const PrivacySettings& privacy) {
  if (Contains(kForbidden, field)) return FieldClass::kForbidden;
  if (!Contains(PersonFieldNames(), field)) return FieldClass::kPublic;
  // "role" is the card's caption (a post or «наставник-обучающийся»): it follows the name.
  const std::string& own = field == "role" ? std::string("full_name") : field;
  if (Contains(privacy.internal, own)) return FieldClass::kInternal;
  if (staff && Contains(kStaffPublic, field) && !Contains(privacy.consent, own)) return FieldClass::kPublic;
  if (Contains(kConsent, field) || (staff && Contains(kStaffPublic, field))) return FieldClass::kConsent;
  return FieldClass::kInternal;
}

bool MayPublish(const Person& person, const std::string& field, const PrivacySettings& privacy) {
  FieldClass c = ClassOfField(field, person.category == Category::kTeacher, privacy);
  return c == FieldClass::kPublic || (c == FieldClass::kConsent && person.consent_publish);
}

void ReadPrivacy(const load::Value* table, PrivacySettings& privacy, Diagnostics& diags) {
  if (table && table->kind != load::Value::Kind::kTable) {
    diags.Error(table->where, "«privacy» должно быть таблицей [privacy]");
    return;
  }
  SettingsReader r(table, "privacy", diags);
  const load::Value* consent = r.Raw("consent");
  const load::Value* internal = r.Raw("internal");
  auto read = [&](const load::Value* list, const char* key, std::vector<std::string>& out) {
    if (!list) return;
    if (list->kind != load::Value::Kind::kArray) {
      diags.Error(list->where, std::string("«privacy.") + key + "» должно быть списком полей [\"…\", \"…\"]");
      return;
    }
    for (const load::Value& item : list->array) {
      if (item.kind != load::Value::Kind::kString) {
        diags.Error(item.where, std::string("«privacy.") + key + "»: каждое поле пишется строкой в кавычках");
        continue;
      }
      const std::string& name = item.string;
      if (Contains(PublishableFieldNames(), name)) {
        bool loosens = std::string(key) == "consent" && !Contains(kStaffPublic, name);
        if (loosens) {
          diags.Error(item.where, "поле «" + name + "» и так публикуется только с согласием: в «privacy.consent» "
                                  "перечисляют общедоступные поля педагогов (full_name, position, subject, experience_years)");
          continue;
        }
        out.push_back(name);
      } else if (Contains(PersonFieldNames(), name)) {
        diags.Error(item.where, "поле «" + name + "» и так не публикуется на сайте: класс можно только ужесточить");
      } else {
        std::string hint = text::NearestWord(name, PublishableFieldNames());
        diags.Error(item.where, "неизвестное поле «" + name + "» в «privacy." + key + "»" +
                                    (hint.empty() ? "" : ": может быть, «" + hint + "»?"));
      }
    }
  };
  read(consent, "consent", privacy.consent);
  read(internal, "internal", privacy.internal);
}

}  // namespace nastavnik::model
