// [[exports]] of a questionnaire: a form service's column headers are the questions' wordings as
// the school typed them into the service, so the mapping names each by its header.
#include "base/text.h"
#include "model/questionnaire.h"
#include "model/settings_reader.h"
#include "model/survey_waves.h"

namespace nastavnik::model {
namespace {

bool HasQuestion(const Questionnaire& form, const std::string& id) {
  for (const Question& q : form.questions) {
    if (q.id == id) return true;
  }
  return false;
}

bool ReadQuestions(const load::Value* table, const Questionnaire& form, FormExport& e, Diagnostics& diags) {
  if (!table || table->kind != load::Value::Kind::kTable || table->table.empty()) {
    diags.Error(table ? table->where : e.where, "у выгрузки «" + e.file + "» не указаны вопросы: добавьте questions = { код_вопроса = \"заголовок столбца\" }");
    return false;
  }
  bool ok = true;
  std::vector<std::string> ids;
  for (const Question& q : form.questions) ids.push_back(q.id);
  for (const auto& [id, header] : table->table) {
    if (header.kind != load::Value::Kind::kString || text::Trim(header.string).empty()) {
      diags.Error(header.where, "заголовок столбца для вопроса «" + id + "» должен быть непустой строкой");
      ok = false;
    } else if (!HasQuestion(form, id)) {
      std::string nearest = text::NearestWord(id, ids);
      diags.Error(header.where, "в анкете нет вопроса с кодом «" + id + "»" + (nearest.empty() ? "" : "; возможно, имелся в виду «" + nearest + "»"));
      ok = false;
    } else {
      e.questions.emplace_back(id, header.string);
      e.question_where.push_back(header.where);
    }
  }
  return ok;
}

}  // namespace

bool ReadFormExports(const load::Value* list, Questionnaire& form, Diagnostics& diags) {
  if (!list) return true;
  if (list->kind != load::Value::Kind::kArray) {
    diags.Error(list->where, "«exports» должно быть списком выгрузок [[exports]]");
    return false;
  }
  bool ok = true;
  for (const load::Value& item : list->array) {
    FormExport e;
    e.where = item.where;
    SettingsReader r(&item, "exports", diags);
    r.String("file", &e.file);
    r.String("wave", &e.wave);
    r.String("respondent", &e.respondent);
    r.String("timestamp", &e.timestamp);
    if (e.file.empty() || e.file.find('/') != std::string::npos || e.file.find('\\') != std::string::npos) {
      diags.Error(item.where, "у выгрузки нужно имя файла из папки content/data/ankety/: file = \"vhod.csv\"");
      ok = false;
    }
    if (e.respondent.empty()) {
      diags.Error(item.where, "у выгрузки «" + e.file + "» не указан столбец с участником: respondent = \"заголовок столбца с кодом, e-mail или ФИО\"");
      ok = false;
    }
    if (!e.wave.empty()) {
      std::optional<WaveName> w = ParseWave(e.wave);
      if (!w) {
        diags.Error(r.Raw("wave")->where, "этап «" + e.wave + "» не распознан: пишите вход, промежуточная (или промежуточная 2…) или выход");
        ok = false;
      } else {
        e.wave = w->name;
      }
    }
    ok = ReadQuestions(r.Child("questions"), form, e, diags) && ok;
    form.exports.push_back(std::move(e));
  }
  return ok;
}

}  // namespace nastavnik::model
