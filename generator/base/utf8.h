// Base: UTF-8 decoding and encoding, written once for every stage (CSV decoding, PDF glyph
// lookup, XLSX cleaning). Strict: overlong forms, surrogates and values past U+10FFFF are invalid.
#pragma once

#include <string>
#include <string_view>

namespace nastavnik::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

/// Decodes the code point at s[i] into *cp; returns its length in bytes, or 0 when the bytes
/// there are not well-formed UTF-8.
size_t DecodeAt(std::string_view s, size_t i, char32_t* cp);
/// The offset of the first byte that does not start a well-formed sequence, or npos.
size_t FirstInvalid(std::string_view s);
/// Every code point; each ill-formed byte becomes U+FFFD.
std::u32string Decode(std::string_view s);
void Append(std::string* out, char32_t cp);
std::string Encode(char32_t cp);
/// The whole character starting at s[i] (one byte when the bytes there are not well-formed), for
/// quoting in a message without cutting a character in half.
std::string CharAt(std::string_view s, size_t i);
/// A character as a message names it: "U+1F600".
std::string CodePointName(char32_t c);
/// A byte as a message shows it: "0xC3".
std::string HexByte(unsigned char b);

}  // namespace nastavnik::utf8
