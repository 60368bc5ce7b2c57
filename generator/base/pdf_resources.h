// What the PDF documents need besides a school's own files: the font files and the Russian
// hyphenation patterns. load/resources.h reads them from the installed data folder; render/pdf
// gets them as bytes and never opens a file.
#pragma once

#include <map>
#include <string>

namespace nastavnik {

/// The font files the documents are set in (render/pdf/font_files.h says which face each holds):
/// load/ reads exactly these, so that every missing one is named in one run.
inline constexpr const char* kPdfFontFiles[] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                                "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
                                                "LiberationMono-Regular.ttf"};

/// The face the site's charts are measured with (Liberation Sans, Arial's metrics): read with the
/// documents' fonts, so that the same labels wrap the same everywhere and one loader reads files.
inline constexpr const char* kChartFontFile = "LiberationSans-Regular.ttf";

struct PdfResources {
  /// Font file name ("LiberationSerif-Regular.ttf", kChartFontFile) → the file's bytes.
  std::map<std::string, std::string> fonts;
  /// libhyphen patterns for Russian (hyph_ru_RU.dic of Debian's hyphen-ru, KOI8-R encoded).
  std::string hyphenation;
  /// Where they were read from, for messages: "…/share/nastavnik/fonts" and the dictionary's path.
  std::string fonts_shown = "fonts";
  std::string hyphenation_shown = "hyph_ru_RU.dic";
};

}  // namespace nastavnik
