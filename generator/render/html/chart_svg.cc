#include "render/html/chart_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/text.h"
#include "base/utf8.h"

namespace nastavnik::render::html {
namespace {

using text::EscapeHtml;

// The chart has no viewBox: its text is set at the page's own size (1em), heights are in em and
// bar lengths in per cent of the width, so the drawing follows the font size of every mode and
// the width of every screen. Text is laid out for the narrowest box the site gives a chart: a
// 320 px phone in the largest type of the version for the visually impaired is about 9.2em wide.
constexpr double kNarrowestEm = 9.0;
constexpr double kLine = 1.5;     // a line of text
constexpr double kBar = 1.2;      // a bar's thickness
constexpr double kBarGap = 0.35;  // between the bars of one category
constexpr double kGap = 0.3;      // between a bar's end and its value

// Numbers printed the Russian way: a decimal comma, no trailing zeros; tenths rounded half away
// from zero, as the PDF charts and the reports round them.
std::string Number(double v) { return text::DecimalComma(std::round(v * 10) / 10, 1, true); }
// "72,5 %": a unit after a no-break space, as the typographer writes a percentage.
std::string WithUnit(double v, const std::string& unit) { return unit.empty() ? Number(v) : Number(v) + "\u00A0" + unit; }

std::string Em(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fem", v);
  return buf;
}

std::string Pc(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", v);
  return buf;
}

double AxisMax(const doc::Chart& c) {
  if (c.max > 0) return c.max;
  double m = c.target.value_or(0);
  for (const doc::ChartSeries& s : c.series) {
    for (double v : s.values) m = std::max(m, v);
  }
  if (m <= 0) return 1;
  // A round ceiling: 1, 2 or 5 times a power of ten.
  double p = std::pow(10, std::floor(std::log10(m)));
  for (double k : {1.0, 2.0, 5.0, 10.0}) {
    if (k * p >= m) return k * p;
  }
  return 10 * p;
}

// "цель 70%": the label with the value, unless the label already carries a number.
std::string TargetLabel(const doc::Chart& c) {
  std::string label = c.target_label.empty() ? "цель" : c.target_label;
  if (label.find_first_of("0123456789") != std::string::npos) return label;
  return label + " " + WithUnit(*c.target, c.unit);
}

class Layout {
 public:
  explicit Layout(const pdf::TrueTypeFont* font) : font_(font) {}

  // Width of s in em as the site sets it: the font's advances, the letter and word spacing of the
  // version for the visually impaired (.05em, .1em), and 6 % for a wider fallback font.
  double Width(const std::string& s) const {
    double w = 0;
    for (char32_t c : utf8::Decode(s)) {
      double advance = 0.62;
      if (font_) {
        uint16_t glyph = font_->Glyph(c);
        if (glyph != 0) advance = font_->Advance(glyph);
      }
      w += advance + 0.05 + (c == U' ' ? 0.1 : 0);
    }
    return w * 1.06;
  }

  // s broken at spaces into lines no wider than the narrowest chart.
  std::vector<std::string> Wrap(const std::string& s) const {
    std::vector<std::string> lines;
    std::string line;
    size_t start = 0;
    while (start <= s.size()) {
      size_t space = s.find(' ', start);
      std::string word = s.substr(start, space == std::string::npos ? std::string::npos : space - start);
      std::string longer = line.empty() ? word : line + " " + word;
      if (!line.empty() && Width(longer) > kNarrowestEm) {
        lines.push_back(line);
        line = word;
      } else {
        line = longer;
      }
      if (space == std::string::npos) break;
      start = space + 1;
    }
    lines.push_back(line);
    return lines;
  }

 private:
  const pdf::TrueTypeFont* font_;
};

std::string Text(const std::string& x, double y, const std::string& cls, const std::string& s,
                 const std::string& extra = "") {
  return "<text x=\"" + x + "\" y=\"" + Em(y) + "\" class=\"" + cls + "\"" + extra + ">" + EscapeHtml(s) + "</text>";
}

std::string Rect(const std::string& x, double y, const std::string& width, double height, const std::string& cls) {
  return "<rect x=\"" + x + "\" y=\"" + Em(y) + "\" width=\"" + width + "\" height=\"" + Em(height) + "\" class=\"" +
         cls + "\"/>";
}

// Series names with their colours, one line each unless they fit side by side.
std::string Legend(const doc::Chart& c, const Layout& layout, double* y) {
  if (c.series.size() < 2) return "";
  std::string out;
  double x = 0;
  for (size_t s = 0; s < c.series.size(); ++s) {
    double w = 1.4 + layout.Width(c.series[s].name);
    if (x > 0 && x + w > kNarrowestEm) {
      x = 0;
      *y += kLine;
    }
    out += Rect(Em(x), *y + 0.2, Em(1), 1, "bar s" + std::to_string(s % 4));
    out += Text(Em(x + 1.4), *y + 1.05, "legend", c.series[s].name);
    x += w + 1;
  }
  *y += kLine + 0.5;
  return out;
}

// Every chart as horizontal bars: on a phone a row per category reads better than columns, and
// the category names get the whole width.
std::string Bars(const doc::Chart& c, const Layout& layout, double* height) {
  const double max = AxisMax(c);
  double widest_value = 0;
  for (const doc::ChartSeries& s : c.series) {
    for (double v : s.values) widest_value = std::max(widest_value, layout.Width(WithUnit(v, c.unit)));
  }
  // The bars' share of the width leaves room for the widest value after a full bar.
  const double plot = std::clamp(100 - 100 * (widest_value + kGap + 0.2) / kNarrowestEm, 30.0, 100.0);
  double y = 0;
  std::string out = Legend(c, layout, &y);
  std::vector<double> bar_tops;  // the target line crosses the bars, never the labels
  for (size_t i = 0; i < c.categories.size(); ++i) {
    for (const std::string& line : layout.Wrap(c.categories[i])) {
      out += Text("0", y + 1.1, "label", line);
      y += kLine;
    }
    for (size_t s = 0; s < c.series.size(); ++s) {
      double v = i < c.series[s].values.size() ? c.series[s].values[i] : 0;
      double w = std::clamp(v / max, 0.0, 1.0) * plot;
      out += Rect("0", y, Pc(plot), kBar, "track");
      out += Rect("0", y, Pc(w), kBar, "bar s" + std::to_string(s % 4));
      out += Text(Pc(w), y + 0.95, "value", WithUnit(v, c.unit), " dx=\"" + Em(kGap) + "\"");
      bar_tops.push_back(y);
      y += kBar + kBarGap;
    }
    y += 0.5;
  }
  if (c.target) {
    double f = std::clamp(*c.target / max, 0.0, 1.0) * plot;
    for (double top : bar_tops) {
      out += "<line x1=\"" + Pc(f) + "\" x2=\"" + Pc(f) + "\" y1=\"" + Em(top - 0.2) + "\" y2=\"" +
             Em(top + kBar + 0.2) + "\" class=\"target\"/>";
    }
    // The label hangs off the line on the side where it fits on the narrowest screen.
    std::string label = TargetLabel(c);
    double w = layout.Width(label);
    std::string x = Pc(f), anchor = "start";
    if (w > (1 - f / 100) * kNarrowestEm) {
      if (w <= f / 100 * kNarrowestEm) anchor = "end";
      else x = "0";
    }
    out += Text(x, y + 1.1, "target-label", label, " text-anchor=\"" + anchor + "\"");
    y += kLine;
  }
  *height = y + 0.3;
  return out;
}

// The same numbers as a table: what a screen reader announces and what survives printing in
// black and white. Its wrapper hides it without widening the page.
std::string DataTable(const doc::Chart& c) {
  std::string out = "<div class=\"visually-hidden\"><table class=\"chart-data\"><caption>" +
                    EscapeHtml(c.title.empty() ? "Данные диаграммы" : c.title) +
                    "</caption>\n<thead><tr><th scope=\"col\">Показатель</th>";
  for (const doc::ChartSeries& s : c.series) out += "<th scope=\"col\">" + EscapeHtml(s.name) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < c.categories.size(); ++i) {
    out += "<tr><th scope=\"row\">" + EscapeHtml(c.categories[i]) + "</th>";
    for (const doc::ChartSeries& s : c.series) {
      out += "<td>" + (i < s.values.size() ? EscapeHtml(WithUnit(s.values[i], c.unit)) : std::string("—")) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table></div>\n";
}

}  // namespace

double ChartTextWidthEm(const std::string& text, const pdf::TrueTypeFont* font) { return Layout(font).Width(text); }

std::string RenderChartSvg(const doc::Chart& chart, const std::string& description, const pdf::TrueTypeFont* font) {
  Layout layout(font);
  double height = 0;
  std::string shapes = Bars(chart, layout, &height);
  std::string title = chart.title.empty() ? "Диаграмма" : chart.title;
  std::string out = "<figure class=\"chart-figure\">\n<svg class=\"chart\" width=\"100%\" height=\"" + Em(height) +
                    "\" role=\"img\" aria-label=\"" + EscapeHtml(title) + "\">";
  out += "<title>" + EscapeHtml(title) + "</title>";
  if (!description.empty()) out += "<desc>" + EscapeHtml(description) + "</desc>";
  out += "<g aria-hidden=\"true\">" + shapes + "</g></svg>\n";
  out += DataTable(chart);
  if (!description.empty()) out += "<figcaption>" + EscapeHtml(description) + "</figcaption>\n";
  return out + "</figure>\n";
}

}  // namespace nastavnik::render::html
