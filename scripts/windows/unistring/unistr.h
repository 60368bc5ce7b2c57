/* A two-function stand-in for GNU libunistring on the Windows build. Debian's PoDoFo source
   (libpodofo 0.9.8+dfsg) converts UTF-8 and UTF-16 through libunistring and calls nothing else
   of it (src/podofo/base/PdfString.cpp); cross-building the whole library is not worth two
   conversions. The contract is libunistring's: *lengthp is resultbuf's room in units on entry
   and the result's length on return; a NULL or too small resultbuf is replaced by a malloc'd
   buffer; ill-formed input returns NULL with errno EILSEQ. */
#ifndef NASTAVNIK_UNISTR_H
#define NASTAVNIK_UNISTR_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
uint16_t* u8_to_u16(const uint8_t* s, size_t n, uint16_t* resultbuf, size_t* lengthp);
uint8_t* u16_to_u8(const uint16_t* s, size_t n, uint8_t* resultbuf, size_t* lengthp);
#ifdef __cplusplus
}
#endif
#endif
