// [signature] of program.toml: what a school writes, read as the documents will print it, and
// every mistake reported at its place in one run.
#include "model/signature_settings.h"

#include <catch2/catch.hpp>

#include "load/toml.h"
#include "model/build_program.h"

namespace nastavnik::model {
namespace {

const char* kHead = R"([organization]
full_name = "МБОУ «СОШ № 3»"
[organization.director]
position = "Директор"
name = "Кравцова Елена Михайловна"
)";

struct Read {
  Program program;
  Diagnostics diags;
};

Read ReadToml(const std::string& signature) {
  Read r;
  Result<load::Value> root = load::ParseToml(std::string(kHead) + signature, "content/program.toml");
  REQUIRE(root.ok());
  BuildSettings(*root, r.program, r.diags);
  return r;
}

}  // namespace

TEST_CASE("[signature] defaults to the director and the published documents", "[model][esign]") {
  Read r = ReadToml(R"([signature]
certificate = "01 d7:a3 f5c2e8b4a9"
valid_from = "15.01.2026"
valid_to = 2027-04-15
)");
  INFO(r.diags.Format());
  CHECK(r.diags.all().empty());
  REQUIRE(r.program.signature);
  const SignatureSettings& s = *r.program.signature;
  CHECK(s.owner == "Кравцова Елена Михайловна");
  CHECK(s.position == "Директор");
  CHECK(s.certificate == "01D7A3F5C2E8B4A9");  // as a certificate viewer prints it, spaces dropped
  CHECK(s.valid_from == Date{2026, 1, 15});
  CHECK(s.valid_to == Date{2027, 4, 15});
  CHECK(s.documents == std::vector<std::string>{"polozhenie", "programma", "dorozhnaya-karta", "kalendarnyj-plan"});
  CHECK_FALSE(s.Signs("prikaz"));
  CHECK_FALSE(s.Signs("spisok-par"));
}

TEST_CASE("[signature] takes its own owner and the documents it names", "[model][esign]") {
  Read r = ReadToml(R"([signature]
owner = "Иванова Мария Петровна"
position = "Исполняющий обязанности директора"
certificate = "0A"
valid_from = "15.01.2026"
valid_to = "15.04.2027"
documents = ["prikaz", "Roadmap", "calendar", "prikaz"]
)");
  INFO(r.diags.Format());
  CHECK(r.diags.all().empty());
  REQUIRE(r.program.signature);
  CHECK(r.program.signature->owner == "Иванова Мария Петровна");
  CHECK(r.program.signature->position == "Исполняющий обязанности директора");
  CHECK(r.program.signature->documents == std::vector<std::string>{"prikaz", "dorozhnaya-karta", "kalendarnyj-plan"});
}

TEST_CASE("no [signature]: no document carries the mark", "[model][esign]") {
  Read r = ReadToml("");
  CHECK(r.diags.all().empty());
  CHECK_FALSE(r.program.signature);
}

TEST_CASE("every mistake in [signature] is reported at its place in one run", "[model][esign]") {
  Read r = ReadToml(R"([signature]
certificat = "0A"
certificate = "01D7-A3"
valid_from = "31.02.2026"
valid_to = "15.04.2027"
documents = ["polozhenie", "polozhenye", "soglasiya-nastavnikov"]
)");
  CHECK(r.diags.error_count() == 5);
  CHECK(r.diags.Format() ==
        "content/program.toml:7:1: ошибка: неизвестный ключ «signature.certificat»; возможно, имелся в виду "
        "«signature.certificate»\n"
        "content/program.toml:8:1: ошибка: номер сертификата «01D7-A3» должен состоять из шестнадцатеричных цифр 0–9 "
        "и A–F, как в свойствах сертификата\n"
        "content/program.toml:9:1: ошибка: неверная дата «31.02.2026»: ожидается ДД.ММ.ГГГГ в кавычках или "
        "ГГГГ-ММ-ДД без кавычек\n"
        "content/program.toml:11:28: ошибка: неизвестный документ «polozhenye» в signature.documents; возможно, "
        "имелся в виду «polozhenie»\n"
        "content/program.toml:11:42: ошибка: «soglasiya-nastavnikov» в signature.documents — не документ, который "
        "подписывает директор; отметку об электронной подписи можно поставить на «polozhenie», «prikaz», "
        "«programma», «dorozhnaya-karta», «kalendarnyj-plan»\n");
}

TEST_CASE("an empty certificate, a missing period and a period ending before it starts are errors", "[model][esign]") {
  Read empty = ReadToml("[signature]\ncertificate = \"  \"\nvalid_from = \"15.01.2026\"\nvalid_to = \"15.04.2027\"\n");
  CHECK(empty.diags.Format() == "content/program.toml:7:1: ошибка: номер сертификата (signature.certificate) пуст\n");

  Read missing = ReadToml("[signature]\nvalid_to = \"15.04.2027\"\n");
  CHECK(missing.diags.error_count() == 2);
  CHECK(missing.diags.Format().find("не указан номер сертификата") != std::string::npos);
  CHECK(missing.diags.Format().find("не указано начало срока действия") != std::string::npos);

  Read reversed = ReadToml("[signature]\ncertificate = \"0A\"\nvalid_from = \"15.04.2027\"\nvalid_to = \"15.01.2026\"\n");
  CHECK(reversed.diags.Format() ==
        "content/program.toml:9:1: ошибка: срок действия сертификата кончается (15.01.2026) раньше, чем начинается "
        "(15.04.2027)\n");

  Read too_long = ReadToml("[signature]\ncertificate = \"" + std::string(41, 'A') +
                           "\"\nvalid_from = \"15.01.2026\"\nvalid_to = \"15.04.2027\"\n");
  CHECK(too_long.diags.error_count() == 1);
}

TEST_CASE("a certificate not valid on the report date is a warning at its date", "[model][esign]") {
  Read r = ReadToml("[signature]\ncertificate = \"0A\"\nvalid_from = \"15.01.2026\"\nvalid_to = \"15.04.2027\"\n");
  REQUIRE(r.diags.all().empty());
  Diagnostics inside;
  CheckSignatureValidity(r.program, Date{2026, 1, 15}, inside);
  CheckSignatureValidity(r.program, Date{2027, 4, 15}, inside);
  CHECK(inside.all().empty());

  Diagnostics expired;
  CheckSignatureValidity(r.program, Date{2027, 4, 16}, expired);
  REQUIRE(expired.all().size() == 1);
  CHECK_FALSE(expired.has_errors());
  CHECK(expired.Format().starts_with("content/program.toml:9:1: предупреждение: срок действия сертификата электронной "
                                     "подписи истёк 15.04.2027 (дата сборки или отчёта — 16.04.2027)"));
  Diagnostics early;
  CheckSignatureValidity(r.program, Date{2025, 12, 1}, early);
  REQUIRE(early.all().size() == 1);
  CHECK(early.all()[0].where.line == 8);
  CHECK(early.all()[0].severity == Diagnostic::Severity::kWarning);
}

TEST_CASE("a certificate not yet valid on the approval date of the documents it signs warns at its start", "[model][esign]") {
  // Lines 6–7: [approval]; 8–12: [signature].
  Read r = ReadToml("[approval]\norder_date = 2025-08-29\n[signature]\ncertificate = \"0A\"\nvalid_from = \"01.09.2025\"\n"
                    "valid_to = \"30.11.2027\"\ndocuments = [\"polozhenie\", \"programma\"]\n");
  REQUIRE(r.diags.all().empty());
  Diagnostics late;
  // The build's date is inside the period: only the approval date tells.
  CheckSignatureValidity(r.program, Date{2025, 12, 1}, late);
  CHECK(late.Format() ==
        "content/program.toml:10:1: предупреждение: сертификат электронной подписи действует только с 01.09.2025, а "
        "документы с отметкой о подписи (положение и программа) датированы 29.08.2025 — днём приказа об утверждении; "
        "подписать их в этот день этим сертификатом было нельзя: укажите в [signature] сертификат, действовавший "
        "29.08.2025\n");
  // Built before the start as well: still one message for one problem.
  Diagnostics once;
  CheckSignatureValidity(r.program, Date{2025, 8, 30}, once);
  CHECK(once.all().size() == 1);

  Read expired = ReadToml("[approval]\norder_date = 2025-08-29\n[signature]\ncertificate = \"0A\"\n"
                          "valid_from = \"01.09.2023\"\nvalid_to = \"31.07.2025\"\ndocuments = [\"prikaz\"]\n");
  Diagnostics before;
  CheckSignatureValidity(expired.program, Date{2025, 12, 1}, before);
  REQUIRE(before.all().size() == 1);
  CHECK(before.Format() == "content/program.toml:11:1: предупреждение: срок действия сертификата электронной подписи "
                           "истёк 31.07.2025 — раньше 29.08.2025, даты, которой датированы документы с отметкой о "
                           "подписи (приказ о внедрении): укажите в [signature] сертификат, действовавший 29.08.2025\n");

  Read valid = ReadToml("[approval]\norder_date = 2025-08-29\n[signature]\ncertificate = \"0A\"\n"
                        "valid_from = \"29.08.2025\"\nvalid_to = \"30.11.2027\"\n");
  Diagnostics fine;
  CheckSignatureValidity(valid.program, Date{2025, 12, 1}, fine);
  CHECK(fine.all().empty());
}

}  // namespace nastavnik::model
