// A tiny valid PNG written in code, so that image tests need no binary fixture.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace nastavnik::render::pdf::testdata {

// A valid RGB PNG of w×h pixels, deflate with stored blocks: enough for a test image.
inline std::string TinyPng(int w, int h) {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  auto crc = [&](const std::string& s) {
    uint32_t c = 0xFFFFFFFFu;
    for (unsigned char ch : s) c = table[(c ^ ch) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
  };
  auto be32 = [](uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
  };
  auto chunk = [&](const std::string& type, const std::string& data) {
    return be32(static_cast<uint32_t>(data.size())) + type + data + be32(crc(type + data));
  };
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw += '\0';
    for (int x = 0; x < w; ++x) raw += std::string{static_cast<char>(x * 60), static_cast<char>(y * 80), '\x90'};
  }
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  std::string z = "\x78\x01";
  z += '\x01';  // final stored block
  const uint16_t len = static_cast<uint16_t>(raw.size());
  z += std::string{static_cast<char>(len & 0xFF), static_cast<char>(len >> 8), static_cast<char>(~len & 0xFF),
                   static_cast<char>((~len >> 8) & 0xFF)};
  z += raw + be32(b << 16 | a);
  std::string ihdr = be32(w) + be32(h) + std::string{'\x08', '\x02', '\0', '\0', '\0'};
  return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", z) + chunk("IEND", "");
}

}  // namespace nastavnik::render::pdf::testdata
