#include "load/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "base/text.h"
#include "base/typography.h"
#include "load/toml.h"

// Exported by libcmark-gfm-extensions but declared in no installed header.
extern "C" {
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL,
    CMARK_NODE_STRIKETHROUGH;
}

namespace nastavnik::load {
namespace {

// Quotes, lists and emphasis nest in the file as deep as the school types them; every stage
// after this walks the tree recursively, so depth past this is refused here (a 200 KB file of
// "> > > …" overflowed the stack; found by fuzz/fuzz_markdown).
constexpr int kMaxNesting = 32;

struct Walker {
  std::string path;
  Diagnostics* diags = nullptr;  // null: warnings are not wanted
  int depth = 0;
  Location too_deep;  // the first node past kMaxNesting (line 0: none)
  std::string_view source;  // the text cmark-gfm read (LF, CRLF or a lone CR ends a line)
  std::vector<ImageReference>* images = nullptr;  // null: their places are not wanted

  // cmark-gfm counts columns in bytes and, inside table cells, past the end of the line; the
  // school's editor counts characters on the line. The line is looked up only when a message
  // needs it: most parses (a template per consent page) have none.
  Location At(cmark_node* node) const {
    const int wanted = std::max(1, cmark_node_get_start_line(node));
    const int column = std::max(1, cmark_node_get_start_column(node));
    int line = 1;
    size_t start = 0;
    for (; line < wanted; ++line) {
      size_t end = source.find_first_of("\r\n", start);
      if (end == std::string_view::npos) break;  // past the last line: the last one
      if (source[end] == '\r' && end + 1 < source.size() && source[end + 1] == '\n') ++end;
      start = end + 1;
    }
    std::string_view text = source.substr(start);
    text = text.substr(0, text.find_first_of("\r\n"));
    size_t bytes = std::min(static_cast<size_t>(column - 1), text.size());
    while (bytes > 0 && bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
    return Location{path, line, 1 + static_cast<int>(text::Utf8Length(text.substr(0, bytes)))};
  }

  // True when node lies too deep to be walked; it is then left out.
  bool TooDeep(cmark_node* node) {
    if (depth < kMaxNesting) return false;
    if (too_deep.line == 0) too_deep = At(node);
    return true;
  }

  void WarnHtml(cmark_node* node) {
    if (!diags) return;
    diags->Warning(At(node), "HTML-разметка внутри Markdown не выводится; используйте Markdown");
  }

  std::vector<doc::Inline> Inlines(cmark_node* parent) {
    std::vector<doc::Inline> out;
    if (TooDeep(parent)) return out;
    ++depth;
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      cmark_node_type type = cmark_node_get_type(n);
      doc::Inline in;
      const char* literal = cmark_node_get_literal(n);
      in.line = cmark_node_get_start_line(n);
      in.byte_column = cmark_node_get_start_column(n);
      if (type == CMARK_NODE_TEXT) {
        in.text = literal ? literal : "";
      } else if (type == CMARK_NODE_CODE) {
        in.kind = doc::InlineKind::kCode;
        in.text = literal ? literal : "";
      } else if (type == CMARK_NODE_SOFTBREAK) {
        in.kind = doc::InlineKind::kSoftBreak;
      } else if (type == CMARK_NODE_LINEBREAK) {
        in.kind = doc::InlineKind::kLineBreak;
      } else if (type == CMARK_NODE_EMPH) {
        in.kind = doc::InlineKind::kEmphasis;
        in.children = Inlines(n);
      } else if (type == CMARK_NODE_STRONG) {
        in.kind = doc::InlineKind::kStrong;
        in.children = Inlines(n);
      } else if (type == CMARK_NODE_STRIKETHROUGH) {
        in.kind = doc::InlineKind::kStrike;
        in.children = Inlines(n);
      } else if (type == CMARK_NODE_LINK) {
        in.kind = doc::InlineKind::kLink;
        const char* url = cmark_node_get_url(n);
        in.url = url ? url : "";
        in.children = Inlines(n);
      } else if (type == CMARK_NODE_IMAGE) {
        // An inline image keeps its alternative text in the flow; block images are lifted out.
        in.kind = doc::InlineKind::kText;
        in.text = doc::PlainText(Inlines(n));
      } else if (type == CMARK_NODE_HTML_INLINE) {
        WarnHtml(n);
        continue;
      } else {
        in.children = Inlines(n);
        in.kind = doc::InlineKind::kEmphasis;
      }
      out.push_back(std::move(in));
    }
    --depth;
    return out;
  }

  void Blocks(cmark_node* parent, std::vector<doc::Block>* out) {
    if (TooDeep(parent)) return;
    ++depth;
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      cmark_node_type type = cmark_node_get_type(n);
      doc::Block b;
      if (type == CMARK_NODE_PARAGRAPH) {
        cmark_node* only = cmark_node_first_child(n);
        if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_IMAGE) {
          b.kind = doc::BlockKind::kImage;
          const char* url = cmark_node_get_url(only);
          b.url = url ? url : "";
          b.text = doc::PlainText(Inlines(only));
          if (images) images->push_back(ImageReference{b.url, At(only)});
        } else {
          b.inlines = Inlines(n);
        }
      } else if (type == CMARK_NODE_HEADING) {
        b.kind = doc::BlockKind::kHeading;
        b.level = cmark_node_get_heading_level(n);
        b.inlines = Inlines(n);
      } else if (type == CMARK_NODE_BLOCK_QUOTE) {
        b.kind = doc::BlockKind::kQuote;
        Blocks(n, &b.children);
      } else if (type == CMARK_NODE_LIST) {
        b.kind = doc::BlockKind::kList;
        b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        b.start = cmark_node_get_list_start(n);
        Blocks(n, &b.children);
      } else if (type == CMARK_NODE_ITEM) {
        b.kind = doc::BlockKind::kListItem;
        if (std::string(cmark_node_get_type_string(n)) == "tasklist") {
          b.checked = cmark_gfm_extensions_get_tasklist_item_checked(n);
        }
        Blocks(n, &b.children);
      } else if (type == CMARK_NODE_CODE_BLOCK) {
        b.kind = doc::BlockKind::kCode;
        const char* literal = cmark_node_get_literal(n);
        b.text = literal ? literal : "";
      } else if (type == CMARK_NODE_THEMATIC_BREAK) {
        b.kind = doc::BlockKind::kRule;
      } else if (type == CMARK_NODE_TABLE) {
        b.kind = doc::BlockKind::kTable;
        uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
        uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(n);
        for (uint16_t i = 0; i < columns; ++i) {
          uint8_t a = aligns ? aligns[i] : 0;
          b.table.aligns.push_back(a == 'l'   ? doc::Align::kLeft
                                   : a == 'c' ? doc::Align::kCenter
                                   : a == 'r' ? doc::Align::kRight
                                              : doc::Align::kDefault);
        }
        b.table.header_rows = 0;
        for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
          if (cmark_gfm_extensions_get_table_row_is_header(row)) ++b.table.header_rows;
          std::vector<doc::TableCell> cells;
          for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
            cells.push_back(doc::TableCell{Inlines(cell)});
          }
          cells.resize(columns);
          b.table.rows.push_back(std::move(cells));
        }
      } else if (type == CMARK_NODE_HTML_BLOCK) {
        WarnHtml(n);
        continue;
      } else {
        continue;  // footnote definitions and custom blocks have no place in school documents
      }
      out->push_back(std::move(b));
    }
    --depth;
  }
};

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::vector<doc::Block> ParseBody(std::string_view body, const std::string& path, Diagnostics* diags,
                                  Location* too_deep = nullptr, std::vector<ImageReference>* images = nullptr,
                                  bool typeset = false) {
  // cmark-gfm 0.29 keeps the extensions' special characters in one process-wide table that each
  // parser fills and clears, so two parsers at once lose strikethrough and links at random. The
  // build parses on two threads (see RenderPaperwork); one parse at a time keeps it deterministic.
  static std::mutex cmark_mutex;
  std::unique_lock<std::mutex> lock(cmark_mutex);
  cmark_gfm_core_extensions_ensure_registered();
  // Never CMARK_OPT_UNSAFE: with it, raw HTML such as <img onerror=…> passes the tag filter.
  std::unique_ptr<cmark_parser, ParserDeleter> parser(
      cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), body.data(), body.size());
  std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
  parser.reset();
  lock.unlock();
  Walker walker;
  walker.path = path;
  walker.diags = diags;
  walker.source = body;
  walker.images = images;
  std::vector<doc::Block> blocks;
  walker.Blocks(root.get(), &blocks);
  // Document templates are typeset here, as they become the tree; a school's pages keep their
  // text as written (checks point at its columns) and are typeset by model/build_pages.cc.
  if (typeset) typography::TypesetBlocks(&blocks);
  if (too_deep) *too_deep = walker.too_deep;
  return blocks;
}

// YAML front matter: only flat "key: value" lines, which is all a page needs.
Result<Value> ParseSimpleYaml(std::string_view text, const std::string& path, int first_line) {
  Value table;
  table.where = Location{path, first_line, 1};
  int line_no = first_line;
  for (const std::string& raw : text::Split(text, '\n')) {
    std::string line = text::Trim(raw);
    if (!line.empty() && line[0] != '#') {
      size_t colon = line.find(':');
      if (colon == std::string::npos) {
        return Status::Input("в заголовке YAML ожидается строка вида «ключ: значение»",
                             Location{path, line_no, 1});
      }
      Value v;
      v.kind = Value::Kind::kString;
      v.where = Location{path, line_no, 1};
      v.string = text::Trim(line.substr(colon + 1));
      if (v.string.size() >= 2 && (v.string.front() == '"' || v.string.front() == '\'') &&
          v.string.back() == v.string.front()) {
        v.string = v.string.substr(1, v.string.size() - 2);
      }
      table.table.emplace_back(text::Trim(line.substr(0, colon)), std::move(v));
    }
    ++line_no;
  }
  return table;
}

}  // namespace

Result<MarkdownFile> ParseMarkdown(std::string_view text, const std::string& path,
                                   size_t limit_bytes, Diagnostics& diags) {
  if (text.size() > limit_bytes) {
    return Status::Input("файл Markdown занимает " + std::to_string(text.size() / 1024) +
                             " КБ, больше предела " + std::to_string(limit_bytes / 1024) +
                             " КБ (настройка data.markdown_limit_kb): разбейте его на части",
                         Location{path, 1, 1});
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!text::IsValidUtf8(text)) {
    return Status::Input("файл Markdown не в кодировке UTF-8: сохраните его в UTF-8",
                         Location{path, 1, 1});
  }
  // cmark-gfm turns NUL into U+FFFD (three bytes), which moves every later column on the line;
  // a NUL also means the file is not text at all.
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    size_t line_start = text.rfind('\n', nul);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + nul, '\n'));
    int column = 1 + static_cast<int>(text::Utf8Length(text.substr(line_start, nul - line_start)));
    return Status::Input("в файле есть нулевой байт: это не текстовый файл Markdown", Location{path, line, column});
  }
  // A lone CR ends a line for cmark-gfm but not for the front matter's reader; read as LF,
  // every line number agrees with the file as an editor shows it.
  std::string normalized;
  if (text.find('\r') != std::string_view::npos) {
    normalized.assign(text);
    for (size_t i = 0; i < normalized.size(); ++i) {
      if (normalized[i] == '\r' && (i + 1 == normalized.size() || normalized[i + 1] != '\n')) normalized[i] = '\n';
    }
    text = normalized;
  }
  MarkdownFile file;
  file.source.assign(text);
  file.front_matter.where = Location{path, 1, 1};
  std::string_view body = text;
  int body_line = 1;
  for (std::string_view fence : {"+++", "---"}) {
    if (text.substr(0, 3) != fence) continue;
    size_t first_end = text.find('\n');
    if (first_end == std::string_view::npos || text::Trim(text.substr(0, first_end)) != fence) {
      continue;
    }
    size_t pos = first_end + 1;
    int line = 2;
    size_t close = std::string_view::npos;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      std::string_view current = text.substr(pos, end == std::string_view::npos ? end : end - pos);
      if (text::Trim(current) == fence) {
        close = pos;
        break;
      }
      if (end == std::string_view::npos) break;
      pos = end + 1;
      ++line;
    }
    if (close == std::string_view::npos) {
      return Status::Input("заголовок страницы, открытый строкой «" + std::string(fence) +
                               "», не закрыт такой же строкой",
                           Location{path, 1, 1});
    }
    std::string_view header = text.substr(first_end + 1, close - first_end - 1);
    Result<Value> parsed = fence == "+++" ? ParseToml(header, path, 1)
                                          : ParseSimpleYaml(header, path, 2);
    if (!parsed.ok()) return parsed.status();
    file.front_matter = std::move(*parsed);
    size_t after = text.find('\n', close);
    body = after == std::string_view::npos ? std::string_view() : text.substr(after + 1);
    body_line = line + 1;
    break;
  }
  // Keep body line numbers true to the file by padding with the lines the header took.
  std::string padded(static_cast<size_t>(body_line - 1), '\n');
  padded.append(body);
  Location too_deep;
  file.blocks = ParseBody(padded, path, &diags, &too_deep, &file.images);
  if (too_deep.line > 0) {
    return Status::Input("разметка вложена глубже " + std::to_string(kMaxNesting) +
                             " уровней (цитаты «>», списки, выделение): упростите её",
                         too_deep);
  }
  return file;
}

std::vector<doc::Block> ParseMarkdownBlocks(std::string_view text) {
  return ParseBody(text, "", nullptr, nullptr, nullptr, true);
}

std::vector<ImageReference> FindMarkdownImages(std::string_view text, const std::string& path) {
  std::vector<ImageReference> images;
  ParseBody(text, path, nullptr, nullptr, &images);
  return images;
}

}  // namespace nastavnik::load
