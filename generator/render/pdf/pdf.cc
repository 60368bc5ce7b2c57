// RenderPdf wires the pieces: the writer loads fonts and measures, the engine lays out, the
// writer paints. Dates are formatted here from the build's epoch in UTC, never the local clock.
#include "render/pdf/pdf.h"

#include <cstdio>

#include "base/date.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/layout.h"
#include "render/pdf/pdf_writer.h"

namespace nastavnik::render::pdf {

namespace {

// "D:YYYYMMDDHHmmSSZ" (PDF 32000-1 §7.9.4) in UTC.
std::string PdfDate(long long epoch_seconds) {
  const Date d = DateFromEpochSeconds(epoch_seconds);
  const long long seconds = epoch_seconds % 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02lld%02lld%02lldZ", d.year, d.month, d.day, seconds / 3600,
                seconds / 60 % 60, seconds % 60);
  return buf;
}


LayoutOptions Layout(const PdfOptions& options) {
  LayoutOptions layout;
  layout.font_size = static_cast<float>(options.font_size > 0 ? options.font_size : 14);
  layout.hyphenator = options.hyphenation_dictionary.empty() ? nullptr
                                                             : Hyphenator::Shared(options.hyphenation_dictionary);
  layout.images = &options.images;
  return layout;
}

DocumentInfo Info(const doc::Document& document, const PdfOptions& options) {
  DocumentInfo info;
  info.title = document.title;
  info.author = document.author;
  info.subject = document.subject;
  info.lang = document.lang;
  info.date = PdfDate(options.epoch_seconds);
  return info;
}

}  // namespace

Result<std::string> RenderPdf(const doc::Document& document, const PdfOptions& options) {
  PdfWriter writer(options.fonts_dir);
  Result<LaidOutDocument> laid = LayoutDocument(document, writer, Layout(options));
  if (!laid.ok()) return laid.status();
  return writer.Write(*laid, Info(document, options));
}

Result<std::string> RenderBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                                  const PdfOptions& options, bool odd_start) {
  PdfWriter writer(options.fonts_dir);
  const LayoutOptions layout = Layout(options);
  LaidOutDocument booklet;
  for (const doc::Document& part : parts) {
    Result<LaidOutDocument> laid = LayoutDocument(part, writer, layout);
    if (!laid.ok()) return laid.status();
    if (odd_start && booklet.pages.size() % 2 == 1) {
      // The back of the previous document's last sheet stays blank.
      const Page& last = booklet.pages.back();
      Page blank;
      blank.landscape = last.landscape;
      blank.width = last.width;
      blank.height = last.height;
      booklet.pages.push_back(std::move(blank));
    }
    const int offset = static_cast<int>(booklet.pages.size());
    // One outline entry per part, its headings below it.
    booklet.outline.push_back(OutlineEntry{1, part.title, offset, kMarginTop});
    for (OutlineEntry e : laid->outline) {
      e.page += offset;
      e.level += 1;
      booklet.outline.push_back(std::move(e));
    }
    for (Page& p : laid->pages) booklet.pages.push_back(std::move(p));
  }
  return writer.Write(booklet, Info(about, options));
}

}  // namespace nastavnik::render::pdf
