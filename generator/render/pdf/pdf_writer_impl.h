// PdfWriter's insides, shared by pdf_writer.cc (the document held in memory, small documents)
// and bound_pdf.cc (a bound document written as it is made). Only those two files include it,
// and with it PoDoFo; PdfError is caught by name in both, nothing PoDoFo throws leaves them.
#pragma once

#include "render/pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <functional>
#include <fstream>
#include <iostream>
#include <string_view>
#include <map>
#include <mutex>

#include "base/utf8.h"
#include "render/pdf/content_stream.h"
#include "render/pdf/embedded_face.h"
#include "render/pdf/font_files.h"
#include "render/pdf/pdf_bytes.h"
#include "render/pdf/pdf.h"
#include "render/pdf/text_layout.h"
#include "render/pdf/truetype.h"

namespace nastavnik::render::pdf {

using namespace PoDoFo;

inline PdfString Utf8(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

/// Makes one object of an embedded font: its /Type when type is given, its dictionary, and its
/// stream (data, stored as packed with /Filter /FlateDecode unless packed is empty) when data is
/// given. Returns its reference.
using AddObject = std::function<PdfReference(const char* type, PdfDictionary&& dictionary, const std::string* data,
                                             const std::string* packed)>;

/// Status for PoDoFo's failures: its own text is English; the user gets its error code.
Status WriteFailure(const PdfError& e);

/// Runs PoDoFo work with its exceptions turned into Russian statuses: none may cross our code.
template <typename Work>
auto Guarded(Work work) -> decltype(work()) {
  try {
    return work();
  } catch (const PdfError& e) {
    return WriteFailure(e);
  } catch (const std::bad_alloc&) {
    return Status::Internal("не хватило памяти, чтобы записать PDF");
  } catch (const std::exception&) {
    return Status::Internal("внутренняя ошибка при записи PDF");
  }
}

/// A link annotation's dictionary (without its structure key), the same in a file held whole and
/// in one written as it is made.
PdfDictionary LinkAnnotation(const LinkArea& link, float page_height, const std::string& date, const PdfReference& page);

/// A structure element's kids (one kid stands alone, as PoDoFo's readers expect), alternate text
/// and table scope.
void ElementContent(PdfDictionary& element, const PdfArray& kids, const StructNode& node);

/// Marks the catalog as tagged, with its structure root.
void MarkTagged(PdfDictionary& catalog, const PdfReference& structure_root);

// Width and glyph id per BMP code point, in 256-entry pages filled on first use: a lookup per
// character is two array indexings.
struct Glyph {
  float advance = 0;  // em; negative: no glyph
  uint16_t gid = 0;
  uint16_t code = 0;  // the code painted: glyph id in the subset, 0 until first painted
  bool known = false;
};
using GlyphPage = std::array<Glyph, 256>;

struct BoundFile;

struct PdfWriter::Impl final : GlyphCoder {
  std::shared_ptr<const PdfResources> resources;
  std::unique_ptr<PdfMemDocument> doc;
  std::array<const TrueTypeFont*, kFaceCount> fonts{};
  std::array<std::shared_ptr<const TrueTypeFont>, kFaceCount> font_refs;
  std::array<bool, kFaceCount> tried{};
  std::array<std::array<std::unique_ptr<GlyphPage>, 256>, kFaceCount> glyphs;
  /// Per face, the characters in the order first painted: code i (i ≥ 1) is codes[i - 1].
  std::array<std::vector<char16_t>, kFaceCount> codes;
  /// The Type0 font object of each face the document paints with, made on first use.
  std::array<PdfObject*, kFaceCount> font_objects{};
  Status status;

  const TrueTypeFont* Font(Face face) {
    const int f = static_cast<int>(face);
    if (tried[f]) return fonts[f];
    tried[f] = true;
    Result<std::shared_ptr<const TrueTypeFont>> font = LoadFont(resources, kFaceFiles[f].file);
    if (!font.ok()) {
      if (status.ok()) status = font.status();
      return nullptr;
    }
    font_refs[f] = *font;
    fonts[f] = font_refs[f].get();
    return fonts[f];
  }

  Glyph& Lookup(Face face, char16_t c) {
    auto& page = glyphs[static_cast<int>(face)][c >> 8];
    if (!page) page = std::make_unique<GlyphPage>();
    Glyph& g = (*page)[c & 0xff];
    if (g.known) return g;
    g.known = true;
    g.advance = -1;
    const TrueTypeFont* font = Font(face);
    if (!font) return g;
    const uint16_t gid = font->Glyph(c);
    if (gid > 0) {
      g.gid = gid;
      g.advance = font->Advance(gid);
    }
    return g;
  }

  PdfObject* FontObject(int face) {
    if (!font_objects[face]) font_objects[face] = doc->GetObjects().CreateObject("Font");
    return font_objects[face];
  }
  void EmbedFont(int face);
  /// The objects of the face's font made through add, the Type0 font's dictionary returned.
  PdfDictionary FontObjects(int face, const AddObject& add);

  std::vector<std::unique_ptr<PdfImage>> images;

  bool HasFace(Face face) override { return Font(face) != nullptr; }
  uint16_t Code(Face face, char16_t c) override {
    Glyph& g = Lookup(face, c);
    if (g.code == 0) {
      codes[static_cast<int>(face)].push_back(c);
      g.code = static_cast<uint16_t>(codes[static_cast<int>(face)].size());
    }
    return g.code;
  }
  /// What Finish needs of the pages added so far: their sizes (content let go), outline and
  /// structure, with the PDF objects and marked-content ids made for them.
  LaidOutDocument added;
  PdfArray kids;
  std::vector<PdfObject*> page_objects;
  std::vector<std::pair<PdfObject*, int>> link_annotations;  // annotation, element of its text
  std::vector<std::vector<int>> mcids;
  std::vector<std::string> image_names;
  PdfRefCountedBuffer serialized;  // reused for each final object turned into bytes
  void PaintPages(const LaidOutDocument& laid, LaidOutDocument* release, const std::string& date);

  void AddStructure(const LaidOutDocument& laid, const std::vector<PdfObject*>& pages,
                    const std::vector<std::vector<int>>& mcids,
                    const std::vector<std::pair<PdfObject*, int>>& links);
  void AddMetadata(const DocumentInfo& info);
  void AddOutline(const LaidOutDocument& laid, const std::string& title, const std::vector<PdfObject*>& pages);

  /// A bound document being written as it is made (StartInto); null for a document in memory.
  std::unique_ptr<BoundFile> bound;
  size_t bound_peak = 0;  // objects held at most while its pieces were added
  void StartBound(std::ostream& out);
  Status PaintBound(LaidOutDocument&& piece, const std::string& date);
  Status AddBoundPage(Page&& page, const std::vector<StructNode>& structure, const std::string& date);
  Status EndBoundPiece(LaidOutDocument&& rest);
  Status FinishBound(const DocumentInfo& info, std::iostream& out);

  Impl();
  ~Impl() override;
};

}  // namespace nastavnik::render::pdf
