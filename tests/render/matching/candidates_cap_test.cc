// candidates.csv within Excel's rows: the best candidates per mentee (N from [matching]
// candidates_per_mentee), always with the proposed one, and the full list in parts when the
// short file leaves some out.
#include <catch2/catch.hpp>

#include "render/matching/matching_csv.h"

namespace nastavnik::testing {
namespace {

// Two mentees (P1, P2), five mentors (M1…M5); mentor m scores m points, P2 is proposed M1.
struct Fixture {
  model::Program program;
  compute::matching::Matching matching;
  Fixture() {
    for (const char* id : {"M1", "M2", "M3", "M4", "M5", "P1", "P2"}) {
      model::Person p;
      p.id = id;
      program.people.push_back(p);
    }
    for (uint32_t mentee : {5u, 6u}) {
      for (uint32_t mentor = 0; mentor < 5; ++mentor) {
        compute::matching::Candidate c;
        c.mentor = mentor;
        c.mentee = mentee;
        c.score.total = static_cast<float>(mentor + 1);
        c.proposed = mentee == 6 && mentor == 0;
        matching.candidates.push_back(c);
      }
    }
  }
};

std::string Csv(const Fixture& f) { return render::matching::CandidatesCsv(f.program, f.matching); }

size_t Rows(const std::string& csv) {
  size_t rows = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  return rows - 1;  // the header
}

TEST_CASE("candidates.csv keeps the best N per mentee and always the proposed one", "[matching][csv]") {
  Fixture f;
  f.program.matching.candidates_per_mentee = 2;
  std::string csv = Csv(f);
  INFO(csv);
  CHECK(Rows(csv) == 4);
  // P1: the two best, M5 and M4, in mentor order as before.
  CHECK(csv.find("\r\nP1;M4;учитель – ученик;0,00;0,00;0,00;0,00;0,00;4,00;нет\r\nP1;M5;") != std::string::npos);
  CHECK(csv.find("P1;M3;") == std::string::npos);
  // P2: the proposed M1 although it scores least, then the best, M5.
  CHECK(csv.find("\r\nP2;M1;учитель – ученик;0,00;0,00;0,00;0,00;0,00;1,00;да\r\nP2;M5;") != std::string::npos);
  CHECK(csv.find("P2;M4;") == std::string::npos);
}

TEST_CASE("the full list of candidates goes to parts only when candidates.csv leaves some out", "[matching][csv]") {
  Fixture f;
  f.program.matching.candidates_per_mentee = 5;
  CHECK(Rows(Csv(f)) == 10);
  CHECK(render::matching::CandidatesFullParts(f.program, f.matching) == 0);

  f.program.matching.candidates_per_mentee = 1;
  REQUIRE(render::matching::CandidatesFullParts(f.program, f.matching, 4) == 3);
  std::string joined;
  for (size_t part = 0; part < 3; ++part) {
    std::string one;
    render::matching::CandidatesFullCsv(f.program, f.matching, part, [&](std::string_view s) { one += s; }, 4);
    CHECK(one.rfind("\xEF\xBB\xBFНаставляемый;Наставник;", 0) == 0);  // each part opens on its own
    CHECK(Rows(one) == (part < 2 ? 4u : 2u));
    joined += one;
  }
  CHECK(joined.find("P1;M1;") != std::string::npos);
  CHECK(joined.find("P2;M5;") != std::string::npos);
}

}  // namespace
}  // namespace nastavnik::testing
