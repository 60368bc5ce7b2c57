#include "render/pdf/pdf_bytes.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <string_view>

namespace nastavnik::render::pdf {

namespace {

// PoDoFo derives the trailer /ID from the Info dictionary alone, so two documents with one title
// and date would share it. It is replaced, in place and at the same length so the xref stays
// right, with a 128-bit FNV-1a digest of the whole file (as written, the old /ID included).
struct FileDigest {
  uint64_t h1 = 0xcbf29ce484222325ULL;
  uint64_t h2 = 0x84222325cbf29ce4ULL;
  void Add(const char* data, size_t size) {
    for (size_t i = 0; i < size; ++i) {
      const unsigned char c = static_cast<unsigned char>(data[i]);
      h1 = (h1 ^ c) * 0x100000001b3ULL;
      h2 = (h2 ^ c) * 0x100000001b3ULL;
      h2 ^= h2 >> 29;
    }
  }
  std::string Hex() const {
    static const char kDigits[] = "0123456789ABCDEF";
    std::string id;
    for (uint64_t h : {h1, h2}) {
      for (int shift = 60; shift >= 0; shift -= 4) id += kDigits[(h >> shift) & 0xf];
    }
    return id;
  }
};

// Where the first of the /ID's two 32-digit strings starts in tail (the file's last bytes), or npos.
size_t IdentifierAt(std::string_view tail) {
  const size_t at = tail.rfind("/ID[<");
  if (at == std::string_view::npos || at + 5 + 32 + 2 + 32 + 2 > tail.size()) return std::string_view::npos;
  const size_t first = at + 5;
  if (tail.substr(first + 32, 2) != "><" || tail.substr(first + 32 + 2 + 32, 2) != ">]") return std::string_view::npos;
  return first;
}

}  // namespace

std::string AsciiUri(const std::string& url) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : url) {
    if (c > 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kDigits[c >> 4];
      out += kDigits[c & 0xf];
    }
  }
  return out;
}

// A fast level: PoDoFo's own filter is slow and cannot be tuned.
std::string Deflate(const std::string& data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string packed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                static_cast<uLong>(data.size()), 1) != Z_OK) {
    return {};
  }
  packed.resize(size);
  return packed;
}

void SetFileIdentifier(std::string& pdf) {
  const size_t first = IdentifierAt(pdf);
  if (first == std::string::npos) return;
  FileDigest digest;
  digest.Add(pdf.data(), pdf.size());
  const std::string id = digest.Hex();
  pdf.replace(first, 32, id);
  pdf.replace(first + 34, 32, id);
}

// The same for a file written to a stream: the trailer is found in its last bytes, the digest
// read back in blocks.
bool SetFileIdentifier(std::iostream& pdf) {
  pdf.seekg(0, std::ios::end);
  const std::streamoff size = pdf.tellg();
  const std::streamoff tail_from = std::max<std::streamoff>(0, size - 4096);
  std::string tail(static_cast<size_t>(size - tail_from), '\0');
  pdf.seekg(tail_from);
  pdf.read(tail.data(), static_cast<std::streamsize>(tail.size()));
  const size_t first = IdentifierAt(tail);
  if (!pdf || first == std::string::npos) return static_cast<bool>(pdf);
  FileDigest digest;
  pdf.seekg(0);
  std::string block(1 << 16, '\0');
  for (std::streamoff done = 0; done < size;) {
    const std::streamsize n = static_cast<std::streamsize>(std::min<std::streamoff>(size - done, block.size()));
    if (!pdf.read(block.data(), n)) return false;
    digest.Add(block.data(), static_cast<size_t>(n));
    done += n;
  }
  const std::string id = digest.Hex();
  pdf.seekp(tail_from + static_cast<std::streamoff>(first));
  pdf.write(id.data(), 32);
  pdf.write("><", 2);
  pdf.write(id.data(), 32);
  pdf.flush();
  return static_cast<bool>(pdf);
}

}  // namespace nastavnik::render::pdf
