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

// What the columns need, gathered a row at a time (a table of 50,000 rows is never held set).
struct ColumnNeeds {
  explicit ColumnNeeds(size_t columns)
      : min(columns, 2 * kPadX + 4), max(columns, 2 * kPadX + 4), body_min(columns, 0), filled(columns, false) {}
  std::vector<float> min, max;
  std::vector<float> body_min;  // the widest piece under the header, for KeepBodyPieces
  std::vector<bool> filled;

  void Add(const std::vector<Cell>& row, bool header, float available, const Hyphenator* hyph) {
    for (size_t c = 0; c < row.size(); ++c) {
      const StyledText& text = row[c].text;
      if (!header && !text.empty()) filled[c] = true;
      const float piece = header ? MaxWordWidth(text) : MinPieceWidth(text, hyph);
      // One point more than the piece: a piece exactly as wide as its column must still fit.
      min[c] = std::max(min[c], std::min(piece + 1, available * 0.4f) + 2 * kPadX);
      if (!header) body_min[c] = std::max(body_min[c], std::min(piece + 1, available * 0.4f) + 2 * kPadX);
      max[c] = std::max(max[c], MaxLineWidth(text) + 2 * kPadX);
    }
  }
};

std::vector<float> ColumnWidths(const doc::Table& table, ColumnNeeds needs, size_t columns, size_t header_rows,
                                float available) {
  std::vector<float> widths(columns, 0);
  bool given = table.widths.size() == columns;
  for (double w : table.widths) given = given && w > 0;
  // As browsers size an automatic table: each column's minimum is its widest piece that never
  // breaks (a word between hyphenation points, a date, a number, an e-mail up to "@"; a header's
  // whole words), its maximum its longest paragraph. What is left over the minimums goes first to
  // the columns that need little more to fit on one line (a date, a short name); the rest is
  // shared among the long ones in proportion to their text. A column with nothing under its
  // header (a column to sign in) stays as narrow as its header's words.
  std::vector<float>& min = needs.min;
  std::vector<float>& max = needs.max;
  const std::vector<float>& body_min = needs.body_min;
  for (size_t c = 0; c < columns; ++c) {
    if (!needs.filled[c] && table.rows.size() > header_rows) max[c] = min[c];
  }
  if (given) {
    const double total = std::accumulate(table.widths.begin(), table.widths.end(), 0.0);
    for (size_t c = 0; c < columns; ++c) widths[c] = static_cast<float>(table.widths[c] / total * available);
    // The template's proportions hold unless a column would split a word («выполнении» in a bold
    // header): such a column grows to its widest word and the roomier columns give the space back.
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
  const float sum_min = std::accumulate(min.begin(), min.end(), 0.0f);
  const float sum_max = std::accumulate(max.begin(), max.end(), 0.0f);
  if (sum_min >= available) {
    // Not even the widest words fit. Narrow columns (a number, a date) keep their width; the
    // columns with the longest words (e-mails, long names) give way and break inside them.
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
  if (sum_max <= available) {
    // Everything fits on one line: widen the columns with text in proportion so the table spans
    // the text width; a column with nothing under its header keeps its narrow width.
    float widening = 0;
    for (size_t c = 0; c < columns; ++c) widening += needs.filled[c] ? max[c] : 0;
    for (size_t c = 0; c < columns; ++c) {
      const float share = widening > 0 ? (needs.filled[c] ? max[c] / widening : 0) : max[c] / sum_max;
      widths[c] = max[c] + (available - sum_max) * share;
    }
    return widths;
  }
  widths = min;
  float left = available - sum_min;
  std::vector<size_t> order(columns);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return max[a] - min[a] < max[b] - min[b]; });
  for (size_t k = 0; k < columns; ++k) {
    const size_t c = order[k];
    const float share = left / static_cast<float>(columns - k);
    if (max[c] - min[c] > share) {
      // This column and the longer ones cannot all fit: they share what is left in proportion
      // to what each still needs, so the column of long texts gets the most room.
      float need = 0;
      for (size_t j = k; j < columns; ++j) need += max[order[j]] - min[order[j]];
      for (size_t j = k; j < columns; ++j) widths[order[j]] += left * (max[order[j]] - min[order[j]]) / need;
      return widths;
    }
    widths[c] += max[c] - min[c];
    left -= max[c] - min[c];
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
  const float size = std::min(kTableFontSize, flow.size());
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
    needs.Add(cells, r < header_rows, frame.width, flow.options.hyphenator);
  }
  const std::vector<float> widths = ColumnWidths(table, std::move(needs), columns, header_rows, frame.width);
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
