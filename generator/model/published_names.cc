#include "model/published_names.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <limits>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"
#include "base/utf8.h"
#include "load/markdown.h"
#include "model/privacy.h"

namespace nastavnik::model {

const std::vector<std::string>& PublicDocumentTemplates() {
  static const std::vector<std::string> names = {"documents/polozhenie.md", "documents/programma.md",
                                                 "documents/roadmap.md", "documents/calendar_plan.md"};
  return names;
}

namespace {

// A run of text as the reader sees it, and how to find its characters in the file.
struct Piece {
  std::string_view text;
  const std::string* path = nullptr;
  int line = 0;
  int column = 0;           // with source: bytes, as cmark-gfm counts them; without: characters
  std::string_view source;  // the Markdown file the text was parsed from, or empty
};

struct Word {
  std::string folded;
  size_t piece = 0;
  size_t offset = 0;  // bytes into the piece's text where the word starts
};

// Letters, digits, hyphens and apostrophes make up a name's word; spaces, quotes, dashes and
// punctuation do not.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) || c == '-' || c == '\'';
  if (c >= 0xA0 && c <= 0xBF) return false;      // no-break space, «», §, °
  if (c >= 0x2000 && c <= 0x206F) return false;  // dashes, quotes, ellipsis, zero-width spaces
  return c != 0x2116 && c != 0x3000 && c != 0xFEFF;  // №, ideographic space, BOM
}

// The words of the texts a reader sees, split into flows (a paragraph, a heading, a table cell,
// a title): a name never runs from one flow into the next.
class Reader {
 public:
  std::vector<Piece> pieces;
  std::vector<std::vector<Word>> flows;

  void Begin() {
    EndWord();
    flows.emplace_back();
  }
  // Text that continues the current word where the previous piece left it ("**Ив**анов").
  void Add(const Piece& piece) {
    pieces.push_back(piece);
    for (size_t i = 0; i < piece.text.size();) {
      char32_t c = 0;
      size_t n = utf8::DecodeAt(piece.text, i, &c);
      if (n == 0) n = 1;
      if (IsWordChar(c)) {
        if (word_.empty()) start_ = Word{"", pieces.size() - 1, i};
        word_.append(piece.text.substr(i, n));
      } else {
        EndWord();
      }
      i += n;
    }
  }
  void Break() { EndWord(); }
  void Finish() { EndWord(); }

 private:
  void EndWord() {
    if (word_.empty()) return;
    // Quotes and hyphens at the ends belong to the sentence, not to the name.
    size_t first = word_.find_first_not_of("-'"), last = word_.find_last_not_of("-'");
    if (first != std::string::npos) {
      start_.offset += first;
      start_.folded = text::FoldKey(std::string_view(word_).substr(first, last + 1 - first));
      if (flows.empty()) flows.emplace_back();
      flows.back().push_back(std::move(start_));
    }
    word_.clear();
  }

  std::string word_;
  Word start_;
};

void ReadInlines(const std::vector<doc::Inline>& inlines, const std::string& path, std::string_view source,
                 Reader& reader) {
  for (const doc::Inline& in : inlines) {
    switch (in.kind) {
      case doc::InlineKind::kText:
      case doc::InlineKind::kCode:
        reader.Add(Piece{in.text, &path, in.line, in.byte_column, source});
        break;
      case doc::InlineKind::kSoftBreak:
      case doc::InlineKind::kLineBreak:
        reader.Break();
        break;
      default:  // emphasis, strong, struck-out text and links: their words are read in line
        ReadInlines(in.children, path, source, reader);
    }
  }
}

void ReadBlocks(const std::vector<doc::Block>& blocks, const std::string& path, std::string_view source,
                Reader& reader) {
  for (const doc::Block& b : blocks) {
    if (b.kind == doc::BlockKind::kParagraph || b.kind == doc::BlockKind::kHeading) {
      reader.Begin();
      ReadInlines(b.inlines, path, source, reader);
    } else if (b.kind == doc::BlockKind::kTable) {
      for (const auto& row : b.table.rows) {
        for (const doc::TableCell& cell : row) {
          reader.Begin();
          ReadInlines(cell.inlines, path, source, reader);
        }
      }
    } else {
      ReadBlocks(b.children, path, source, reader);
    }
  }
}

std::string_view LineOf(std::string_view source, int line) {
  size_t start = 0;
  for (int l = 1; l < line && start != std::string_view::npos; ++l) {
    start = source.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return {};
  std::string_view text = source.substr(start);
  return text.substr(0, text.find('\n'));
}

// A front matter string («title = "…"», «title: …»): its text starts past the key, the sign
// and an opening quote.
void ReadFrontMatter(const load::MarkdownFile& file, const std::string& path, Reader& reader) {
  for (const char* key : {"title", "description"}) {
    const load::Value* v = file.front_matter.Find(key);
    if (!v || v->kind != load::Value::Kind::kString) continue;
    std::string_view line = LineOf(file.source, v->where.line);
    size_t at = std::min(line.find_first_of("=:"), line.size());
    at = std::min(line.find_first_not_of(" \t", at + 1), line.size());
    if (at < line.size() && (line[at] == '"' || line[at] == '\'')) ++at;
    reader.Begin();
    reader.Add(Piece{v->string, &path, v->where.line, static_cast<int>(at) + 1, file.source});
  }
}

// The text of an HTML template between its tags and {{ }} / {% %} tags, as pieces that know
// their line and column.
void ReadHtml(std::string_view html, const std::string& path, Reader& reader) {
  reader.Begin();
  int line = 1, column = 1;
  size_t i = 0;
  auto advance = [&](size_t to) {
    for (; i < to && i < html.size(); ++i) {
      if (html[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(html[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
  };
  while (i < html.size()) {
    size_t stop = html.find_first_of("<{\n", i);
    if (stop == std::string_view::npos) stop = html.size();
    if (stop > i) {
      reader.Add(Piece{html.substr(i, stop - i), &path, line, column, {}});
      advance(stop);
      continue;
    }
    reader.Break();
    std::string_view close = html[i] == '<' ? ">" : html.substr(i, 2) == "{{" ? "}}" : html.substr(i, 2) == "{%" ? "%}" : "";
    size_t end = close.empty() ? i + 1 : html.find(close, i);
    advance(end == std::string_view::npos ? html.size() : end + close.size());
  }
}

// The editor's column of piece.text[offset]: Markdown text is found in its source line, past
// the markup before it (backticks, "![") and the escapes and entities inside it.
Location Locate(const Piece& piece, size_t offset) {
  const std::string& path = *piece.path;
  if (piece.source.empty() || piece.line <= 0) {
    return Location{path, std::max(1, piece.line), piece.column + static_cast<int>(text::Utf8Length(piece.text.substr(0, offset)))};
  }
  std::string_view line = LineOf(piece.source, piece.line);
  size_t s = std::min(static_cast<size_t>(std::max(piece.column, 1) - 1), line.size());
  for (int skipped = 0; s < line.size() && !piece.text.empty() && line[s] != piece.text[0] && skipped < 16; ++skipped) ++s;
  for (size_t t = 0; t < offset && s < line.size();) {
    size_t semi = line[s] == '&' ? line.find(';', s) : std::string_view::npos;
    if (semi != std::string_view::npos && semi - s <= 32 &&
        line.substr(s, semi + 1 - s) != piece.text.substr(t, semi + 1 - s)) {
      s = semi + 1;  // an entity («&amp;»): one character of the text
      char32_t c = 0;
      t += std::max<size_t>(1, utf8::DecodeAt(piece.text, t, &c));
    } else if (line[s] == piece.text[t]) {
      ++s, ++t;
    } else {
      ++s;  // a backslash escape, or markup the text leaves out
    }
  }
  return Location{path, piece.line, 1 + static_cast<int>(text::Utf8Length(line.substr(0, s)))};
}

// Who bears a folded name: someone the site may show (then the text may mean them), or the first
// person in the roster whose name it may not show.
struct Bearer {
  bool shown = false;
  const Person* hidden = nullptr;
};

// The words of a folded name, as views into it.
std::vector<std::string_view> Words(std::string_view folded) {
  std::vector<std::string_view> w;
  for (size_t i = 0; i < folded.size();) {
    size_t end = std::min(folded.find(' ', i), folded.size());
    if (end > i) w.push_back(folded.substr(i, end - i));
    i = end + 1;
  }
  return w;
}

std::string Window(const std::vector<Word>& flow, size_t i, size_t n) {
  std::string key = flow[i].folded;
  for (size_t k = 1; k < n; ++k) key += ' ' + flow[i + k].folded;
  return key;
}

const char* Genitive(Category c) {
  switch (c) {
    case Category::kPupil: return "обучающегося";
    case Category::kTeacher: return "педагога";
    case Category::kStudent: return "студента";
    case Category::kEmployer: return "представителя работодателя";
    case Category::kParent: return "родителя";
    case Category::kGraduate: return "выпускника";
  }
  return "участника";
}

std::string Why(const Person& p, const PrivacySettings& privacy) {
  std::string who = std::string("ФИО ") + Genitive(p.category) + " " + p.id;
  if (ClassOfField("full_name", p.category == Category::kTeacher, privacy) == FieldClass::kInternal) {
    return who + " не публикуется (full_name в privacy.internal): уберите его отсюда";
  }
  return who + " без согласия на публикацию: уберите его отсюда или отметьте согласие в столбце "
               "consent_publish";
}

// Every two- and three-word sequence of the text, with who bears it as a name.
std::unordered_map<std::string, Bearer> FindBearers(const Reader& reader, const Program& program) {
  std::unordered_map<std::string, Bearer> bearers;
  for (const std::vector<Word>& flow : reader.flows) {
    for (size_t i = 0; i < flow.size(); ++i) {
      for (size_t n = 2; n <= 3 && i + n <= flow.size(); ++n) bearers.emplace(Window(flow, i, n), Bearer{});
    }
  }
  std::unordered_set<std::string_view> words;  // every word of the text
  for (const std::vector<Word>& flow : reader.flows) {
    for (const Word& w : flow) words.insert(w.folded);
  }
  // One pass over the roster, each name folded once, and most names done after two lookups of
  // their first words: a region's 50,000 people cost a few tens of milliseconds.
  std::string key;
  auto bear = [&](const std::string& name, const Person* hidden) {
    const std::string folded = text::FoldKey(name);
    const std::vector<std::string_view> w = Words(folded);
    if (w.size() < 2 || !words.contains(w[0]) || !words.contains(w[1])) return;
    auto mark = [&](std::initializer_list<std::string_view> parts) {
      key.clear();
      for (std::string_view part : parts) key.append(key.empty() ? "" : " ").append(part);
      auto it = bearers.find(key);
      if (it == bearers.end()) return;
      if (!hidden) it->second.shown = true;
      else if (!it->second.hidden) it->second.hidden = hidden;
    };
    mark({w[0], w[1]});  // Фамилия Имя
    mark({w[1], w[0]});  // Имя Фамилия
    if (w.size() < 3) return;
    mark({w[0], w[1], w[2]});  // Фамилия Имя Отчество
    mark({w[1], w[2], w[0]});  // Имя Отчество Фамилия
  };
  for (const Person& p : program.people) {
    bool shown = MayPublish(p, "full_name", program.privacy) || p.id == program.settings.curator;
    bear(p.full_name, shown ? nullptr : &p);
  }
  for (const Official* o : {&program.organization.director, &program.approval.approver, &program.approval.agreed}) {
    bear(o->name, nullptr);
  }
  return bearers;
}

}  // namespace

void CheckPublishedNames(const Program& program, const load::Sources& sources, Diagnostics& diags) {
  Reader reader;
  std::map<std::string, const load::SourcePage*> by_path;
  for (const load::SourcePage& s : sources.pages) by_path[s.path] = &s;
  for (const Page& page : program.pages) {  // drafts are not among them
    auto it = by_path.find(page.source);
    if (it == by_path.end()) continue;
    ReadFrontMatter(it->second->file, it->second->path, reader);
    ReadBlocks(it->second->file.blocks, it->second->path, it->second->file.source, reader);
  }
  // Templates are parsed as they are written: the names a school types into them are literal.
  std::deque<load::MarkdownFile> parsed;  // deques: the pieces point into them as they grow
  std::deque<std::string> paths;
  for (const std::string& name : PublicDocumentTemplates()) {
    auto it = sources.templates.find(name);
    if (it == sources.templates.end()) continue;
    Diagnostics ignored;  // the document build reports the template's own problems
    paths.push_back("templates/" + name);
    Result<load::MarkdownFile> file =
        load::ParseMarkdown(it->second, paths.back(), std::numeric_limits<size_t>::max(), ignored);
    if (!file.ok()) continue;
    parsed.push_back(std::move(*file));
    ReadBlocks(parsed.back().blocks, paths.back(), parsed.back().source, reader);
  }
  for (const auto& [name, text] : sources.templates) {
    if (!name.starts_with("theme/") || !name.ends_with(".html")) continue;
    paths.push_back("themes/" + program.site.theme + "/" + name.substr(6));
    ReadHtml(text, paths.back(), reader);
  }

  reader.Finish();
  const std::unordered_map<std::string, Bearer> bearers = FindBearers(reader, program);
  for (const std::vector<Word>& flow : reader.flows) {
    for (size_t i = 0; i < flow.size();) {
      size_t taken = 1;
      for (size_t n = 3; n >= 2; --n) {  // the longer name first: «Иванов Иван Петрович» over «Иванов Иван»
        if (i + n > flow.size()) continue;
        auto it = bearers.find(Window(flow, i, n));
        if (it == bearers.end() || (!it->second.shown && !it->second.hidden)) continue;
        if (!it->second.shown) diags.Error(Locate(reader.pieces[flow[i].piece], flow[i].offset), Why(*it->second.hidden, program.privacy));
        taken = n;
        break;
      }
      i += taken;
    }
  }
}

}  // namespace nastavnik::model
