// Russian hyphenation through libhyphen and the hyphen-ru patterns, for justified paragraphs.
// Kept apart so the line breaker depends only on "where may this word break", not on libhyphen.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/pdf_resources.h"

namespace nastavnik::render::pdf {

class Hyphenator {
 public:
  /// The patterns of resources (their bytes), loaded once per process and shared (lookups only
  /// read them); nullptr when there are none or libhyphen cannot read them, which
  /// PrintableCodePoints reports before any document is laid out.
  static const Hyphenator* Shared(const std::shared_ptr<const PdfResources>& resources);

  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  /// Positions p (1 ≤ p < word.size()) where word may break as word[0,p) + "-" / word[p,…).
  /// word holds Cyrillic letters only (either case); anything else yields no positions.
  /// At least two letters stay on either side.
  void Points(std::u16string_view word, std::vector<int>* points) const;

 private:
  struct Dict;
  explicit Hyphenator(Dict* dict);
  Dict* dict_;
  /// KOI8-R byte of each lower-case letter а..я (index 0..31).
  unsigned char koi8_[32] = {};
};

/// True for the Cyrillic letters the Russian patterns know (А–я, Ё, ё).
inline bool IsRussianLetter(char16_t c) { return (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451; }

}  // namespace nastavnik::render::pdf
