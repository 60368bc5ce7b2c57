#include "model/school_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "base/grammar/grammar.h"

namespace nastavnik::model {
namespace {

inline constexpr int kVersion = 1;  // render/monitoring/summary_json.h writes this version

// Reads fields of one JSON object, reporting a missing field at the object and a wrong one at itself.
class Fields {
 public:
  Fields(const load::Value* object, std::string path, Diagnostics& diags, bool* ok)
      : object_(object), path_(std::move(path)), diags_(diags), ok_(ok) {}
  Fields(const Fields&) = delete;
  Fields& operator=(const Fields&) = delete;
  /// A field nobody reads is an error: a mistyped or foreign field would otherwise be ignored
  /// and its number silently left out of the network's figures.
  ~Fields() { ReportUnknown(); }
  void ReportUnknown() {
    if (!object_ || object_->kind != load::Value::Kind::kTable || reported_) return;
    reported_ = true;
    for (const auto& [key, value] : object_->table) {
      if (!asked_.count(key)) Error(value.where, "неизвестное поле «" + Name(key.c_str()) + "» в сводке");
    }
  }
  void Skip() { reported_ = true; }  // the object is not a summary at all: its fields are not ours to judge
  void Allow(const char* key) { asked_.insert(key); }

  const load::Value* Get(const char* key, load::Value::Kind kind, const char* expected) {
    if (!object_) return nullptr;
    asked_.insert(key);
    const load::Value* v = object_->Find(key);
    if (!v) {
      Error(object_->where, "в сводке нет поля «" + Name(key) + "»");
      return nullptr;
    }
    bool number_ok = kind == load::Value::Kind::kFloat && v->kind == load::Value::Kind::kInteger;
    if (v->kind != kind && !number_ok) {
      Error(v->where, "поле «" + Name(key) + "» должно быть: " + expected);
      return nullptr;
    }
    return v;
  }
  void Int(const char* key, int* out) {
    if (const load::Value* v = Get(key, load::Value::Kind::kInteger, "целое число")) {
      if (v->integer < 0 || v->integer > 100000000) return Error(v->where, "поле «" + Name(key) + "» вне допустимых пределов");
      *out = static_cast<int>(v->integer);
    }
  }
  void Num(const char* key, double* out, double min, double max) {
    if (const load::Value* v = Get(key, load::Value::Kind::kFloat, "число")) {
      if (v->number < min || v->number > max) return Error(v->where, "поле «" + Name(key) + "» вне допустимых пределов");
      *out = v->number;
    }
  }
  void Str(const char* key, std::string* out) {
    if (const load::Value* v = Get(key, load::Value::Kind::kString, "строка")) *out = v->string;
  }
  const load::Value* Object(const char* key) { return Get(key, load::Value::Kind::kTable, "объект { … }"); }
  const load::Value* Array(const char* key) { return Get(key, load::Value::Kind::kArray, "список [ … ]"); }
  std::string Name(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
  void Error(const Location& where, std::string message) {
    diags_.Error(where, std::move(message));
    *ok_ = false;
  }

 private:
  const load::Value* object_;
  std::string path_;
  Diagnostics& diags_;
  bool* ok_;
  std::set<std::string> asked_;
  bool reported_ = false;
};

void ReadCovered(Fields& parent, const char* key, int* covered, int* total, bool* ok, Diagnostics& diags) {
  const load::Value* v = parent.Object(key);
  if (!v) return;
  Fields f(v, parent.Name(key), diags, ok);
  f.Int("covered", covered);
  f.Int("total", total);
  if (*covered > *total) f.Error(v->where, "в «" + parent.Name(key) + "» участвуют больше, чем всего (covered > total)");
}

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  std::string out = buf;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

// The histogram counts each answer at its nearest whole point (1..10), so n is its sum and the
// mean and median lie within half a point of its lowest and highest filled bars.
void CheckScale(Fields& f, const load::Value* where, const SummaryScale& s) {
  long long sum = 0;
  int low = 0, high = 0;
  for (int i = 0; i < 10; ++i) {
    sum += s.distribution[i];
    if (s.distribution[i] > 0) {
      if (!low) low = i + 1;
      high = i + 1;
    }
  }
  if (sum != s.n) {
    return f.Error(where->where, "в «" + f.Name("distribution") + "» " + std::to_string(sum) + " " +
                                     std::string(grammar::NounForm(sum, "ответ", "ответа", "ответов")) + ", а «" +
                                     f.Name("n") + "» = " + std::to_string(s.n));
  }
  double from = low <= 1 ? 0 : low - 0.5, to = high >= 10 ? 10 : high + 0.5;
  for (auto [key, value] : {std::pair<const char*, double>{"mean", s.mean}, {"median", s.median}}) {
    bool inside = s.n == 0 ? value == 0 : value >= from - 1e-9 && value <= to + 1e-9;
    if (!inside) {
      f.Error(where->where, "«" + f.Name(key) + "» не может быть " + Number(value) +
                                " при таких ответах (" + (s.n == 0 ? std::string("ответов нет") : "оценки от " +
                                std::to_string(low) + " до " + std::to_string(high)) + ")");
    }
  }
}

void ReadScale(Fields& parent, const char* key, SummaryScale* out, bool* ok, Diagnostics& diags) {
  const load::Value* v = parent.Object(key);
  if (!v) return;
  Fields f(v, parent.Name(key), diags, ok);
  f.Int("n", &out->n);
  f.Num("mean", &out->mean, 0, 10);
  f.Num("median", &out->median, 0, 10);
  if (const load::Value* d = f.Array("distribution")) {
    if (d->array.size() != 10) return f.Error(d->where, "«" + f.Name("distribution") + "» должно содержать 10 чисел");
    for (size_t i = 0; i < 10; ++i) {
      if (d->array[i].kind != load::Value::Kind::kInteger || d->array[i].integer < 0) {
        return f.Error(d->array[i].where, "в «" + f.Name("distribution") + "» ожидается целое число не меньше 0");
      }
      out->distribution[i] = static_cast<int>(d->array[i].integer);
    }
    CheckScale(f, v, *out);
  }
}

// Lists added within version 1 are optional: a file without them still reads.
const load::Value* OptionalArray(Fields& f, const load::Value* object, const char* key) {
  return object && object->Find(key) ? f.Array(key) : nullptr;
}

void ReadForms(Fields& f, const load::Value* list, const char* name, const char* label_key,
               std::vector<SummaryForm>* out, bool* ok, Diagnostics& diags) {
  if (!list) return;
  for (const load::Value& item : list->array) {
    Fields g(&item, std::string(name) + "[]", diags, ok);
    if (item.kind != load::Value::Kind::kTable) {
      g.Error(item.where, std::string("элемент «") + name + "» должен быть объектом");
      continue;
    }
    SummaryForm form;
    g.Str(label_key, &form.form);
    g.Int("pairs", &form.pairs);
    g.Int("groups", &form.groups);
    g.Int("mentees", &form.mentees);
    out->push_back(std::move(form));
  }
}

void ReadStrings(Fields& f, const load::Value* object, const char* key, std::vector<std::string>* out) {
  const load::Value* list = OptionalArray(f, object, key);
  if (!list) return;
  for (const load::Value& item : list->array) {
    if (item.kind != load::Value::Kind::kString) return f.Error(item.where, "в «" + f.Name(key) + "» ожидаются строки");
    out->push_back(item.string);
  }
}

}  // namespace

std::optional<SchoolSummary> BuildSchoolSummary(const std::string& source, const load::Value& root, Diagnostics& diags) {
  bool ok = true;
  SchoolSummary s;
  s.source = source;
  if (root.kind != load::Value::Kind::kTable) {
    diags.Error(root.where, "сводка мониторинга должна быть JSON-объектом { … }");
    return std::nullopt;
  }
  Fields top(&root, "", diags, &ok);
  std::string format;
  top.Str("format", &format);
  if (!ok) {
    top.Skip();
    return std::nullopt;
  }
  if (format != "nastavnik-monitoring") {
    top.Skip();
    diags.Error(root.Find("format")->where, "это не сводка мониторинга nastavnik (format = «" + format + "»)");
    return std::nullopt;
  }
  int version = 0;
  top.Int("version", &version);
  if (ok && version != kVersion) {
    top.Skip();
    diags.Error(root.Find("version")->where, "версия сводки " + std::to_string(version) + " не поддерживается: " +
                                                 "ожидается " + std::to_string(kVersion) +
                                                 "; пересоберите школу той же версией nastavnik");
    return std::nullopt;
  }
  if (const load::Value* school = top.Object("school")) {
    Fields f(school, "school", diags, &ok);
    f.Str("name", &s.name);
    f.Str("full_name", &s.full_name);
    f.Str("city", &s.city);
  }
  top.Str("program", &s.program);
  top.Str("academic_year", &s.academic_year);
  std::string date;
  top.Str("report_date", &date);
  if (std::optional<Date> d = ParseDate(date)) {
    s.report_date = *d;
  } else if (ok) {
    top.Error(root.Find("report_date")->where, "неверная дата отчёта «" + date + "»: ожидается ГГГГ-ММ-ДД");
  }
  top.Num("target", &s.target, 0, 1);
  if (const load::Value* c = top.Object("coverage")) {
    Fields f(c, "coverage", diags, &ok);
    ReadCovered(f, "pupils", &s.pupils_covered, &s.pupils_total, &ok, diags);
    ReadCovered(f, "teachers", &s.teachers_covered, &s.teachers_total, &ok, diags);
    if (const load::Value* grades = OptionalArray(f, c, "pupils_by_grade")) {
      for (const load::Value& item : grades->array) {
        Fields g(&item, "coverage.pupils_by_grade[]", diags, &ok);
        if (item.kind != load::Value::Kind::kTable) {
          g.Error(item.where, "элемент «coverage.pupils_by_grade» должен быть объектом");
          continue;
        }
        SummaryGroup grade;
        g.Str("grade", &grade.label);
        g.Int("covered", &grade.covered);
        g.Int("total", &grade.total);
        // «7 классы» (older summaries) and «7-е классы» are one grade.
        for (char ch : grade.label) {
          if (ch < '0' || ch > '9' || grade.grade > 100) break;
          grade.grade = grade.grade * 10 + (ch - '0');
        }
        if (grade.covered > grade.total) {
          g.Error(item.where, "в «coverage.pupils_by_grade» для «" + grade.label +
                                  "» участвуют больше, чем всего (covered > total)");
        }
        s.pupils_by_grade.push_back(std::move(grade));
      }
    }
  }
  if (const load::Value* p = top.Object("pairs")) {
    Fields f(p, "pairs", diags, &ok);
    f.Int("active", &s.pairs_active);
    f.Int("completed", &s.pairs_completed);
    f.Int("terminated", &s.pairs_terminated);
    ReadForms(f, f.Array("by_form"), "pairs.by_form", "form", &s.by_form, &ok, diags);
    ReadForms(f, OptionalArray(f, p, "by_role_model"), "pairs.by_role_model", "role_model", &s.by_role_model, &ok,
              diags);
  }
  if (const load::Value* m = top.Object("mentors")) {
    Fields f(m, "mentors", diags, &ok);
    f.Int("total", &s.mentors);
    f.Int("over_capacity", &s.mentors_over_capacity);
    f.Int("without_mentees", &s.mentors_without_mentees);
  }
  top.Int("waiting_mentees", &s.waiting_mentees);
  if (const load::Value* sat = top.Object("satisfaction")) {
    Fields f(sat, "satisfaction", diags, &ok);
    ReadScale(f, "mentors", &s.mentor_satisfaction, &ok, diags);
    ReadScale(f, "mentees", &s.mentee_satisfaction, &ok, diags);
  }
  if (const load::Value* list = top.Array("indicators")) {
    for (const load::Value& item : list->array) {
      Fields g(&item, "indicators[]", diags, &ok);
      if (item.kind != load::Value::Kind::kTable) {
        g.Error(item.where, "элемент «indicators» должен быть объектом");
        continue;
      }
      // The mentors' own entry and exit (since «group» was written) are not the program's result.
      g.Allow("group");
      const load::Value* group = item.Find("group");
      if (group && group->kind == load::Value::Kind::kString && group->string == "mentors") {
        g.Skip();
        continue;
      }
      SummaryIndicator i;
      double lower = 0;
      g.Str("key", &i.key);
      g.Str("name", &i.name);
      g.Num("lower_is_better", &lower, 0, 1);
      i.lower_is_better = lower > 0;
      g.Int("n", &i.n);
      g.Num("entry_mean", &i.entry_mean, 0, 10);
      g.Num("exit_mean", &i.exit_mean, 0, 10);
      g.Int("improved", &i.improved);
      g.Int("unchanged", &i.unchanged);
      g.Int("worsened", &i.worsened);
      // null (read as an empty string) when too few people answered for the test.
      const load::Value* p = item.Find("p_value");
      if (p && p->kind == load::Value::Kind::kString && p->string.empty()) {
        g.Allow("p_value");
      } else {
        double p_value = 0;
        g.Num("p_value", &p_value, 0, 1);
      }
      if (i.improved + i.unchanged + i.worsened != i.n) {
        g.Error(item.where, "в показателе «" + i.name + "»: сумма «improved» + «unchanged» + «worsened» не равна «n»");
      }
      s.indicators.push_back(std::move(i));
    }
  }
  if (const load::Value* p = top.Object("plans")) {
    Fields f(p, "plans", diags, &ok);
    f.Int("total", &s.plans_total);
    f.Int("done", &s.plans_done);
    f.Int("in_progress", &s.plans_in_progress);
    f.Int("overdue", &s.plans_overdue);
    for (auto [key, value] : {std::pair<const char*, int>{"done", s.plans_done}, {"in_progress", s.plans_in_progress},
                              {"overdue", s.plans_overdue}}) {
      if (value > s.plans_total) {
        f.Error(p->where, "в «plans» «" + std::string(key) + "» (" + std::to_string(value) + ") больше, чем «total» (" +
                              std::to_string(s.plans_total) + ")");
      }
    }
  }
  if (const load::Value* swot = root.Find("swot") ? top.Object("swot") : nullptr) {
    Fields f(swot, "swot", diags, &ok);
    ReadStrings(f, swot, "strengths", &s.strengths);
    ReadStrings(f, swot, "weaknesses", &s.weaknesses);
    ReadStrings(f, swot, "opportunities", &s.opportunities);
    ReadStrings(f, swot, "threats", &s.threats);
  }
  // «waves», added within version 1: the school's questionnaires wave by wave. Each school asks its
  // own questions, so the network does not add them up; the field need only be an object.
  if (root.Find("waves")) top.Object("waves");
  top.ReportUnknown();
  if (!ok) return std::nullopt;
  return s;
}

std::vector<SchoolSummary> BuildSchoolSummaries(const std::vector<std::pair<std::string, const load::Value*>>& files,
                                                Diagnostics& diags) {
  std::vector<SchoolSummary> out;
  std::map<std::pair<std::string, std::string>, std::string> seen;  // (full name, year) → file
  for (const auto& [source, root] : files) {
    std::optional<SchoolSummary> s = BuildSchoolSummary(source, *root, diags);
    if (!s) continue;
    auto [it, added] = seen.emplace(std::make_pair(s->full_name, s->academic_year), source);
    if (!added) {
      diags.Error(Location{source, 1, 1}, "сводка школы «" + s->name + "» за " + s->academic_year +
                                              " уже прочитана из " + it->second + ": уберите одну из них");
      continue;
    }
    out.push_back(std::move(*s));
  }
  return out;
}

}  // namespace nastavnik::model
