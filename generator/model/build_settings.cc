// Stage 2 (model): content/program.toml into Organization, Settings, Approval and SiteSettings.
#include "base/text.h"
#include "load/encoding.h"
#include "model/build_program.h"
#include "model/organization_requisites.h"
#include "model/privacy.h"
#include "model/matching_settings.h"
#include "model/settings_reader.h"
#include "model/signature_settings.h"
#include "model/site_contacts.h"

namespace nastavnik::model {
namespace {

// The federal acts a school's documents cite unless program.toml lists its own.
std::vector<std::string> DefaultLegalBasis() {
  return {
      "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
      "Трудовой кодекс Российской Федерации, статья 351.8 (наставничество работников, в "
      "редакции, действующей с 01.03.2025)",
      "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»",
      "распоряжение Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об "
      "утверждении методологии (целевой модели) наставничества обучающихся»",
      "письмо Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02 «О "
      "направлении целевой модели наставничества и методических рекомендаций»",
      "письмо Министерства просвещения Российской Федерации от 21.12.2021 № АЗ-1128/08/657 о "
      "системе (целевой модели) наставничества педагогических работников",
      "Концепция развития наставничества в Российской Федерации на период до 2030 года, "
      "утверждённая распоряжением Правительства Российской Федерации от 21.05.2025 № 1264-р",
  };
}

void ReadOfficial(SettingsReader& r, Official* out) {
  r.String("position", &out->position);
  r.String("name", &out->name);
}

void ReadMenu(const load::Value* menu, SiteSettings& site, Diagnostics& diags) {
  if (!menu) return;
  if (menu->kind != load::Value::Kind::kArray) {
    diags.Error(menu->where, "«site.menu» должно быть списком пунктов { title = \"…\", url = \"…\" }");
    return;
  }
  for (const load::Value& item : menu->array) {
    SettingsReader r(&item, "site.menu", diags);
    MenuItem entry;
    r.String("title", &entry.title);
    r.String("url", &entry.url);
    if (entry.title.empty() || entry.url.empty()) {
      diags.Error(item.where, "у пункта меню должны быть заголовок (title) и адрес (url)");
      continue;
    }
    if (std::string problem = MenuUrlProblem(entry.url); !problem.empty()) {
      diags.Error(item.Find("url") ? item.Find("url")->where : item.where, problem);
      continue;
    }
    site.menu.push_back(std::move(entry));
  }
}

// ИНН and ОГРН are written as text or as a bare number; either is checked by its control digit.
void ReadRequisite(SettingsReader& r, const char* key, std::string* out,
                   std::string (*problem)(const std::string&), Diagnostics& diags) {
  const load::Value* v = r.Raw(key);
  if (!v) return;
  if (v->kind == load::Value::Kind::kInteger) {
    *out = std::to_string(v->integer);
  } else if (v->kind == load::Value::Kind::kString) {
    *out = text::Trim(v->string);
  } else {
    diags.Error(v->where, std::string("значение «organization.") + key + "» должно быть строкой из цифр");
    return;
  }
  if (out->empty()) return;
  std::string message = problem(*out);
  if (!message.empty()) diags.Error(v->where, message);
}

void ReadRequisites(SettingsReader& r, Organization& o, const load::Value& root, Diagnostics& diags) {
  const load::Value* table = root.Find("organization");
  o.where = table ? table->where : Location{root.where.path, 1, 1};
  ReadRequisite(r, "inn", &o.inn, InnProblem, diags);
  ReadRequisite(r, "ogrn", &o.ogrn, OgrnProblem, diags);
}

}  // namespace

void BuildSettings(const load::Value& root, Program& program, Diagnostics& diags) {
  SettingsReader top(&root, "", diags);
  {
    SettingsReader r(top.Child("organization"), "organization", diags);
    Organization& o = program.organization;
    r.String("full_name", &o.full_name);
    r.String("short_name", &o.short_name);
    r.String("address", &o.address);
    r.String("city", &o.city);
    r.String("phone", &o.phone);
    r.String("email", &o.email);
    r.String("site_url", &o.site_url);
    ReadRequisites(r, o, root, diags);
    SettingsReader d(r.Child("director"), "organization.director", diags);
    ReadOfficial(d, &o.director);
    if (o.full_name.empty()) {
      diags.Error(Location{root.where.path, 1, 1},
                  "не указано полное название организации (organization.full_name)");
    }
    if (o.short_name.empty()) o.short_name = o.full_name;
  }
  Settings& s = program.settings;
  {
    SettingsReader r(top.Child("program"), "program", diags);
    r.String("title", &s.title);
    r.String("academic_year", &s.academic_year);
    r.DateValue("start", &s.start);
    r.DateValue("end", &s.end);
    r.String("goal", &s.goal);
    r.Fraction("target_coverage", &s.target_coverage);
    r.String("curator", &s.curator);
    r.Integer("pupils_total", &s.pupils_total, 0, 1000000);
    r.Integer("teachers_total", &s.teachers_total, 0, 100000);
    s.legal_basis = DefaultLegalBasis();
    r.StringList("legal_basis", &s.legal_basis);
    std::vector<std::string> forms;
    const load::Value* forms_value = r.Raw("forms");
    if (forms_value && forms_value->kind == load::Value::Kind::kArray) {
      for (const load::Value& f : forms_value->array) {
        std::optional<Form> form = f.kind == load::Value::Kind::kString ? ParseForm(f.string) : std::nullopt;
        if (!form) {
          std::string nearest = text::NearestWord(f.string, AllFormNames());
          diags.Error(f.where, "неизвестная форма наставничества «" + f.string + "»" +
                                   (nearest.empty() ? "; допустимы: «" : "; возможно, имелась в виду «") +
                                   (nearest.empty() ? "ученик – ученик», «учитель – учитель», «учитель – ученик», «работодатель – ученик», «студент – ученик»"
                                                    : nearest + "»"));
          continue;
        }
        s.forms.push_back(*form);
      }
    } else if (forms_value) {
      diags.Error(forms_value->where, "«program.forms» должно быть списком форм наставничества");
    }
    if (s.title.empty()) s.title = "Программа наставничества";
    if (s.start && s.end && *s.end < *s.start) {
      diags.Error(Location{root.where.path, 1, 1}, "дата окончания программы раньше даты начала");
    }
  }
  {
    SettingsReader r(top.Child("approval"), "approval", diags);
    Approval& a = program.approval;
    r.String("order_number", &a.order_number);
    r.DateValue("order_date", &a.order_date);
    r.String("approver_position", &a.approver.position);
    r.String("approver_name", &a.approver.name);
    r.String("council", &a.council);
    r.String("council_protocol", &a.council_protocol);
    r.DateValue("council_date", &a.council_date);
    r.String("agreed_body", &a.agreed_body);
    r.String("agreed_position", &a.agreed.position);
    r.String("agreed_name", &a.agreed.name);
    if (a.approver.name.empty()) a.approver = program.organization.director;
    if (a.approver.position.empty()) a.approver.position = "Директор";
  }
  {
    SettingsReader r(top.Child("site"), "site", diags);
    SiteSettings& site = program.site;
    r.String("base_url", &site.base_url);
    r.String("theme", &site.theme);
    r.String("title", &site.title);
    r.Bool("publish_mentors", &site.publish_mentors);
    ReadMenu(r.Child("menu"), site, diags);
    if (site.title.empty()) site.title = "Наставничество";
    CheckSiteContacts(root, program, diags);
  }
  {
    SettingsReader r(top.Child("data"), "data", diags);
    r.String("encoding", &s.data_encoding);
    r.Integer("markdown_limit_kb", &s.markdown_limit_kb, 1, 4096);
    if (load::CanonicalEncodingName(s.data_encoding).empty()) {
      const load::Value* table = root.Find("data");
      diags.Error(table && table->Find("encoding") ? table->Find("encoding")->where : root.where,
                  "неизвестная кодировка «" + s.data_encoding + "»: допустимы auto, utf-8, cp1251");
    }
  }
  {
    // The terms of the paperwork that differ between schools (issue 3).
    SettingsReader r(top.Child("paperwork"), "paperwork", diags);
    r.String("mentor_pay", &program.paperwork.mentor_pay);
    r.String("pd_retention", &program.paperwork.pd_retention);
  }
  BuildMonitoringSettings(top.Child("monitoring"), program, diags);
  ReadPrivacy(top.Child("privacy"), program.privacy, diags);
  ReadMatchingSettings(top.Child("matching"), program.matching, diags);
  ReadSignatureSettings(top.Child("signature"), program, diags);
}

}  // namespace nastavnik::model
