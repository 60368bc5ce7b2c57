#include "render/monitoring/wave_sheets.h"

#include <cmath>

#include "model/indicators.h"
#include "render/monitoring/charts.h"
#include "render/monitoring/survey_section.h"

namespace nastavnik::render::monitoring {
namespace {

namespace cm = compute::monitoring;
using xlsx::FormulaValue;
using xlsx::NumberValue;
using xlsx::TextValue;

xlsx::Column Col(std::string header, const char* number_format = "", double width = 0) {
  xlsx::Column c;
  c.header = std::move(header);
  c.number_format = number_format;
  c.width = width;
  return c;
}

// "A" for 0, "AA" for 26: the columns of a table a few waves wide.
std::string Letter(size_t column) {
  std::string out;
  for (size_t n = column + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

// Table row r is spreadsheet row r + 3 (the title, then the header, above it).
std::string Ref(size_t column, size_t row) { return Letter(column) + std::to_string(row + 3); }

std::string IndicatorName(const std::string& key) {
  const model::KnownIndicator* k = model::FindIndicator(key);
  return k ? std::string(k->name) + (k->lower_is_better ? " (ниже — лучше)" : "") : key;
}

// A mean shares its column with whole counts, so it is written to hundredths in General format.
double Hundredths(double x) { return std::round(x * 100) / 100; }

bool Answered(const cm::QuestionCounts& q) {
  for (int n : q.answered) {
    if (n > 0) return true;
  }
  return false;
}

// Three columns per wave from column 3 on: who answered, the mean or the count, the share.
constexpr size_t kFirstWave = 3;
size_t WaveColumn(size_t wave) { return kFirstWave + 3 * wave; }

void ScaleRow(const std::string& form, const cm::QuestionCounts& q, xlsx::Sheet& s) {
  std::vector<xlsx::Value> row{TextValue(form), TextValue(q.text),
                               TextValue(q.kind == model::QuestionKind::kScale ? "средний балл (1–10)" : "среднее")};
  for (size_t w = 0; w < q.answered.size(); ++w) {
    row.push_back(NumberValue(q.answered[w]));
    row.push_back(q.answered[w] > 0 ? NumberValue(Hundredths(q.mean[w])) : xlsx::Value());
    row.push_back(xlsx::Value());
  }
  s.rows.push_back(std::move(row));
}

void OptionRows(const std::string& form, const cm::QuestionCounts& q, xlsx::Sheet& s) {
  for (size_t o = 0; o < q.options.size(); ++o) {
    size_t i = s.rows.size();
    std::vector<xlsx::Value> row{TextValue(form), TextValue(q.text), TextValue(q.options[o])};
    for (size_t w = 0; w < q.answered.size(); ++w) {
      int answered = q.answered[w], chose = q.option_counts[o][w];
      std::string n = Ref(WaveColumn(w), i), k = Ref(WaveColumn(w) + 1, i);
      row.push_back(NumberValue(answered));
      if (answered == 0) {  // not asked or not answered at this wave: blank, as «—» in the report
        row.insert(row.end(), {xlsx::Value(), xlsx::Value()});
        continue;
      }
      row.push_back(NumberValue(chose));
      row.push_back(FormulaValue("=IF(" + n + ">0," + k + "/" + n + ",0)", 1.0 * chose / answered));
    }
    s.rows.push_back(std::move(row));
  }
}

}  // namespace

std::optional<xlsx::Sheet> WaveDynamicsSheet(const cm::SurveyWaves& w) {
  if (w.dynamics.empty() || w.waves.size() < 2) return std::nullopt;
  xlsx::Sheet s;
  s.name = "По этапам";
  s.title = "Показатели по этапам анкетирования: среднее по всем ответам этапа и число ответов, отдельно "
            "наставляемых и наставников";
  s.columns = {Col("Показатель", "", 30), Col("Чьи ответы")};
  for (const std::string& wave : w.waves) {
    s.columns.push_back(Col(WaveTitle(wave) + ", среднее", "0.00"));
    s.columns.push_back(Col(WaveTitle(wave) + ", ответов"));
  }
  std::vector<int> means;
  for (size_t i = 0; i < w.waves.size(); ++i) means.push_back(static_cast<int>(2 + 2 * i));
  // The mentees' rows, then the mentors': each role gets its own chart.
  for (bool of_mentors : {false, true}) {
    doc::Chart chart;
    chart.title = std::string(of_mentors ? "Наставники" : "Наставляемые") +
                  ": показатели по этапам, средняя оценка по шкале от 1 до 10";
    for (size_t i = 0; i < w.waves.size(); ++i) chart.series.push_back({WaveTitle(w.waves[i]), {}});
    const size_t first = s.rows.size();
    for (const cm::IndicatorDynamics& d : w.dynamics) {
      if (d.of_mentors != of_mentors) continue;
      std::vector<xlsx::Value> row{TextValue(IndicatorName(d.key)), TextValue(of_mentors ? "наставники" : "наставляемые")};
      chart.categories.push_back(IndicatorName(d.key));
      for (size_t i = 0; i < d.n.size(); ++i) {
        row.push_back(d.n[i] > 0 ? NumberValue(d.mean[i]) : xlsx::Value());
        row.push_back(NumberValue(d.n[i]));
        chart.series[i].values.push_back(d.n[i] > 0 ? d.mean[i] : 0);
      }
      s.rows.push_back(std::move(row));
    }
    if (s.rows.size() > first) s.charts.push_back({chart, 0, means, first, s.rows.size() - 1});
  }
  return s;
}

std::optional<xlsx::Sheet> WaveAnswersSheet(const cm::SurveyWaves& w) {
  if (w.questionnaires.empty()) return std::nullopt;
  xlsx::Sheet s;
  s.name = "Ответы по этапам";
  s.title = "Ответы на закрытые вопросы и вопросы с оценкой по этапам: сколько ответили, среднее или сколько "
            "выбрали вариант, доля от ответивших";
  s.columns = {Col("Анкета", "", 24), Col("Вопрос", "", 50), Col("Ответ", "", 24)};
  for (const std::string& wave : w.waves) {
    s.columns.push_back(Col(WaveTitle(wave) + ": ответили"));
    s.columns.push_back(Col(WaveTitle(wave) + ": среднее или выбрали"));
    s.columns.push_back(Col(WaveTitle(wave) + ": доля", "0.0%"));
  }
  for (const cm::QuestionnaireCounts& form : w.questionnaires) {
    std::vector<xlsx::Value> filled{TextValue(form.title), TextValue("Заполнили анкету"), xlsx::Value()};
    for (int n : form.respondents) filled.insert(filled.end(), {NumberValue(n), xlsx::Value(), xlsx::Value()});
    s.rows.push_back(std::move(filled));
    for (const cm::QuestionCounts& q : form.questions) {
      if (!Answered(q)) continue;  // not asked this year: a row of blanks, as the report leaves it out
      bool measured = q.kind == model::QuestionKind::kScale || q.kind == model::QuestionKind::kNumber;
      if (measured) ScaleRow(form.title, q, s);
      else OptionRows(form.title, q, s);
    }
  }
  return s;
}

}  // namespace nastavnik::render::monitoring
