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

}  // namespace

Result<std::string> RenderPdf(const doc::Document& document, const PdfOptions& options) {
  PdfWriter writer(options.fonts_dir);
  LayoutOptions layout;
  layout.font_size = static_cast<float>(options.font_size > 0 ? options.font_size : 14);
  layout.hyphenator = options.hyphenation_dictionary.empty() ? nullptr
                                                             : Hyphenator::Shared(options.hyphenation_dictionary);
  Result<LaidOutDocument> laid = LayoutDocument(document, writer, layout);
  if (!laid.ok()) return laid.status();
  DocumentInfo info;
  info.title = document.title;
  info.author = document.author;
  info.subject = document.subject;
  info.lang = document.lang;
  info.date = PdfDate(options.epoch_seconds);
  return writer.Write(*laid, info);
}

}  // namespace nastavnik::render::pdf
