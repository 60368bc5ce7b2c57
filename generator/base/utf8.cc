#include "base/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace nastavnik::utf8 {

size_t DecodeAt(std::string_view s, size_t i, char32_t* cp) {
  auto byte = [&](size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  unsigned c = byte(0);
  if (i >= s.size()) return 0;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t length = 0;
  unsigned low = 0x80, high = 0xBF;  // the allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (byte(1) < low || byte(1) > high) return 0;
  char32_t value = c & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) {
    unsigned next = byte(k);
    if ((next & 0xC0) != 0x80) return 0;
    value = (value << 6) | (next & 0x3F);
  }
  *cp = value;
  return length;
}

size_t FirstInvalid(std::string_view s) {
  char32_t cp;
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    // Whole files are checked: ASCII eight bytes at a time, and two-byte letters (Cyrillic)
    // without the general decoder.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    size_t length = DecodeAt(s, i, &cp);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    size_t length = DecodeAt(s, i, &cp);
    if (length == 0) {
      out.push_back(kReplacement);
      ++i;
    } else {
      out.push_back(cp);
      i += length;
    }
  }
  return out;
}

void Append(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string Encode(char32_t cp) {
  std::string out;
  Append(&out, cp);
  return out;
}

std::string CharAt(std::string_view s, size_t i) {
  char32_t cp = 0;
  const size_t n = DecodeAt(s, i, &cp);
  return std::string(s.substr(i, n ? n : 1));
}

std::string HexByte(unsigned char b) {
  static const char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 15];
}

std::string CodePointName(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace nastavnik::utf8
