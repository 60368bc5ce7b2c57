// libhyphen with the Debian hyph_ru_RU.dic, which is KOI8-R encoded (its first line says so):
// words go to the library as KOI8-R bytes, one per letter, so break positions index letters.
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

// KOI8-R, the dictionary's encoding, of а..я and then ё: a fixed table rather than iconv, which
// the Windows C library lacks.
constexpr unsigned char kKoi8[33] = {0xC1, 0xC2, 0xD7, 0xC7, 0xC4, 0xC5, 0xD6, 0xDA, 0xC9, 0xCA, 0xCB,
                                     0xCC, 0xCD, 0xCE, 0xCF, 0xD0, 0xD2, 0xD3, 0xD4, 0xD5, 0xC6, 0xC8,
                                     0xC3, 0xDE, 0xDB, 0xDD, 0xDF, 0xD9, 0xD8, 0xDC, 0xC0, 0xD1, 0xA3};

// libhyphen reads its patterns from a FILE: the bytes load/ read are handed over as one.
HyphenDict* LoadPatterns(const std::string& bytes) {
  FILE* f = platform::MemoryFile(bytes);
  if (!f) return nullptr;
  HyphenDict* dict = hnj_hyphen_load_file(f);
  std::fclose(f);
  return dict;
}

bool IsRussianVowel(char16_t c) {
  if (c >= 0x0410 && c <= 0x042F) c += 0x20;
  return std::u16string_view(u"аеёиоуыэюя").find(c == 0x0401 ? u'ё' : c) != std::u16string_view::npos;
}

char16_t Lower(char16_t c) {
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  return c == 0x0401 ? u'ё' : c;
}

// Й, Ь, Ъ: they close a syllable and never start a line.
bool IsSign(char16_t c) {
  c = Lower(c);
  return c == u'й' || c == u'ь' || c == u'ъ';
}

// Consonants from k while moving by step, stopping at a vowel (the count) or the word's end (-1).
int ConsonantsTo(std::u16string_view w, int k, int step) {
  int run = 0;
  for (; k >= 0 && k < static_cast<int>(w.size()); k += step, ++run) {
    if (IsRussianVowel(w[k])) return run;
  }
  return -1;
}

// The school rules of Russian hyphenation between syllables: after Й, Ь, Ъ («бой-кий»,
// «боль-шой»), after a vowel before one consonant and a vowel («ко-ро-ва»), and inside a cluster
// of consonants between vowels, keeping one or two on the left and one on the right («сест-ра»,
// «груп-па»; not «учас-тников»). A vowel on both sides and two letters at either end are checked by the caller.
bool SyllableBreak(std::u16string_view w, int p) {
  const char16_t a = w[p - 1], b = w[p];
  if (IsSign(b)) return false;
  if (IsSign(a)) return true;
  const bool a_vowel = IsRussianVowel(a), b_vowel = IsRussianVowel(b);
  if (a_vowel) return !b_vowel && p + 1 < static_cast<int>(w.size()) && IsRussianVowel(w[p + 1]);
  if (b_vowel) return false;
  const int left = ConsonantsTo(w, p - 1, -1), right = ConsonantsTo(w, p, 1);
  return left >= 1 && left <= 2 && right == 1;
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
    if (c == 0x0401) c = 0x0451;
    unsigned char b = 0;
    if (c >= 0x0430 && c <= 0x044F) b = koi8_[c - 0x0430];
    if (c == 0x0451) b = koi8_[32];
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
  // An odd hyphens[i] allows a break after letter i. The patterns we ship know few words (no
  // point at all in «нескольких», «документ», «группа», one in «совмест-ная»), so the school
  // syllable rules add theirs: trusting the patterns alone left 13.7 % of the Положение's lines
  // over twice a normal space, the union 8.1 %.
  // Two letters stay on each side even where the patterns would allow fewer, and each side keeps
  // a vowel: the patterns allow «Кири-лл», which no Russian reader accepts.
  std::vector<int> vowels_before(n + 1, 0);
  for (int i = 0; i < n; ++i) vowels_before[i + 1] = vowels_before[i] + (IsRussianVowel(word[i]) ? 1 : 0);
  for (int p = 2; p <= n - 2; ++p) {
    if (vowels_before[p] == 0 || vowels_before[n] == vowels_before[p]) continue;
    if ((hyphens[p - 1] & 1) || SyllableBreak(word, p)) points->push_back(p);
  }
}

}  // namespace nastavnik::render::pdf
