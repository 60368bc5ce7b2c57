// libhyphen with the Debian hyph_ru_RU.dic (TeX's ruhyphal patterns of A. I. Lebedev), which is
// KOI8-R encoded (its first line says so): words go to the library as KOI8-R bytes, one per
// letter, so break positions index letters.
#include "render/pdf/hyphenate.h"

#include <hyphen.h>

#include "base/platform.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

namespace nastavnik::render::pdf {

struct Hyphenator::Dict {
  HyphenDict* dict = nullptr;
};

namespace {

// KOI8-R, the dictionary's encoding, of а..я (ё is looked up as е: the patterns know no ё): a
// fixed table rather than iconv, which the Windows C library lacks.
constexpr unsigned char kKoi8[32] = {0xC1, 0xC2, 0xD7, 0xC7, 0xC4, 0xC5, 0xD6, 0xDA, 0xC9, 0xCA, 0xCB,
                                     0xCC, 0xCD, 0xCE, 0xCF, 0xD0, 0xD2, 0xD3, 0xD4, 0xD5, 0xC6, 0xC8,
                                     0xC3, 0xDE, 0xDB, 0xDD, 0xDF, 0xD9, 0xD8, 0xDC, 0xC0, 0xD1};

// A pattern as TeX writes it ("2не3в1н"): its letters ("невн") and the digit
// before each letter and after the last (0 where none is written): letters.size() + 1 values.
struct Pattern {
  std::string letters;
  std::string values;
};

bool IsPatternLine(const std::string& line) {
  if (line.empty()) return false;
  for (unsigned char c : line) {
    if (c < 0x80 && !(c >= '0' && c <= '9') && c != '.') return false;  // directives, replacements
  }
  return true;
}

Pattern ParsePattern(const std::string& line) {
  Pattern p;
  p.values.push_back(0);
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      p.values.back() = static_cast<char>(c - '0');
    } else {
      p.letters.push_back(c);
      p.values.push_back(0);
    }
  }
  return p;
}

std::string PatternLine(const std::string& letters, const std::string& values) {
  std::string line;
  for (size_t i = 0; i <= letters.size(); ++i) {
    if (values[i] != 0) line.push_back(static_cast<char>('0' + values[i]));
    if (i < letters.size()) line.push_back(letters[i]);
  }
  return line;
}

// libhyphen walks a word through an automaton whose states are the prefixes of the patterns and,
// at each letter, applies the values of the one state it reached (the longest such prefix ending
// there), not of the shorter patterns that also end there. Its dictionaries must therefore be
// "complete": each prefix carrying the values of every pattern inside it. Debian's hyph_ru_RU.dic
// is TeX's ruhyphal as written (not completed), so libhyphen found almost nothing: no point in
// «нескольких», «документ», «группа». Completing it here, as libhyphen's substrings tool would,
// makes the library return exactly what Liang's algorithm (TeX's) returns for these patterns.
std::string CompletePatterns(const std::string& bytes) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string line = bytes.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  if (lines.empty()) return bytes;
  std::string out = lines[0] + "\n";  // the encoding
  std::map<std::string, std::string> patterns;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (IsPatternLine(lines[i])) {
      Pattern p = ParsePattern(lines[i]);
      patterns[p.letters] = p.values;
    } else if (!lines[i].empty()) {
      out += lines[i] + "\n";
    }
  }
  std::map<std::string, std::string> complete;
  for (const auto& [letters, unused] : patterns) {
    std::string merged(letters.size() + 1, 0);
    for (size_t end = 1; end <= letters.size(); ++end) {
      // Every pattern ending at letter `end` joins the prefix letters[0, end).
      for (size_t begin = 0; begin < end; ++begin) {
        auto it = patterns.find(letters.substr(begin, end - begin));
        if (it == patterns.end()) continue;
        for (size_t k = 0; k < it->second.size(); ++k) {
          merged[begin + k] = std::max(merged[begin + k], it->second[k]);
        }
      }
      const std::string prefix = letters.substr(0, end);
      const std::string values = merged.substr(0, end + 1);
      if (values.find_first_not_of('\0') == std::string::npos && !patterns.count(prefix)) continue;
      std::string& kept = complete[prefix];
      if (kept.empty()) kept.assign(end + 1, 0);
      for (size_t k = 0; k <= end; ++k) kept[k] = std::max(kept[k], values[k]);
    }
  }
  for (const auto& [letters, values] : complete) out += PatternLine(letters, values) + "\n";
  return out;
}

// libhyphen reads its patterns from a FILE: the completed bytes are handed over as one.
HyphenDict* LoadPatterns(const std::string& bytes) {
  // fmemopen reads the string's own buffer: it must outlive the load (a temporary did not, and the
  // patterns were read from freed memory, so hyphenation depended on what had reused it).
  const std::string completed = CompletePatterns(bytes);
  FILE* f = platform::MemoryFile(completed);
  if (!f) return nullptr;
  HyphenDict* dict = hnj_hyphen_load_file(f);
  std::fclose(f);
  return dict;
}

bool IsRussianVowel(char16_t c) {
  if (c >= 0x0410 && c <= 0x042F) c += 0x20;
  return std::u16string_view(u"аеёиоуыэюя").find(c == 0x0401 ? u'ё' : c) != std::u16string_view::npos;
}

}  // namespace

Hyphenator::Hyphenator(Dict* dict) : dict_(dict) {
  std::copy(std::begin(kKoi8), std::end(kKoi8), koi8_);
}

Hyphenator::~Hyphenator() {
  if (dict_->dict) hnj_hyphen_free(dict_->dict);
  delete dict_;
}

const Hyphenator* Hyphenator::Shared(const std::shared_ptr<const PdfResources>& resources) {
  // Loading the patterns takes milliseconds; a build renders hundreds of PDFs with one dictionary.
  // The map holds the resources it loaded, so a key's address is never reused for other bytes.
  static std::mutex mutex;
  static std::map<std::shared_ptr<const PdfResources>, std::unique_ptr<Hyphenator>> loaded;
  if (!resources) return nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = loaded.find(resources);
  if (it != loaded.end()) return it->second.get();
  std::unique_ptr<Hyphenator> h;
  if (HyphenDict* dict = LoadPatterns(resources->hyphenation)) {
    h.reset(new Hyphenator(new Dict{dict}));
  }
  const Hyphenator* result = h.get();
  loaded.emplace(resources, std::move(h));
  return result;
}

void Hyphenator::Points(std::u16string_view word, std::vector<int>* points) const {
  points->clear();
  const int n = static_cast<int>(word.size());
  if (n < 5 || n > 60) return;  // words of fewer than five letters are never hyphenated
  char bytes[64];
  for (int i = 0; i < n; ++i) {
    char16_t c = word[i];
    if (c >= 0x0410 && c <= 0x042F) c += 0x20;  // lower case: the patterns are lower case
    if (c == 0x0401 || c == 0x0451) c = u'е';  // the patterns know ё only as е
    unsigned char b = 0;
    if (c >= 0x0430 && c <= 0x044F) b = koi8_[c - 0x0430];
    if (b == 0) return;
    bytes[i] = static_cast<char>(b);
  }
  bytes[n] = 0;
  char hyphens[64 + 5] = {};
  char hyphenated[2 * 64 + 2] = {};
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int failed = hnj_hyphen_hyphenate3(dict_->dict, bytes, n, hyphens, hyphenated, &rep, &pos, &cut,
                                     2, 2, 2, 2);
  if (rep) {
    for (int i = 0; i < n; ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  if (failed) return;
  // An odd hyphens[i] allows a break after letter i. Two letters stay on each side even where
  // the patterns would allow fewer, and each side keeps a vowel: no «Кири-лл», no «с-ти».
  std::vector<int> vowels_before(n + 1, 0);
  for (int i = 0; i < n; ++i) vowels_before[i + 1] = vowels_before[i] + (IsRussianVowel(word[i]) ? 1 : 0);
  for (int p = 2; p <= n - 2; ++p) {
    if (vowels_before[p] == 0 || vowels_before[n] == vowels_before[p]) continue;
    if (hyphens[p - 1] & 1) points->push_back(p);
  }
}

}  // namespace nastavnik::render::pdf
