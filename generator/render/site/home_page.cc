// The program's home page: its goal, coverage against the target as a chart, the forms in use,
// the curator and the latest news.
#include "base/grammar/grammar.h"
#include "base/text.h"
#include "base/typography.h"
#include "render/html/chart_svg.h"
#include "render/monitoring/format.h"
#include "render/site/published_person.h"
#include "render/site/site_page.h"

namespace nastavnik::render::site {
namespace {

using monitoring::Audience;
using monitoring::PercentValue;

double Share(int part, int total) { return total > 0 ? static_cast<double>(part) / total : 0; }

// The home page is published: a group under [monitoring] min_group is «менее 5» here as in the
// report's tables, and neither its share nor its bar is shown (44,4 % of 9 would give 4 away).
doc::Chart CoverageChart(const compute::Coverage& c, const Audience& a) {
  doc::Chart chart;
  chart.kind = doc::Chart::Kind::kBars;
  chart.title = "Охват наставничеством и цель программы";
  doc::ChartSeries series{"Охват, %", {}};
  auto bar = [&](const char* label, int covered, int total) {
    if (!a.Shows(covered)) return;
    chart.categories.push_back(label);
    series.values.push_back(PercentValue(Share(covered, total)));
  };
  bar("Обучающиеся", c.pupils_covered, c.pupils_total);
  bar("Педагоги", c.teachers_covered, c.teachers_total);
  bar("Вместе", c.pupils_covered + c.teachers_covered, c.pupils_total + c.teachers_total);
  chart.series.push_back(std::move(series));
  chart.target = PercentValue(c.target);
  chart.target_label = "цель";
  chart.unit = "%";
  chart.max = 100;
  return chart;
}

// A count the tables hide as «менее 5», in a sentence: «не больше 4». «Менее 5 из 5 педагогов» and
// «14 пар и менее 5 групп» (for one group) read as if the school had said something odd.
std::string AtMost(const Audience& a) { return "не больше " + std::to_string(a.min_group - 1); }

// «23 из 382 обучающихся (6 %)»: after «из» the noun agrees with the total; a hidden count
// is «не больше 4 из 34 педагогов», without a share.
std::string Part(const Audience& a, int covered, int total, std::string_view one, std::string_view many) {
  std::string out = (a.Shows(covered) ? std::to_string(covered) : AtMost(a)) + " из " + std::to_string(total) + " " +
                    std::string(grammar::NounForm(total, one, many, many));
  return a.Shows(covered) ? out + " (" + Percent(Share(covered, total)) + ")" : out;
}

std::string ChartDescription(const compute::Coverage& c, const Audience& a) {
  int covered = c.pupils_covered + c.teachers_covered;
  std::string together = a.Shows(covered) ? "; вместе " + Percent(c.share()) + " при цели " : "; цель ";
  return "В программе " + Part(a, c.pupils_covered, c.pupils_total, "обучающегося", "обучающихся") + " и " +
         Part(a, c.teachers_covered, c.teachers_total, "педагога", "педагогов") + together + Percent(c.target) + ".";
}

// «14 пар», or «не больше 4 пар» (and «не больше 20 пар», «не больше 21 пары») for a count the
// tables hide.
std::string Counted(const Audience& a, int n, std::string_view one, std::string_view few, std::string_view many,
                    std::string_view genitive_one) {
  if (a.Shows(n)) return grammar::CountNoun(n, one, few, many);
  return AtMost(a) + "\u00A0" + std::string(grammar::NounForm(a.min_group - 1, genitive_one, many, many));
}

// «Работают 14 пар и 1 группа.»: the verb agrees with the subject, one pair or group takes the
// singular.
std::string WorkingSentence(int active, int groups, const Audience& a) {
  int pairs = active - groups;
  if (active <= 0) return "Пары наставников и наставляемых ещё не сформированы.";
  std::string subject;
  if (pairs > 0) subject = Counted(a, pairs, "пара", "пары", "пар", "пары");
  if (groups > 0) subject += (subject.empty() ? "" : " и ") + Counted(a, groups, "группа", "группы", "групп", "группы");
  bool single = (pairs == 0 || groups == 0) && a.Shows(active) && grammar::NounForm(active, "1", "2", "5") == "1";
  return std::string(single ? "Работает " : "Работают ") + subject + ".";
}

}  // namespace

PageOut HomePage(const SiteInput& in, const std::vector<const model::Page*>& news, const html::HtmlContext& context) {
  const model::Program& p = *in.program;
  const compute::Coverage& c = *in.coverage;
  PageOut page{"index.html", "home", p.settings.title, p.settings.goal, {}, {}, {}, true};
  TemplateValue& v = page.values;
  const Audience a{true, p.monitoring.min_group};
  v.Set("goal", typography::Typeset(p.settings.goal));
  doc::Chart chart = CoverageChart(c, a);
  v.Set("coverage_chart", chart.categories.empty() ? ""
                                                   : html::RenderChartSvg(chart, ChartDescription(c, a), context.font));
  // A theme's own home.html gets the counts as published.
  v.Set("pupils_covered", a.Count(c.pupils_covered)).Set("pupils_total", std::to_string(c.pupils_total));
  v.Set("teachers_covered", a.Count(c.teachers_covered))
      .Set("teachers_total", std::to_string(c.teachers_total));
  bool shown = a.Shows(c.pupils_covered + c.teachers_covered);
  v.Set("coverage_percent", shown ? monitoring::PercentNumber(c.share()) : "")
      .Set("target_percent", monitoring::PercentNumber(c.target));
  v.Set("target_reached", TemplateValue::Bool(c.share() + 1e-9 >= c.target));
  v.Set("active_pairs", a.Count(c.active_pairs));
  v.Set("groups", c.groups ? a.Count(c.groups) : "");
  v.Set("working", WorkingSentence(c.active_pairs, c.groups, a));
  TemplateValue forms = TemplateValue::List();
  for (model::Form f : p.settings.forms) forms.Push(TemplateValue().Set("name", model::FormName(f)));
  v.Set("program_forms", forms).Set("has_forms", TemplateValue::Bool(!p.settings.forms.empty()));
  if (const model::Person* curator = p.FindPerson(p.settings.curator)) {
    if (std::optional<PublishedPerson> pub = PublishPerson(*curator, p.privacy)) {
      TemplateValue cv;
      for (const auto& [field, value] : pub->fields) cv.Set(field, value);
      v.Set("curator", cv);
    }
  }
  TemplateValue latest = TemplateValue::List();
  for (size_t i = 0; i < news.size() && i < 3; ++i) {
    latest.Push(TemplateValue()
                    .Set("title", typography::Typeset(news[i]->title))
                    .Set("url", news[i]->slug + ".html")
                    .Set("date_iso", news[i]->date->Iso())
                    .Set("date_text", news[i]->date->RussianLong()));
  }
  v.Set("news", latest).Set("has_news", TemplateValue::Bool(!news.empty()));
  return page;
}

}  // namespace nastavnik::render::site
