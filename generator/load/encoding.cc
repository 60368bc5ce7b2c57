// Stage 1 (load): decoding a file's bytes to UTF-8. Windows-1251 uses our own table rather than
// iconv, so the result never depends on the machine's locale or glibc's charset modules.
#include "load/encoding.h"

#include <array>

#include "base/utf8.h"

namespace nastavnik::load {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Windows-1251 bytes 0x80..0xBF; 0xC0..0xFF are А..я in order. 0x98 is unassigned (0), as in
// glibc's and Python's tables: such a byte means the file is not Windows-1251 at all.
constexpr std::array<char16_t, 64> kCp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,  // 88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,  // 98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,  // A0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,  // A8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,  // B0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,  // B8
};

const char kUtf16Message[] =
    "файл в кодировке UTF-16 (Excel «Текст Юникод»): сохраните его как «CSV UTF-8» или "
    "«CSV (разделители — точка с запятой)»";
const char kWorkbookMessage[] =
    "это не CSV, а книга Excel или LibreOffice: сохраните её как «CSV UTF-8» или "
    "«CSV (разделители — точка с запятой)»";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

using utf8::HexByte;

// Line and column of a byte, counting lines as the CSV parser does (LF, CRLF or a lone CR) and
// columns in characters: UTF-8 code points, or bytes for a single-byte encoding.
Location PositionOf(std::string_view s, size_t offset, bool utf8) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  for (size_t i = line_start; i < offset; ++i) {
    column += !utf8 || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
  return Location{"", line, column};
}

bool IsCp1251Letter(unsigned char b) { return b >= 0xC0 || b == 0xA8 || b == 0xB8; }

// Code points U+0400..U+04FF in valid UTF-8: their lead bytes are D0..D3.
int CountCyrillicUtf8(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += c >= 0xD0 && c <= 0xD3;
  return n;
}

Result<std::string> Cp1251ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char b = s[i];
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
    } else if (b >= 0xC0) {
      utf8::Append(&out, 0x0410 + (b - 0xC0));
    } else if (char16_t c = kCp1251High[b - 0x80]; c != 0) {
      utf8::Append(&out, c);
    } else {
      return Status::Input("байт " + HexByte(b) +
                               " не означает никакого символа в Windows-1251: проверьте "
                               "кодировку файла",
                           PositionOf(s, i, false));
    }
  }
  return out;
}

std::string DisplayName(int kind) { return kind == 1 ? "UTF-8" : "Windows-1251"; }

// A file glued together from a UTF-8 and a Windows-1251 export decodes "fine" as Windows-1251,
// turning the UTF-8 half into «Р˜РІР°РЅРѕРІ». Classify each line that has non-ASCII bytes:
// invalid UTF-8 is Windows-1251; valid UTF-8 with two or more Cyrillic letters is UTF-8 (one
// letter can be a Windows-1251 accident like "Рё"); the first classified line sets the file's
// encoding and the first line of the other kind is the error.
Status CheckSingleEncoding(std::string_view s) {
  int file_kind = 0, file_line = 0, line = 1;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of("\r\n", start);
    if (end == kNone) end = s.size();
    std::string_view text = s.substr(start, end - start);
    size_t non_ascii = 0;
    while (non_ascii < text.size() && static_cast<unsigned char>(text[non_ascii]) < 0x80) {
      ++non_ascii;
    }
    if (non_ascii < text.size()) {
      size_t bad = utf8::FirstInvalid(text);
      int kind = bad != kNone ? 2 : CountCyrillicUtf8(text) >= 2 ? 1 : 0;
      if (kind != 0 && file_kind == 0) {
        file_kind = kind;
        file_line = line;
      } else if (kind != 0 && kind != file_kind) {
        Location where = PositionOf(s, start + (kind == 2 ? bad : non_ascii), true);
        return Status::Input("кодировка этой строки (" + DisplayName(kind) +
                                 ") не совпадает с кодировкой строки " + std::to_string(file_line) +
                                 " (" + DisplayName(file_kind) +
                                 "): сохраните весь файл в одной кодировке",
                             where);
      }
    }
    start = end + 1;
    if (end < s.size() && s[end] == '\r' && start < s.size() && s[start] == '\n') ++start;
    ++line;
  }
  return Status::Ok();
}

}  // namespace

std::string CanonicalEncodingName(std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  std::string lower;
  for (char c : name) {
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (lower == "auto" || lower.empty()) return "auto";
  if (lower == "utf-8" || lower == "utf8") return "utf-8";
  if (lower == "cp1251" || lower == "cp-1251" || lower == "windows-1251" || lower == "1251") {
    return "cp1251";
  }
  return "";
}

std::string DetectEncoding(std::string_view bytes) {
  if (utf8::FirstInvalid(bytes) != kNone) return "cp1251";
  if (CountCyrillicUtf8(bytes) > 0) return "utf-8";
  bool non_ascii = false;
  for (unsigned char b : bytes) {
    if (b < 0x80) continue;
    if (!IsCp1251Letter(b)) return "utf-8";
    non_ascii = true;
  }
  return non_ascii ? "cp1251" : "utf-8";
}

Result<DecodedText> DecodeText(std::string_view bytes, std::string_view requested) {
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    return Status::Input(kUtf16Message, Location{"", 1, 1});
  }
  // xlsx and ods are zip archives; xls is an OLE compound file.
  if (StartsWith(bytes, std::string_view("PK\x03\x04", 4)) ||
      StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return Status::Input(kWorkbookMessage, Location{"", 1, 1});
  }
  std::string encoding = CanonicalEncodingName(requested);
  if (encoding.empty()) {
    return Status::Input("неизвестная кодировка «" + std::string(requested) +
                         "»: укажите auto, utf-8 или cp1251");
  }
  // Excel's "CSV UTF-8" always writes the BOM, so it outranks a project-wide setting.
  if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    encoding = "utf-8";
  } else if (encoding == "auto") {
    if (utf8::FirstInvalid(bytes) != kNone) {
      if (Status mixed = CheckSingleEncoding(bytes); !mixed.ok()) return mixed;
    }
    encoding = DetectEncoding(bytes);
  }
  // A NUL means UTF-16 without a BOM or a binary file; either way cells would be cut short.
  if (size_t nul = bytes.find('\0'); nul != kNone) {
    return Status::Input(
        "в файле есть нулевой байт: это не текстовый CSV; сохраните таблицу как "
        "«CSV UTF-8»",
        PositionOf(bytes, nul, encoding == "utf-8"));
  }
  DecodedText out;
  out.encoding = encoding;
  if (encoding == "utf-8") {
    if (size_t bad = utf8::FirstInvalid(bytes); bad != kNone) {
      return Status::Input("недопустимый байт " + HexByte(bytes[bad]) +
                               ": файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»",
                           PositionOf(bytes, bad, true));
    }
    out.text.assign(bytes);
  } else {
    Result<std::string> text = Cp1251ToUtf8(bytes);
    if (!text.ok()) return text.status();
    out.text = std::move(*text);
  }
  return out;
}

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view encoding) {
  Result<DecodedText> decoded = DecodeText(bytes, encoding);
  if (!decoded.ok()) return decoded.status();
  return std::move(decoded->text);
}

// The inverse of Cp1251ToUtf8, for writing back into a file the school keeps in Windows-1251.
Result<std::string> Utf8ToCp1251(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t at = i;
    char32_t c = 0;
    const size_t length = utf8::DecodeAt(s, i, &c);
    if (length == 0) {
      // Quoting the byte itself would put broken UTF-8 into the message as well.
      return Status::Input("байт " + HexByte(static_cast<unsigned char>(s[i])) +
                               " не образует символа UTF-8: текст испорчен до записи",
                           PositionOf(s, i, true));
    }
    i += length;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c >= 0x0410 && c <= 0x044F) {
      out.push_back(static_cast<char>(0xC0 + (c - 0x0410)));
      continue;
    }
    size_t k = 0;
    while (k < kCp1251High.size() && kCp1251High[k] != c) ++k;
    if (c == 0 || k == kCp1251High.size()) {
      std::string shown(s.substr(at, i - at));
      return Status::Input("символа «" + shown + "» нет в кодировке Windows-1251", PositionOf(s, at, true));
    }
    out.push_back(static_cast<char>(0x80 + k));
  }
  return out;
}

}  // namespace nastavnik::load
