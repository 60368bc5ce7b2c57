#include "render/pdf/font_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <string_view>
#include <vector>

#include "render/pdf/pdf.h"
#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {

// Font files are parsed once per process and shared by every document of a build.
Result<std::shared_ptr<const TrueTypeFont>> LoadFont(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TrueTypeFont>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Internal("нет файла шрифта " + path + " (пакет fonts-liberation2)");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Result<std::shared_ptr<const TrueTypeFont>> font = TrueTypeFont::Parse(std::move(bytes), path);
  if (font.ok()) cache[path] = *font;
  return font;
}

Result<CodePointSet> PrintableCodePoints(const std::string& fonts_dir) {
  std::vector<std::shared_ptr<const TrueTypeFont>> faces;
  for (const FaceFile& f : kFaceFiles) {
    // The text faces only: Liberation Mono lacks thin and narrow no-break spaces that a school's
    // numbers carry, and it sets nothing but code, which input data never becomes.
    if (std::string_view(f.family) != "Liberation Serif") continue;
    Result<std::shared_ptr<const TrueTypeFont>> font = LoadFont((std::filesystem::path(fonts_dir) / f.file).string());
    if (!font.ok()) return font.status();
    faces.push_back(*font);
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
