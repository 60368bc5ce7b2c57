#include "render/html/chart_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/text.h"

namespace nastavnik::render::html {
namespace {

using text::EscapeHtml;

// Numbers printed the Russian way: a decimal comma, no trailing zeros.
std::string Number(double v) { return text::DecimalComma(v, 1, true); }

std::string Coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
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

std::string Text(double x, double y, const std::string& cls, const std::string& anchor, const std::string& s) {
  return "<text x=\"" + Coord(x) + "\" y=\"" + Coord(y) + "\" class=\"" + cls + "\" text-anchor=\"" + anchor +
         "\">" + EscapeHtml(s) + "</text>";
}

// "цель 70%": the label with the value, unless the label already carries a number.
std::string TargetLabel(const doc::Chart& c) {
  std::string label = c.target_label.empty() ? "цель" : c.target_label;
  if (label.find_first_of("0123456789") != std::string::npos) return label;
  return label + " " + Number(*c.target) + c.unit;
}

// Series names with their colours, across the top; only when there is more than one series.
std::string Legend(const doc::Chart& c, double x0, double* height) {
  if (c.series.size() < 2) return "";
  std::string out;
  double x = x0;
  for (size_t s = 0; s < c.series.size(); ++s) {
    out += "<rect x=\"" + Coord(x) + "\" y=\"4\" width=\"14\" height=\"14\" class=\"bar s" + std::to_string(s % 4) + "\"/>";
    out += Text(x + 20, 16, "legend", "start", c.series[s].name);
    x += 34 + 8.5 * static_cast<double>(text::Utf8Length(c.series[s].name));
  }
  *height = 28;
  return out;
}

// Horizontal bars: one row per category, one bar per series in it.
// The drawing of a chart: its shapes and the height they need at the given width.
struct Drawing {
  double height = 0;
  std::string shapes;
};

Drawing Bars(const doc::Chart& c, double max, double width) {
  // Room for the longest category name (about 8.5 units a letter at the labels' size).
  size_t longest = 0;
  for (const std::string& name : c.categories) longest = std::max(longest, text::Utf8Length(name));
  const double label_w = std::clamp(16 + 8.5 * static_cast<double>(longest), 80.0, width * 0.45);
  const double plot_w = width - label_w - 56, bar_h = 22, gap = 6, row_gap = 18;
  size_t n_series = std::max<size_t>(1, c.series.size());
  double row_h = n_series * (bar_h + gap) - gap;
  double legend_h = 0;
  std::string out = Legend(c, label_w, &legend_h);
  double y = 10 + legend_h;
  for (size_t i = 0; i < c.categories.size(); ++i) {
    out += Text(label_w - 10, y + row_h / 2 + 5, "label", "end", c.categories[i]);
    for (size_t s = 0; s < c.series.size(); ++s) {
      double v = i < c.series[s].values.size() ? c.series[s].values[i] : 0;
      double w = std::clamp(v / max, 0.0, 1.0) * plot_w;
      double by = y + s * (bar_h + gap);
      out += "<rect x=\"" + Coord(label_w) + "\" y=\"" + Coord(by) + "\" width=\"" + Coord(plot_w) + "\" height=\"" +
             Coord(bar_h) + "\" class=\"track\"/>";
      out += "<rect x=\"" + Coord(label_w) + "\" y=\"" + Coord(by) + "\" width=\"" + Coord(w) + "\" height=\"" +
             Coord(bar_h) + "\" class=\"bar s" + std::to_string(s % 4) + "\"/>";
      out += Text(label_w + w + 6, by + bar_h / 2 + 5, "value", "start", Number(v) + c.unit);
    }
    y += row_h + row_gap;
  }
  double height = y;
  if (c.target) {
    double x = label_w + std::clamp(*c.target / max, 0.0, 1.0) * plot_w;
    out += "<line x1=\"" + Coord(x) + "\" x2=\"" + Coord(x) + "\" y1=\"" + Coord(2 + legend_h) + "\" y2=\"" + Coord(height - row_gap + 6) +
           "\" class=\"target\"/>";
    out += Text(x, height + 8, "target-label", "middle", TargetLabel(c));
    height += 16;
  }
  return {height, out};
}

// Vertical columns with a value axis on the left.
Drawing Columns(const doc::Chart& c, double max, double width) {
  const double left = 50, plot_h = 200, bottom = 40;
  double plot_w = width - left - 10;
  double legend_h = 0;
  std::string legend = Legend(c, left, &legend_h);
  const double top = 16 + legend_h;
  size_t n = std::max<size_t>(1, c.categories.size());
  size_t n_series = std::max<size_t>(1, c.series.size());
  double slot = plot_w / n, col_w = std::min(48.0, slot * 0.7 / n_series);
  std::string out = legend;
  for (int t = 0; t <= 4; ++t) {
    double v = max * t / 4, y = top + plot_h - plot_h * t / 4;
    out += "<line x1=\"" + Coord(left) + "\" x2=\"" + Coord(width - 10) + "\" y1=\"" + Coord(y) + "\" y2=\"" +
           Coord(y) + "\" class=\"grid\"/>";
    out += Text(left - 6, y + 4, "axis", "end", Number(v) + c.unit);
  }
  for (size_t i = 0; i < c.categories.size(); ++i) {
    double x0 = left + slot * i + (slot - col_w * n_series) / 2;
    for (size_t s = 0; s < c.series.size(); ++s) {
      double v = i < c.series[s].values.size() ? c.series[s].values[i] : 0;
      double h = std::clamp(v / max, 0.0, 1.0) * plot_h;
      double x = x0 + s * col_w;
      out += "<rect x=\"" + Coord(x) + "\" y=\"" + Coord(top + plot_h - h) + "\" width=\"" + Coord(col_w - 2) +
             "\" height=\"" + Coord(h) + "\" class=\"bar s" + std::to_string(s % 4) + "\"/>";
      out += Text(x + col_w / 2 - 1, top + plot_h - h - 4, "value", "middle", Number(v) + c.unit);
    }
    out += Text(left + slot * i + slot / 2, top + plot_h + 18, "label", "middle", c.categories[i]);
  }
  if (c.target) {
    double y = top + plot_h - std::clamp(*c.target / max, 0.0, 1.0) * plot_h;
    out += "<line x1=\"" + Coord(left) + "\" x2=\"" + Coord(width - 10) + "\" y1=\"" + Coord(y) + "\" y2=\"" +
           Coord(y) + "\" class=\"target\"/>";
    out += Text(width - 12, y - 5, "target-label", "end", TargetLabel(c));
  }
  return {top + plot_h + bottom, out};
}

// The same numbers as a table: what a screen reader announces and what survives printing in
// black and white.
std::string DataTable(const doc::Chart& c) {
  std::string out = "<table class=\"chart-data\"><caption>" + EscapeHtml(c.title.empty() ? "Данные диаграммы" : c.title) +
                    "</caption>\n<thead><tr><th scope=\"col\">Показатель</th>";
  for (const doc::ChartSeries& s : c.series) out += "<th scope=\"col\">" + EscapeHtml(s.name) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < c.categories.size(); ++i) {
    out += "<tr><th scope=\"row\">" + EscapeHtml(c.categories[i]) + "</th>";
    for (const doc::ChartSeries& s : c.series) {
      out += "<td>" + (i < s.values.size() ? Number(s.values[i]) + EscapeHtml(c.unit) : std::string("—")) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

}  // namespace

std::string RenderChartSvg(const doc::Chart& chart, const std::string& description) {
  double max = AxisMax(chart);
  const double width = chart.kind == doc::Chart::Kind::kBars ? 420 : 640;
  Drawing d = chart.kind == doc::Chart::Kind::kBars ? Bars(chart, max, width) : Columns(chart, max, width);
  std::string title = chart.title.empty() ? "Диаграмма" : chart.title;
  std::string out = "<figure class=\"chart-figure\">\n<svg class=\"chart\" viewBox=\"0 0 " + Coord(width) + " " +
                    Coord(d.height) + "\" role=\"img\" aria-label=\"" + EscapeHtml(title) + "\">";
  out += "<title>" + EscapeHtml(title) + "</title>";
  if (!description.empty()) out += "<desc>" + EscapeHtml(description) + "</desc>";
  out += "<g aria-hidden=\"true\">" + d.shapes + "</g></svg>\n";
  out += DataTable(chart);
  if (!description.empty()) out += "<figcaption>" + EscapeHtml(description) + "</figcaption>\n";
  return out + "</figure>\n";
}

}  // namespace nastavnik::render::html
