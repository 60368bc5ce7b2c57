#include "render/html/html_blocks.h"

#include <algorithm>

#include "base/slug.h"
#include "base/text.h"
#include "render/html/chart_svg.h"

namespace nastavnik::render::html {
namespace {

using text::EscapeHtml;

const char* AlignAttr(doc::Align a) {
  switch (a) {
    case doc::Align::kLeft: return " class=\"left\"";
    case doc::Align::kCenter: return " class=\"center\"";
    case doc::Align::kRight: return " class=\"right\"";
    default: return "";
  }
}

// A relative .md link written by the school points at the page the build makes from it.
std::string RewriteMarkdownLink(const std::string& url) {
  size_t hash = url.find('#');
  std::string path = url.substr(0, hash);
  if (path.size() > 3 && path.ends_with(".md") && path.find("://") == std::string::npos) {
    // The page's file name became a slug (model/build_pages.cc): the link follows it.
    size_t slash = path.rfind('/');
    size_t name = slash == std::string::npos ? 0 : slash + 1;
    std::string stem = path.substr(name, path.size() - 3 - name);
    return path.substr(0, name) + slug::MakeSlug(stem) + ".html" + (hash == std::string::npos ? "" : url.substr(hash));
  }
  return url;
}

}  // namespace

std::string SafeUrl(const std::string& url) {
  std::string lower = text::ToLower(text::Trim(url));
  size_t colon = lower.find(':');
  size_t slash = lower.find_first_of("/?#");
  bool has_scheme = colon != std::string::npos && (slash == std::string::npos || colon < slash);
  if (!has_scheme) return RewriteMarkdownLink(text::Trim(url));
  for (const char* ok : {"http:", "https:", "mailto:", "tel:"}) {
    if (lower.starts_with(ok)) return text::Trim(url);
  }
  return "";
}

int ShiftBelowTitle(const std::vector<doc::Block>& blocks) {
  int top = 7;
  for (const doc::Block& b : blocks) {
    if (b.kind == doc::BlockKind::kHeading) top = std::min(top, b.level);
  }
  return top == 7 ? 1 : 2 - top;
}

std::string RenderInlines(const std::vector<doc::Inline>& inlines) {
  std::string out;
  for (const doc::Inline& in : inlines) {
    switch (in.kind) {
      case doc::InlineKind::kText: out += text::EscapeHtmlProse(in.text); break;
      case doc::InlineKind::kCode: out += "<code>" + EscapeHtml(in.text) + "</code>"; break;
      case doc::InlineKind::kSoftBreak: out += "\n"; break;
      case doc::InlineKind::kLineBreak: out += "<br>\n"; break;
      case doc::InlineKind::kEmphasis: out += "<em>" + RenderInlines(in.children) + "</em>"; break;
      case doc::InlineKind::kStrong: out += "<strong>" + RenderInlines(in.children) + "</strong>"; break;
      case doc::InlineKind::kStrike: out += "<del>" + RenderInlines(in.children) + "</del>"; break;
      case doc::InlineKind::kLink: {
        std::string url = SafeUrl(in.url);
        if (url.empty()) {
          out += RenderInlines(in.children);
        } else {
          out += "<a href=\"" + EscapeHtml(url) + "\">" + RenderInlines(in.children) + "</a>";
        }
        break;
      }
    }
  }
  return out;
}

std::string RenderBlocks(const std::vector<doc::Block>& blocks, int heading_shift, const HtmlContext* context) {
  std::string out;
  for (const doc::Block& b : blocks) {
    switch (b.kind) {
      case doc::BlockKind::kParagraph:
        out += "<p" + std::string(AlignAttr(b.align)) + ">" + RenderInlines(b.inlines) + "</p>\n";
        break;
      case doc::BlockKind::kHeading: {
        std::string tag = "h" + std::to_string(std::clamp(b.level + heading_shift, 1, 6));
        out += "<" + tag + AlignAttr(b.align) + ">" + RenderInlines(b.inlines) + "</" + tag + ">\n";
        break;
      }
      case doc::BlockKind::kList: {
        std::string tag = b.ordered ? "ol" : "ul";
        std::string start = b.ordered && b.start != 1 ? " start=\"" + std::to_string(b.start) + "\"" : "";
        out += "<" + tag + start + ">\n" + RenderBlocks(b.children, heading_shift, context) + "</" + tag + ">\n";
        break;
      }
      case doc::BlockKind::kListItem: {
        std::string inner;
        // A tight item is one paragraph: render it without <p> as browsers expect.
        if (b.children.size() == 1 && b.children[0].kind == doc::BlockKind::kParagraph) {
          inner = RenderInlines(b.children[0].inlines);
        } else {
          inner = RenderBlocks(b.children, heading_shift, context);
        }
        if (b.checked) {
          inner = std::string("<input type=\"checkbox\" disabled") + (*b.checked ? " checked" : "") +
                  " aria-label=\"" + (*b.checked ? "выполнено" : "не выполнено") + "\"> " + inner;
        }
        out += "<li>" + inner + "</li>\n";
        break;
      }
      case doc::BlockKind::kQuote:
        out += "<blockquote>\n" + RenderBlocks(b.children, heading_shift, context) + "</blockquote>\n";
        break;
      case doc::BlockKind::kCode:
        out += "<pre><code>" + EscapeHtml(b.text) + "</code></pre>\n";
        break;
      case doc::BlockKind::kRule:
        out += "<hr>\n";
        break;
      case doc::BlockKind::kTable: {
        // A wide table scrolls sideways on phones; keyboard users reach that scroll through tabindex.
        out += "<div class=\"table-wrap\" tabindex=\"0\"><table>\n";
        for (size_t r = 0; r < b.table.rows.size(); ++r) {
          bool head = static_cast<int>(r) < b.table.header_rows;
          if (r == 0 && head) out += "<thead>\n";
          if (static_cast<int>(r) == b.table.header_rows) out += "<tbody>\n";
          out += "<tr>";
          for (size_t c = 0; c < b.table.rows[r].size(); ++c) {
            doc::Align a = c < b.table.aligns.size() ? b.table.aligns[c] : doc::Align::kDefault;
            std::string tag = head ? "th" : "td";
            out += "<" + tag + (head ? " scope=\"col\"" : "") + AlignAttr(a) + ">" +
                   RenderInlines(b.table.rows[r][c].inlines) + "</" + tag + ">";
          }
          out += "</tr>\n";
          if (head && static_cast<int>(r) + 1 == b.table.header_rows) out += "</thead>\n";
        }
        if (static_cast<int>(b.table.rows.size()) > b.table.header_rows) out += "</tbody>\n";
        out += "</table></div>\n";
        break;
      }
      case doc::BlockKind::kChart:
        out += RenderChartSvg(b.chart, b.text, context ? context->font : nullptr);
        break;
      case doc::BlockKind::kImage: {
        std::string url = SafeUrl(b.url);
        if (url.starts_with("content/")) url = url.substr(8);
        // The picture's size in pixels reserves its place before it loads: no text jumps.
        std::string size;
        if (context) {
          auto it = context->image_sizes.find(url);
          if (it != context->image_sizes.end()) {
            size = " width=\"" + std::to_string(it->second.width) + "\" height=\"" + std::to_string(it->second.height) + "\"";
          }
        }
        out += "<figure><img src=\"" + EscapeHtml(url) + "\" alt=\"" + EscapeHtml(b.text) + "\"" + size +
               " loading=\"lazy\"></figure>\n";
        break;
      }
      case doc::BlockKind::kCorner: {
        out += "<div class=\"corner\">";
        for (size_t i = 0; i < b.lines.size(); ++i) out += (i ? "<br>" : "") + EscapeHtml(b.lines[i]);
        out += "</div>\n";
        break;
      }
      case doc::BlockKind::kSignatures:
        out += "<table class=\"signatures\">\n<tbody>\n";
        for (const doc::SignatureLine& s : b.signatures) {
          if (s.framed.empty()) {
            out += "<tr><td>" + EscapeHtml(s.left) + "</td><td class=\"sign\"></td><td>" +
                   EscapeHtml(s.right) + "</td></tr>\n";
            continue;
          }
          // The framed box replaces the rule: its lines are text, read between position and name.
          out += "<tr class=\"framed-row\"><td>" + EscapeHtml(s.left) + "</td><td><div class=\"framed\">";
          for (const doc::FramedLine& line : s.framed) {
            const char* align = line.align == doc::Align::kCenter ? " class=\"center\"" : "";
            out += std::string("<p") + align + ">" + RenderInlines(line.inlines) + "</p>";
          }
          out += "</div></td><td>" + EscapeHtml(s.right) + "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n";
        break;
      case doc::BlockKind::kPageBreak:
        break;
    }
  }
  return out;
}

}  // namespace nastavnik::render::html
