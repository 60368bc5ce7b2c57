// libhyphen with the Debian hyph_ru_RU.dic, which is KOI8-R encoded (its first line says so):
// words go to the library as KOI8-R bytes, one per letter, so break positions index letters.
#include "render/pdf/hyphenate.h"

#include <hyphen.h>
#include <iconv.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

namespace nastavnik::render::pdf {

struct Hyphenator::Dict {
  HyphenDict* dict = nullptr;
};

namespace {

// One letter (UTF-8) to one KOI8-R byte; 0 when iconv cannot.
unsigned char ToKoi8(iconv_t cd, char32_t c) {
  char in[4] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F)), 0, 0};
  char out[4] = {};
  char* in_ptr = in;
  char* out_ptr = out;
  size_t in_left = 2;
  size_t out_left = sizeof(out);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);
  if (iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) == static_cast<size_t>(-1)) return 0;
  return out_left == sizeof(out) - 1 ? static_cast<unsigned char>(out[0]) : 0;
}

// libhyphen reads its patterns from a FILE: the bytes load/ read are handed over as one.
HyphenDict* LoadPatterns(const std::string& bytes) {
  if (bytes.empty()) return nullptr;
#ifdef _WIN32
  FILE* f = std::tmpfile();  // no fmemopen in the Windows C library
  if (f && (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fseek(f, 0, SEEK_SET) != 0)) {
    std::fclose(f);
    f = nullptr;
  }
#else
  FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "r");
#endif
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
  iconv_t cd = iconv_open("KOI8-R", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) return;
  for (int i = 0; i < 32; ++i) koi8_[i] = ToKoi8(cd, 0x0430 + i);
  koi8_[32] = ToKoi8(cd, 0x0451);
  iconv_close(cd);
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
    if (h->koi8_[0] == 0) h.reset();  // no KOI8-R in iconv: the patterns would match nothing
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
