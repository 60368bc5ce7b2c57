// RenderPdf wires the pieces: the writer loads fonts and measures, the engine lays out, the
// writer paints. Dates are formatted here from the build's epoch in UTC, never the local clock.
#include "render/pdf/pdf.h"

#include <cstdio>
#include <iostream>

#include "base/date.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/layout.h"
#include "render/pdf/layout_pieces.h"
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
  layout.hyphenator = options.hyphenate ? Hyphenator::Shared(options.resources) : nullptr;
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
  PdfWriter writer(options.resources);
  Result<LaidOutDocument> laid = LayoutDocument(document, writer, Layout(options));
  if (!laid.ok()) return laid.status();
  return writer.Write(std::move(*laid), Info(document, options));
}

namespace {

// The file's bytes, or nothing when it went into out.
Result<std::string> Finish(PdfWriter& writer, const DocumentInfo& info, std::iostream* out) {
  if (!out) return writer.Finish(info);
  if (Status s = writer.FinishInto(info, *out); !s.ok()) return s;
  return std::string();
}

// A bound file's pages painted as they are cut.
StreamedPieces IntoWriter(PdfWriter& writer, const std::string& date) {
  return StreamedPieces{
      [&writer, &date](Page&& page, const std::vector<StructNode>& structure) {
        return writer.AddPage(std::move(page), structure, date);
      },
      [&writer](LaidOutDocument&& rest) { return writer.EndPiece(std::move(rest)); }};
}

Result<std::string> RenderOwned(doc::Document&& document, const PdfOptions& options, std::iostream* out) {
  PdfWriter writer(options.resources);
  const DocumentInfo info = Info(document, options);
  if (out && !HasImages(document)) {
    // Into its file as it is laid out, page by page, even one table thousands of pages long.
    if (Status s = writer.StartInto(*out); !s.ok()) return s;
    Status s = LayoutInPieces(std::move(document), writer, Layout(options), IntoWriter(writer, info.date));
    if (!s.ok()) return s;
    return Finish(writer, info, out);
  }
  if (CanLayoutInPieces(document)) {
    if (out) {
      if (Status s = writer.StartInto(*out); !s.ok()) return s;
    }
    Status s = LayoutInPieces(std::move(document), writer, Layout(options), [&](LaidOutDocument&& piece) {
      return writer.AddPages(std::move(piece), info.date);
    });
    if (!s.ok()) return s;
    return Finish(writer, info, out);
  }
  Result<LaidOutDocument> laid = LayoutDocument(document, writer, Layout(options));
  if (!laid.ok()) return laid.status();
  decltype(document.blocks)().swap(document.blocks);  // laid out: the tree is not needed while writing
  if (!out) return writer.Write(std::move(*laid), info);
  if (Status s = writer.WriteInto(std::move(*laid), info, *out); !s.ok()) return s;
  return std::string();
}

Result<std::string> RenderPages(const doc::Document& about, size_t count, const PageBlocks& page,
                                const PdfOptions& options, std::iostream* out) {
  PdfWriter writer(options.resources);
  const DocumentInfo info = Info(about, options);
  size_t next_page = 0;
  auto next = [&](std::vector<doc::Block>* blocks, bool* landscape_after) -> Result<bool> {
    if (next_page == count) return false;
    Result<std::vector<doc::Block>> made = page(next_page++);
    if (!made.ok()) return made.status();
    *blocks = std::move(*made);
    *landscape_after = about.landscape;
    return true;
  };
  LayoutOptions layout = Layout(options);
  layout.bound_set = about.bound_set;
  if (out) {
    if (Status s = writer.StartInto(*out); !s.ok()) return s;
    Status s = LayoutPieces(about.landscape, next, writer, layout, IntoWriter(writer, info.date));
    if (!s.ok()) return s;
    return Finish(writer, info, out);
  }
  Status s = LayoutPieces(about.landscape, next, writer, layout, [&](LaidOutDocument&& piece) {
    return writer.AddPages(std::move(piece), info.date);
  });
  if (!s.ok()) return s;
  return Finish(writer, info, out);
}

// Writes into file by make, then closes it.
Status IntoFile(OutputFile& file, const std::function<Result<std::string>(std::iostream*)>& make) {
  Result<std::string> made = make(&file.stream());
  if (!made.ok() && !file.stream()) {
    Status closed = file.Close();  // the file's own words for why it could not be written (a full disk)
    if (!closed.ok()) return closed;
  }
  if (!made.ok()) return made.status();
  return file.Close();
}

}  // namespace

Result<std::string> RenderPdf(doc::Document&& document, const PdfOptions& options) {
  return RenderOwned(std::move(document), options, nullptr);
}

Status RenderPdf(doc::Document&& document, const PdfOptions& options, OutputFile& file) {
  return IntoFile(file, [&](std::iostream* out) { return RenderOwned(std::move(document), options, out); });
}

Result<std::string> RenderPdfPages(const doc::Document& about, size_t count, const PageBlocks& page,
                                   const PdfOptions& options) {
  return RenderPages(about, count, page, options, nullptr);
}

Status RenderPdfPages(const doc::Document& about, size_t count, const PageBlocks& page, const PdfOptions& options,
                      OutputFile& file) {
  return IntoFile(file, [&](std::iostream* out) { return RenderPages(about, count, page, options, out); });
}

namespace {

// What the booklet holds so far, as far as the next part needs to know.
struct BookletSoFar {
  size_t pages = 0;
  size_t nodes = 0;
  size_t images = 0;
  Page last;  // size only
};

// One laid-out part as the booklet's next pages: a blank back first when it should start on an
// odd page, its headings one level under its own outline entry, its structure a Sect under the
// booklet's Document (the first part brings that root), tags and images counted on.
LaidOutDocument BookletPiece(BookletSoFar& so_far, LaidOutDocument&& laid, const std::string& title, bool odd_start) {
  LaidOutDocument piece;
  if (odd_start && so_far.pages % 2 == 1) {
    Page blank;
    blank.landscape = so_far.last.landscape;
    blank.width = so_far.last.width;
    blank.height = so_far.last.height;
    piece.pages.push_back(std::move(blank));
  }
  const int offset = static_cast<int>(so_far.pages + piece.pages.size());
  piece.outline.push_back(OutlineEntry{1, title, offset, kMarginTop});
  for (OutlineEntry e : laid.outline) {
    e.page += offset;
    e.level += 1;
    piece.outline.push_back(std::move(e));
  }
  if (so_far.nodes == 0) piece.structure.push_back(StructNode{"Document", -1, "", ""});
  const int node_offset = static_cast<int>(so_far.nodes + piece.structure.size());
  const int image_offset = static_cast<int>(so_far.images);
  for (size_t k = 0; k < laid.structure.size(); ++k) {
    StructNode node = std::move(laid.structure[k]);
    if (k == 0) {
      node.type = "Sect";
      node.parent = 0;
    } else {
      node.parent += node_offset;
    }
    piece.structure.push_back(std::move(node));
  }
  for (ImageData& image : laid.images) piece.images.push_back(std::move(image));
  auto shift = [&](int tag) { return tag >= 0 ? tag + node_offset : tag; };
  for (Page& p : laid.pages) {
    p.content.Retag(shift, image_offset);
    piece.pages.push_back(std::move(p));
  }
  so_far.pages += piece.pages.size();
  so_far.nodes += piece.structure.size();
  so_far.images += piece.images.size();
  if (!piece.pages.empty()) {
    so_far.last.landscape = piece.pages.back().landscape;
    so_far.last.width = piece.pages.back().width;
    so_far.last.height = piece.pages.back().height;
  }
  return piece;
}

// Appends one laid-out part to a booklet laid out whole.
void AddPart(LaidOutDocument& booklet, LaidOutDocument&& laid, const std::string& title, bool odd_start) {
  BookletSoFar so_far;
  so_far.pages = booklet.pages.size();
  so_far.nodes = booklet.structure.size();
  so_far.images = booklet.images.size();
  if (!booklet.pages.empty()) {
    so_far.last.landscape = booklet.pages.back().landscape;
    so_far.last.width = booklet.pages.back().width;
    so_far.last.height = booklet.pages.back().height;
  }
  LaidOutDocument piece = BookletPiece(so_far, std::move(laid), title, odd_start);
  for (Page& p : piece.pages) booklet.pages.push_back(std::move(p));
  for (OutlineEntry& e : piece.outline) booklet.outline.push_back(std::move(e));
  for (StructNode& n : piece.structure) booklet.structure.push_back(std::move(n));
  for (ImageData& i : piece.images) booklet.images.push_back(std::move(i));
}

}  // namespace

Result<std::string> RenderBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                                  const PdfOptions& options, bool odd_start) {
  PdfWriter writer(options.resources);
  const LayoutOptions layout = Layout(options);
  LaidOutDocument booklet;
  for (const doc::Document& part : parts) {
    Result<LaidOutDocument> laid = LayoutDocument(part, writer, layout);
    if (!laid.ok()) return laid.status();
    AddPart(booklet, std::move(*laid), part.title, odd_start);
  }
  return writer.Write(booklet, Info(about, options));
}

namespace {

Result<std::string> PartsAndBookletInto(size_t count, const PartMaker& make, bool stream,
                                        const doc::Document& about, const PdfOptions& options, bool odd_start,
                                        const PartDone& part_done, std::iostream* out) {
  // Each part is written as its own file as soon as it is laid out and then moves into the
  // booklet, so no part is ever held twice (laid-out pages weigh several times their PDF).
  // Without images (which a booklet painted part by part would load in another order) each
  // part is painted into the booklet at once, so the booklet's pages never wait in memory.
  PdfWriter booklet_writer(options.resources);  // measures every part, then writes the booklet
  const LayoutOptions layout = Layout(options);
  const DocumentInfo booklet_info = Info(about, options);
  LaidOutDocument booklet;
  BookletSoFar so_far;
  if (stream && out) {
    if (Status s = booklet_writer.StartInto(*out); !s.ok()) return s;
  }
  for (size_t i = 0; i < count; ++i) {
    Result<doc::Document> made = make(i);
    if (!made.ok()) return made.status();
    const doc::Document& part = *made;
    Result<LaidOutDocument> one = LayoutDocument(part, booklet_writer, layout);
    if (!one.ok()) return one.status();
    PdfWriter writer(options.resources);
    Result<std::string> bytes = writer.Write(*one, Info(part, options));
    if (!bytes.ok()) return bytes.status();
    if (Status s = part_done(i, std::move(*bytes)); !s.ok()) return s;
    if (stream) {
      Status s = booklet_writer.AddPages(BookletPiece(so_far, std::move(*one), part.title, odd_start), booklet_info.date);
      if (!s.ok()) return s;
    } else {
      AddPart(booklet, std::move(*one), part.title, odd_start);
    }
  }
  if (stream) return Finish(booklet_writer, booklet_info, out);
  if (!out) return booklet_writer.Write(std::move(booklet), booklet_info);
  if (Status s = booklet_writer.WriteInto(std::move(booklet), booklet_info, *out); !s.ok()) return s;
  return std::string();
}

// The parts as a maker (each copied when asked for) and whether the booklet can be painted part by part.
PartMaker Parts(const std::vector<doc::Document>& parts) {
  return [&parts](size_t i) -> Result<doc::Document> { return parts[i]; };
}

bool NoImages(const std::vector<doc::Document>& parts) {
  for (const doc::Document& part : parts) {
    if (HasImages(part)) return false;
  }
  return true;
}

}  // namespace

Result<PartsAndBooklet> RenderPartsAndBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                                              const PdfOptions& options, bool odd_start) {
  PartsAndBooklet out;
  out.parts.reserve(parts.size());
  PartDone keep = [&](size_t, std::string&& bytes) {
    out.parts.push_back(std::move(bytes));
    return Status::Ok();
  };
  Result<std::string> booklet =
      PartsAndBookletInto(parts.size(), Parts(parts), NoImages(parts), about, options, odd_start, keep, nullptr);
  if (!booklet.ok()) return booklet.status();
  out.booklet = std::move(*booklet);
  return out;
}

Status RenderPartsAndBooklet(const std::vector<doc::Document>& parts, const doc::Document& about,
                             const PdfOptions& options, bool odd_start, const PartDone& part_done,
                             OutputFile& booklet) {
  return IntoFile(booklet, [&](std::iostream* out) {
    return PartsAndBookletInto(parts.size(), Parts(parts), NoImages(parts), about, options, odd_start, part_done, out);
  });
}

Status RenderPartsAndBooklet(size_t count, const PartMaker& part, const doc::Document& about,
                             const PdfOptions& options, bool odd_start, const PartDone& part_done,
                             OutputFile& booklet) {
  return IntoFile(booklet, [&](std::iostream* out) {
    return PartsAndBookletInto(count, part, true, about, options, odd_start, part_done, out);
  });
}

}  // namespace nastavnik::render::pdf
