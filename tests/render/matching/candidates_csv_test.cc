// candidates.csv made in pieces: a region's file is written as it is made, so the pieces must
// join into exactly the rows a curator opens in Excel.
#include <catch2/catch.hpp>

#include "render/matching/matching_csv.h"

namespace nastavnik::testing {

TEST_CASE("candidates.csv comes in pieces of about a megabyte that join into whole rows", "[matching][csv]") {
  model::Program program;
  program.matching.candidates_per_mentee = 100;  // every candidate: the cap has its own test
  for (int i = 0; i < 300; ++i) {
    model::Person p;
    p.id = "P" + std::to_string(1000 + i);
    program.people.push_back(p);
  }
  compute::matching::Matching matching;
  for (uint32_t mentee = 100; mentee < 300; ++mentee) {
    for (uint32_t mentor = 0; mentor < 100; ++mentor) {
      compute::matching::Candidate c;
      c.mentor = mentor;
      c.mentee = mentee;
      c.form = model::Form::kTeacherPupil;
      c.score.requests = 0.5f;
      c.score.total = static_cast<float>(mentor) + 0.25f;  // 0,25 … 99,25: both number paths
      c.proposed = mentor == mentee % 100;
      matching.candidates.push_back(c);
    }
  }
  std::vector<std::string> pieces;
  render::matching::CandidatesCsv(program, matching, [&](std::string_view piece) { pieces.emplace_back(piece); });
  REQUIRE(pieces.size() > 1);
  std::string joined;
  for (const std::string& piece : pieces) {
    CHECK(piece.size() < (1u << 20) + 200);
    CHECK(piece.substr(piece.size() - 2) == "\r\n");  // a piece never cuts a row
    joined += piece;
  }
  CHECK(joined == render::matching::CandidatesCsv(program, matching));
  CHECK(joined.rfind("\xEF\xBB\xBFНаставляемый;Наставник;Форма;", 0) == 0);
  size_t rows = 0;
  for (size_t at = joined.find("\r\n"); at != std::string::npos; at = joined.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + matching.candidates.size());
  CHECK(joined.find("\r\nP1100;P1000;учитель – ученик;0,50;0,00;0,00;0,00;0,00;0,25;да\r\n") != std::string::npos);
  CHECK(joined.find("\r\nP1299;P1099;учитель – ученик;0,50;0,00;0,00;0,00;0,00;99,25;да\r\n") != std::string::npos);
  CHECK(joined.find("\r\nP1299;P1098;учитель – ученик;0,50;0,00;0,00;0,00;0,00;98,25;нет\r\n") != std::string::npos);
}

}  // namespace nastavnik::testing
