// The document held in memory by PoDoFo (small documents, and any with images), and what both ways
// of writing share: fonts, glyph codes, the fonts' objects.
#include "render/pdf/pdf_writer.h"

#include "render/pdf/pdf_writer_impl.h"

namespace nastavnik::render::pdf {

using namespace PoDoFo;

namespace {

// PoDoFo stores the bytes as they are; the /Filter key says how to read them.
void SetStream(PdfObject* object, const std::string& data, const std::string& packed) {
  if (packed.empty()) {
    object->GetStream()->Set(data.data(), static_cast<pdf_long>(data.size()), TVecFilters());
    return;
  }
  object->GetStream()->Set(packed.data(), static_cast<pdf_long>(packed.size()), TVecFilters());
  object->GetDictionary().AddKey(PdfName("Filter"), PdfName("FlateDecode"));
}

void SetDeflated(PdfObject* object, const std::string& data) { SetStream(object, data, Deflate(data)); }

// Writes the PDF into a stream of the output. PoDoFo's own stream device changes the stream's
// locale and restores it in its destructor, which throws once the stream has failed (a full
// disk): this one only writes, and the caller finds the failure in the stream's state.
class StreamDevice final : public PdfOutputDevice {
 public:
  explicit StreamDevice(std::ostream& out) : out_(out) {}
  void Print(const char* format, ...) override {
    va_list args;
    va_start(args, format);
    va_list again;
    va_copy(again, args);
    const int size = std::vsnprintf(nullptr, 0, format, args);
    va_end(args);
    PrintV(format, size, again);
    va_end(again);
  }
  void PrintV(const char* format, long size, va_list args) override {
    if (size < 0) return;
    std::string text(static_cast<size_t>(size) + 1, '\0');
    std::vsnprintf(text.data(), text.size(), format, args);
    Write(text.data(), static_cast<size_t>(size));
  }
  void Write(const char* data, size_t size) override {
    out_.write(data, static_cast<std::streamsize>(size));
    position_ += size;
    m_ulLength = std::max(m_ulLength, position_);
  }
  void Seek(size_t offset) override {
    out_.seekp(static_cast<std::streamoff>(offset));
    position_ = offset;
  }
  size_t Tell() const override { return position_; }
  size_t GetLength() const override { return m_ulLength; }
  void Flush() override { out_.flush(); }

 private:
  std::ostream& out_;
  size_t position_ = 0;
};

// Replaces a final object's dictionary by the bytes PoDoFo writes for it (the same output): a
// dictionary object costs about forty times its serialized size.
void Serialize(PdfObject* object, const PdfDictionary& d, EPdfWriteMode mode, PdfRefCountedBuffer& buffer) {
  PdfOutputDevice device(&buffer);  // as the document's own write does, from position 0
  d.Write(&device, mode, nullptr, PdfName::KeyNull);
  static_cast<PdfVariant&>(*object) = PdfVariant(PdfData(buffer.GetBuffer(), device.GetLength()));
}

}  // namespace


PdfWriter::PdfWriter(std::shared_ptr<const PdfResources> resources) : impl_(std::make_unique<Impl>()) {
  impl_->resources = std::move(resources);
  static std::once_flag quiet;
  std::call_once(quiet, [] {
    PdfError::EnableLogging(false);
    PdfError::EnableDebug(false);
  });
}

PdfWriter::~PdfWriter() = default;

float PdfWriter::Advance(Face face, char32_t c) {
  if (c > 0xffff) return -1;
  return impl_->Lookup(face, static_cast<char16_t>(c)).advance;
}

float PdfWriter::Ascent(Face face) {
  const TrueTypeFont* font = impl_->Font(face);
  return font ? static_cast<float>(font->ascent()) / 1000.0f : 0.891f;
}

float PdfWriter::Descent(Face face) {
  const TrueTypeFont* font = impl_->Font(face);
  return font ? static_cast<float>(-font->descent()) / 1000.0f : 0.216f;
}

std::string PdfWriter::FontName(Face face) {
  const FaceFile& ff = kFaceFiles[static_cast<int>(face)];
  return std::string(ff.family) + ff.style;
}

Status PdfWriter::status() const { return impl_->status; }

// Embeds the face as a Type0 font: a CIDFontType2 whose glyph ids are the codes (Identity-H,
// CIDToGIDMap /Identity), the subset as FontFile2, widths of the painted glyphs, and a ToUnicode
// CMap so that copied and searched text is the Cyrillic that was set.
PdfDictionary PdfWriter::Impl::FontObjects(int f, const AddObject& add) {
  const TrueTypeFont& font = *fonts[f];
  const std::u16string key(codes[f].begin(), codes[f].end());
  std::shared_ptr<const EmbeddedFace> face = CachedFace(f, key, [&] {
    const std::string file_name = kFaceFiles[f].file;
    EmbeddedFace e = MakeEmbeddedFace(font, f, file_name.substr(0, file_name.rfind('.')), key,
                                      [&](char16_t c) { return Lookup(static_cast<Face>(f), c).gid; });
    e.subset_packed = Deflate(e.subset);
    e.cmap_packed = Deflate(e.cmap);
    return e;
  });

  PdfDictionary file;
  file.AddKey(PdfName("Length1"), static_cast<pdf_int64>(face->subset.size()));
  const PdfReference file_ref = add(nullptr, std::move(file), &face->subset, &face->subset_packed);

  PdfDictionary fd;
  fd.AddKey(PdfName("FontName"), PdfName(face->name));
  const bool mono = static_cast<Face>(f) == Face::kMono;
  const bool italic = kFaceFiles[f].italic;
  // Nonsymbolic (32), serif (2) or fixed pitch (1), italic (64).
  fd.AddKey(PdfName("Flags"), static_cast<pdf_int64>(32 | (mono ? 1 : 2) | (italic ? 64 : 0)));
  PdfArray bbox;
  for (int v : font.bbox()) bbox.push_back(static_cast<pdf_int64>(v));
  fd.AddKey(PdfName("FontBBox"), bbox);
  fd.AddKey(PdfName("ItalicAngle"), static_cast<double>(font.italic_angle()));
  fd.AddKey(PdfName("Ascent"), static_cast<pdf_int64>(font.ascent()));
  fd.AddKey(PdfName("Descent"), static_cast<pdf_int64>(font.descent()));
  fd.AddKey(PdfName("CapHeight"), static_cast<pdf_int64>(font.cap_height()));
  fd.AddKey(PdfName("StemV"), static_cast<pdf_int64>(kFaceFiles[f].bold ? 140 : 80));
  fd.AddKey(PdfName("FontFile2"), file_ref);
  const PdfReference descriptor_ref = add("FontDescriptor", std::move(fd), nullptr, nullptr);

  // /W: codes 1..n are consecutive, so one array of widths serves them all.
  PdfArray widths;
  PdfArray run;
  for (int w : face->widths) run.push_back(static_cast<pdf_int64>(w));
  widths.push_back(static_cast<pdf_int64>(1));
  widths.push_back(run);
  PdfDictionary cd;
  cd.AddKey(PdfName("Subtype"), PdfName("CIDFontType2"));
  cd.AddKey(PdfName("BaseFont"), PdfName(face->name));
  PdfDictionary system;
  system.AddKey(PdfName("Registry"), PdfString("Adobe"));
  system.AddKey(PdfName("Ordering"), PdfString("Identity"));
  system.AddKey(PdfName("Supplement"), PdfVariant(static_cast<pdf_int64>(0)));
  cd.AddKey(PdfName("CIDSystemInfo"), system);
  cd.AddKey(PdfName("FontDescriptor"), descriptor_ref);
  cd.AddKey(PdfName("W"), widths);
  cd.AddKey(PdfName("CIDToGIDMap"), PdfName("Identity"));
  const PdfReference cid_ref = add("Font", std::move(cd), nullptr, nullptr);

  const PdfReference to_unicode_ref = add(nullptr, PdfDictionary(), &face->cmap, &face->cmap_packed);

  PdfDictionary type0;
  type0.AddKey(PdfName("Subtype"), PdfName("Type0"));
  type0.AddKey(PdfName("BaseFont"), PdfName(face->name));
  type0.AddKey(PdfName("Encoding"), PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid_ref);
  type0.AddKey(PdfName("DescendantFonts"), descendants);
  type0.AddKey(PdfName("ToUnicode"), to_unicode_ref);
  return type0;
}

void PdfWriter::Impl::EmbedFont(int f) {
  PdfVecObjects& objects = doc->GetObjects();
  const PdfDictionary type0 = FontObjects(f, [&](const char* type, PdfDictionary&& d, const std::string* data,
                                                 const std::string* packed) {
    PdfObject* object = type ? objects.CreateObject(type) : objects.CreateObject();
    for (const auto& [name, value] : d.GetKeys()) object->GetDictionary().AddKey(name, *value);
    if (data) SetStream(object, *data, *packed);
    return object->Reference();
  });
  for (const auto& [name, value] : type0.GetKeys()) font_objects[f]->GetDictionary().AddKey(name, *value);
}

// The outline (bookmarks) from the headings: items nest by level, each opens its heading.
void PdfWriter::Impl::AddOutline(const LaidOutDocument& laid, const std::string& title,
                                 const std::vector<PdfObject*>& pages) {
  if (laid.outline.empty()) return;
  PdfVecObjects& objects = doc->GetObjects();
  PdfObject* root = objects.CreateObject("Outlines");
  struct Item {
    PdfObject* object;
    int level;
    int parent;  // index into items, -1 for the root
    std::vector<int> children;
  };
  std::vector<Item> items;
  std::vector<int> top;
  std::vector<int> stack;
  for (const OutlineEntry& e : laid.outline) {
    if (e.page < 0 || e.page >= static_cast<int>(pages.size())) continue;
    while (!stack.empty() && items[stack.back()].level >= e.level) stack.pop_back();
    PdfObject* o = objects.CreateObject();
    PdfDictionary& d = o->GetDictionary();
    d.AddKey(PdfName("Title"), Utf8(e.title.empty() ? title : e.title));
    PdfArray dest;
    dest.push_back(pages[e.page]->Reference());
    dest.push_back(PdfName("XYZ"));
    dest.push_back(static_cast<double>(kMarginLeft));
    const double height = laid.pages[e.page].height;
    dest.push_back(height - e.y);
    dest.push_back(static_cast<pdf_int64>(0));
    d.AddKey(PdfName("Dest"), dest);
    const int index = static_cast<int>(items.size());
    items.push_back(Item{o, e.level, stack.empty() ? -1 : stack.back(), {}});
    (stack.empty() ? top : items[stack.back()].children).push_back(index);
    stack.push_back(index);
  }
  auto link = [&](PdfObject* parent, const std::vector<int>& children) {
    if (children.empty()) return;
    PdfDictionary& pd = parent->GetDictionary();
    pd.AddKey(PdfName("First"), items[children.front()].object->Reference());
    pd.AddKey(PdfName("Last"), items[children.back()].object->Reference());
    pd.AddKey(PdfName("Count"), static_cast<pdf_int64>(children.size()));
    for (size_t k = 0; k < children.size(); ++k) {
      PdfDictionary& d = items[children[k]].object->GetDictionary();
      d.AddKey(PdfName("Parent"), parent->Reference());
      if (k > 0) d.AddKey(PdfName("Prev"), items[children[k - 1]].object->Reference());
      if (k + 1 < children.size()) d.AddKey(PdfName("Next"), items[children[k + 1]].object->Reference());
    }
  };
  link(root, top);
  for (Item& item : items) link(item.object, item.children);
  doc->GetCatalog()->GetDictionary().AddKey(PdfName("Outlines"), root->Reference());
}

// The tagged-PDF structure tree (PDF 32000-1 §14.7): one StructElem per node, its kids the child
// elements then its marked-content references, and the parent tree mapping every page's MCIDs
// back to their elements.
void PdfWriter::Impl::AddStructure(const LaidOutDocument& laid, const std::vector<PdfObject*>& pages,
                                   const std::vector<std::vector<int>>& mcids,
                                   const std::vector<std::pair<PdfObject*, int>>& links) {
  PdfVecObjects& objects = doc->GetObjects();
  PdfObject* root = objects.CreateObject("StructTreeRoot");
  const size_t n = laid.structure.size();
  std::vector<PdfObject*> elems(n);
  // /Type /StructElem is optional; leaving it out saves a sixth of the tree's bytes.
  for (size_t i = 0; i < n; ++i) elems[i] = objects.CreateObject();
  // An element's /Pg is the page its content starts on; content there is a bare MCID, content
  // that continued onto later pages a marked-content reference naming its page.
  std::vector<int> first_page(n, -1);
  for (size_t p = 0; p < pages.size(); ++p) {
    for (int node : mcids[p]) {
      if (first_page[node] < 0) first_page[node] = static_cast<int>(p);
    }
  }
  // An element's kids, kept small until its dictionary is made: PdfArray entries cost about a
  // hundred bytes each, and a 50,000-page file has a million of them.
  struct Kid {
    enum Kind : uint8_t { kElement, kMcid, kMarkedContentReference, kObject } kind;
    int a = 0;  // kElement: the node; kMcid: the MCID; kMarkedContentReference: the page
    int b = 0;  // kMarkedContentReference: the MCID
    PdfObject* object = nullptr;  // kObject
  };
  std::vector<std::vector<Kid>> kids(n);
  for (size_t i = 1; i < n; ++i) {
    const int parent = laid.structure[i].parent;
    if (parent >= 0 && parent < static_cast<int>(n)) kids[parent].push_back(Kid{Kid::kElement, static_cast<int>(i)});
  }
  PdfArray nums;
  for (size_t p = 0; p < pages.size(); ++p) {
    PdfArray parents;
    for (size_t mcid = 0; mcid < mcids[p].size(); ++mcid) {
      const int node = mcids[p][mcid];
      if (first_page[node] == static_cast<int>(p)) {
        kids[node].push_back(Kid{Kid::kMcid, static_cast<int>(mcid)});
      } else {
        kids[node].push_back(Kid{Kid::kMarkedContentReference, static_cast<int>(p), static_cast<int>(mcid)});
      }
      parents.push_back(elems[node]->Reference());
    }
    if (pages[p]->IsDictionary()) pages[p]->GetDictionary().AddKey(PdfName("StructParents"), static_cast<pdf_int64>(p));
    nums.push_back(static_cast<pdf_int64>(p));
    nums.push_back(parents);
  }
  // Each link annotation gets a Link element inside the element of its text, pointing back to
  // it (OBJR); the annotation's /StructParent is its key in the parent tree.
  pdf_int64 next_key = static_cast<pdf_int64>(pages.size());
  for (const auto& [annotation, tag] : links) {
    if (tag < 0 || tag >= static_cast<int>(n)) continue;
    PdfObject* link = objects.CreateObject();
    PdfDictionary& ld = link->GetDictionary();
    ld.AddKey(PdfName("S"), PdfName("Link"));
    ld.AddKey(PdfName("P"), elems[tag]->Reference());
    PdfDictionary objr;
    objr.AddKey(PdfName("Type"), PdfName("OBJR"));
    objr.AddKey(PdfName("Obj"), annotation->Reference());
    ld.AddKey(PdfName("K"), objr);
    if (const PdfObject* page = annotation->GetDictionary().GetKey(PdfName("P"))) ld.AddKey(PdfName("Pg"), *page);
    kids[tag].push_back(Kid{Kid::kObject, 0, 0, link});
    annotation->GetDictionary().AddKey(PdfName("StructParent"), next_key);
    nums.push_back(next_key++);
    nums.push_back(link->Reference());
  }
  // A structure element is final once made, so it is kept as the bytes PoDoFo writes for it: a
  // dictionary object costs about forty times its serialized size, which on a 50,000-page consent
  // file came to gigabytes. The output is the same, PoDoFo having written those bytes itself.
  const EPdfWriteMode mode = doc->GetWriteMode();
  for (size_t i = 0; i < n; ++i) {
    const StructNode& node = laid.structure[i];
    PdfDictionary d;
    d.AddKey(PdfName("S"), PdfName(node.type));
    const int parent = node.parent;
    d.AddKey(PdfName("P"), parent >= 0 && parent < static_cast<int>(n) ? elems[parent]->Reference() : root->Reference());
    PdfArray k;
    for (const Kid& kid : kids[i]) {
      switch (kid.kind) {
        case Kid::kElement:
          k.push_back(elems[kid.a]->Reference());
          break;
        case Kid::kMcid:
          k.push_back(static_cast<pdf_int64>(kid.a));
          break;
        case Kid::kMarkedContentReference: {
          PdfDictionary mcr;
          mcr.AddKey(PdfName("Type"), PdfName("MCR"));
          mcr.AddKey(PdfName("Pg"), pages[kid.a]->Reference());
          mcr.AddKey(PdfName("MCID"), static_cast<pdf_int64>(kid.b));
          k.push_back(mcr);
          break;
        }
        case Kid::kObject:
          k.push_back(kid.object->Reference());
          break;
      }
    }
    ElementContent(d, k, node);
    if (first_page[i] >= 0) d.AddKey(PdfName("Pg"), pages[first_page[i]]->Reference());
    Serialize(elems[i], d, mode, serialized);
    std::vector<Kid>().swap(kids[i]);
  }
  PdfDictionary& r = root->GetDictionary();
  r.AddKey(PdfName("K"), elems[0]->Reference());
  PdfDictionary parent_tree;
  parent_tree.AddKey(PdfName("Nums"), nums);
  r.AddKey(PdfName("ParentTree"), objects.CreateObject(parent_tree)->Reference());
  r.AddKey(PdfName("ParentTreeNextKey"), next_key);
  PdfDictionary& catalog = doc->GetCatalog()->GetDictionary();
  MarkTagged(catalog, root->Reference());
}

// XMP metadata repeating the Info dictionary, which readers of tagged PDF look for.
void PdfWriter::Impl::AddMetadata(const DocumentInfo& info) {
  const std::string xmp = XmpPacket(info.title, info.author, info.subject, info.lang.empty() ? "ru-RU" : info.lang,
                                    info.date);
  PdfObject* metadata = doc->GetObjects().CreateObject("Metadata");
  metadata->GetDictionary().AddKey(PdfName("Subtype"), PdfName("XML"));
  metadata->GetStream()->Set(xmp.data(), static_cast<pdf_long>(xmp.size()), TVecFilters());
  doc->GetCatalog()->GetDictionary().AddKey(PdfName("Metadata"), metadata->Reference());
}

Result<std::string> PdfWriter::Write(const LaidOutDocument& laid, const DocumentInfo& info) {
  return Write(laid, info, nullptr);
}

Result<std::string> PdfWriter::Write(LaidOutDocument&& laid, const DocumentInfo& info) {
  return Write(laid, info, &laid);
}

// Paints pages after those already added. laid's structure nodes, images and outline entries
// continue the ones added before (its tags and image indices count from the document's start).
void PdfWriter::Impl::PaintPages(const LaidOutDocument& laid, LaidOutDocument* release, const std::string& date) {
  for (const StructNode& node : laid.structure) added.structure.push_back(node);
  for (const OutlineEntry& e : laid.outline) added.outline.push_back(e);
  for (const ImageData& data : laid.images) {
    auto image = std::make_unique<PdfImage>(doc.get());
    image->LoadFromData(reinterpret_cast<const unsigned char*>(data.bytes.data()),
                        static_cast<pdf_long>(data.bytes.size()));
    image_names.push_back(image->GetIdentifier().GetName());
    images.push_back(std::move(image));
  }
  // Pages are plain objects under the root /Pages node: PoDoFo's page tree walks its kids on
  // every insertion, which made a 2,000-page booklet quadratic.
  PdfVecObjects& objects = doc->GetObjects();
  PdfObject* pages_root = doc->GetPagesTree()->GetObject();
  for (size_t local = 0; local < laid.pages.size(); ++local) {
    const Page& page = laid.pages[local];
    const size_t index = page_objects.size();
    mcids.emplace_back();
    std::array<bool, kFaceCount> faces{};
    std::string content = PaintPage(page, added.structure, *this, image_names, &faces, &mcids[index]);
    PdfObject* p = objects.CreateObject("Page");
    page_objects.push_back(p);
    kids.push_back(p->Reference());
    PdfDictionary& pd = p->GetDictionary();
    pd.AddKey(PdfName("Parent"), pages_root->Reference());
    PdfArray box;
    for (double v : {0.0, 0.0, static_cast<double>(page.width), static_cast<double>(page.height)}) box.push_back(v);
    pd.AddKey(PdfName("MediaBox"), box);
    PdfDictionary resources, fonts, xobjects;
    for (int f = 0; f < kFaceCount; ++f) {
      if (faces[f]) fonts.AddKey(PdfName(FontResource(static_cast<Face>(f))), FontObject(f)->Reference());
    }
    for (const ImageDraw& img : page.content.images) {
      if (img.image < 0 || img.image >= static_cast<int>(images.size())) continue;
      PdfImage& image = *images[img.image];
      xobjects.AddKey(image.GetIdentifier(), image.GetObject()->Reference());
    }
    if (!fonts.GetKeys().empty()) resources.AddKey(PdfName("Font"), fonts);
    if (!xobjects.GetKeys().empty()) resources.AddKey(PdfName("XObject"), xobjects);
    pd.AddKey(PdfName("Resources"), resources);
    PdfObject* stream = objects.CreateObject();
    SetDeflated(stream, content);
    pd.AddKey(PdfName("Contents"), stream->Reference());
    if (!page.content.links.empty()) {
      PdfArray annots;
      for (const LinkArea& link : page.content.links) {
        PdfObject* a = objects.CreateObject(LinkAnnotation(link, page.height, date, p->Reference()));
        annots.push_back(a->Reference());
        if (link.tag >= 0) link_annotations.emplace_back(a, link.tag);
      }
      pd.AddKey(PdfName("Annots"), annots);
      pd.AddKey(PdfName("Tabs"), PdfName("S"));  // tab through links in structure order
    }
    if (!added.structure.empty()) {
      // Final now (its key in the parent tree is its index), so kept as the bytes PoDoFo writes
      // for it, as the structure elements are: a 50,000-page file holds 50,000 of them.
      pd.AddKey(PdfName("StructParents"), static_cast<pdf_int64>(index));
      const PdfDictionary final_dict = pd;
      Serialize(p, final_dict, doc->GetWriteMode(), serialized);
    }
    Page size;
    size.landscape = page.landscape;
    size.width = page.width;
    size.height = page.height;
    added.pages.push_back(std::move(size));
    if (release) release->pages[local].content = Content();
  }
}

PdfDictionary LinkAnnotation(const LinkArea& link, float page_height, const std::string& date,
                             const PdfReference& page) {
  PdfDictionary ad;
  ad.AddKey(PdfName("Type"), PdfName("Annot"));
  ad.AddKey(PdfName("Subtype"), PdfName("Link"));
  PdfArray rect;
  for (float v : {link.x, page_height - link.y - link.h, link.x + link.w, page_height - link.y}) {
    rect.push_back(static_cast<double>(v));
  }
  ad.AddKey(PdfName("Rect"), rect);
  PdfArray border;
  for (int k = 0; k < 3; ++k) border.push_back(static_cast<pdf_int64>(0));
  ad.AddKey(PdfName("Border"), border);
  ad.AddKey(PdfName("F"), static_cast<pdf_int64>(4));  // print
  ad.AddKey(PdfName("M"), PdfString(date));
  PdfDictionary action;
  action.AddKey(PdfName("S"), PdfName("URI"));
  action.AddKey(PdfName("URI"), PdfString(AsciiUri(link.url).c_str()));
  ad.AddKey(PdfName("A"), action);
  ad.AddKey(PdfName("P"), page);
  return ad;
}

void ElementContent(PdfDictionary& element, const PdfArray& kids, const StructNode& node) {
  if (kids.size() == 1) {
    element.AddKey(PdfName("K"), kids.front());
  } else {
    element.AddKey(PdfName("K"), kids);
  }
  if (!node.alt.empty()) element.AddKey(PdfName("Alt"), Utf8(node.alt));
  if (!node.scope.empty()) {
    PdfDictionary attributes;
    attributes.AddKey(PdfName("O"), PdfName("Table"));
    attributes.AddKey(PdfName("Scope"), PdfName(node.scope));
    element.AddKey(PdfName("A"), attributes);
  }
}

void MarkTagged(PdfDictionary& catalog, const PdfReference& structure_root) {
  catalog.AddKey(PdfName("StructTreeRoot"), structure_root);
  PdfDictionary mark_info;
  mark_info.AddKey(PdfName("Marked"), PdfVariant(true));
  catalog.AddKey(PdfName("MarkInfo"), mark_info);
}

// PoDoFo's own text is English; the user gets its error code, which a developer can look up.
Status WriteFailure(const PdfError& e) {
  return Status::Internal("внутренняя ошибка при записи PDF (код PoDoFo " +
                          std::to_string(static_cast<int>(e.GetError())) + ")");
}

Status PdfWriter::StartInto(std::iostream& out) {
  if (impl_->doc || impl_->bound) return Status::Internal("внутренняя ошибка: PDF уже начат");
  impl_->StartBound(out);
  return out ? Status::Ok() : Status::Internal("не удалось записать PDF в файл");
}

Status PdfWriter::AddPages(LaidOutDocument&& piece, const std::string& date) {
  if (!impl_->status.ok()) return impl_->status;
  if (impl_->bound) return impl_->PaintBound(std::move(piece), date);
  return Guarded([&] {
    if (!impl_->doc) impl_->doc = std::make_unique<PdfMemDocument>();
    impl_->PaintPages(piece, &piece, date);
    return impl_->status;
  });
}

Status PdfWriter::AddPage(Page&& page, const std::vector<StructNode>& structure, const std::string& date) {
  if (!impl_->status.ok()) return impl_->status;
  if (!impl_->bound) return Status::Internal("внутренняя ошибка: PDF не пишется в файл");
  return impl_->AddBoundPage(std::move(page), structure, date);
}

Status PdfWriter::EndPiece(LaidOutDocument&& rest) {
  if (!impl_->status.ok()) return impl_->status;
  if (!impl_->bound) return Status::Internal("внутренняя ошибка: PDF не пишется в файл");
  return impl_->EndBoundPiece(std::move(rest));
}

Result<std::string> PdfWriter::Write(const LaidOutDocument& laid, const DocumentInfo& info,
                                     LaidOutDocument* release) {
  if (!impl_->status.ok()) return impl_->status;
  const Status painted = Guarded([&] {
    if (!impl_->doc) impl_->doc = std::make_unique<PdfMemDocument>();
    impl_->PaintPages(laid, release, info.date);
    return Status::Ok();
  });
  if (!painted.ok()) return painted;
  return Finish(info);
}

Result<std::string> PdfWriter::Finish(const DocumentInfo& info) { return Finish(info, nullptr); }

Status PdfWriter::FinishInto(const DocumentInfo& info, std::iostream& out) {
  if (impl_->bound) return impl_->status.ok() ? impl_->FinishBound(info, out) : impl_->status;
  Result<std::string> done = Finish(info, &out);
  return done.ok() ? Status::Ok() : done.status();
}

Status PdfWriter::WriteInto(LaidOutDocument&& laid, const DocumentInfo& info, std::iostream& out) {
  if (laid.images.empty() && !impl_->doc && !impl_->bound) {
    if (Status s = StartInto(out); !s.ok()) return s;
  }
  if (Status s = AddPages(std::move(laid), info.date); !s.ok()) return s;
  return FinishInto(info, out);
}

// Into out when given (nothing returned), else as the file's bytes.
Result<std::string> PdfWriter::Finish(const DocumentInfo& info, std::iostream* out) {
  if (!impl_->status.ok()) return impl_->status;
  if (impl_->bound) return Status::Internal("внутренняя ошибка: PDF пишется в файл");
  return Guarded([&]() -> Result<std::string> {
    if (!impl_->doc) impl_->doc = std::make_unique<PdfMemDocument>();
    PdfMemDocument& doc = *impl_->doc;
    const LaidOutDocument& laid = impl_->added;
    const std::vector<PdfObject*>& page_objects = impl_->page_objects;
    PdfObject* pages_root = doc.GetPagesTree()->GetObject();
    pages_root->GetDictionary().AddKey(PdfName("Kids"), impl_->kids);
    pages_root->GetDictionary().AddKey(PdfName("Count"), static_cast<pdf_int64>(laid.pages.size()));
    if (!impl_->status.ok()) return impl_->status;
    for (int f = 0; f < kFaceCount; ++f) {
      if (impl_->font_objects[f]) impl_->EmbedFont(f);
    }
    impl_->AddOutline(laid, info.title, page_objects);
    if (!laid.structure.empty()) impl_->AddStructure(laid, page_objects, impl_->mcids, impl_->link_annotations);
    impl_->AddMetadata(info);

    PdfInfo* pdf_info = doc.GetInfo();
    if (!info.title.empty()) pdf_info->SetTitle(Utf8(info.title));
    if (!info.author.empty()) pdf_info->SetAuthor(Utf8(info.author));
    if (!info.subject.empty()) pdf_info->SetSubject(Utf8(info.subject));
    pdf_info->SetCreator(PdfString("nastavnik"));
    pdf_info->SetProducer(PdfString("nastavnik (PoDoFo 0.9.8)"));
    // PoDoFo stamps local "now"; the build's time in UTC keeps files byte-identical.
    PdfDictionary& dict = pdf_info->GetObject()->GetDictionary();
    dict.AddKey(PdfName("CreationDate"), PdfString(info.date));
    dict.AddKey(PdfName("ModDate"), PdfString(info.date));
    // PdfDocument::SetLanguage leaks its PdfObject; the catalog key is the same thing.
    doc.GetCatalog()->GetDictionary().AddKey(PdfName("Lang"), PdfString(info.lang.empty() ? "ru-RU" : info.lang));
    doc.SetDisplayDocTitle();
    doc.SetPdfVersion(ePdfVersion_1_7);

    if (out) {  // a long file goes straight to its file, never held as bytes
      {
        StreamDevice device(*out);
        doc.Write(&device);
        device.Flush();
      }
      impl_->images.clear();
      impl_->doc.reset();
      if (!*out || !SetFileIdentifier(*out)) return Status::Internal("не удалось записать PDF в файл");
      return std::string();
    }
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc.Write(&device);
    const size_t length = device.GetLength();
    impl_->images.clear();
    impl_->doc.reset();  // the objects go before the bytes are copied: a long file is never held thrice
    std::string bytes(buffer.GetBuffer(), length);
    SetFileIdentifier(bytes);
    return bytes;
  });
}

}  // namespace nastavnik::render::pdf
