// Stage 2 (model): the organisation's ИНН and ОГРН, checked by their control digits, and the
// requisites the 152-ФЗ consents cannot go without (ст. 9 ч. 4 and ст. 10.1: the operator's name,
// address, ИНН and ОГРН). A typo in either number would print a wrong operator on every consent.
#include "model/organization_requisites.h"

#include <cctype>

namespace nastavnik::model {
namespace {

bool AllDigits(const std::string& s, size_t length) {
  if (s.size() != length) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

bool IsValidLegalInn(const std::string& inn) {
  if (!AllDigits(inn, 10)) return false;
  static const int kWeights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kWeights[i] * (inn[i] - '0');
  return sum % 11 % 10 == inn[9] - '0';
}

bool IsValidOgrn(const std::string& ogrn) {
  if (!AllDigits(ogrn, 13)) return false;
  // The first twelve digits modulo 11, computed digit by digit; the last digit of it is the check.
  int rest = 0;
  for (int i = 0; i < 12; ++i) rest = (rest * 10 + (ogrn[i] - '0')) % 11;
  return rest % 10 == ogrn[12] - '0';
}

std::string InnProblem(const std::string& inn) {
  if (IsValidLegalInn(inn)) return "";
  if (!AllDigits(inn, 10)) return "ИНН организации — 10 цифр, а записано «" + inn + "»";
  return "ИНН «" + inn + "» не проходит проверку контрольной цифры: проверьте его по выписке из ЕГРЮЛ";
}

std::string OgrnProblem(const std::string& ogrn) {
  if (IsValidOgrn(ogrn)) return "";
  if (!AllDigits(ogrn, 13)) return "ОГРН организации — 13 цифр, а записано «" + ogrn + "»";
  return "ОГРН «" + ogrn + "» не проходит проверку контрольной цифры: проверьте его по выписке из ЕГРЮЛ";
}

void CheckConsentRequisites(const Program& program, Diagnostics& diags) {
  if (program.people.empty()) return;  // no participant, no consent
  const Organization& o = program.organization;
  const char* tail = ": без него согласия на обработку и распространение персональных данных не составить "
                     "(статьи 9 и 10.1 Федерального закона № 152-ФЗ)";
  if (o.address.empty()) diags.Error(o.where, std::string("не указан адрес организации (organization.address)") + tail);
  if (o.inn.empty()) diags.Error(o.where, std::string("не указан ИНН организации (organization.inn)") + tail);
  if (o.ogrn.empty()) diags.Error(o.where, std::string("не указан ОГРН организации (organization.ogrn)") + tail);
}

}  // namespace nastavnik::model
