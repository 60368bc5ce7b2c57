// The program's home page: its goal, coverage against the target as a chart, the forms in use,
// the curator and the latest news.
#include <cmath>

#include "base/grammar/grammar.h"
#include "base/text.h"
#include "render/html/chart_svg.h"
#include "render/site/published_person.h"
#include "render/site/site_page.h"

namespace nastavnik::render::site {
namespace {

double Share(int part, int total) { return total > 0 ? static_cast<double>(part) / total : 0; }

std::string Fraction(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100)));
}

doc::Chart CoverageChart(const compute::Coverage& c) {
  doc::Chart chart;
  chart.kind = doc::Chart::Kind::kBars;
  chart.title = "Охват наставничеством и цель программы";
  chart.categories = {"Обучающиеся", "Педагоги", "Вместе"};
  chart.series.push_back({"Охват, %",
                          {std::round(Share(c.pupils_covered, c.pupils_total) * 1000) / 10,
                           std::round(Share(c.teachers_covered, c.teachers_total) * 1000) / 10,
                           std::round(c.share() * 1000) / 10}});
  chart.target = std::round(c.target * 1000) / 10;
  chart.target_label = "цель";
  chart.unit = "%";
  chart.max = 100;
  return chart;
}

std::string ChartDescription(const compute::Coverage& c) {
  // «из 21 обучающегося», «из 31 педагога»: after «из» the noun agrees with the total.
  return "В программе " + std::to_string(c.pupils_covered) + " из " + std::to_string(c.pupils_total) + " " +
         std::string(grammar::NounForm(c.pupils_total, "обучающегося", "обучающихся", "обучающихся")) + " (" +
         Percent(Share(c.pupils_covered, c.pupils_total)) + ") и " + std::to_string(c.teachers_covered) + " из " +
         std::to_string(c.teachers_total) + " " + std::string(grammar::NounForm(c.teachers_total, "педагога", "педагогов", "педагогов")) + " (" +
         Percent(Share(c.teachers_covered, c.teachers_total)) + "); вместе " + Percent(c.share()) +
         " при цели " + Percent(c.target) + ".";
}

}  // namespace

PageOut HomePage(const SiteInput& in, const std::vector<const model::Page*>& news) {
  const model::Program& p = *in.program;
  const compute::Coverage& c = *in.coverage;
  PageOut page{"index.html", "home", p.settings.title, p.settings.goal, {}, {}, {}, true};
  TemplateValue& v = page.values;
  v.Set("goal", p.settings.goal);
  v.Set("coverage_chart", html::RenderChartSvg(CoverageChart(c), ChartDescription(c)));
  v.Set("pupils_covered", std::to_string(c.pupils_covered)).Set("pupils_total", std::to_string(c.pupils_total));
  v.Set("teachers_covered", std::to_string(c.teachers_covered))
      .Set("teachers_total", std::to_string(c.teachers_total));
  v.Set("coverage_percent", Fraction(c.share())).Set("target_percent", Fraction(c.target));
  v.Set("target_reached", TemplateValue::Bool(c.share() + 1e-9 >= c.target));
  v.Set("active_pairs", std::to_string(c.active_pairs));
  v.Set("groups", c.groups ? std::to_string(c.groups) : "");
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
                    .Set("title", news[i]->title)
                    .Set("url", news[i]->slug + ".html")
                    .Set("date_iso", news[i]->date->Iso())
                    .Set("date_text", news[i]->date->RussianLong()));
  }
  v.Set("news", latest).Set("has_news", TemplateValue::Bool(!news.empty()));
  return page;
}

}  // namespace nastavnik::render::site
