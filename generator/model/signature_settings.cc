#include "model/signature_settings.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "model/settings_reader.h"

namespace nastavnik::model {
namespace {

// RFC 5280 §4.1.2.2: a serial number is at most 20 octets.
constexpr size_t kMaxSerialDigits = 40;

// Names a school may also write for a document; the file names stay the canonical ones.
const std::vector<std::pair<std::string, std::string>>& Aliases() {
  static const std::vector<std::pair<std::string, std::string>> kAliases = {
      {"roadmap", "dorozhnaya-karta"}, {"calendar", "kalendarnyj-plan"}};
  return kAliases;
}

// The published documents: the ones a school puts on its site signed.
const std::vector<std::string>& DefaultDocuments() {
  static const std::vector<std::string> kDefault = {"polozhenie", "programma", "dorozhnaya-karta",
                                                    "kalendarnyj-plan"};
  return kDefault;
}

// "01 d7:a3…" → "01D7A3…"; spaces and colons are how viewers of certificates print a serial.
// Returns false on any other character.
bool NormalizeSerial(const std::string& text, std::string* out) {
  out->clear();
  for (char c : text) {
    if (c == ' ' || c == ':') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    out->push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return true;
}

void ReadDocuments(SettingsReader& r, SignatureSettings& s, Diagnostics& diags) {
  const load::Value* list = r.Raw("documents");
  if (!list) {
    s.documents = DefaultDocuments();
    return;
  }
  if (list->kind != load::Value::Kind::kArray) {
    diags.Error(list->where, "«signature.documents» должно быть списком документов, например [\"polozhenie\", "
                             "\"programma\"]");
    return;
  }
  std::vector<std::string> names = SignableDocuments();
  for (const auto& [alias, name] : Aliases()) names.push_back(alias);
  for (const load::Value& item : list->array) {
    std::string name = item.kind == load::Value::Kind::kString ? text::FoldKey(item.string) : "";
    for (const auto& [alias, canonical] : Aliases()) {
      if (name == alias) name = canonical;
    }
    const std::vector<std::string>& known = SignableDocuments();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      const std::string written = item.kind == load::Value::Kind::kString ? item.string : load::KindName(item.kind);
      std::string nearest = text::NearestWord(written, names);
      std::string all;
      for (const std::string& k : known) all += (all.empty() ? "«" : ", «") + k + "»";
      if (nearest.empty()) {
        diags.Error(item.where, "«" + written + "» в signature.documents — не документ, который подписывает "
                                "директор; отметку об электронной подписи можно поставить на " + all);
      } else {
        diags.Error(item.where, "неизвестный документ «" + written + "» в signature.documents; возможно, "
                                "имелся в виду «" + nearest + "»");
      }
      continue;
    }
    if (std::find(s.documents.begin(), s.documents.end(), name) == s.documents.end()) s.documents.push_back(name);
  }
}

}  // namespace

const std::vector<std::string>& SignableDocuments() {
  // The documents the director signs; consents, agreements and plans are signed by participants.
  static const std::vector<std::string> kSignable = {"polozhenie", "prikaz", "programma", "dorozhnaya-karta",
                                                     "kalendarnyj-plan"};
  return kSignable;
}

bool SignatureSettings::Signs(const std::string& document) const {
  return std::find(documents.begin(), documents.end(), document) != documents.end();
}

void ReadSignatureSettings(const load::Value* table, Program& program, Diagnostics& diags) {
  if (!table) return;
  SettingsReader r(table, "signature", diags);
  if (table->kind != load::Value::Kind::kTable) return;  // the reader reported it
  SignatureSettings s;
  s.where = table->where;
  s.owner = program.organization.director.name;
  s.position = program.organization.director.position;
  r.String("owner", &s.owner);
  r.String("position", &s.position);
  if (s.owner.empty()) {
    diags.Error(table->where, "не указан владелец сертификата: signature.owner или organization.director.name");
  }

  std::string serial;
  r.String("certificate", &serial);
  if (const load::Value* v = table->Find("certificate"); v && v->kind == load::Value::Kind::kString) {
    if (!NormalizeSerial(serial, &s.certificate)) {
      diags.Error(v->where, "номер сертификата «" + serial +
                                "» должен состоять из шестнадцатеричных цифр 0–9 и A–F, как в свойствах сертификата");
    } else if (s.certificate.empty()) {
      diags.Error(v->where, "номер сертификата (signature.certificate) пуст");
    } else if (s.certificate.size() > kMaxSerialDigits) {
      diags.Error(v->where, "номер сертификата длиннее " + std::to_string(kMaxSerialDigits) +
                                " шестнадцатеричных цифр (20 байт): проверьте, не скопировано ли лишнее");
    }
  } else if (!v) {
    diags.Error(table->where, "не указан номер сертификата (signature.certificate) — он печатается в отметке "
                              "об электронной подписи");
  }

  r.DateValue("valid_from", &s.valid_from);
  r.DateValue("valid_to", &s.valid_to);
  const load::Value* from = table->Find("valid_from");
  const load::Value* to = table->Find("valid_to");
  s.valid_from_where = from ? from->where : table->where;
  s.valid_to_where = to ? to->where : table->where;
  if (!from) diags.Error(table->where, "не указано начало срока действия сертификата (signature.valid_from)");
  if (!to) diags.Error(table->where, "не указан конец срока действия сертификата (signature.valid_to)");
  if (s.valid_from && s.valid_to && *s.valid_to < *s.valid_from) {
    diags.Error(s.valid_to_where, "срок действия сертификата кончается (" + s.valid_to->Russian() +
                                      ") раньше, чем начинается (" + s.valid_from->Russian() + ")");
  }
  ReadDocuments(r, s, diags);
  program.signature = std::move(s);
}

namespace {

// The signed documents as a sentence names them, in the order of the set.
std::string SignedDocumentNames(const SignatureSettings& s) {
  static const std::vector<std::pair<std::string, std::string>> kNames = {
      {"polozhenie", "положение"},
      {"prikaz", "приказ о внедрении"},
      {"programma", "программа"},
      {"dorozhnaya-karta", "дорожная карта"},
      {"kalendarnyj-plan", "календарный план"}};
  std::vector<std::string> names;
  for (const auto& [file, name] : kNames) {
    if (s.Signs(file)) names.push_back(name);
  }
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " и " : ", ") + names[i];
  return out;
}

// Every document the mark goes on is dated by the approval order (the order itself too): the
// certificate must be valid that day, or the mark claims a signature nobody could have made.
// Returns whether it warned, so the build-date check does not say the same twice.
bool CheckOnApprovalDate(const Program& program, Diagnostics& diags) {
  const SignatureSettings& s = *program.signature;
  const std::optional<Date>& approved = program.approval.order_date;
  if (!approved || s.documents.empty()) return false;
  const std::string what = "документы с отметкой о подписи (" + SignedDocumentNames(s) + ")";
  const std::string instead = ": укажите в [signature] сертификат, действовавший " + approved->Russian();
  if (s.valid_from && *approved < *s.valid_from) {
    diags.Warning(s.valid_from_where, "сертификат электронной подписи действует только с " + s.valid_from->Russian() +
                                          ", а " + what + " датированы " + approved->Russian() +
                                          " — днём приказа об утверждении; подписать их в этот день этим сертификатом "
                                          "было нельзя" + instead);
    return true;
  }
  if (s.valid_to && *s.valid_to < *approved) {
    diags.Warning(s.valid_to_where, "срок действия сертификата электронной подписи истёк " + s.valid_to->Russian() +
                                        " — раньше " + approved->Russian() + ", даты, которой датированы " + what +
                                        instead);
    return true;
  }
  return false;
}

}  // namespace

void CheckSignatureValidity(const Program& program, Date date, Diagnostics& diags) {
  if (!program.signature) return;
  if (CheckOnApprovalDate(program, diags)) return;
  const SignatureSettings& s = *program.signature;
  const std::string on = " (дата сборки или отчёта — " + date.Russian() + ")";
  if (s.valid_to && date > *s.valid_to) {
    diags.Warning(s.valid_to_where, "срок действия сертификата электронной подписи истёк " + s.valid_to->Russian() +
                                        on + ": подпишите документы действующим сертификатом и укажите его в [signature]");
  } else if (s.valid_from && date < *s.valid_from) {
    diags.Warning(s.valid_from_where,
                  "сертификат электронной подписи начинает действовать только " + s.valid_from->Russian() + on);
  }
}

}  // namespace nastavnik::model
