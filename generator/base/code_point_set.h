// Base: a set of Unicode code points as a bitmap, e.g. the characters the PDF fonts can print.
// The PDF renderer fills it from its fonts; the model checks input text against it, so that
// `check` finds what the renderer would refuse without rendering anything.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nastavnik {

class CodePointSet {
 public:
  void Add(char32_t c) {
    std::size_t word = c / 64;
    if (word >= bits_.size()) bits_.resize(word + 1, 0);
    bits_[word] |= uint64_t{1} << (c % 64);
  }
  bool Has(char32_t c) const {
    std::size_t word = c / 64;
    return word < bits_.size() && (bits_[word] >> (c % 64)) & 1;
  }

 private:
  std::vector<uint64_t> bits_;
};

}  // namespace nastavnik
