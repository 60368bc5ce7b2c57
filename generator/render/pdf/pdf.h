// The PDF renderer: a document tree in, the bytes of a print-ready PDF out (ГОСТ Р 7.0.97 layout,
// Liberation fonts embedded as subsets, byte-identical for the same input and build time).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/code_point_set.h"
#include "base/document.h"
#include "base/pdf_resources.h"
#include "base/status.h"
#include "render/artifact.h"

namespace nastavnik::render::pdf {

struct PdfOptions {
  /// The font files and hyphenation patterns as bytes (load/resources.h reads them); nothing
  /// renders without them (an internal error naming what is missing).
  std::shared_ptr<const PdfResources> resources;
  long long epoch_seconds = 0;  // the build's time (SOURCE_DATE_EPOCH): /CreationDate, /ModDate, /ID derive from it
  double font_size = 14;        // body text, pt
  /// Justified paragraphs are hyphenated with resources->hyphenation; false sets them without
  /// (left-aligned table cells gain nothing from it).
  bool hyphenate = true;
  /// Images the documents may show: path relative to content/ → the file's bytes, which must
  /// outlive the rendering (render/ never reads files; load/ has read them).
  std::map<std::string, std::string_view> images;
};

/// The characters every text face (Liberation Serif) of resources has a glyph for, and those the text drops
/// (controls, soft hyphens): what RenderPdf can print. Internal error naming every face file that
/// is missing or cannot be parsed, and a hyphenation dictionary libhyphen cannot read: `check`
/// finds a broken installation as `build` would.
Result<CodePointSet> PrintableCodePoints(const std::shared_ptr<const PdfResources>& resources);

/// Lays the document out and writes it. Input error: a character the fonts lack (the message
/// names it as U+XXXX). Internal error: fonts that cannot be loaded, PoDoFo failures.
Result<std::string> RenderPdf(const doc::Document& document, const PdfOptions& options);
/// The same for a document no longer needed: its blocks are let go once laid out.
Result<std::string> RenderPdf(doc::Document&& document, const PdfOptions& options);

/// A document of many parts, each on new pages, built only when laid out (a consent per
/// participant, a registry per base): the file RenderPdf makes of about with page(0) …
/// page(count - 1) joined by page breaks in about's orientation, the parts having no images. At
/// most one part is held at a time.
using PageBlocks = std::function<Result<std::vector<doc::Block>>(size_t)>;
Result<std::string> RenderPdfPages(const doc::Document& about, size_t count, const PageBlocks& page,
                                   const PdfOptions& options);

/// The same two written into file as they are made (then closed): a long document's bytes are
/// never held whole, nor its PDF objects (each piece's objects are written once it is painted), so
/// memory stays bounded however many pieces it binds. Its content is that of the returned file,
/// its objects in another order. A document with images is held in memory until written.
Status RenderPdf(doc::Document&& document, const PdfOptions& options, OutputFile& file);
Status RenderPdfPages(const doc::Document& about, size_t count, const PageBlocks& page, const PdfOptions& options,
                      OutputFile& file);

/// Several documents printed as one file: each starts on a new sheet (an odd page when
/// odd_start, so that duplex printing never puts two documents on one sheet), keeps its own page
/// numbers and becomes one entry of the outline.
Result<std::string> RenderBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                                  const PdfOptions& options, bool odd_start);

/// Each document as its own PDF and all of them as one booklet, laying each out only once.
struct PartsAndBooklet {
  std::vector<std::string> parts;
  std::string booklet;
};
Result<PartsAndBooklet> RenderPartsAndBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                                              const PdfOptions& options, bool odd_start);
/// The same, each part handed to part_done (its index, its bytes) as soon as it is written and
/// the booklet written into booklet as it is made (then closed).
using PartDone = std::function<Status(size_t, std::string&&)>;
Status RenderPartsAndBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                             const PdfOptions& options, bool odd_start, const PartDone& part_done,
                             OutputFile& booklet);
/// The same with the parts made one at a time by part(i), i < count, each let go once written, so
/// that thousands of parts are never held together. The parts must have no images (HasImages).
using PartMaker = std::function<Result<doc::Document>(size_t)>;
Status RenderPartsAndBooklet(size_t count, const PartMaker& part, const doc::Document& about,
                             const PdfOptions& options, bool odd_start, const PartDone& part_done,
                             OutputFile& booklet);

}  // namespace nastavnik::render::pdf
