#include "model/indicators.h"

#include "base/text.h"

namespace nastavnik::model {
namespace {

// Self-esteem comes before grades: «самооценка» holds «оценк».
constexpr KnownIndicator kKnown[] = {
    {"satisfaction", "удовлетворенность", "Удовлетворённость", false, {"удовлетвор", "доволь", "satisf", nullptr}},
    {"involvement", "вовлеченность", "Вовлечённость", false, {"вовлеч", "involv", "engag", nullptr}},
    {"activity", "активность", "Активность", false, {"активн", "activ", nullptr, nullptr}},
    {"self_esteem", "самооценка", "Самооценка", false, {"самооцен", "esteem", "уверен", nullptr}},
    {"anxiety", "тревожность", "Тревожность", true, {"тревож", "anxi", "беспоко", nullptr}},
    {"grades", "успеваемость", "Успеваемость", false, {"успеваем", "средний балл", "grade", "оценк"}},
};

}  // namespace

const KnownIndicator* KnownIndicators(size_t* count) {
  *count = std::size(kKnown);
  return kKnown;
}

const KnownIndicator* FindIndicator(const std::string& header) {
  std::string folded = text::FoldKey(header);
  for (const KnownIndicator& k : kKnown) {
    if (folded == k.key || folded == text::FoldKey(k.russian)) return &k;
  }
  return nullptr;
}

const KnownIndicator* LookalikeIndicator(const std::string& header) {
  std::string folded = text::FoldKey(header);
  for (const KnownIndicator& k : kKnown) {
    for (const char* stem : k.stems) {
      if (stem && folded.find(stem) != std::string::npos) return &k;
    }
  }
  return nullptr;
}

}  // namespace nastavnik::model
