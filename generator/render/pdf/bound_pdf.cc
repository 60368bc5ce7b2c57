// A bound document (thousands of consents in one file) written as it is made. Each piece's pages,
// content streams and structure elements go into the file as soon as the piece is added, numbered
// as made, in the bytes PoDoFo writes for each dictionary; the objects that refer to everything
// (page tree, fonts, outline, structure root, parent tree, catalog) are written at the end. What
// stays in memory per page is its object number and the elements of its marked-content ids.
#include "render/pdf/object_sink.h"
#include "render/pdf/pdf_writer_impl.h"

namespace nastavnik::render::pdf {

namespace {

PdfReference Ref(uint32_t number) { return PdfReference(number, 0); }

// A structure element's kid, kept small until the element is written.
struct Kid {
  enum Kind : uint8_t { kElement, kMcid, kMarkedContentReference, kObject } kind;
  uint32_t a = 0;  // kElement, kObject: its object number; kMcid: the MCID; kMarkedContentReference: the page's
  uint32_t b = 0;  // kMarkedContentReference: the MCID
};

// An entry of the parent tree, in the order of its keys: a page's marked-content ids (its index),
// or a link annotation's Link element.
struct ParentKey {
  uint32_t value = 0;
  bool link = false;
};

// A tagged link annotation of the piece being painted, its Link element made once the piece is.
struct PieceLink {
  uint32_t annotation = 0;
  uint32_t page = 0;
  int node = 0;
  size_t key = 0;
};

// A piece's elements and their kids, indexed as LocalStructure numbers them.
struct PieceElements {
  std::vector<uint32_t> number;
  std::vector<int> first_page;
  std::vector<std::vector<Kid>> content;
};

}  // namespace

struct BoundFile {
  explicit BoundFile(std::ostream& out) : sink(out) {}

  ObjectSink sink;
  PdfRefCountedBuffer buffer;  // reused for each dictionary serialised
  uint32_t pages_root = 0;
  std::array<uint32_t, kFaceCount> fonts{};
  std::vector<uint32_t> pages;  // object numbers
  std::vector<float> heights;   // for the outline's destinations
  /// The parent tree: the element of every marked-content id, page after page.
  std::vector<uint32_t> parents;
  std::vector<size_t> parents_at{0};
  std::vector<ParentKey> keys;
  std::vector<OutlineEntry> outline;
  size_t peak_while_adding = 0;

  bool tagged = false;
  size_t nodes = 0;  // structure nodes added, the root included
  StructNode root_node;
  uint32_t struct_root = 0;
  uint32_t root = 0;
  std::vector<uint32_t> root_elements;
  std::vector<Kid> root_content;
  std::vector<uint32_t> root_links;
  int root_first_page = -1;

  /// The piece being painted: the nodes before it, its elements so far, its tagged links.
  bool piece_open = false;
  size_t piece_base = 0;
  PieceElements elements;
  std::vector<PieceLink> links;

  std::string Bytes(const PdfVariant& value) {
    PdfOutputDevice device(&buffer);
    value.Write(&device, ePdfWriteMode_Compact, nullptr);
    return std::string(buffer.GetBuffer(), device.GetLength());
  }
  void Put(uint32_t number, const PdfDictionary& d) { sink.Put(number, Bytes(PdfVariant(d))); }
  uint32_t Add(const PdfDictionary& d) {
    const uint32_t number = sink.Reserve();
    Put(number, d);
    return number;
  }
  // Stored as packed, deflated, unless packed is empty.
  uint32_t AddStream(PdfDictionary d, const std::string& data, const std::string& packed) {
    const std::string& stored = packed.empty() ? data : packed;
    if (!packed.empty()) d.AddKey(PdfName("Filter"), PdfName("FlateDecode"));
    d.AddKey(PdfName("Length"), static_cast<pdf_int64>(stored.size()));
    const uint32_t number = sink.Reserve();
    sink.PutStream(number, Bytes(PdfVariant(d)), stored);
    return number;
  }
  uint32_t Font(int face) {
    if (!fonts[face]) fonts[face] = sink.Reserve();
    return fonts[face];
  }
};

PdfWriter::Impl::Impl() = default;
PdfWriter::Impl::~Impl() = default;

void PdfWriter::Impl::StartBound(std::ostream& out) {
  bound = std::make_unique<BoundFile>(out);
  bound->pages_root = bound->sink.Reserve();
}

namespace {

// The piece's structure as PaintPage reads it: the document's root at 0, then the piece's own
// nodes (the first piece brings the root itself). Nodes and tags are renumbered to match; false
// when the piece refers to a node of an earlier piece, whose element is already written.
bool LocalStructure(LaidOutDocument& piece, size_t base, const StructNode& root) {
  if (base == 0) return true;
  const int offset = static_cast<int>(base) - 1;
  bool ok = true;
  auto local = [&](int tag) {
    if (tag <= 0) return tag;
    if (tag - offset <= 0) ok = false;
    return tag - offset;
  };
  for (StructNode& node : piece.structure) node.parent = local(node.parent);
  piece.structure.insert(piece.structure.begin(), root);
  for (Page& page : piece.pages) page.content.Retag(local, 0);
  return ok;
}

PdfArray Numbers(std::initializer_list<double> values) {
  PdfArray out;
  for (double v : values) out.push_back(v);
  return out;
}

// A marked-content id's kid for its element: a bare MCID on the element's first page, a
// reference naming the page on a later one.
Kid ContentKid(int& first_page, size_t page_index, uint32_t page, uint32_t mcid) {
  if (first_page < 0) first_page = static_cast<int>(page_index);
  if (first_page == static_cast<int>(page_index)) return Kid{Kid::kMcid, mcid, 0};
  return Kid{Kid::kMarkedContentReference, page, mcid};
}

PdfVariant KidValue(const Kid& kid) {
  switch (kid.kind) {
    case Kid::kMcid:
      return PdfVariant(static_cast<pdf_int64>(kid.a));
    case Kid::kMarkedContentReference: {
      PdfDictionary mcr;
      mcr.AddKey(PdfName("Type"), PdfName("MCR"));
      mcr.AddKey(PdfName("Pg"), Ref(kid.a));
      mcr.AddKey(PdfName("MCID"), static_cast<pdf_int64>(kid.b));
      return PdfVariant(mcr);
    }
    case Kid::kElement:
    case Kid::kObject:
      break;
  }
  return PdfVariant(Ref(kid.a));
}

// A link annotation, written at once: its key in the parent tree (key ≥ 0, when its text is
// tagged) is known as soon as it is made.
uint32_t WriteAnnotation(BoundFile& b, const LinkArea& link, float height, uint32_t page, const std::string& date,
                         long long key) {
  PdfDictionary ad = LinkAnnotation(link, height, date, Ref(page));
  if (key >= 0) ad.AddKey(PdfName("StructParent"), static_cast<pdf_int64>(key));
  return b.Add(ad);
}

// Paints one page: its content stream and dictionary written, its marked-content ids recorded.
void PaintBoundPage(GlyphCoder& coder, BoundFile& b, Page& page, const std::vector<StructNode>& structure,
                    PieceElements& elements, const std::string& date, std::vector<PieceLink>& links) {
  std::array<bool, kFaceCount> faces{};
  std::vector<int> mcids;
  const std::string content = PaintPage(page, structure, coder, {}, &faces, &mcids);
  const size_t index = b.pages.size();
  const uint32_t number = b.sink.Reserve();
  b.pages.push_back(number);
  b.heights.push_back(page.height);
  for (size_t mcid = 0; mcid < mcids.size(); ++mcid) {
    const int node = mcids[mcid];
    b.parents.push_back(elements.number[node]);
    int& first = node == 0 ? b.root_first_page : elements.first_page[node];
    Kid kid = ContentKid(first, index, number, static_cast<uint32_t>(mcid));
    (node == 0 ? b.root_content : elements.content[node]).push_back(kid);
  }
  b.parents_at.push_back(b.parents.size());
  const size_t key = b.keys.size();
  b.keys.push_back(ParentKey{static_cast<uint32_t>(index), false});

  PdfDictionary pd;
  pd.AddKey(PdfName("Type"), PdfName("Page"));
  pd.AddKey(PdfName("Parent"), Ref(b.pages_root));
  pd.AddKey(PdfName("MediaBox"), Numbers({0.0, 0.0, page.width, page.height}));
  PdfDictionary resources, fonts;
  for (int f = 0; f < kFaceCount; ++f) {
    if (faces[f]) fonts.AddKey(PdfName(FontResource(static_cast<Face>(f))), Ref(b.Font(f)));
  }
  if (!fonts.GetKeys().empty()) resources.AddKey(PdfName("Font"), fonts);
  pd.AddKey(PdfName("Resources"), resources);
  pd.AddKey(PdfName("Contents"), Ref(b.AddStream(PdfDictionary(), content, Deflate(content))));
  if (!page.content.links.empty()) {
    PdfArray annots;
    for (const LinkArea& link : page.content.links) {
      const bool tagged = b.tagged && link.tag >= 0 && link.tag < static_cast<int>(structure.size());
      const uint32_t a = WriteAnnotation(b, link, page.height, number, date, tagged ? b.keys.size() : -1);
      if (tagged) {
        links.push_back(PieceLink{a, number, link.tag, b.keys.size()});
        b.keys.push_back(ParentKey{0, true});  // its Link element, made once the piece is painted
      }
      annots.push_back(Ref(a));
    }
    pd.AddKey(PdfName("Annots"), annots);
    pd.AddKey(PdfName("Tabs"), PdfName("S"));  // tab through links in structure order
  }
  if (b.tagged) pd.AddKey(PdfName("StructParents"), static_cast<pdf_int64>(key));
  b.Put(number, pd);
  page.content = Content();
}

// Writes the piece's elements (the root's waits for the end): each is final, its content having
// all been painted.
void WriteElements(BoundFile& b, const std::vector<StructNode>& structure, PieceElements& e) {
  const size_t n = structure.size();
  std::vector<std::vector<uint32_t>> children(n);
  for (size_t i = 1; i < n; ++i) {
    const int parent = structure[i].parent;
    if (parent == 0) b.root_elements.push_back(e.number[i]);
    if (parent > 0 && parent < static_cast<int>(n)) children[parent].push_back(e.number[i]);
  }
  for (size_t i = 1; i < n; ++i) {
    const StructNode& node = structure[i];
    PdfDictionary d;
    d.AddKey(PdfName("S"), PdfName(node.type));
    const int parent = node.parent;
    d.AddKey(PdfName("P"), Ref(parent > 0 && parent < static_cast<int>(n) ? e.number[parent] : b.root));
    PdfArray k;
    for (uint32_t child : children[i]) k.push_back(Ref(child));
    for (const Kid& kid : e.content[i]) k.push_back(KidValue(kid));
    ElementContent(d, k, node);
    if (e.first_page[i] >= 0) d.AddKey(PdfName("Pg"), Ref(b.pages[e.first_page[i]]));
    b.Put(e.number[i], d);
  }
}

// Each link annotation of the piece whose text is tagged gets a Link element inside that text's
// element, pointing back to it (OBJR); the annotation's parent-tree key is given at the end.
void AddLinks(BoundFile& b, const std::vector<PieceLink>& links, PieceElements& e) {
  for (const PieceLink& link : links) {
    PdfDictionary ld;
    ld.AddKey(PdfName("S"), PdfName("Link"));
    ld.AddKey(PdfName("P"), Ref(e.number[link.node]));
    PdfDictionary objr;
    objr.AddKey(PdfName("Type"), PdfName("OBJR"));
    objr.AddKey(PdfName("Obj"), Ref(link.annotation));
    ld.AddKey(PdfName("K"), objr);
    ld.AddKey(PdfName("Pg"), Ref(link.page));
    const uint32_t element = b.Add(ld);
    b.keys[link.key].value = element;
    if (link.node == 0) {
      b.root_links.push_back(element);
    } else {
      e.content[link.node].push_back(Kid{Kid::kObject, element, 0});
    }
  }
}

}  // namespace

namespace {

// Opens the next piece; the first brings the structure's root.
void BeginPiece(BoundFile& b, const std::vector<StructNode>& structure) {
  if (b.piece_open) return;
  b.piece_open = true;
  b.piece_base = b.nodes;
  if (b.nodes == 0 && !b.tagged && !structure.empty()) {
    b.tagged = true;
    b.root_node = structure.front();
    b.struct_root = b.sink.Reserve();
    b.root = b.sink.Reserve();
  }
  b.elements = PieceElements();
  b.links.clear();
}

// Numbers the piece's elements up to n (its root is the document's).
void GrowElements(BoundFile& b, size_t n, size_t room) {
  PieceElements& e = b.elements;
  if (e.number.capacity() < room) {  // as much as the structure has made room for, at once
    e.number.reserve(room);
    e.first_page.reserve(room);
    e.content.reserve(room);
  }
  while (e.number.size() < n) {
    e.number.push_back(e.number.empty() ? b.root : b.sink.Reserve());
    e.first_page.push_back(-1);
    e.content.emplace_back();
  }
}

// The piece's elements written, now that all its content is painted.
void ClosePiece(BoundFile& b, const std::vector<StructNode>& structure) {
  const size_t n = structure.size();
  GrowElements(b, n, n);
  if (b.tagged) b.nodes = (b.piece_base == 0 ? 0 : b.piece_base - 1) + n;
  AddLinks(b, b.links, b.elements);
  WriteElements(b, structure, b.elements);
  b.elements = PieceElements();
  b.links.clear();
  b.piece_open = false;
  b.peak_while_adding = b.sink.peak_held();
}

Status NoImages(bool any) {
  return any ? Status::Internal("внутренняя ошибка: изображение в документе, который пишется по частям") : Status::Ok();
}

}  // namespace

Status PdfWriter::Impl::PaintBound(LaidOutDocument&& piece, const std::string& date) {
  BoundFile& b = *bound;
  if (Status s = NoImages(!piece.images.empty()); !s.ok()) return s;
  return Guarded([&]() -> Status {
    if (b.nodes == 0 && !piece.structure.empty()) BeginPiece(b, piece.structure);
    if (!b.tagged && !piece.structure.empty()) return Status::Internal("внутренняя ошибка: структура PDF без корня");
    if (b.tagged && !LocalStructure(piece, b.nodes, b.root_node)) {
      return Status::Internal("внутренняя ошибка: часть PDF ссылается на уже записанную структуру");
    }
    BeginPiece(b, piece.structure);
    GrowElements(b, piece.structure.size(), piece.structure.size());
    for (OutlineEntry& e : piece.outline) b.outline.push_back(std::move(e));
    for (Page& page : piece.pages) PaintBoundPage(*this, b, page, piece.structure, b.elements, date, b.links);
    ClosePiece(b, piece.structure);
    return status;
  });
}

Status PdfWriter::Impl::AddBoundPage(Page&& page, const std::vector<StructNode>& structure, const std::string& date) {
  BoundFile& b = *bound;
  if (Status s = NoImages(!page.content.images.empty()); !s.ok()) return s;
  return Guarded([&]() -> Status {
    BeginPiece(b, structure);
    if (!b.tagged && !structure.empty()) return Status::Internal("внутренняя ошибка: структура PDF без корня");
    GrowElements(b, structure.size(), structure.capacity());
    PaintBoundPage(*this, b, page, structure, b.elements, date, b.links);
    return status;
  });
}

Status PdfWriter::Impl::EndBoundPiece(LaidOutDocument&& rest) {
  BoundFile& b = *bound;
  if (Status s = NoImages(!rest.images.empty()); !s.ok()) return s;
  return Guarded([&]() -> Status {
    BeginPiece(b, rest.structure);
    if (!b.tagged && !rest.structure.empty()) return Status::Internal("внутренняя ошибка: структура PDF без корня");
    for (OutlineEntry& e : rest.outline) b.outline.push_back(std::move(e));
    ClosePiece(b, rest.structure);
    return status;
  });
}

namespace {

// The root of a tree of thousands of kids, written in parts: held whole as a PdfArray it would
// cost about a hundred bytes a kid.
class BigObject {
 public:
  BigObject(ObjectSink& sink, uint32_t number) : sink_(sink) { sink_.Begin(number); }
  void Text(std::string_view text) {
    part_ += text;
    if (part_.size() > (1 << 16)) Flush();
  }
  void Reference(uint32_t number) {
    AppendReference(part_, number);
    part_ += ' ';
  }
  void End() {
    Flush();
    sink_.End();
  }

 private:
  void Flush() {
    sink_.Append(part_);
    part_.clear();
  }
  ObjectSink& sink_;
  std::string part_;
};

void WritePagesRoot(BoundFile& b) {
  BigObject o(b.sink, b.pages_root);
  o.Text("<</Count " + std::to_string(b.pages.size()) + "/Kids[");
  for (uint32_t page : b.pages) o.Reference(page);
  o.Text("]/Type/Pages>>");
  o.End();
}

// The root element, the parent tree and the structure tree root; returns the tree root.
uint32_t WriteStructure(BoundFile& b) {
  {
    BigObject o(b.sink, b.root);
    const size_t count = b.root_elements.size() + b.root_content.size() + b.root_links.size();
    o.Text(count == 1 ? "<</K " : "<</K[");
    for (uint32_t e : b.root_elements) o.Reference(e);
    for (const Kid& kid : b.root_content) o.Text(b.Bytes(KidValue(kid)) + " ");
    for (uint32_t l : b.root_links) o.Reference(l);
    o.Text(count == 1 ? "/P " : "]/P ");
    o.Reference(b.struct_root);
    if (b.root_first_page >= 0) {
      o.Text("/Pg ");
      o.Reference(b.pages[b.root_first_page]);
    }
    o.Text("/S" + b.Bytes(PdfName(b.root_node.type)) + ">>");
    o.End();
  }
  const uint32_t tree = b.sink.Reserve();
  {
    BigObject o(b.sink, tree);
    o.Text("<</Nums[");
    for (size_t key = 0; key < b.keys.size(); ++key) {
      o.Text(std::to_string(key) + (b.keys[key].link ? " " : "["));
      if (b.keys[key].link) {
        o.Reference(b.keys[key].value);
        continue;
      }
      const size_t p = b.keys[key].value;
      for (size_t i = b.parents_at[p]; i < b.parents_at[p + 1]; ++i) o.Reference(b.parents[i]);
      o.Text("]");
    }
    o.Text("]>>");
    o.End();
  }
  PdfDictionary r;
  r.AddKey(PdfName("Type"), PdfName("StructTreeRoot"));
  r.AddKey(PdfName("K"), Ref(b.root));
  r.AddKey(PdfName("ParentTree"), Ref(tree));
  r.AddKey(PdfName("ParentTreeNextKey"), static_cast<pdf_int64>(b.keys.size()));
  b.Put(b.struct_root, r);
  return b.struct_root;
}

// The outline from the headings, as the document in memory makes it: items nest by level, each
// opens its heading. Links between items are worked out as indices first, so each item's
// dictionary is made, written and let go in turn.
uint32_t WriteOutline(BoundFile& b, const std::string& title) {
  struct Item {
    size_t entry;
    int level;
    int parent = -1;  // -1: the outline root
    int prev = -1, next = -1, first = -1, last = -1, count = 0;
  };
  std::vector<Item> items;
  std::vector<int> stack;
  int top_first = -1, top_last = -1, top_count = 0;
  for (size_t i = 0; i < b.outline.size(); ++i) {
    const OutlineEntry& e = b.outline[i];
    if (e.page < 0 || e.page >= static_cast<int>(b.pages.size())) continue;
    while (!stack.empty() && items[stack.back()].level >= e.level) stack.pop_back();
    const int index = static_cast<int>(items.size());
    Item item{i, e.level};
    item.parent = stack.empty() ? -1 : stack.back();
    int& first = item.parent < 0 ? top_first : items[item.parent].first;
    int& last = item.parent < 0 ? top_last : items[item.parent].last;
    int& count = item.parent < 0 ? top_count : items[item.parent].count;
    if (last >= 0) {
      items[last].next = index;
      item.prev = last;
    }
    if (first < 0) first = index;
    last = index;
    ++count;
    items.push_back(item);
    stack.push_back(index);
  }
  if (items.empty()) return 0;
  const uint32_t root = b.sink.Reserve();
  std::vector<uint32_t> number(items.size());
  for (uint32_t& n : number) n = b.sink.Reserve();
  auto children = [&](PdfDictionary& d, int first, int last, int count) {
    if (count == 0) return;
    d.AddKey(PdfName("First"), Ref(number[first]));
    d.AddKey(PdfName("Last"), Ref(number[last]));
    d.AddKey(PdfName("Count"), static_cast<pdf_int64>(count));
  };
  PdfDictionary rd;
  rd.AddKey(PdfName("Type"), PdfName("Outlines"));
  children(rd, top_first, top_last, top_count);
  b.Put(root, rd);
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    const OutlineEntry& e = b.outline[item.entry];
    PdfDictionary d;
    d.AddKey(PdfName("Title"), Utf8(e.title.empty() ? title : e.title));
    PdfArray dest;
    dest.push_back(Ref(b.pages[e.page]));
    dest.push_back(PdfName("XYZ"));
    dest.push_back(static_cast<double>(kMarginLeft));
    dest.push_back(static_cast<double>(b.heights[e.page]) - e.y);
    dest.push_back(static_cast<pdf_int64>(0));
    d.AddKey(PdfName("Dest"), dest);
    d.AddKey(PdfName("Parent"), Ref(item.parent < 0 ? root : number[item.parent]));
    if (item.prev >= 0) d.AddKey(PdfName("Prev"), Ref(number[item.prev]));
    if (item.next >= 0) d.AddKey(PdfName("Next"), Ref(number[item.next]));
    children(d, item.first, item.last, item.count);
    b.Put(number[i], d);
  }
  return root;
}

uint32_t WriteInfo(BoundFile& b, const DocumentInfo& info) {
  PdfDictionary d;
  if (!info.title.empty()) d.AddKey(PdfName("Title"), Utf8(info.title));
  if (!info.author.empty()) d.AddKey(PdfName("Author"), Utf8(info.author));
  if (!info.subject.empty()) d.AddKey(PdfName("Subject"), Utf8(info.subject));
  d.AddKey(PdfName("Creator"), PdfString("nastavnik"));
  d.AddKey(PdfName("Producer"), PdfString("nastavnik (PoDoFo 0.9.8)"));
  d.AddKey(PdfName("CreationDate"), PdfString(info.date));
  d.AddKey(PdfName("ModDate"), PdfString(info.date));
  return b.Add(d);
}

}  // namespace

Status PdfWriter::Impl::FinishBound(const DocumentInfo& info, std::iostream& out) {
  BoundFile& b = *bound;
  return Guarded([&]() -> Status {
    b.peak_while_adding = b.sink.peak_held();
    PdfDictionary catalog;
    catalog.AddKey(PdfName("Type"), PdfName("Catalog"));
    catalog.AddKey(PdfName("Pages"), Ref(b.pages_root));
    WritePagesRoot(b);
    for (int f = 0; f < kFaceCount; ++f) {
      if (!b.fonts[f]) continue;
      PdfDictionary type0 = FontObjects(f, [&](const char* type, PdfDictionary&& d, const std::string* data,
                                               const std::string* packed) {
        if (type) d.AddKey(PdfName("Type"), PdfName(type));
        return Ref(data ? b.AddStream(std::move(d), *data, *packed) : b.Add(d));
      });
      type0.AddKey(PdfName("Type"), PdfName("Font"));
      b.Put(b.fonts[f], type0);
    }
    if (!status.ok()) return status;
    if (const uint32_t outline = WriteOutline(b, info.title)) catalog.AddKey(PdfName("Outlines"), Ref(outline));
    if (b.tagged) {
      MarkTagged(catalog, Ref(WriteStructure(b)));
    }
    // XMP metadata repeating the Info dictionary, which readers of tagged PDF look for.
    const std::string xmp = XmpPacket(info.title, info.author, info.subject, info.lang.empty() ? "ru-RU" : info.lang,
                                      info.date);
    PdfDictionary metadata;
    metadata.AddKey(PdfName("Type"), PdfName("Metadata"));
    metadata.AddKey(PdfName("Subtype"), PdfName("XML"));
    catalog.AddKey(PdfName("Metadata"), Ref(b.AddStream(std::move(metadata), xmp, std::string())));
    catalog.AddKey(PdfName("Lang"), PdfString(info.lang.empty() ? "ru-RU" : info.lang));
    PdfDictionary preferences;
    preferences.AddKey(PdfName("DisplayDocTitle"), PdfVariant(true));
    catalog.AddKey(PdfName("ViewerPreferences"), preferences);
    const uint32_t info_number = WriteInfo(b, info);
    const uint32_t catalog_number = b.Add(catalog);
    const bool written = b.sink.Finish(catalog_number, info_number);
    bound_peak = b.peak_while_adding;
    bound.reset();
    if (!written || !out || !SetFileIdentifier(out)) return Status::Internal("не удалось записать PDF в файл");
    return Status::Ok();
  });
}

size_t PdfWriter::objects_held_peak() const { return impl_->bound ? impl_->bound->sink.peak_held() : impl_->bound_peak; }

}  // namespace nastavnik::render::pdf
