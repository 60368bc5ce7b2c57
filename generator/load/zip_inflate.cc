// Stage 1 (load): zip part unpacking and its checksum (see zip_inflate.h).
#include "load/zip_inflate.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define NASTAVNIK_CLMUL_CRC 1
#endif

namespace nastavnik::load::zip {
namespace {

uint32_t ZlibCrc(uint32_t crc, const char* data, size_t size) {
  while (size > 0) {
    uInt chunk = static_cast<uInt>(std::min<size_t>(size, std::numeric_limits<uInt>::max()));
    crc = static_cast<uint32_t>(crc32(crc, reinterpret_cast<const Bytef*>(data), chunk));
    data += chunk;
    size -= chunk;
  }
  return crc;
}

#ifdef NASTAVNIK_CLMUL_CRC
// The CRC by carry-less multiplication (the folding method Intel published for PCLMULQDQ):
// 64 bytes are folded at a time into four 128-bit lanes, the lanes into one, and that one
// reduced to 32 bits by Barrett reduction. The constants are powers of x modulo the zip
// polynomial, bit-reflected, as that method derives them.
#define NASTAVNIK_CLMUL __attribute__((target("pclmul,sse4.1")))

NASTAVNIK_CLMUL inline __m128i Load16(const char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); }

// x times the two halves of k, added to the next 16 bytes: 128 bits moved on by the distance k stands for.
NASTAVNIK_CLMUL inline __m128i Fold(__m128i x, __m128i k, __m128i next) {
  return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), next);
}

// `size` is a multiple of 16, at least 64; `crc` is the running value without zlib's inversion.
NASTAVNIK_CLMUL uint32_t ClmulCrc(uint32_t crc, const char* p, size_t size) {
  __m128i x1 = _mm_xor_si128(Load16(p), _mm_cvtsi32_si128(static_cast<int>(crc)));
  __m128i x2 = Load16(p + 16), x3 = Load16(p + 32), x4 = Load16(p + 48);
  p += 64;
  size -= 64;
  const __m128i k12 = _mm_set_epi64x(0x1c6e41596, 0x154442bd4);
  for (; size >= 64; size -= 64, p += 64) {
    x1 = Fold(x1, k12, Load16(p));
    x2 = Fold(x2, k12, Load16(p + 16));
    x3 = Fold(x3, k12, Load16(p + 32));
    x4 = Fold(x4, k12, Load16(p + 48));
  }
  const __m128i k34 = _mm_set_epi64x(0x0ccaa009e, 0x1751997d0);
  x1 = Fold(x1, k34, x2);
  x1 = Fold(x1, k34, x3);
  x1 = Fold(x1, k34, x4);
  for (; size >= 16; size -= 16, p += 16) x1 = Fold(x1, k34, Load16(p));
  // 128 bits to 64 (appending 32 zero bits), then to 32.
  const __m128i mask32 = _mm_set_epi32(0, 0, 0, -1);
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), _mm_clmulepi64_si128(k34, x1, 0x01));
  __m128i x2b = _mm_clmulepi64_si128(_mm_and_si128(x1, mask32), _mm_set_epi64x(0, 0x163cd6124), 0x00);
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 4), x2b);
  const __m128i poly = _mm_set_epi64x(0x1F7011641, 0x1DB710641);
  __m128i t = _mm_clmulepi64_si128(_mm_and_si128(x1, mask32), poly, 0x10);
  t = _mm_clmulepi64_si128(_mm_and_si128(t, mask32), poly, 0x00);
  x1 = _mm_xor_si128(x1, t);
  return static_cast<uint32_t>(_mm_extract_epi32(x1, 1));
}

bool HasClmul() {
  static const bool has = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
  return has;
}
#endif

}  // namespace

uint32_t Crc32(std::string_view data, uint32_t crc) {
  const char* p = data.data();
  size_t size = data.size();
#ifdef NASTAVNIK_CLMUL_CRC
  if (size >= 64 && HasClmul()) {
    size_t whole = size & ~size_t{15};
    crc = ~ClmulCrc(~crc, p, whole);
    p += whole;
    size -= whole;
  }
#endif
  return ZlibCrc(crc, p, size);
}

bool Inflate(std::string_view packed, char* out, size_t size) {
  if (packed.size() > std::numeric_limits<uInt>::max() || size > std::numeric_limits<uInt>::max()) return false;
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;
  // An empty part still has a stream to end; one spare byte shows whether it holds more.
  char spare;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(size == 0 ? &spare : out);
  z.avail_out = static_cast<uInt>(size == 0 ? 1 : size);
  int status = inflate(&z, Z_FINISH);
  bool whole = status == Z_STREAM_END && z.total_out == size;
  inflateEnd(&z);
  return whole;
}

}  // namespace nastavnik::load::zip
