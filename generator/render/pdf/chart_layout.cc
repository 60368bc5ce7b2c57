// Charts as vector graphics: columns (or horizontal bars) per series with value labels, a value
// axis with light grid lines, a dashed target line with its label, a legend and a title. The
// whole chart is one box, so it never splits across pages; its parts carry the Figure's tag.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/text.h"
#include "render/pdf/flow.h"

namespace nastavnik::render::pdf {

namespace {

constexpr uint32_t kPalette[] = {0x1a4fa0, 0xd9822b, 0x4f9a3a, 0x8e44ad, 0x7f7f7f};
constexpr uint32_t kGrid = 0xc8c8c8;
constexpr uint32_t kTargetColor = 0xb22222;

// "72", "72,5": one decimal at most, the Russian decimal comma.
std::string Number(double v) { return text::DecimalComma(std::round(v * 10) / 10, 1, true); }

std::string Value(double v, const std::string& unit) {
  return unit.empty() ? Number(v) : Number(v) + (unit == "%" ? " %" : " " + unit);
}

// The axis maximum: the data's, rounded up to 1, 2 or 5 times a power of ten.
double NiceMax(double max) {
  if (max <= 0) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(max)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * p >= max - 1e-9) return m * p;
  }
  return 10 * p;
}

class Painter {
 public:
  Painter(Flow& flow, Content* out, int tag) : flow_(flow), out_(out), tag_(tag) {}

  /// Text set in a column of the given width; returns the height used.
  Result<float> Text(const std::string& s, Face face, float size, float x, float top, float width,
                     LineAlign align, size_t max_lines = 3) {
    StyledText text;
    TextBuilder builder(flow_.measurer, &text);
    Status st = builder.Append(s, TextStyle{face, size});
    if (!st.ok()) return st;
    builder.Finish();
    BreakOptions options;
    options.width = std::max(width, 1.0f);
    std::vector<TextLine> lines = BreakLines(text, options);
    if (lines.size() > max_lines) lines.resize(max_lines);
    const LineMetrics m = MetricsFor(flow_.measurer, face, size, 1.0f);
    const size_t first = out_->texts.size();
    for (size_t k = 0; k < lines.size(); ++k) {
      PlaceLine(text, lines[k], x, top + k * m.height + m.baseline, width, align, out_);
    }
    for (size_t k = first; k < out_->texts.size(); ++k) out_->texts[k].tag = tag_;
    return lines.size() * m.height;
  }
  Result<float> Width(const std::string& s, Face face, float size) {
    StyledText text;
    TextBuilder builder(flow_.measurer, &text);
    Status st = builder.Append(s, TextStyle{face, size});
    if (!st.ok()) return st;
    builder.Finish();
    return MaxLineWidth(text);
  }
  void Line(float x1, float y1, float x2, float y2, float width, uint32_t color, float dash = 0) {
    out_->strokes.push_back(Stroke{x1, y1, x2, y2, width, color, dash, tag_});
  }
  void Rect(float x, float y, float w, float h, uint32_t color) {
    if (w <= 0 || h <= 0) return;
    out_->fills.push_back(Fill{x, y, w, h, color, tag_});
  }

 private:
  Flow& flow_;
  Content* out_;
  int tag_;
};

}  // namespace

Status LayoutChart(Flow& flow, const doc::Chart& chart, const Frame& frame, int node) {
  const size_t n = chart.categories.size();
  if (n == 0 || chart.series.empty()) return Status::Ok();
  const float label_size = 9;
  const float small = 8;
  Box box;
  Painter paint(flow, &box.content, node);
  float y = 0;
  if (!chart.title.empty()) {
    Result<float> h = paint.Text(chart.title, Face::kBold, std::min(12.0f, flow.size()), frame.left, 0, frame.width,
                                 LineAlign::kCenter);
    if (!h.ok()) return h.status();
    y += *h + 6;
  }
  double data_max = chart.target.value_or(0);
  for (const doc::ChartSeries& s : chart.series) {
    for (double v : s.values) data_max = std::max(data_max, v);
  }
  const double max = chart.max > 0 ? chart.max : NiceMax(data_max);
  const size_t series = chart.series.size();
  constexpr int kTicks = 5;

  if (chart.kind == doc::Chart::Kind::kColumns) {
    float axis_w = 0;
    for (int t = 0; t <= kTicks; ++t) {
      Result<float> w = paint.Width(Value(max * t / kTicks, chart.unit), Face::kRegular, label_size);
      if (!w.ok()) return w.status();
      axis_w = std::max(axis_w, *w);
    }
    const float left = frame.left + axis_w + 4;
    const float right = frame.left + frame.width;
    const float top = y + 12;  // room for the value labels of a full column
    const float height = 55 * kMm;
    const float bottom = top + height;
    const float group = (right - left) / static_cast<float>(n);
    const float bar = std::min(group * 0.75f / static_cast<float>(series), 18 * kMm);
    for (int t = 0; t <= kTicks; ++t) {
      const float ty = bottom - height * t / kTicks;
      if (t > 0) paint.Line(left, ty, right, ty, 0.3f, kGrid);
      Result<float> h = paint.Text(Value(max * t / kTicks, chart.unit), Face::kRegular, label_size, frame.left,
                                   ty - label_size * 0.6f, axis_w, LineAlign::kRight, 1);
      if (!h.ok()) return h.status();
    }
    float labels_h = 0;
    for (size_t c = 0; c < n; ++c) {
      const float gx = left + group * c;
      const float x0 = gx + (group - bar * series) / 2;
      for (size_t s = 0; s < series; ++s) {
        const double v = c < chart.series[s].values.size() ? chart.series[s].values[c] : 0;
        const float h = static_cast<float>(std::clamp(v / max, 0.0, 1.0)) * height;
        const float x = x0 + bar * s;
        paint.Rect(x, bottom - h, bar - 1, h, kPalette[s % 5]);
        Result<float> lh = paint.Text(Value(v, chart.unit), Face::kRegular, small, x - 6, bottom - h - small * 1.25f,
                                      bar + 12, LineAlign::kCenter, 1);
        if (!lh.ok()) return lh.status();
      }
      Result<float> lh = paint.Text(chart.categories[c], Face::kRegular, label_size, gx + 1, bottom + 3, group - 2,
                                    LineAlign::kCenter);
      if (!lh.ok()) return lh.status();
      labels_h = std::max(labels_h, *lh);
    }
    paint.Line(left, bottom, right, bottom, 0.8f, kBlack);
    paint.Line(left, top - 4, left, bottom, 0.8f, kBlack);
    if (chart.target) {
      const float ty = bottom - static_cast<float>(std::clamp(*chart.target / max, 0.0, 1.0)) * height;
      paint.Line(left, ty, right, ty, 1.2f, kTargetColor, 4);
      const std::string label = chart.target_label.empty() ? Value(*chart.target, chart.unit) : chart.target_label;
      Result<float> h = paint.Text(label, Face::kItalic, label_size, left + 2, ty - label_size * 1.3f,
                                   right - left - 4, LineAlign::kRight, 1);
      if (!h.ok()) return h.status();
    }
    y = bottom + 3 + labels_h + 4;
  } else {
    float cat_w = 0;
    for (const std::string& c : chart.categories) {
      Result<float> w = paint.Width(c, Face::kRegular, label_size);
      if (!w.ok()) return w.status();
      cat_w = std::max(cat_w, *w);
    }
    cat_w = std::min(cat_w + 2, frame.width * 0.35f);
    const float left = frame.left + cat_w + 4;
    const float right = frame.left + frame.width - 30;  // room for the last value label
    const float bar = 11;
    const float group = bar * series + 6;
    const float top = y + 2;
    const float bottom = top + group * n;
    for (int t = 0; t <= kTicks; ++t) {
      const float tx = left + (right - left) * t / kTicks;
      if (t > 0) paint.Line(tx, top, tx, bottom, 0.3f, kGrid);
      Result<float> h = paint.Text(Value(max * t / kTicks, chart.unit), Face::kRegular, small, tx - 20, bottom + 2,
                                   40, LineAlign::kCenter, 1);
      if (!h.ok()) return h.status();
    }
    for (size_t c = 0; c < n; ++c) {
      const float gy = top + group * c + 3;
      Result<float> h = paint.Text(chart.categories[c], Face::kRegular, label_size, frame.left,
                                   gy + (bar * series - label_size * 1.15f) / 2, cat_w, LineAlign::kRight, 2);
      if (!h.ok()) return h.status();
      for (size_t s = 0; s < series; ++s) {
        const double v = c < chart.series[s].values.size() ? chart.series[s].values[c] : 0;
        const float w = static_cast<float>(std::clamp(v / max, 0.0, 1.0)) * (right - left);
        paint.Rect(left, gy + bar * s, w, bar - 1, kPalette[s % 5]);
        Result<float> lh = paint.Text(Value(v, chart.unit), Face::kRegular, small, left + w + 2,
                                      gy + bar * s + (bar - small * 1.15f) / 2, 40, LineAlign::kLeft, 1);
        if (!lh.ok()) return lh.status();
      }
    }
    paint.Line(left, top, left, bottom, 0.8f, kBlack);
    if (chart.target) {
      const float tx = left + static_cast<float>(std::clamp(*chart.target / max, 0.0, 1.0)) * (right - left);
      paint.Line(tx, top - 2, tx, bottom, 1.2f, kTargetColor, 4);
      const std::string label = chart.target_label.empty() ? Value(*chart.target, chart.unit) : chart.target_label;
      Result<float> h = paint.Text(label, Face::kItalic, label_size, tx - 60, bottom + small * 1.4f + 2, 120,
                                   LineAlign::kCenter, 1);
      if (!h.ok()) return h.status();
    }
    y = bottom + small * 1.4f + (chart.target ? label_size * 1.3f : 0) + 6;
  }

  // Legend: a swatch and the name of each series, in one or more rows.
  bool named = false;
  for (const doc::ChartSeries& s : chart.series) named = named || !s.name.empty();
  if (named) {
    float x = frame.left;
    for (size_t s = 0; s < series; ++s) {
      Result<float> w = paint.Width(chart.series[s].name, Face::kRegular, label_size);
      if (!w.ok()) return w.status();
      const float item = 12 + std::min(*w, frame.width - 12) + 14;
      if (x > frame.left && x + item > frame.left + frame.width) {
        x = frame.left;
        y += label_size * 1.4f;
      }
      paint.Rect(x, y + 1, 8, 8, kPalette[s % 5]);
      Result<float> h = paint.Text(chart.series[s].name, Face::kRegular, label_size, x + 12, y,
                                   std::min(*w + 2, frame.width - 12), LineAlign::kLeft, 1);
      if (!h.ok()) return h.status();
      x += item;
    }
    y += label_size * 1.4f;
  }
  box.height = y;
  box.space_before = flow.TakeSpace(0.6f * flow.size());
  flow.boxes.push_back(std::move(box));
  flow.SpaceAfter(0.6f * flow.size());
  return Status::Ok();
}

}  // namespace nastavnik::render::pdf
