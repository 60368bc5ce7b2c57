#include <catch2/catch.hpp>

#include <string>

#include "base/grammar/grammar.h"

namespace nastavnik::grammar {
namespace {

std::string Tasks(long long n) { return CountNoun(n, "задача", "задачи", "задач"); }
std::string Years(long long n) { return CountNoun(n, "год", "года", "лет"); }

}  // namespace

TEST_CASE("a noun after a number agrees with it, 11 to 14 and 111 to 114 taking the many form", "[grammar]") {
  CHECK(Tasks(1) == "1\u00A0задача");
  CHECK(Tasks(2) == "2\u00A0задачи");
  CHECK(Tasks(3) == "3\u00A0задачи");
  CHECK(Tasks(4) == "4\u00A0задачи");
  CHECK(Tasks(5) == "5\u00A0задач");
  CHECK(Tasks(0) == "0\u00A0задач");
  for (int n = 11; n <= 14; ++n) CHECK(Tasks(n) == std::to_string(n) + "\u00A0задач");
  for (int n = 111; n <= 114; ++n) CHECK(Years(n) == std::to_string(n) + "\u00A0лет");
  CHECK(Tasks(21) == "21\u00A0задача");
  CHECK(Tasks(22) == "22\u00A0задачи");
  CHECK(Tasks(25) == "25\u00A0задач");
  CHECK(Tasks(101) == "101\u00A0задача");
  CHECK(Years(1) == "1\u00A0год");
  CHECK(Years(3) == "3\u00A0года");
  CHECK(Years(18) == "18\u00A0лет");
  CHECK(Years(1000000) == "1000000\u00A0лет");
  CHECK(NounForm(-2, "год", "года", "лет") == "года");
  CHECK(NounForm(21, "обучающийся", "обучающихся", "обучающихся") == "обучающийся");
}

}  // namespace nastavnik::grammar

namespace nastavnik::grammar {

TEST_CASE("an ordinal in digits takes the ending of its case, gender and number", "[grammar]") {
  CHECK(OrdinalDigits(5, Case::kNominative, Agreement::kPlural) == "5-е");
  CHECK(OrdinalDigits(5, Case::kPrepositional, Agreement::kPlural) == "5-х");
  CHECK(OrdinalDigits(5, Case::kNominative, Agreement::kMasculine) == "5-й");
  CHECK(OrdinalDigits(1, Case::kGenitive, Agreement::kMasculine) == "1-го");
  CHECK(OrdinalDigits(2, Case::kNominative, Agreement::kFeminine) == "2-я");
  CHECK(OrdinalDigits(7, Case::kInstrumental, Agreement::kPlural) == "7-ми");
  CHECK(OrdinalDigits(3, Case::kNominative, Agreement::kPlural) == "3-и");
  CHECK(OrdinalDigits(23, Case::kAccusative, Agreement::kPlural) == "23-и");
  CHECK(OrdinalDigits(13, Case::kNominative, Agreement::kPlural) == "13-е");
  CHECK(OrdinalDigits(3, Case::kNominative, Agreement::kMasculine) == "3-й");
}

}  // namespace nastavnik::grammar
