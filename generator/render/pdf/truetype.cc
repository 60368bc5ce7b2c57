#include "render/pdf/truetype.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace nastavnik::render::pdf {

namespace {

uint32_t U32(std::string_view b, size_t at) {
  if (at + 4 > b.size()) return 0;
  return static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 | static_cast<unsigned char>(b[at + 3]);
}
uint16_t U16(std::string_view b, size_t at) {
  if (at + 2 > b.size()) return 0;
  return static_cast<uint16_t>(static_cast<unsigned char>(b[at]) << 8 | static_cast<unsigned char>(b[at + 1]));
}
int16_t S16(std::string_view b, size_t at) { return static_cast<int16_t>(U16(b, at)); }

void Put16(std::string& out, uint16_t v) {
  out += static_cast<char>(v >> 8);
  out += static_cast<char>(v & 0xff);
}
void Put32(std::string& out, uint32_t v) {
  Put16(out, static_cast<uint16_t>(v >> 16));
  Put16(out, static_cast<uint16_t>(v & 0xffff));
}
void Set32(std::string& out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) out[at + i] = static_cast<char>(v >> (24 - 8 * i));
}

uint32_t Checksum(std::string_view data) {
  uint32_t sum = 0;
  for (size_t i = 0; i < data.size(); i += 4) {
    uint32_t word = 0;
    for (size_t k = 0; k < 4; ++k) word = word << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0);
    sum += word;
  }
  return sum;
}

// Composite glyph component flags (OpenType glyf table).
constexpr uint16_t kArgsAreWords = 0x0001;
constexpr uint16_t kHaveScale = 0x0008;
constexpr uint16_t kMoreComponents = 0x0020;
constexpr uint16_t kHaveXYScale = 0x0040;
constexpr uint16_t kHaveTwoByTwo = 0x0080;
constexpr uint16_t kHaveInstructions = 0x0100;

// Walks a composite glyph's components: calls f(offset of the component's flags, glyph index)
// and returns the offset where the components end.
template <typename F>
size_t Components(std::string_view g, F f) {
  size_t at = 10;
  while (at + 4 <= g.size()) {
    const uint16_t flags = U16(g, at);
    f(at, U16(g, at + 2));
    at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
    if (flags & kHaveScale) at += 2;
    else if (flags & kHaveXYScale) at += 4;
    else if (flags & kHaveTwoByTwo) at += 8;
    if (!(flags & kMoreComponents)) break;
  }
  return std::min(at, g.size());
}

// The glyph without its hinting instructions.
std::string StripInstructions(std::string_view g) {
  if (g.size() < 10) return std::string(g);
  const int16_t contours = S16(g, 0);
  if (contours >= 0) {
    const size_t ends = 10 + 2 * static_cast<size_t>(contours);
    if (ends + 2 > g.size()) return std::string(g);
    const size_t length = U16(g, ends);
    if (ends + 2 + length > g.size()) return std::string(g);
    std::string out(g.substr(0, ends));
    Put16(out, 0);
    out += g.substr(ends + 2 + length);
    return out;
  }
  std::string out(g);
  const size_t end = Components(g, [&](size_t at, uint16_t) {
    const uint16_t flags = U16(g, at) & ~kHaveInstructions;
    out[at] = static_cast<char>(flags >> 8);
    out[at + 1] = static_cast<char>(flags & 0xff);
  });
  out.resize(end);
  return out;
}

}  // namespace

Result<std::shared_ptr<const TrueTypeFont>> TrueTypeFont::Parse(std::string bytes, const std::string& name) {
  auto font = std::make_shared<TrueTypeFont>();
  font->bytes_ = std::move(bytes);
  std::string_view b = font->bytes_;
  auto bad = [&](const std::string& what) {
    return Status::Internal("шрифт " + name + " повреждён или не TrueType: " + what);
  };
  if (b.size() < 12 || (U32(b, 0) != 0x00010000 && U32(b, 0) != 0x74727565)) return bad("нет заголовка");
  const int tables = U16(b, 4);
  Table os2, post, cmap;
  for (int i = 0; i < tables; ++i) {
    const size_t rec = 12 + 16 * static_cast<size_t>(i);
    const std::string tag(b.substr(rec, 4));
    Table t{U32(b, rec + 8), U32(b, rec + 12)};
    if (static_cast<size_t>(t.offset) + t.length > b.size()) return bad("таблица " + tag + " за концом файла");
    if (tag == "head") font->head_ = t;
    else if (tag == "hhea") font->hhea_ = t;
    else if (tag == "maxp") font->maxp_ = t;
    else if (tag == "hmtx") font->hmtx_ = t;
    else if (tag == "loca") font->loca_ = t;
    else if (tag == "glyf") font->glyf_ = t;
    else if (tag == "OS/2") os2 = t;
    else if (tag == "post") post = t;
    else if (tag == "cmap") cmap = t;
  }
  for (const Table* t : {&font->head_, &font->hhea_, &font->maxp_, &font->hmtx_, &font->loca_, &font->glyf_, &cmap}) {
    if (t->length == 0) return bad("нет одной из таблиц head, hhea, maxp, hmtx, loca, glyf, cmap");
  }
  font->units_per_em_ = std::max<int>(16, U16(b, font->head_.offset + 18));
  font->long_loca_ = S16(b, font->head_.offset + 50) == 1;
  font->glyph_count_ = U16(b, font->maxp_.offset + 4);
  font->metrics_count_ = std::max<int>(1, U16(b, font->hhea_.offset + 34));
  auto scale = [&](int v) { return static_cast<int>(std::lround(v * 1000.0 / font->units_per_em_)); };
  font->ascent_ = scale(S16(b, font->hhea_.offset + 4));
  font->descent_ = scale(S16(b, font->hhea_.offset + 6));
  font->bbox_ = {scale(S16(b, font->head_.offset + 36)), scale(S16(b, font->head_.offset + 38)),
                 scale(S16(b, font->head_.offset + 40)), scale(S16(b, font->head_.offset + 42))};
  font->cap_height_ = os2.length >= 90 ? scale(S16(b, os2.offset + 88)) : font->ascent_;
  if (post.length >= 8) font->italic_angle_ = static_cast<float>(static_cast<int32_t>(U32(b, post.offset + 4))) / 65536.0f;

  // cmap: the Unicode subtables, format 4 (BMP) and format 12 (all planes).
  font->bmp_.assign(65536, 0);
  const size_t subtables = U16(b, cmap.offset + 2);
  for (size_t i = 0; i < subtables; ++i) {
    const size_t rec = cmap.offset + 4 + 8 * i;
    const uint16_t platform = U16(b, rec), encoding = U16(b, rec + 2);
    const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
    if (!unicode) continue;
    const size_t st = cmap.offset + U32(b, rec + 4);
    const uint16_t format = U16(b, st);
    if (format == 4) {
      const size_t segs = U16(b, st + 6) / 2;
      const size_t ends = st + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
      for (size_t s = 0; s < segs; ++s) {
        const uint32_t end = U16(b, ends + 2 * s), start = U16(b, starts + 2 * s);
        const uint16_t delta = U16(b, deltas + 2 * s), range = U16(b, offsets + 2 * s);
        for (uint32_t c = start; c <= end && c < 0xffff; ++c) {
          uint16_t g;
          if (range == 0) {
            g = static_cast<uint16_t>(c + delta);
          } else {
            const size_t at = offsets + 2 * s + range + 2 * (c - start);
            g = U16(b, at);
            if (g != 0) g = static_cast<uint16_t>(g + delta);
          }
          if (g != 0 && font->bmp_[c] == 0) font->bmp_[c] = g;
        }
      }
    } else if (format == 12) {
      const uint32_t groups = U32(b, st + 12);
      for (uint32_t k = 0; k < groups && st + 16 + 12 * (k + 1) <= b.size(); ++k) {
        const size_t g = st + 16 + 12 * static_cast<size_t>(k);
        const uint32_t start = U32(b, g), end = U32(b, g + 4), glyph = U32(b, g + 8);
        for (uint32_t c = start; c <= end && c <= 0x10ffff && end - start < 0x10000; ++c) {
          const uint16_t id = static_cast<uint16_t>(glyph + (c - start));
          if (c < 0x10000) {
            if (font->bmp_[c] == 0) font->bmp_[c] = id;
          } else {
            font->astral_.emplace_back(c, id);
          }
        }
      }
    }
  }
  std::sort(font->astral_.begin(), font->astral_.end());
  return std::shared_ptr<const TrueTypeFont>(std::move(font));
}

uint16_t TrueTypeFont::Glyph(char32_t c) const {
  if (c < 0x10000) return bmp_[c];
  auto it = std::lower_bound(astral_.begin(), astral_.end(), std::make_pair(c, uint16_t{0}));
  return it != astral_.end() && it->first == c ? it->second : 0;
}

float TrueTypeFont::Advance(uint16_t glyph) const {
  const int m = std::min<int>(glyph, metrics_count_ - 1);
  return static_cast<float>(U16(bytes_, hmtx_.offset + 4 * static_cast<size_t>(m))) / static_cast<float>(units_per_em_);
}

int TrueTypeFont::Width(uint16_t glyph) const {
  const int m = std::min<int>(glyph, metrics_count_ - 1);
  return static_cast<int>(std::lround(U16(bytes_, hmtx_.offset + 4 * static_cast<size_t>(m)) * 1000.0 / units_per_em_));
}

uint32_t TrueTypeFont::GlyphOffset(int glyph) const {
  return long_loca_ ? U32(bytes_, loca_.offset + 4 * static_cast<size_t>(glyph))
                    : 2u * U16(bytes_, loca_.offset + 2 * static_cast<size_t>(glyph));
}

std::string_view TrueTypeFont::GlyphData(int glyph) const {
  if (glyph < 0 || glyph >= glyph_count_) return {};
  const uint32_t from = GlyphOffset(glyph), to = GlyphOffset(glyph + 1);
  if (to <= from || glyf_.offset + static_cast<size_t>(to) > bytes_.size() || to > glyf_.length) return {};
  return std::string_view(bytes_).substr(glyf_.offset + from, to - from);
}

std::string TrueTypeFont::Subset(std::vector<uint16_t> glyphs) const {
  if (glyphs.empty() || glyphs[0] != 0) glyphs.insert(glyphs.begin(), 0);
  std::map<uint16_t, uint16_t> renumbered;  // old id → new id
  for (size_t i = 0; i < glyphs.size(); ++i) renumbered.emplace(glyphs[i], static_cast<uint16_t>(i));
  // Components of composite glyphs come along, and their components in turn.
  for (size_t i = 0; i < glyphs.size(); ++i) {
    std::string_view data = GlyphData(glyphs[i]);
    if (data.size() < 10 || S16(data, 0) >= 0) continue;
    Components(data, [&](size_t, uint16_t component) {
      if (component < glyph_count_ && renumbered.emplace(component, static_cast<uint16_t>(glyphs.size())).second) {
        glyphs.push_back(component);
      }
    });
  }
  std::string glyf, loca, hmtx;
  for (uint16_t old : glyphs) {
    Put32(loca, static_cast<uint32_t>(glyf.size()));
    const int m = std::min<int>(old, metrics_count_ - 1);
    Put16(hmtx, U16(bytes_, hmtx_.offset + 4 * static_cast<size_t>(m)));
    Put16(hmtx, old < metrics_count_ ? U16(bytes_, hmtx_.offset + 4 * static_cast<size_t>(old) + 2)
                                     : U16(bytes_, hmtx_.offset + 4 * static_cast<size_t>(metrics_count_) +
                                                       2 * static_cast<size_t>(old - metrics_count_)));
    std::string g = StripInstructions(GlyphData(old));
    if (g.size() >= 10 && S16(g, 0) < 0) {
      const std::string copy = g;
      Components(copy, [&](size_t at, uint16_t component) {
        const uint16_t id = renumbered.count(component) ? renumbered[component] : 0;
        g[at + 2] = static_cast<char>(id >> 8);
        g[at + 3] = static_cast<char>(id & 0xff);
      });
    }
    glyf += g;
    while (glyf.size() % 4) glyf += '\0';
  }
  Put32(loca, static_cast<uint32_t>(glyf.size()));
  const uint16_t count = static_cast<uint16_t>(glyphs.size());

  std::string_view b = bytes_;
  std::string head(b.substr(head_.offset, head_.length));
  Set32(head, 8, 0);                 // checkSumAdjustment, set below
  head[50] = 0;                      // indexToLocFormat: long offsets
  head[51] = 1;
  std::string maxp(b.substr(maxp_.offset, maxp_.length));
  maxp[4] = static_cast<char>(count >> 8);  // numGlyphs
  maxp[5] = static_cast<char>(count & 0xff);
  if (maxp.size() >= 32) maxp[26] = maxp[27] = 0;  // maxSizeOfInstructions
  std::string hhea(b.substr(hhea_.offset, hhea_.length));
  hhea[34] = static_cast<char>(count >> 8);  // numberOfHMetrics: every glyph has its own
  hhea[35] = static_cast<char>(count & 0xff);
  std::map<std::string, std::string> tables = {
      {"glyf", std::move(glyf)}, {"head", std::move(head)}, {"hhea", std::move(hhea)},
      {"hmtx", std::move(hmtx)}, {"loca", std::move(loca)},      {"maxp", std::move(maxp)},
  };
  std::string out;
  const uint16_t table_count = static_cast<uint16_t>(tables.size());
  uint16_t power = 1, log = 0;
  while (power * 2 <= table_count) {
    power *= 2;
    ++log;
  }
  Put32(out, 0x00010000);
  Put16(out, table_count);
  Put16(out, static_cast<uint16_t>(power * 16));
  Put16(out, log);
  Put16(out, static_cast<uint16_t>(table_count * 16 - power * 16));
  size_t offset = 12 + 16 * tables.size();
  size_t head_at = 0;
  for (const auto& [tag, data] : tables) {  // std::map: tags in ascending order, as the spec asks
    out += tag;
    Put32(out, Checksum(data));
    Put32(out, static_cast<uint32_t>(offset));
    Put32(out, static_cast<uint32_t>(data.size()));
    if (tag == "head") head_at = offset;
    offset += (data.size() + 3) / 4 * 4;
  }
  for (const auto& [tag, data] : tables) {
    out += data;
    while (out.size() % 4) out += '\0';
  }
  Set32(out, head_at + 8, 0xB1B0AFBAu - Checksum(out));
  return out;
}

}  // namespace nastavnik::render::pdf
