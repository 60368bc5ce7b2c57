#include "render/monitoring/survey_section.h"

#include "model/indicators.h"

namespace nastavnik::render::monitoring {
namespace {

namespace cm = compute::monitoring;
using Blocks = std::vector<doc::Block>;
using Rows = std::vector<std::vector<std::string>>;

// Lists on paper stop here, as the other lists of the report do.
constexpr size_t kAnswersPerQuestion = 100;

}  // namespace

std::string WaveTitle(const std::string& wave) {
  if (wave.size() >= 2 && static_cast<unsigned char>(wave[0]) == 0xD0) {
    unsigned char c = static_cast<unsigned char>(wave[1]);
    if (c >= 0xB0 && c <= 0xBF) return std::string("\xD0") + static_cast<char>(c - 0x20) + wave.substr(2);
  }
  if (wave.size() >= 2 && static_cast<unsigned char>(wave[0]) == 0xD1) {
    unsigned char c = static_cast<unsigned char>(wave[1]);
    if (c >= 0x80 && c <= 0x8F) return std::string("\xD0") + static_cast<char>(c + 0x20) + wave.substr(2);
  }
  return wave;
}

namespace {

std::vector<std::string> Header(const char* first, const std::vector<std::string>& waves) {
  std::vector<std::string> h{first};
  for (const std::string& w : waves) h.push_back(WaveTitle(w));
  return h;
}

std::vector<double> Widths(size_t waves) {
  std::vector<double> w{5};
  w.resize(waves + 1, 2);
  return w;
}

// "7,4 (12)": the mean and, in brackets, how many answered.
std::string MeanCell(double mean, int n, const Audience& a) {
  if (n == 0) return "—";
  if (!a.Shows(n)) return a.Hidden();
  return Number(mean) + " (" + std::to_string(n) + ")";
}

// "10 (83 %)": how many chose the option, of those who answered the question at that wave.
std::string ShareCell(int count, int answered, const Audience& a) {
  if (answered == 0) return "—";
  if (!a.Shows(count) || !a.Shows(answered)) return a.Count(count);
  return std::to_string(count) + " (" + Percent(count, answered) + ")";
}

void QuestionRows(const cm::QuestionCounts& q, const Audience& a, Rows& rows) {
  std::vector<std::string> row{q.text};
  bool measured = q.kind == model::QuestionKind::kScale || q.kind == model::QuestionKind::kNumber;
  if (measured) {
    row[0] += q.kind == model::QuestionKind::kScale ? " — средний балл от 1 до 10" : " — среднее";
    for (size_t w = 0; w < q.answered.size(); ++w) row.push_back(MeanCell(q.mean[w], q.answered[w], a));
    rows.push_back(std::move(row));
    return;
  }
  for (int n : q.answered) row.push_back(n == 0 ? "—" : "ответов: " + a.Count(n));
  rows.push_back(std::move(row));
  for (size_t o = 0; o < q.options.size(); ++o) {
    std::vector<std::string> option{"· " + q.options[o]};
    for (size_t w = 0; w < q.answered.size(); ++w) option.push_back(ShareCell(q.option_counts[o][w], q.answered[w], a));
    rows.push_back(std::move(option));
  }
}

std::string AnswerText(const model::Question& q, const model::SurveyAnswer& a) {
  switch (q.kind) {
    case model::QuestionKind::kScale: return Number(a.number.value_or(0)) + " из 10";
    case model::QuestionKind::kNumber: return Number(a.number.value_or(0));
    case model::QuestionKind::kText: return a.text;
    default: break;
  }
  std::string joined;
  for (const std::string& c : a.choices) joined += (joined.empty() ? "" : "; ") + c;
  return joined;
}

bool IsSwot(const std::string& id) {
  return id == "strengths" || id == "weaknesses" || id == "opportunities" || id == "threats";
}

}  // namespace

void AppendWaveCounts(const cm::SurveyWaves& w, const Audience& a, Blocks& out) {
  if (w.questionnaires.empty()) return;
  out.push_back(doc::Heading(3, "Ответы по этапам анкетирования"));
  out.push_back(doc::Paragraph("Закрытые вопросы и вопросы с оценкой каждой анкеты на каждом этапе. У шкал и чисел — "
                               "среднее и в скобках число ответивших; у вариантов — сколько их выбрали и доля от "
                               "ответивших на вопрос; «—» — на этом этапе вопрос не задавали или на него не ответили."));
  for (const cm::QuestionnaireCounts& form : w.questionnaires) {
    Rows rows;
    std::vector<std::string> filled{"Заполнили анкету"};
    for (int n : form.respondents) filled.push_back(a.Count(n));
    rows.push_back(std::move(filled));
    for (const cm::QuestionCounts& q : form.questions) {
      // A question no one answered at any wave (not asked this year) would only be a row of dashes.
      bool answered = false;
      for (int n : q.answered) answered = answered || n > 0;
      if (answered) QuestionRows(q, a, rows);
    }
    // A heading, not a paragraph: on paper it stays with its table.
    out.push_back(doc::Heading(4, form.title + " (заполняет " + form.respondent + ")"));
    out.push_back(Table(Header("Вопрос", w.waves), std::move(rows), Widths(w.waves.size())));
  }
}

void AppendWaveDynamics(const cm::SurveyWaves& w, const Audience& a, Blocks& out) {
  if (w.dynamics.empty() || w.waves.size() < 2) return;
  out.push_back(doc::Heading(3, "Показатели по этапам"));
  out.push_back(doc::Paragraph("Среднее значение каждого показателя по всем ответам этапа (в скобках — число ответов), "
                               "отдельно наставляемых и наставников; в отличие от таблицы выше, здесь учтены и те, "
                               "кто ответил не на всех этапах."));
  for (bool of_mentors : {false, true}) {
    Rows rows;
    for (const cm::IndicatorDynamics& d : w.dynamics) {
      if (d.of_mentors != of_mentors) continue;
      const model::KnownIndicator* k = model::FindIndicator(d.key);
      std::vector<std::string> row{k ? std::string(k->name) + (k->lower_is_better ? " (чем ниже, тем лучше)" : "") : d.key};
      for (size_t i = 0; i < d.n.size(); ++i) row.push_back(MeanCell(d.mean[i], d.n[i], a));
      rows.push_back(std::move(row));
    }
    if (rows.empty()) continue;
    out.push_back(doc::Paragraph(of_mentors ? "Наставники (только то, о чём анкета наставника спрашивает на этапе):"
                                            : "Наставляемые:"));
    out.push_back(Table(Header("Показатель", w.waves), std::move(rows), Widths(w.waves.size())));
  }
}

void AppendOpenAnswers(const cm::SurveyWaves& w, Blocks& out) {
  if (w.open_answers.empty()) return;
  out.push_back(doc::Heading(3, "Ответы на открытые вопросы"));
  out.push_back(doc::Paragraph("Ответы приводятся как написаны, без имён; в опубликованный отчёт они не входят."));
  size_t i = 0;
  while (i < w.open_answers.size()) {
    const cm::OpenAnswer& first = w.open_answers[i];
    std::vector<std::string> items;
    size_t all = 0;
    for (; i < w.open_answers.size() && w.open_answers[i].question == first.question &&
           w.open_answers[i].questionnaire == first.questionnaire && w.open_answers[i].wave == first.wave;
         ++i, ++all) {
      if (items.size() < kAnswersPerQuestion) items.push_back(w.open_answers[i].text);
    }
    out.push_back(doc::Paragraph(first.questionnaire + ", этап «" + first.wave + "»: " + first.question));
    out.push_back(BulletList(items));
    if (all > items.size()) {
      out.push_back(doc::Paragraph("Показаны первые " + std::to_string(items.size()) + " из " + std::to_string(all) + "."));
    }
  }
}

void AppendCuratorAnswers(const cm::SurveyWaves& w, Blocks& out) {
  if (!w.curator) return;
  const cm::CuratorAnswers& c = *w.curator;
  Rows rows;
  bool swot = false;  // whether the curator wrote any of the four quadrants
  for (const auto& [q, answer] : c.answers) {
    if (!IsSwot(q->id)) rows.push_back({q->text, AnswerText(*q, *answer)});
    else swot = true;
  }
  out.push_back(doc::Paragraph("Оценка условий программы по анкете куратора («" + c.form->title + "», этап «" + c.wave +
                               "»" + (c.date ? ", " + c.date->Russian() : "") + ")" +
                               (swot ? "; её ответы о сильных и слабых сторонах, возможностях и угрозах приведены в "
                                       "разделах SWOT-анализа ниже."
                                     : ".")));
  if (!rows.empty()) out.push_back(Table({"Вопрос", "Ответ куратора"}, std::move(rows), {6, 4}));
}

std::string CuratorAnswer(const cm::SurveyWaves& w, const std::string& id) {
  if (!w.curator) return "";
  for (const auto& [q, answer] : w.curator->answers) {
    if (q->id == id && q->kind == model::QuestionKind::kText) return answer->text;
  }
  return "";
}

}  // namespace nastavnik::render::monitoring
