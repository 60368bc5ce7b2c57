#include "model/site_contacts.h"

#include "base/text.h"
#include "base/utf8.h"

namespace nastavnik::model {
namespace {

Location Where(const load::Value& root, const char* table, const char* key) {
  const load::Value* t = root.Find(table);
  const load::Value* v = t ? t->Find(key) : nullptr;
  return v ? v->where : root.where;
}

std::string PhoneProblem(const std::string& phone) {
  int digits = 0;
  std::string rest = phone;
  // "доб. 12": an extension after the number.
  size_t ext = text::ToLower(rest).find("доб");
  if (ext != std::string::npos) rest = rest.substr(0, ext);
  for (size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (std::string_view(" +-()").find(c) == std::string_view::npos) {
      return "в номере телефона «" + phone + "» есть знак «" + utf8::CharAt(rest, i) +
             "»: пишите цифры, пробелы, скобки и дефисы, например «+7 (342) 123-45-67»";
    }
  }
  if (digits < 5 || digits > 15) {
    return "«" + phone + "» не похож на номер телефона (цифр: " + std::to_string(digits) +
           "): пишите его полностью, например «+7 (342) 123-45-67»";
  }
  return "";
}

std::string EmailProblem(const std::string& email) {
  size_t at = email.find('@');
  bool ok = at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
            email.find_first_of(" \t<>\",;:()[]") == std::string::npos &&
            email.find('.', at + 2) != std::string::npos && !email.ends_with(".");
  return ok ? "" : "«" + email + "» не похоже на адрес электронной почты: нужен адрес вида «school@example.ru»";
}

std::string BaseUrlProblem(const std::string& url) {
  if (url.find_first_of(" \t\"<>") != std::string::npos) {
    return "в адресе сайта «" + url + "» есть пробел или кавычка: запишите адрес без них";
  }
  std::string lower = text::ToLower(url);
  if (url.starts_with("/")) return "";
  for (const char* scheme : {"https://", "http://"}) {
    if (lower.starts_with(scheme) && url.size() > std::string_view(scheme).size() &&
        url[std::string_view(scheme).size()] != '/') {
      return "";
    }
  }
  return "адрес сайта «" + url + "» должен начинаться с https:// и имени сервера (например «https://school.example.ru/"
         "nastavnichestvo/») или с «/» — иначе ссылки в ленте новостей и карте сайта не откроются";
}

}  // namespace

std::string MenuUrlProblem(const std::string& url) {
  std::string lower = text::ToLower(text::Trim(url));
  size_t colon = lower.find(':');
  size_t slash = lower.find_first_of("/?#");
  if (colon == std::string::npos || (slash != std::string::npos && slash < colon)) return "";
  for (const char* ok : {"http:", "https:", "mailto:", "tel:"}) {
    if (lower.starts_with(ok)) return "";
  }
  return "адрес пункта меню «" + url + "» начинается с «" + lower.substr(0, colon + 1) +
         "»: в меню допустимы страницы сайта и адреса http://, https://, mailto: и tel:";
}

void CheckSiteContacts(const load::Value& root, const Program& program, Diagnostics& diags) {
  const Organization& o = program.organization;
  if (!o.phone.empty()) {
    if (std::string p = PhoneProblem(o.phone); !p.empty()) diags.Error(Where(root, "organization", "phone"), p);
  }
  if (!o.email.empty()) {
    if (std::string p = EmailProblem(o.email); !p.empty()) diags.Error(Where(root, "organization", "email"), p);
  }
  if (!program.site.base_url.empty()) {
    if (std::string p = BaseUrlProblem(program.site.base_url); !p.empty()) diags.Error(Where(root, "site", "base_url"), p);
  }
}

}  // namespace nastavnik::model
