#include "compute/matching/subjects.h"

#include <algorithm>
#include <string_view>

#include "base/text.h"

namespace nastavnik::compute::matching {
namespace {

struct Builtin {
  const char* name;
  std::vector<const char*> variants;  // normalised spellings
};

// Abbreviations as school timetables and journals write them. A school adds its own groupings
// (алгебра and геометрия as математика) in [matching.subjects]; the table holds only spellings
// that cannot mean anything else.
const std::vector<Builtin>& BuiltinSubjects() {
  static const std::vector<Builtin> kTable = {
      {"литература", {"лит-ра", "лит", "литер"}},
      {"литературное чтение", {"лит. чтение", "литер. чтение"}},
      {"математика", {"матем", "мат-ка"}},
      {"физическая культура", {"физкультура", "физ-ра", "физ. культура", "физ. к-ра"}},
      {"информатика", {"информатика и икт", "икт"}},
      {"изобразительное искусство", {"изо"}},
      {"основы безопасности жизнедеятельности", {"обж"}},
      {"обществознание", {"общ-во", "обществ"}},
      {"начальные классы", {"нач. классы", "начальная школа", "нач. школа"}},
  };
  return kTable;
}

// Languages: the adjective alone, its abbreviation, and both with «яз.» or «язык».
const std::vector<std::vector<const char*>>& Languages() {
  static const std::vector<std::vector<const char*>> kLanguages = {
      {"английский", "англ"}, {"немецкий", "нем"},  {"французский", "франц", "фр"},
      {"испанский", "исп"},   {"китайский", "кит"}, {"русский", "рус"},
  };
  return kLanguages;
}

}  // namespace

std::string NormalizeSubject(const std::string& name) {
  std::string folded = text::FoldKey(name);
  std::string out;
  for (char c : folded) {
    if (c == '.') {
      out += ". ";
    } else if (c != ' ' || (!out.empty() && out.back() != ' ')) {
      out += c;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

Subjects::Subjects(const model::MatchingSettings& settings) {
  for (const Builtin& b : BuiltinSubjects()) {
    for (const char* v : b.variants) synonyms_[v] = b.name;
  }
  for (const auto& forms : Languages()) {
    std::string name = std::string(forms[0]) + " язык";
    for (const char* f : forms) {
      for (const char* tail : {"", " яз", " язык", ". яз", ". язык"}) synonyms_[std::string(f) + tail] = name;
    }
  }
  for (const model::SubjectGroup& g : settings.subjects) {
    std::string name = Canonical(g.name);
    for (const std::string& s : g.synonyms) synonyms_[NormalizeSubject(s)] = name;
  }
}

std::string Subjects::Canonical(const std::string& name) const {
  std::string n = NormalizeSubject(name);
  auto it = synonyms_.find(n);
  return it == synonyms_.end() ? n : it->second;
}

bool Subjects::Known(const std::string& name) const {
  std::string n = NormalizeSubject(name);
  if (synonyms_.count(n)) return true;
  for (const auto& [variant, canonical] : synonyms_) {
    if (canonical == n) return true;
  }
  return false;
}

std::vector<int> Subjects::Of(const std::string& cell) {
  std::vector<int> out;
  auto add = [&](const std::string& name) {
    if (!name.empty()) out.push_back(ids_.emplace(name, static_cast<int>(ids_.size())).first->second);
  };
  for (const std::string& part : text::SplitList(cell)) {
    // «русский язык и литература» is two subjects, as a timetable lists them, unless the whole
    // phrase is a name the tables know («информатика и икт»).
    std::string name = NormalizeSubject(part);
    if (synonyms_.count(name)) {
      add(synonyms_.at(name));
      continue;
    }
    size_t from = 0;
    for (size_t at = name.find(" и "); at != std::string::npos; at = name.find(" и ", from)) {
      add(Canonical(name.substr(from, at - from)));
      from = at + std::string_view(" и ").size();
    }
    add(Canonical(name.substr(from)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace nastavnik::compute::matching
