#include "unistr.h"

#include <errno.h>
#include <stdlib.h>

/* The code point at s[*i] (advancing *i), or -1 when the bytes there are not well-formed UTF-8
   (overlong forms, surrogates and values past U+10FFFF included). */
static long NextFromUtf8(const uint8_t* s, size_t n, size_t* i) {
  const uint8_t c = s[*i];
  size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || *i + length > n) return -1;
  long cp = length == 1 ? c : c & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((s[*i + k] & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (s[*i + k] & 0x3F);
  }
  static const long kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return -1;
  *i += length;
  return cp;
}

/* The code point at s[*i] (advancing *i), or -1 for an unpaired surrogate. */
static long NextFromUtf16(const uint16_t* s, size_t n, size_t* i) {
  const uint16_t c = s[(*i)++];
  if (c < 0xD800 || c >= 0xE000) return c;
  if (c >= 0xDC00 || *i >= n || s[*i] < 0xDC00 || s[*i] >= 0xE000) return -1;
  return 0x10000 + (((long)(c - 0xD800) << 10) | (s[(*i)++] - 0xDC00));
}

static void* Room(void* resultbuf, size_t have, size_t need, size_t unit) {
  if (resultbuf && need <= have) return resultbuf;
  return malloc(need > 0 ? need * unit : 1);
}

uint16_t* u8_to_u16(const uint8_t* s, size_t n, uint16_t* resultbuf, size_t* lengthp) {
  size_t units = 0;
  for (size_t i = 0; i < n;) {
    const long cp = NextFromUtf8(s, n, &i);
    if (cp < 0) return errno = EILSEQ, NULL;
    units += cp >= 0x10000 ? 2 : 1;
  }
  uint16_t* out = Room(resultbuf, *lengthp, units, sizeof *out);
  if (!out) return errno = ENOMEM, NULL;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    const long cp = NextFromUtf8(s, n, &i);
    if (cp >= 0x10000) {
      out[o++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      out[o++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out[o++] = (uint16_t)cp;
    }
  }
  *lengthp = units;
  return out;
}

uint8_t* u16_to_u8(const uint16_t* s, size_t n, uint8_t* resultbuf, size_t* lengthp) {
  size_t bytes = 0;
  for (size_t i = 0; i < n;) {
    const long cp = NextFromUtf16(s, n, &i);
    if (cp < 0) return errno = EILSEQ, NULL;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  uint8_t* out = Room(resultbuf, *lengthp, bytes, 1);
  if (!out) return errno = ENOMEM, NULL;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    const long cp = NextFromUtf16(s, n, &i);
    const int extra = cp < 0x80 ? 0 : cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
    static const uint8_t kLead[4] = {0x00, 0xC0, 0xE0, 0xF0};
    out[o++] = (uint8_t)(kLead[extra] | (cp >> (6 * extra)));
    for (int k = extra - 1; k >= 0; --k) out[o++] = (uint8_t)(0x80 | ((cp >> (6 * k)) & 0x3F));
  }
  *lengthp = bytes;
  return out;
}
