#include "base/document.h"

namespace nastavnik::doc {

Inline Text(std::string text) {
  Inline in;
  in.text = std::move(text);
  return in;
}

Block Paragraph(std::string text, Align align) {
  Block b;
  b.align = align;
  b.inlines.push_back(Text(std::move(text)));
  return b;
}

Block Heading(int level, std::string text) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.level = level;
  b.inlines.push_back(Text(std::move(text)));
  return b;
}

std::string PlainText(const std::vector<Inline>& inlines) {
  std::string out;
  for (const Inline& in : inlines) {
    switch (in.kind) {
      case InlineKind::kText:
      case InlineKind::kCode:
        out += in.text;
        break;
      case InlineKind::kSoftBreak:
      case InlineKind::kLineBreak:
        out += ' ';
        break;
      default:
        out += PlainText(in.children);
    }
  }
  return out;
}

}  // namespace nastavnik::doc
