// The PoDoFo side of the renderer: it loads the fonts (and so answers the layout engine's width
// questions) and paints laid-out pages into a PDF, held in memory (a small document) or written
// into its file as it is made (a bound document). PoDoFo itself stays in the .cc files.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "base/pdf_resources.h"
#include "base/status.h"
#include "render/pdf/measure.h"
#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string lang = "ru-RU";
  std::string date;  // "D:YYYYMMDDHHmmSSZ", for /CreationDate and /ModDate
};

class PdfWriter final : public Measurer {
 public:
  /// Fonts are parsed from resources lazily, when a face is first measured.
  explicit PdfWriter(std::shared_ptr<const PdfResources> resources);
  ~PdfWriter() override;
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  float Advance(Face face, char32_t c) override;
  float Ascent(Face face) override;
  float Descent(Face face) override;
  std::string FontName(Face face) override;
  Status status() const override;

  /// Paints the pages and returns the PDF's bytes. Call once.
  Result<std::string> Write(const LaidOutDocument& document, const DocumentInfo& info);
  /// The same, letting go of each page's text once it is painted (the document's largest part),
  /// so that a long document is never held twice, laid out and as PDF objects.
  Result<std::string> Write(LaidOutDocument&& document, const DocumentInfo& info);

  /// A long document in pieces: AddPages paints each piece's pages after those of the pieces
  /// before (its structure nodes, outline entries and images continue theirs, its tags and image
  /// indices count from the document's start) and lets go of their content; Finish then writes
  /// the file as Write would have written the pieces laid out as one.
  Status AddPages(LaidOutDocument&& piece, const std::string& date);
  Result<std::string> Finish(const DocumentInfo& info);
  /// A bound document (a file of thousands of consents): called before AddPages, it makes each
  /// piece's pages, content and structure elements go into out as soon as the piece is added, so
  /// that memory holds only what the end of the file needs (an offset per object, an element per
  /// marked-content id for the parent tree). The pieces must have no images. The file has the
  /// content of the one held in memory, its objects in another order. FinishInto then ends it.
  Status StartInto(std::iostream& out);
  /// A bound document's piece painted page by page while it is still being laid out (after
  /// StartInto): AddPage paints a page at once, its tags counting from the piece's own root (at 0
  /// of structure, the piece's nodes made so far); EndPiece then writes the piece's structure
  /// elements, given its whole structure in the same numbering and its outline entries. The file
  /// has the content AddPages makes of the piece whole. The pages must have no images.
  Status AddPage(Page&& page, const std::vector<StructNode>& structure, const std::string& date);
  Status EndPiece(LaidOutDocument&& rest);
  /// Finish writing the file into out (a file of the output being made: never held whole in
  /// memory). Without StartInto, the same bytes Finish returns.
  Status FinishInto(const DocumentInfo& info, std::iostream& out);
  /// Write into out, as it is made (StartInto) unless the document has images.
  Status WriteInto(LaidOutDocument&& document, const DocumentInfo& info, std::iostream& out);
  /// The most PDF objects held in memory at once while a bound document was written: a few,
  /// however many pieces it binds (what a test can see of the memory staying bounded).
  size_t objects_held_peak() const;

 private:
  Result<std::string> Finish(const DocumentInfo& info, std::iostream* out);
  Result<std::string> Write(const LaidOutDocument& document, const DocumentInfo& info, LaidOutDocument* release);

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nastavnik::render::pdf
