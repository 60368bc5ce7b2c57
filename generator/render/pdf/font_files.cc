#include "render/pdf/font_files.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <string_view>
#include <vector>

#include "render/pdf/hyphenate.h"
#include "render/pdf/pdf.h"
#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {

namespace {

std::string NoFont(const PdfResources* resources, const std::string& file) {
  return "нет файла шрифта " + (resources ? resources->fonts_shown + "/" : std::string()) + file +
         ": переустановите nastavnik";
}

}  // namespace

// Font files are parsed once per process and shared by every document of a build; the cache
// holds the resources it parsed, so a key's address is never reused for other bytes.
Result<std::shared_ptr<const TrueTypeFont>> LoadFont(const std::shared_ptr<const PdfResources>& resources,
                                                     const std::string& file) {
  static std::mutex mutex;
  static std::map<std::pair<const PdfResources*, std::string>, std::shared_ptr<const TrueTypeFont>> cache;
  static std::vector<std::shared_ptr<const PdfResources>> held;
  std::lock_guard<std::mutex> lock(mutex);
  const auto key = std::make_pair(resources.get(), file);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  auto bytes = resources ? resources->fonts.find(file) : decltype(resources->fonts.end())();
  if (!resources || bytes == resources->fonts.end()) return Status::Internal(NoFont(resources.get(), file));
  Result<std::shared_ptr<const TrueTypeFont>> font =
      TrueTypeFont::Parse(std::string(bytes->second), resources->fonts_shown + "/" + file);
  if (!font.ok()) return font;
  if (std::find(held.begin(), held.end(), resources) == held.end()) held.push_back(resources);
  cache[key] = *font;
  return font;
}

Result<CodePointSet> PrintableCodePoints(const std::shared_ptr<const PdfResources>& resources) {
  std::vector<std::shared_ptr<const TrueTypeFont>> faces;
  std::string missing;
  for (const FaceFile& f : kFaceFiles) {
    Result<std::shared_ptr<const TrueTypeFont>> font = LoadFont(resources, f.file);
    if (!font.ok()) {
      missing += (missing.empty() ? "" : "; ") + font.status().message();
      continue;
    }
    // The text faces only: Liberation Mono lacks thin and narrow no-break spaces that a school's
    // numbers carry, and it sets nothing but code, which input data never becomes.
    if (std::string_view(f.family) == "Liberation Serif") faces.push_back(*font);
  }
  if (!missing.empty()) return Status::Internal(missing);
  if (!Hyphenator::Shared(resources)) {
    return Status::Internal("словарь переносов " + resources->hyphenation_shown +
                            " не читается: переустановите nastavnik");
  }
  // The layout engine sets the Basic Multilingual Plane only (text_layout.cc AppendChar).
  CodePointSet printable;
  for (char32_t c = 0; c < 0x10000; ++c) {
    bool every = std::all_of(faces.begin(), faces.end(), [c](const auto& font) { return font->Glyph(c) != 0; });
    if (every || PrintsNothing(c)) printable.Add(c);
  }
  return printable;
}

}  // namespace nastavnik::render::pdf
