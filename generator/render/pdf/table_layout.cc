// Tables as paper forms: thin black borders, columns sized from their content (or from the
// template's relative widths), one box per row so rows stay whole and header rows can repeat.
#include <algorithm>
#include <numeric>

#include "render/pdf/flow.h"

namespace nastavnik::render::pdf {

namespace {

constexpr float kPadX = 3;
constexpr float kPadY = 2;
constexpr float kBorder = 0.5f;
// A cell's line filled past this share of its column ends before a word that fits a line whole.
constexpr float kKeepWordsAbove = 0.35f;

struct Cell {
  StyledText text;
  std::vector<TextLine> lines;
  LineAlign align = LineAlign::kLeft;
};

// A column whose body cells are all short numbers ("1", "12.", "3.1") reads best centered.
bool NumericColumn(const doc::Table& table, size_t column, size_t header_rows) {
  bool any = false;
  for (size_t r = header_rows; r < table.rows.size(); ++r) {
    if (column >= table.rows[r].size()) continue;
    std::string s = doc::PlainText(table.rows[r][column].inlines);
    if (s.empty()) continue;
    if (s.size() > 6) return false;
    for (char c : s) {
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ' ')) return false;
    }
    any = true;
  }
  return any;
}

// In a table squeezed below its minimums, a column wide only for its header's word (a date under
// «завершения») is squeezed with the rest, but never below its body's piece when an equal share
// would hold it: the header word takes a hyphen, the date stays whole. The few points come from
// the other squeezed columns.
void KeepBodyPieces(std::vector<float>& widths, const std::vector<float>& body_min, std::vector<bool>& fixed,
                    float share) {
  float raised = 0, others = 0;
  for (size_t c = 0; c < widths.size(); ++c) {
    if (fixed[c]) continue;
    if (widths[c] < body_min[c] && body_min[c] <= share) {
      raised += body_min[c] - widths[c];
      widths[c] = body_min[c];
      fixed[c] = true;
    } else {
      others += widths[c];
    }
  }
  for (size_t c = 0; c < widths.size() && raised > 0 && others > 0; ++c) {
    if (!fixed[c]) widths[c] -= widths[c] * raised / others;
  }
}

// A column's needs, from least to most, as levels a table climbs while the page affords them:
// the pieces no breaker cuts (words between hyphenation points), the body's whole words (an
// address or a compound may still break after its own punctuation or hyphen), the header's whole
// words, whole short phrases («учитель – учитель», a name, «с 01.09.2025 по 31.05.2026»), and
// every paragraph on one line. The body's words come before the header's: a register's rows
// outnumber its one header, so when both cannot stay whole the header takes the hyphen.
enum Level { kPieces, kWords, kHeaderWords, kPhrases, kLines, kLevels };

// The number of unbreakable units a phrase may have and still ask to stay on one line.
constexpr int kPhraseWords = 3;

// The paperwork's tables may go down to 10 pt (ГОСТ Р 7.0.97 as schools apply it).
constexpr float kSmallestTableSize = 10;

// What the columns need, gathered a row at a time (a table of 50,000 rows is never held set):
// the text's own widths at the table's font size, so that a smaller size scales them.
struct ColumnNeeds {
  explicit ColumnNeeds(size_t columns)
      : text(kLevels, std::vector<float>(columns, 0)),
        body_min(columns, 0),
        volume(columns, 0),
        cells(columns, 0),
        filled(columns, false) {}
  std::vector<std::vector<float>> text;  // text[k][c], column c's widest text at level k
  std::vector<float> body_min;  // the widest piece under the header, for KeepBodyPieces
  std::vector<float> volume;    // the width of all the text under the header, set on one line
  std::vector<int> cells;       // how many cells under the header hold text
  std::vector<bool> filled;

  void Add(const std::vector<Cell>& row, bool header, const Hyphenator* hyph) {
    auto raise = [&](Level k, size_t c, float w) { text[k][c] = std::max(text[k][c], w); };
    for (size_t c = 0; c < row.size(); ++c) {
      const StyledText& t = row[c].text;
      if (t.empty()) continue;
      const float pieces = MinPieceWidth(t, hyph);
      // A word's own breaks (after its hyphen, an address's dots and slashes) add no hyphen.
      const float words = MinPieceWidth(t, nullptr);
      raise(kPieces, c, pieces);
      raise(kLines, c, MaxLineWidth(t));
      if (header) {
        raise(kHeaderWords, c, words);
        continue;
      }
      filled[c] = true;
      ++cells[c];
      volume[c] += std::accumulate(t.advance.begin(), t.advance.end(), 0.0f);
      body_min[c] = std::max(body_min[c], pieces);
      raise(kWords, c, words);
      raise(kPhrases, c, MaxPhraseWidth(t, kPhraseWords));
    }
  }

  // What each column asks for at each level with the font scaled by `scale`, padding included.
  // Each level holds the ones below it; a column with nothing under its header asks no more than
  // its header's words.
  std::vector<std::vector<float>> Levels(float scale, float available, bool has_body) const {
    // One point more than a piece: a piece exactly as wide as its column must still fit. No
    // single piece asks for more than 40 % of the width (a long address breaks instead).
    auto need = [&](float w) { return std::min(w * scale + 1, available * 0.4f) + 2 * kPadX; };
    const size_t columns = filled.size();
    std::vector<std::vector<float>> level(kLevels, std::vector<float>(columns, 2 * kPadX + 4));
    for (size_t c = 0; c < columns; ++c) {
      for (int k = 0; k < kLevels; ++k) {
        const float own = k == kLines ? text[k][c] * scale + 2 * kPadX : need(text[k][c]);
        level[k][c] = std::max({level[k][c], own, k > 0 ? level[k - 1][c] : 0.0f});
      }
      if (!filled[c] && has_body) {
        for (int k = kPhrases; k < kLevels; ++k) level[k][c] = level[kPhrases - 1][c];
      }
    }
    return level;
  }
  // About how many lines the column's cells take at the given widths: where a column's words are
  // cut, each line may end in a hyphen.
  std::vector<float> Lines(const std::vector<float>& widths, float scale) const {
    std::vector<float> out(widths.size());
    for (size_t c = 0; c < out.size(); ++c) {
      out[c] = volume[c] * scale / std::max(widths[c] - 2 * kPadX, 1.0f) + 0.5f * static_cast<float>(cells[c]);
    }
    return out;
  }
  std::vector<float> BodyMin(float scale, float available) const {
    std::vector<float> out(body_min.size());
    for (size_t c = 0; c < out.size(); ++c) out[c] = std::min(body_min[c] * scale + 1, available * 0.4f) + 2 * kPadX;
    return out;
  }
};

float Sum(const std::vector<float>& v) { return std::accumulate(v.begin(), v.end(), 0.0f); }

// Between two levels, a column either keeps its words (or phrases) whole or does not, so half a
// step helps little: the columns reach the upper level one by one, as many as fit, those that
// spare most lines a cut word for their points first (the least width per line of the column's
// cells, so a column of long requests goes before a column of short names, and a column of
// one-word cells is not forgotten). What is left goes to the others in proportion to what each
// still lacks.
std::vector<float> ClimbBestFirst(const std::vector<float>& low, const std::vector<float>& high, float left,
                                  const std::vector<float>& lines) {
  std::vector<float> widths = low;
  std::vector<size_t> order(low.size());
  std::iota(order.begin(), order.end(), 0);
  auto cost = [&](size_t c) { return (high[c] - low[c]) / std::max(lines[c], 1.0f); };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cost(a) < cost(b); });
  std::vector<bool> reached(low.size(), false);
  for (size_t c : order) {
    const float gap = high[c] - low[c];
    if (gap > left) continue;
    widths[c] = high[c];
    reached[c] = true;
    left -= gap;
  }
  float lacking = 0;
  for (size_t c = 0; c < low.size(); ++c) lacking += reached[c] ? 0 : high[c] - low[c];
  for (size_t c = 0; c < low.size() && lacking > 0; ++c) {
    if (!reached[c]) widths[c] += left * (high[c] - low[c]) / lacking;
  }
  return widths;
}

// The space left goes as browsers share it: in proportion to what each column lacks for its
// longest paragraph, so the long texts get the most.
std::vector<float> ClimbInProportion(const std::vector<float>& low, const std::vector<float>& high, float left) {
  std::vector<float> widths = low;
  float lacking = 0;
  for (size_t c = 0; c < low.size(); ++c) lacking += high[c] - low[c];
  for (size_t c = 0; c < low.size() && lacking > 0; ++c) widths[c] += left * (high[c] - low[c]) / lacking;
  return widths;
}

// Every word whole, the rest goes as browsers share it, after one step of our own: a short
// phrase («учитель – учитель», «с 15.09.2025 по 29.05.2026») stays on one line when that costs
// its column no more than an equal share of what is left among the columns that want more, so
// a column of long texts is never starved for a column of two-word cells.
std::vector<float> PhrasesThenLines(const std::vector<float>& words, const std::vector<float>& phrases,
                                    const std::vector<float>& lines, float available) {
  std::vector<float> widths = words;
  float left = available - Sum(words);
  size_t wanting = 0;
  for (size_t c = 0; c < words.size(); ++c) wanting += lines[c] > words[c];
  if (wanting == 0) return widths;
  const float share = left / static_cast<float>(wanting);
  std::vector<size_t> order(words.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return phrases[a] - words[a] < phrases[b] - words[b]; });
  for (size_t c : order) {
    const float gap = phrases[c] - words[c];
    if (gap > share || gap > left) break;
    widths[c] = phrases[c];
    left -= gap;
  }
  return ClimbInProportion(widths, lines, left);
}

// Not even the pieces fit. Narrow columns (a number, a date) keep their width; the columns with
// the longest pieces (e-mails, long names) give way and break inside them.
std::vector<float> Squeeze(const std::vector<float>& min, const std::vector<float>& body_min, float available) {
  const size_t columns = min.size();
  std::vector<float> widths(columns, 0);
  std::vector<bool> fixed(columns, false);
  float room = available;
  size_t free_columns = columns;
  for (bool changed = true; changed && free_columns > 0;) {
    changed = false;
    const float share = room / static_cast<float>(free_columns);
    for (size_t c = 0; c < columns; ++c) {
      if (fixed[c] || min[c] > share) continue;
      fixed[c] = true;
      widths[c] = min[c];
      room -= min[c];
      --free_columns;
      changed = true;
    }
  }
  float rest = 0;
  for (size_t c = 0; c < columns; ++c) rest += fixed[c] ? 0 : min[c];
  for (size_t c = 0; c < columns; ++c) {
    if (!fixed[c]) widths[c] = rest > 0 ? min[c] * room / rest : 0;
  }
  KeepBodyPieces(widths, body_min, fixed, free_columns > 0 ? room / static_cast<float>(free_columns) : 0);
  return widths;
}

// The template's proportions hold unless a column would split a word («выполнении» in a bold
// header): such a column grows to its widest word and the roomier columns give the space back.
std::vector<float> GivenWidths(const std::vector<double>& given, const std::vector<float>& min, float available) {
  const size_t columns = min.size();
  std::vector<float> widths(columns, 0);
  const double total = std::accumulate(given.begin(), given.end(), 0.0);
  for (size_t c = 0; c < columns; ++c) widths[c] = static_cast<float>(given[c] / total * available);
  float deficit = 0, spare = 0;
  for (size_t c = 0; c < columns; ++c) {
    if (widths[c] < min[c]) deficit += min[c] - widths[c];
    else spare += widths[c] - min[c];
  }
  if (deficit > 0 && spare >= deficit) {
    for (size_t c = 0; c < columns; ++c) {
      widths[c] = widths[c] < min[c] ? min[c] : widths[c] - (widths[c] - min[c]) * deficit / spare;
    }
  }
  return widths;
}

bool HasGivenWidths(const doc::Table& table, size_t columns) {
  bool given = table.widths.size() == columns;
  for (double w : table.widths) given = given && w > 0;
  return given;
}

float TableScale(const doc::Table& table, const ColumnNeeds& needs, float size, size_t header_rows, float available) {
  if (size <= kSmallestTableSize || HasGivenWidths(table, needs.filled.size())) return 1;
  const bool body = table.rows.size() > header_rows;
  auto words_fit = [&](float scale) {
    const auto level = needs.Levels(scale, available, body);
    return Sum(level[kWords]) <= available && Sum(level[kHeaderWords]) <= available;
  };
  return words_fit(1) ? 1 : kSmallestTableSize / size;
}

std::vector<float> ColumnWidths(const doc::Table& table, const ColumnNeeds& needs, float scale, size_t header_rows,
                                float available) {
  const size_t columns = needs.filled.size();
  const bool given = HasGivenWidths(table, columns);
  const auto level = needs.Levels(scale, available, table.rows.size() > header_rows);
  if (given) return GivenWidths(table.widths, level[kHeaderWords], available);
  // As browsers size an automatic table, with the steps between a column's minimum and maximum
  // that Russian paperwork cares about: the table climbs the levels while all its columns fit,
  // and between the last level that fits and the next one shares what is left.
  if (Sum(level[kPieces]) >= available) return Squeeze(level[kPieces], needs.BodyMin(scale, available), available);
  for (int k = kPieces + 1; k <= kHeaderWords; ++k) {
    if (Sum(level[k]) <= available) continue;
    const float left = available - Sum(level[k - 1]);
    return ClimbBestFirst(level[k - 1], level[k], left, needs.Lines(level[k - 1], scale));
  }
  if (Sum(level[kLines]) > available) {
    return PhrasesThenLines(level[kHeaderWords], level[kPhrases], level[kLines], available);
  }
  // Everything fits on one line: widen the columns with text in proportion so the table spans
  // the text width; a column with nothing under its header keeps its narrow width.
  const std::vector<float>& max = level[kLines];
  const float sum_max = Sum(max);
  float widening = 0;
  for (size_t c = 0; c < columns; ++c) widening += needs.filled[c] ? max[c] : 0;
  std::vector<float> widths(columns, 0);
  for (size_t c = 0; c < columns; ++c) {
    const float share = widening > 0 ? (needs.filled[c] ? max[c] / widening : 0) : max[c] / sum_max;
    widths[c] = max[c] + (available - sum_max) * share;
  }
  return widths;
}

void Borders(Content* content, float left, const std::vector<float>& widths, float height) {
  float right = left + std::accumulate(widths.begin(), widths.end(), 0.0f);
  content->strokes.push_back(Stroke{left, 0, right, 0, kBorder});
  content->strokes.push_back(Stroke{left, height, right, height, kBorder});
  float x = left;
  content->strokes.push_back(Stroke{x, 0, x, height, kBorder});
  for (float w : widths) {
    x += w;
    content->strokes.push_back(Stroke{x, 0, x, height, kBorder});
  }
}

}  // namespace

Status LayoutTable(Flow& flow, const doc::Table& table, const Frame& frame, int node) {
  size_t columns = table.aligns.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  if (columns == 0 || table.rows.empty()) return Status::Ok();
  float size = std::min(kTableFontSize, flow.size());
  const size_t header_rows = std::min<size_t>(std::max(table.header_rows, 0), table.rows.size());

  std::vector<LineAlign> aligns(columns, LineAlign::kLeft);
  for (size_t c = 0; c < columns; ++c) {
    doc::Align a = c < table.aligns.size() ? table.aligns[c] : doc::Align::kDefault;
    aligns[c] = Resolve(a, NumericColumn(table, c, header_rows) ? LineAlign::kCenter : LineAlign::kLeft);
  }

  // Row r's cells set as styled text: once to size the columns and again to lay the row out, so
  // that only one row is ever held set.
  auto set_row = [&](size_t r, std::vector<Cell>* row) -> Status {
    const bool header = r < header_rows;
    row->assign(columns, Cell());
    for (size_t c = 0; c < columns; ++c) {
      Cell& cell = (*row)[c];
      cell.align = header ? LineAlign::kCenter : aligns[c];
      if (c >= table.rows[r].size()) continue;
      TextBuilder builder(flow.measurer, &cell.text);
      Status s = builder.AppendInlines(table.rows[r][c].inlines,
                                       TextStyle{header ? Face::kBold : Face::kRegular, size});
      if (!s.ok()) return s;
      builder.Finish();
    }
    return Status::Ok();
  };
  ColumnNeeds needs(columns);
  std::vector<Cell> cells;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (Status s = set_row(r, &cells); !s.ok()) return s;
    needs.Add(cells, r < header_rows, flow.options.hyphenator);
  }
  // A wide register may go down to the smallest size the paperwork allows for tables when its
  // words would not all stay whole at the usual one.
  const float scale = TableScale(table, needs, size, header_rows, frame.width);
  size *= scale;
  const std::vector<float> widths = ColumnWidths(table, needs, scale, header_rows, frame.width);
  const LineMetrics m = MetricsFor(flow.measurer, Face::kRegular, size, 1.0f);
  const int table_id = flow.next_table_id++;
  float space = flow.TakeSpace(0.5f * flow.size());
  float header_height = 0;
  const float page_room = flow.geometry().body_height();

  // A row and its cells, made once: a registry of 50,000 rows would otherwise leave the
  // structure's storage up to twice its size, and three times while it grows.
  flow.structure.reserve(flow.structure.size() + table.rows.size() * (columns + 1));
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const bool header = r < header_rows;
    if (Status s = set_row(r, &cells); !s.ok()) return s;
    const int row_node = flow.Node("TR", node);
    std::vector<int> cell_nodes(columns);
    for (size_t c = 0; c < columns; ++c) {
      cell_nodes[c] = flow.Node(header ? "TH" : "TD", row_node);
      if (header) flow.structure[cell_nodes[c]].scope = "Column";
    }
    size_t most = 1;
    for (size_t c = 0; c < columns; ++c) {
      Cell& cell = cells[c];
      BreakOptions options;
      options.width = widths[c] - 2 * kPadX;
      options.hyphenator = flow.options.hyphenator;  // headers too, with a visible hyphen
      // A ragged cell ends a fair line before a word rather than hyphenate it («учитель –» /
      // «учитель», not «учитель – учи-» / «тель»).
      options.keep_words_above = kKeepWordsAbove;
      cell.lines = BreakLines(cell.text, options);
      most = std::max(most, cell.lines.size());
    }
    // A row taller than a page (with the repeated header) is cut into parts between lines.
    const size_t fit = static_cast<size_t>(std::max(1.0f, (page_room - header_height - 2 * kPadY) / m.height));
    for (size_t from = 0; from < most; from += fit) {
      const size_t count = std::min(fit, most - from);
      Box box;
      box.height = count * m.height + 2 * kPadY;
      box.space_before = space;
      space = 0;
      box.table = table_id;
      box.table_header = header;
      box.keep_with_next = header;
      float x = frame.left;
      for (size_t c = 0; c < columns; ++c) {
        const Cell& cell = cells[c];
        const size_t end = std::min(cell.lines.size(), from + count);
        // Header cells are centered vertically as on printed forms; body cells start at the top.
        float top = kPadY;
        if (header && cell.lines.size() < most) top += (most - cell.lines.size()) * m.height / 2;
        const size_t first_run = box.content.texts.size();
        for (size_t k = from; k < end; ++k) {
          PlaceLine(cell.text, cell.lines[k], x + kPadX, top + (k - from) * m.height + m.baseline,
                    widths[c] - 2 * kPadX, cell.align, &box.content);
        }
        for (size_t t = first_run; t < box.content.texts.size(); ++t) box.content.texts[t].tag = cell_nodes[c];
        x += widths[c];
      }
      Borders(&box.content, frame.left, widths, box.height);
      if (header) header_height += box.height;
      flow.boxes.push_back(std::move(box));
    }
    if (flow.releasing == &table) std::vector<doc::TableCell>().swap(flow.releasing->rows[r]);
    if (Status s = flow.PartDone(&table); !s.ok()) return s;
  }
  flow.SpaceAfter(0.5f * flow.size());
  return Status::Ok();
}

}  // namespace nastavnik::render::pdf
