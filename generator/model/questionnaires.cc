// Questionnaires are checked like program.toml: every key against the ones it may hold, every
// problem at the place it was written, all problems of all files in one run.
#include <algorithm>
#include <optional>
#include <set>

#include "base/text.h"
#include "load/questionnaire_files.h"
#include "model/questionnaire.h"
#include "model/settings_reader.h"

namespace nastavnik::model {
namespace {

const std::vector<std::string>& Respondents() {
  static const std::vector<std::string> k = {"наставляемый", "наставник", "куратор", "родитель"};
  return k;
}
const std::vector<std::string>& Waves() {
  static const std::vector<std::string> k = {"вход", "промежуточная", "выход"};
  return k;
}
const std::vector<std::string>& KnownIndicators() {
  static const std::vector<std::string> k = {"involvement", "activity", "self_esteem", "anxiety", "satisfaction", "grades"};
  return k;
}

struct KindName {
  const char* name;
  QuestionKind kind;
};
constexpr KindName kKinds[] = {{"шкала", QuestionKind::kScale},     {"да/нет", QuestionKind::kYesNo},
                               {"один из", QuestionKind::kOneOf},     {"несколько из", QuestionKind::kSeveralOf},
                               {"число", QuestionKind::kNumber},      {"текст", QuestionKind::kText}};

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string Hint(const std::string& word, const std::vector<std::string>& candidates) {
  std::string nearest = text::NearestWord(word, candidates);
  return nearest.empty() ? "" : "; возможно, имелось в виду «" + nearest + "»";
}

bool IsCode(const std::string& s, bool allow_dash) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (allow_dash && c == '-');
  });
}

Location Where(const load::Value* v, const Location& fallback) { return v ? v->where : fallback; }

// Waves written in a list, each known; problems at the list's item.
bool ReadWaves(SettingsReader& reader, const char* key, const Location& fallback, std::vector<std::string>* out,
               Diagnostics& diags) {
  reader.StringList(key, out);
  const load::Value* list = reader.Raw(key);
  bool ok = true;
  for (size_t i = 0; i < out->size(); ++i) {
    const std::string& wave = (*out)[i];
    if (Contains(Waves(), wave)) continue;
    Location at = list && i < list->array.size() ? list->array[i].where : fallback;
    diags.Error(at, "неизвестный этап анкетирования «" + wave + "»: допустимы вход, промежуточная, выход" +
                        Hint(wave, Waves()));
    ok = false;
  }
  return ok;
}

bool ReadKind(SettingsReader& reader, Question& q, Diagnostics& diags) {
  std::string kind;
  reader.String("kind", &kind);
  const load::Value* v = reader.Raw("kind");
  if (kind.empty()) {
    if (!v) diags.Error(q.where, "у вопроса «" + q.id + "» не указан вид: добавьте kind = \"шкала\" (или да/нет, один из, несколько из, число, текст)");
    return false;
  }
  for (const KindName& k : kKinds) {
    if (kind == k.name) {
      q.kind = k.kind;
      return true;
    }
  }
  std::vector<std::string> names;
  for (const KindName& k : kKinds) names.push_back(k.name);
  diags.Error(Where(v, q.where), "неизвестный вид вопроса «" + kind +
                                     "»: допустимы шкала, да/нет, один из, несколько из, число, текст" + Hint(kind, names));
  return false;
}

bool ReadAnchors(SettingsReader& reader, Question& q, Diagnostics& diags) {
  std::vector<std::string> anchors;
  reader.StringList("anchors", &anchors);
  const load::Value* v = reader.Raw("anchors");
  if (q.kind != QuestionKind::kScale) {
    if (!v) return true;
    diags.Error(v->where, "подписи anchors бывают только у шкалы, а вопрос «" + q.id + "» — не шкала");
    return false;
  }
  if (!v) {
    diags.Error(q.where, "у шкалы «" + q.id + "» нет подписей крайних значений: добавьте anchors = [\"что значит 1\", \"что значит 10\"]");
    return false;
  }
  if (anchors.size() != 2 || anchors[0].empty() || anchors[1].empty()) {
    diags.Error(v->where, "у шкалы «" + q.id + "» должно быть две непустые подписи: для 1 и для 10");
    return false;
  }
  q.low_anchor = anchors[0];
  q.high_anchor = anchors[1];
  return true;
}

bool ReadOptions(SettingsReader& reader, Question& q, Diagnostics& diags) {
  reader.StringList("options", &q.options);
  const load::Value* v = reader.Raw("options");
  bool choice = q.kind == QuestionKind::kOneOf || q.kind == QuestionKind::kSeveralOf;
  if (!choice) {
    if (!v) return true;
    diags.Error(v->where, "варианты options бывают только у вопросов «один из» и «несколько из», а у вопроса «" + q.id + "» их быть не должно");
    return false;
  }
  if (!v) {
    diags.Error(q.where, "у вопроса «" + q.id + "» нет вариантов ответа: добавьте options = [\"…\", \"…\"]");
    return false;
  }
  std::set<std::string> seen;
  for (const std::string& o : q.options) {
    if (o.empty() || !seen.insert(o).second) {
      diags.Error(v->where, "варианты ответа вопроса «" + q.id + "» должны быть непустыми и разными");
      return false;
    }
  }
  if (q.options.size() < 2) {
    diags.Error(v->where, "у вопроса «" + q.id + "» должно быть не меньше двух вариантов ответа");
    return false;
  }
  return true;
}

bool ReadIndicator(SettingsReader& reader, Question& q, Diagnostics& diags) {
  reader.String("indicator", &q.indicator);
  const load::Value* v = reader.Raw("indicator");
  if (!v || q.indicator.empty() || Contains(KnownIndicators(), q.indicator)) return true;
  if (!IsCode(q.indicator, false)) {
    diags.Error(v->where, "показатель «" + q.indicator + "» может содержать только строчные латинские буквы, цифры и знак _");
    return false;
  }
  std::string nearest = text::NearestWord(q.indicator, KnownIndicators());
  if (!nearest.empty()) {
    diags.Warning(v->where, "показатель «" + q.indicator + "» не из известных и будет собственным показателем школы; возможно, имелся в виду «" + nearest + "»");
  }
  return true;
}

bool ReadQuestion(const load::Value& table, const Questionnaire& form, std::map<std::string, int>& ids,
                  Question& q, Diagnostics& diags) {
  q.where = table.where;
  SettingsReader reader(&table, "questions", diags);
  reader.String("id", &q.id);
  reader.String("text", &q.text);
  bool ok = true;
  const load::Value* id = reader.Raw("id");
  if (q.id.empty()) {
    if (!id) diags.Error(q.where, "у вопроса нет кода: добавьте id = \"…\" (латинские буквы, цифры, знак _)");
    ok = false;
  } else if (!IsCode(q.id, false)) {
    diags.Error(id->where, "код вопроса «" + q.id + "» может содержать только строчные латинские буквы, цифры и знак _");
    ok = false;
  } else if (auto [it, inserted] = ids.emplace(q.id, id->where.line); !inserted) {
    diags.Error(id->where, "код вопроса «" + q.id + "» повторяется: он уже занят вопросом в строке " + std::to_string(it->second));
    ok = false;
  }
  if (q.text.empty() && !reader.Raw("text")) {
    diags.Error(q.where, "у вопроса «" + q.id + "» нет формулировки: добавьте text = \"…\"");
    ok = false;
  }
  if (ReadKind(reader, q, diags)) {
    ok = ReadAnchors(reader, q, diags) && ok;
    ok = ReadOptions(reader, q, diags) && ok;
  } else {
    reader.Raw("anchors");  // not reported as unknown keys when the kind itself is wrong
    reader.Raw("options");
    ok = false;
  }
  ok = ReadIndicator(reader, q, diags) && ok;
  if (!ReadWaves(reader, "waves", q.where, &q.waves, diags)) return false;
  const load::Value* waves = reader.Raw("waves");
  for (const std::string& w : q.waves) {
    if (Contains(form.waves, w)) continue;
    diags.Error(waves->where, "вопрос «" + q.id + "» задан на этапе «" + w + "», а самой анкеты на этом этапе нет");
    ok = false;
  }
  return ok;
}

bool ReadHeader(SettingsReader& reader, Questionnaire& form, const Location& top, Diagnostics& diags) {
  bool ok = true;
  reader.String("title", &form.title);
  reader.String("intro", &form.intro);
  if (form.title.empty()) {
    diags.Error(Where(reader.Raw("title"), top), "у анкеты нет названия: добавьте title = \"…\"");
    ok = false;
  }
  reader.String("respondent", &form.respondent);
  const load::Value* who = reader.Raw("respondent");
  if (!who) {
    diags.Error(top, "не указано, кто заполняет анкету: добавьте respondent = \"наставляемый\" (или наставник, куратор, родитель)");
    ok = false;
  } else if (!Contains(Respondents(), form.respondent)) {
    diags.Error(who->where, "неизвестный респондент «" + form.respondent +
                                "»: анкету заполняет наставляемый, наставник, куратор или родитель" +
                                Hint(form.respondent, Respondents()));
    ok = false;
  }
  ok = ReadWaves(reader, "waves", top, &form.waves, diags) && ok;
  if (form.waves.empty() && ok) {
    diags.Error(Where(reader.Raw("waves"), top), "не указаны этапы анкетирования: добавьте waves = [\"вход\", \"выход\"]");
    ok = false;
  }
  return ok;
}

std::optional<Questionnaire> ReadQuestionnaire(const load::QuestionnaireFile& file, Diagnostics& diags) {
  Questionnaire form;
  form.name = file.name;
  form.path = file.path;
  const Location top{file.path, 1, 1};
  bool ok = true;
  if (!IsCode(file.name, true)) {
    diags.Error(top, "имя файла анкеты «" + file.name + ".toml» может содержать только строчные латинские буквы, цифры, - и _: по нему названы PDF и страница сайта");
    ok = false;
  }
  SettingsReader reader(&file.root, "", diags);
  ok = ReadHeader(reader, form, top, diags) && ok;
  const load::Value* questions = reader.Child("questions");
  if (!questions || questions->kind != load::Value::Kind::kArray || questions->array.empty()) {
    diags.Error(Where(questions, top), "в анкете нет вопросов: добавьте хотя бы один раздел [[questions]]");
    return std::nullopt;
  }
  std::map<std::string, int> ids;
  for (const load::Value& table : questions->array) {
    Question q;
    ok = ReadQuestion(table, form, ids, q, diags) && ok;
    form.questions.push_back(std::move(q));
  }
  ok = ReadFormExports(reader.Child("exports"), form, diags) && ok;
  if (!ok) return std::nullopt;
  return form;
}

}  // namespace

std::vector<Questionnaire> BuildQuestionnaires(const std::map<std::string, std::string>& templates,
                                               Diagnostics& diags) {
  std::vector<Questionnaire> out;
  for (const load::QuestionnaireFile& file : load::ParseQuestionnaireFiles(templates, diags)) {
    if (std::optional<Questionnaire> form = ReadQuestionnaire(file, diags)) out.push_back(std::move(*form));
  }
  return out;
}

}  // namespace nastavnik::model
