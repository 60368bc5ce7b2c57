// Stage 1 (load): turning a text file's bytes into UTF-8, deciding UTF-8 versus Windows-1251 for
// the whole file, and refusing files that are not plain text (UTF-16, Excel workbooks).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace nastavnik::load {

struct DecodedText {
  std::string text;      // UTF-8, without a BOM
  std::string encoding;  // what it was decoded from: "utf-8" or "cp1251"
};

/// "auto", "utf-8" or "cp1251" for a spelling from the config (any case; also "utf8",
/// "windows-1251", "cp-1251", "1251"); "" when the spelling is unknown.
std::string CanonicalEncodingName(std::string_view name);

/// What "auto" means for these bytes (BOM already removed): "utf-8" when they are valid UTF-8,
/// else "cp1251". One exception: short Windows-1251 text can be valid UTF-8 by accident
/// ("Вё" is C2 B8), so valid UTF-8 that holds no Cyrillic letter while every non-ASCII byte is a
/// Windows-1251 Cyrillic letter counts as "cp1251".
std::string DetectEncoding(std::string_view bytes);

/// Decodes a whole file. requested is "auto", "utf-8" or "cp1251" (see CanonicalEncodingName).
/// A UTF-8 BOM is stripped and forces "utf-8". Errors: UTF-16, an Excel/LibreOffice workbook, a
/// NUL byte, bytes invalid in the chosen encoding, a file mixing UTF-8 and Windows-1251 lines.
/// Error Locations carry line and column (code points of that line) but no path: the caller
/// knows the path and fills it in.
Result<DecodedText> DecodeText(std::string_view bytes, std::string_view requested);

/// DecodeText without the name of the encoding chosen.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view encoding);

/// UTF-8 text as Windows-1251 bytes; a character that encoding lacks is an error at its place.
Result<std::string> Utf8ToCp1251(std::string_view utf8_text);

}  // namespace nastavnik::load
