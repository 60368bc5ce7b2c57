#include "model/matching_settings.h"

#include "base/text.h"
#include "model/build_program.h"
#include "model/columns.h"
#include "model/settings_reader.h"

namespace nastavnik::model {
namespace {

const std::vector<ColumnSpec> kForbiddenColumns = {
    {"mentor", "Наставник", true}, {"mentee", "Наставляемый", true}, {"reason", "Причина"}};

// A list of form names; an unknown name is reported with the nearest one.
void ReadForms(SettingsReader& r, const char* key, std::vector<Form>* out, Diagnostics& diags) {
  const load::Value* v = r.Raw(key);
  if (!v) return;
  if (v->kind != load::Value::Kind::kArray) {
    diags.Error(v->where, std::string("«matching.") + key + "» должно быть списком форм наставничества");
    return;
  }
  out->clear();
  for (const load::Value& f : v->array) {
    std::optional<Form> form = f.kind == load::Value::Kind::kString ? ParseForm(f.string) : std::nullopt;
    if (!form) {
      std::string nearest = text::NearestWord(f.string, AllFormNames());
      diags.Error(f.where, "неизвестная форма наставничества «" + f.string + "» в matching." + key +
                               (nearest.empty() ? "" : "; возможно, имелась в виду «" + nearest + "»"));
      continue;
    }
    out->push_back(*form);
  }
}

// [matching.subjects]: name = ["synonym", ...].
void ReadSubjects(const load::Value* table, std::vector<SubjectGroup>* out, Diagnostics& diags) {
  if (!table) return;
  if (table->kind != load::Value::Kind::kTable) {
    diags.Error(table->where, "«matching.subjects» должно быть таблицей: предмет = [\"синоним\", ...]");
    return;
  }
  for (const auto& [name, list] : table->table) {
    SubjectGroup g{name, {}, list.where};
    bool ok = list.kind == load::Value::Kind::kArray;
    for (const load::Value& v : list.array) {
      ok = ok && v.kind == load::Value::Kind::kString;
      if (ok) g.synonyms.push_back(v.string);
    }
    if (!ok) {
      diags.Error(list.where, "«matching.subjects." + name + "» должно быть списком названий предмета в кавычках");
      continue;
    }
    out->push_back(std::move(g));
  }
}

}  // namespace

void ReadMatchingSettings(const load::Value* table, MatchingSettings& m, Diagnostics& diags) {
  SettingsReader r(table, "matching", diags);
  std::string priority;
  r.String("priority", &priority);
  std::string folded = text::FoldKey(priority);
  if (folded == "качество" || folded == "quality") {
    m.coverage_first = false;
  } else if (!priority.empty() && folded != "охват" && folded != "coverage") {
    diags.Error(r.Raw("priority")->where, "«matching.priority» должно быть «охват» (сначала как можно больше "
                                          "пар) или «качество» (сначала наибольший балл), а записано «" +
                                              priority + "»");
  }
  r.Integer("min_score", &m.min_score, 0, 10000);
  {
    SettingsReader w(r.Child("weights"), "matching.weights", diags);
    w.Integer("requests", &m.weight_requests, 0, 100);
    w.Integer("subject", &m.weight_subject, 0, 100);
    w.Integer("availability", &m.weight_availability, 0, 100);
    w.Integer("gap", &m.weight_gap, 0, 100);
    w.Integer("wishes", &m.weight_wishes, 0, 100);
  }
  r.Integer("load_balance", &m.load_balance, 0, 100);
  r.Integer("min_grade_gap", &m.min_grade_gap, 0, 10);
  r.Integer("ideal_grade_gap", &m.ideal_grade_gap, 0, 10);
  r.Integer("min_mentor_experience", &m.min_mentor_experience, 0, 60);
  r.Integer("min_experience_gap", &m.min_experience_gap, 0, 60);
  ReadForms(r, "subject_forms", &m.subject_forms, diags);
  ReadForms(r, "group_forms", &m.group_forms, diags);
  ReadSubjects(r.Child("subjects"), &m.subjects, diags);
  r.Bool("network", &m.network);
  r.Integer("alternatives", &m.alternatives, 0, 20);
  r.Integer("candidates_per_mentee", &m.candidates_per_mentee, 1, 1000);
}

void BuildForbidden(const load::Table& table, Program& program, Diagnostics& diags, const IdSource& people) {
  Columns cols(table, kForbiddenColumns, diags);
  if (!cols.ok()) return;
  const IdRefs person_refs(people, [&] { return PersonIds(program); });
  NoteUncheckedIds(table, person_refs, diags);
  for (const load::Row& row : table.rows) {
    ForbiddenPair f;
    f.where = Location{table.path, row.line, 1};
    f.mentor = cols.Text(row, "mentor");
    f.mentee = cols.Text(row, "mentee");
    f.reason = cols.Text(row, "reason");
    bool ok = true;
    for (const char* key : {"mentor", "mentee"}) {
      const std::string& id = std::string(key) == "mentor" ? f.mentor : f.mentee;
      if (id.empty()) {
        diags.Error(cols.Where(row, key), std::string("не указан код ") +
                                              (std::string(key) == "mentor" ? "наставника" : "наставляемого"));
        ok = false;
      } else if (!program.FindPerson(id)) {
        std::string e = person_refs.Unknown(id, "участник с кодом «" + id + "» не найден " + people.In("participants"));
        if (!e.empty()) diags.Error(cols.Where(row, key), e);
        ok = false;
      }
    }
    if (ok && f.mentor == f.mentee) {
      diags.Error(cols.Where(row, "mentee"), "запрет пары участника «" + f.mentor +
                                                 "» с самим собой не нужен: такая пара не составляется никогда");
      ok = false;
    }
    if (ok) program.forbidden.push_back(std::move(f));
  }
}

}  // namespace nastavnik::model
