// Stage 2 (model): the Russian names of forms, categories and statuses, and their parsing.
#include <array>

#include "base/text.h"
#include "model/program.h"
#include "model/table_place.h"

namespace nastavnik::model {
namespace {

// Dashes and hyphens of every kind, so that "ученик-ученик" and "ученик — ученик" both match.
std::string FoldDashes(const std::string& s) {
  std::string folded = text::FoldKey(s);
  std::string out;
  for (size_t i = 0; i < folded.size();) {
    if (folded[i] == '\xE2' && (folded.compare(i, 3, "–") == 0 || folded.compare(i, 3, "—") == 0 ||
                                 folded.compare(i, 3, "‐") == 0 || folded.compare(i, 3, "−") == 0)) {
      out += '-';
      i += 3;
    } else if (folded[i] == ' ') {
      ++i;
    } else {
      out += folded[i++];
    }
  }
  return out;
}

constexpr std::array<const char*, 5> kFormNames = {
    "ученик – ученик", "учитель – учитель", "учитель – ученик", "работодатель – ученик",
    "студент – ученик"};
constexpr std::array<const char*, 6> kCategoryNames = {
    "обучающийся", "педагог", "студент", "работодатель", "родитель", "выпускник"};
constexpr std::array<const char*, 3> kStatusNames = {"активна", "завершена", "расторгнута"};

}  // namespace

std::string FormName(Form form) { return kFormNames[static_cast<int>(form)]; }

std::optional<Form> ParseForm(const std::string& text) {
  // Folded once: every participant's row asks.
  static const std::vector<std::string> kFolded = [] {
    std::vector<std::string> out;
    for (const char* name : kFormNames) out.push_back(FoldDashes(name));
    return out;
  }();
  std::string key = FoldDashes(text);
  for (size_t i = 0; i < kFolded.size(); ++i) {
    if (kFolded[i] == key) return static_cast<Form>(i);
  }
  return std::nullopt;
}

std::vector<std::string> AllFormNames() { return {kFormNames.begin(), kFormNames.end()}; }

std::string CategoryName(Category category) {
  return kCategoryNames[static_cast<int>(category)];
}

std::optional<Category> ParseCategory(const std::string& text) {
  std::string key = text::FoldKey(text);
  for (size_t i = 0; i < kCategoryNames.size(); ++i) {
    if (key == kCategoryNames[i]) return static_cast<Category>(i);
  }
  // Words curators commonly write instead of the contract's terms.
  if (key == "ученик" || key == "учащийся" || key == "ученица") return Category::kPupil;
  if (key == "учитель" || key == "педагогический работник") return Category::kTeacher;
  return std::nullopt;
}

std::vector<std::string> AllCategoryNames() {
  return {kCategoryNames.begin(), kCategoryNames.end()};
}

std::string PairStatusName(PairStatus status) { return kStatusNames[static_cast<int>(status)]; }

std::optional<PairStatus> ParsePairStatus(const std::string& text) {
  std::string key = text::FoldKey(text);
  if (key.empty()) return PairStatus::kActive;
  for (size_t i = 0; i < kStatusNames.size(); ++i) {
    if (key == kStatusNames[i]) return static_cast<PairStatus>(i);
  }
  if (key == "активная" || key == "действует") return PairStatus::kActive;
  if (key == "завершено" || key == "завершен" || key == "завершён") return PairStatus::kCompleted;
  return std::nullopt;
}

std::string Program::TablePath(const std::string& name) const {
  auto it = table_paths.find(name);
  return it == table_paths.end() ? DefaultTablePath(name) : it->second;
}

const Person* Program::FindPerson(const std::string& id) const {
  auto it = person_index.find(id);
  return it == person_index.end() ? nullptr : &people[it->second];
}

}  // namespace nastavnik::model
