#include "render/monitoring/summary_json.h"

#include <cmath>
#include <cstdio>

#include "model/indicators.h"
#include "render/monitoring/format.h"

namespace nastavnik::render::monitoring {
namespace {

namespace cm = compute::monitoring;

// Writes one object per call, with two-space indents, keys in a fixed order: diffs stay readable.
class Json {
 public:
  void Open(const char* key = nullptr) { Key(key), out_ += "{", Push(); }
  void OpenArray(const char* key) { Key(key), out_ += "[", Push(); }
  void Close(char c) {
    depth_--;
    out_ += "\n" + std::string(2 * depth_, ' ') + c;
    first_ = false;
  }
  void Num(const char* key, double x) { Key(key), out_ += JsonNumber(x); }
  void Str(const char* key, const std::string& s) { Key(key), out_ += JsonString(s); }
  void Null(const char* key) { Key(key), out_ += "null"; }
  std::string Take() { return out_ + "\n"; }

 private:
  void Key(const char* key) {
    if (!out_.empty()) out_ += first_ ? "\n" : ",\n";
    out_ += std::string(2 * depth_, ' ');
    if (key) out_ += JsonString(key) + ": ";
    first_ = false;
  }
  void Push() {
    depth_++;
    first_ = true;
  }
  std::string out_;
  int depth_ = 0;
  bool first_ = true;
};

void Counted(Json& j, const char* key, int covered, int total) {
  j.Open(key);
  j.Num("covered", covered);
  j.Num("total", total);
  j.Close('}');
}

void Scale(Json& j, const char* key, const cm::ScaleStats& s) {
  j.Open(key);
  j.Num("n", s.n);
  j.Num("mean", s.mean);
  j.Num("median", s.median);
  j.OpenArray("distribution");
  for (int count : s.distribution) j.Num(nullptr, count);
  j.Close(']');
  j.Close('}');
}

// Pairs, groups and mentees per form or role model; label_key names what a row counts.
void PairCounts(Json& j, const char* key, const char* label_key, const std::vector<cm::PairCount>& counts) {
  j.OpenArray(key);
  for (const cm::PairCount& p : counts) {
    j.Open();
    j.Str(label_key, p.label);
    j.Num("pairs", p.pairs);
    j.Num("groups", p.groups);
    j.Num("mentees", p.mentees);
    j.Close('}');
  }
  j.Close(']');
}

const char* KindKey(model::QuestionKind k) {
  switch (k) {
    case model::QuestionKind::kScale: return "scale";
    case model::QuestionKind::kYesNo: return "yes_no";
    case model::QuestionKind::kOneOf: return "one_of";
    case model::QuestionKind::kSeveralOf: return "several_of";
    case model::QuestionKind::kNumber: return "number";
    case model::QuestionKind::kText: break;
  }
  return "text";
}

void Counts(Json& j, const char* key, const std::vector<int>& counts) {
  j.OpenArray(key);
  for (int n : counts) j.Num(nullptr, n);
  j.Close(']');
}

// Means per wave; null at a wave where no one answered.
void Means(Json& j, const char* key, const std::vector<double>& means, const std::vector<int>& n) {
  j.OpenArray(key);
  for (size_t w = 0; w < means.size(); ++w) {
    if (n[w] > 0) j.Num(nullptr, means[w]);
    else j.Null(nullptr);
  }
  j.Close(']');
}

void WaveQuestion(Json& j, const cm::QuestionCounts& q) {
  j.Open();
  j.Str("id", q.id);
  j.Str("text", q.text);
  j.Str("kind", KindKey(q.kind));
  Counts(j, "answered", q.answered);
  if (q.kind == model::QuestionKind::kScale || q.kind == model::QuestionKind::kNumber) {
    Means(j, "mean", q.mean, q.answered);
  } else {
    j.OpenArray("options");
    for (size_t o = 0; o < q.options.size(); ++o) {
      j.Open();
      j.Str("option", q.options[o]);
      Counts(j, "counts", q.option_counts[o]);
      j.Close('}');
    }
    j.Close(']');
  }
  j.Close('}');
}

// The questionnaires wave by wave, as the report's «Показатели по этапам» and «Ответы по этапам
// анкетирования»: every list runs over «names». Closed and rated answers only; the open answers
// and the curator's own questionnaire stay in the school.
void Waves(Json& j, const cm::SurveyWaves& w) {
  j.Open("waves");
  j.OpenArray("names");
  for (const std::string& name : w.waves) j.Str(nullptr, name);
  j.Close(']');
  j.OpenArray("indicators");
  for (const cm::IndicatorDynamics& d : w.dynamics) {
    j.Open();
    const model::KnownIndicator* known = model::FindIndicator(d.key);
    j.Str("key", cm::CanonicalIndicatorKey(d.key));
    j.Str("name", known ? std::string(known->name) : d.key);
    j.Str("group", d.of_mentors ? "mentors" : "mentees");
    Counts(j, "n", d.n);
    Means(j, "mean", d.mean, d.n);
    j.Close('}');
  }
  j.Close(']');
  j.OpenArray("questionnaires");
  for (const cm::QuestionnaireCounts& form : w.questionnaires) {
    j.Open();
    j.Str("name", form.name);
    j.Str("title", form.title);
    j.Str("respondent", form.respondent);
    Counts(j, "respondents", form.respondents);
    j.OpenArray("questions");
    for (const cm::QuestionCounts& q : form.questions) {
      bool answered = false;
      for (int n : q.answered) answered = answered || n > 0;
      if (answered) WaveQuestion(j, q);
    }
    j.Close(']');
    j.Close('}');
  }
  j.Close(']');
  j.Close('}');
}

}  // namespace

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string JsonNumber(double x) {
  if (!std::isfinite(x)) return "0";
  char buf[64];
  if (std::fabs(x - std::round(x)) < 1e-12 && std::fabs(x) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", x);
  } else {
    std::snprintf(buf, sizeof buf, "%.4f", x);
  }
  std::string s = buf;
  return s == "-0" ? "0" : s;
}

std::string RenderSummaryJson(const model::Program& program, const cm::MonitoringReport& r) {
  Json j;
  j.Open();
  j.Str("format", "nastavnik-monitoring");
  j.Num("version", kSummaryVersion);
  j.Open("school");
  j.Str("name", program.organization.short_name);
  j.Str("full_name", program.organization.full_name);
  j.Str("city", program.organization.city);
  j.Close('}');
  j.Str("program", program.settings.title);
  j.Str("academic_year", program.settings.academic_year);
  j.Str("report_date", r.report_date.Iso());
  j.Num("target", r.coverage.target);
  j.Open("coverage");
  Counted(j, "pupils", r.coverage.pupils_covered, r.coverage.pupils_total);
  Counted(j, "teachers", r.coverage.teachers_covered, r.coverage.teachers_total);
  j.OpenArray("pupils_by_grade");  // out of the pupils of each grade listed in participants.csv
  for (const cm::CoverageRow& g : r.pupils_by_grade) {
    j.Open();
    j.Str("grade", GradeLabel(g.grade));
    j.Num("covered", g.covered);
    j.Num("total", g.total);
    j.Close('}');
  }
  j.Close(']');
  j.Close('}');
  j.Open("pairs");
  j.Num("active", r.pairs_active);
  j.Num("completed", r.pairs_completed);
  j.Num("terminated", r.pairs_terminated);
  PairCounts(j, "by_form", "form", r.pairs_by_form);
  PairCounts(j, "by_role_model", "role_model", r.pairs_by_role_model);
  j.Close('}');
  j.Open("mentors");
  j.Num("total", static_cast<double>(r.mentor_load.size()));
  j.Num("over_capacity", r.mentors_over_capacity);
  j.Num("without_mentees", r.mentors_without_mentees);
  j.Close('}');
  j.Num("waiting_mentees", static_cast<double>(r.waiting_mentees.size()));
  j.Open("satisfaction");
  Scale(j, "mentors", r.mentor_satisfaction);
  Scale(j, "mentees", r.mentee_satisfaction);
  j.Close('}');
  j.OpenArray("indicators");
  for (const cm::IndicatorChange& c : r.indicators) {
    j.Open();
    j.Str("key", cm::CanonicalIndicatorKey(c.key));
    j.Str("name", c.name);
    j.Str("group", c.of_mentors ? "mentors" : "mentees");  // whose answers; the rollup sums the mentees'
    j.Num("lower_is_better", c.lower_is_better);
    j.Num("n", c.n);
    j.Num("entry_mean", c.entry_mean);
    j.Num("exit_mean", c.exit_mean);
    j.Num("improved", c.improved);
    j.Num("unchanged", c.unchanged);
    j.Num("worsened", c.worsened);
    if (c.test.p_value) {
      j.Num("p_value", *c.test.p_value);
    } else {
      j.Null("p_value");
    }
    j.Close('}');
  }
  j.Close(']');
  j.Open("plans");
  j.Num("total", r.plans_total.total);
  j.Num("done", r.plans_total.done);
  j.Num("in_progress", r.plans_total.in_progress);
  j.Num("overdue", r.plans_total.overdue);
  j.Close('}');
  j.Open("swot");  // the curator's words, which the municipality reads alongside the numbers
  const std::pair<const char*, const std::vector<cm::SwotItem>*> parts[] = {
      {"strengths", &r.strengths}, {"weaknesses", &r.weaknesses}, {"opportunities", &r.opportunities},
      {"threats", &r.threats}};
  for (const auto& [key, items] : parts) {
    j.OpenArray(key);
    for (const cm::SwotItem& item : *items) j.Str(nullptr, item.text);
    j.Close(']');
  }
  j.Close('}');
  Waves(j, r.waves);
  j.Close('}');
  return j.Take();
}

}  // namespace nastavnik::render::monitoring
