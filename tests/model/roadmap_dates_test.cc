// A roadmap result naming a date after the approval order: the programme and the roadmap print it
// into documents approved before that date, so the curator hears of it at the cell.
#include <catch2/catch.hpp>

#include <filesystem>

#include "model/build_program.h"
#include "test_util.h"

namespace nastavnik::model {
namespace {

RoadmapAction Action(const std::string& result, int line) {
  RoadmapAction a;
  a.stage = SevenStages()[4];
  a.action = "Закрепление пар приказом";
  a.result = result;
  a.result_where = Location{"content/data/roadmap.csv", line, 40};
  return a;
}

Program Approved() {
  Program program;
  program.approval.order_date = Date{2025, 8, 29};
  program.approval.order_number = "118-од";
  return program;
}

}  // namespace

TEST_CASE("a roadmap result dated after the approval warns at its cell", "[model][roadmap]") {
  Program program = Approved();
  program.roadmap = {Action("Приказы от 15.09.2025 № 124-од и от 13.10.2025 № 131-од", 2),
                     Action("Приказ об итогах (27.05.2026 № 61-од)", 3),
                     // Expectations: a term, the approval day itself, an earlier date, no date.
                     Action("Пары закреплены до 15.09.2025, не позднее 01.10.2025", 4),
                     Action("Положение утверждено 29.08.2025 на основании протокола от 28.08.2025", 5),
                     Action("Приказ о закреплении пар", 6), Action("Версия 1.10.20251", 7)};
  Diagnostics diags;
  CheckRoadmapDates(program, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(diags.Format() ==
        "content/data/roadmap.csv:2:40: предупреждение: в результате названы даты 15.09.2025 и 13.10.2025 — позже "
        "приказа от 29.08.2025 № 118-од, которым утверждены программа и дорожная карта с этим результатом: в "
        "утверждённом документе пишут ожидаемый результат, без дат и номеров приказов, изданных после утверждения\n"
        "content/data/roadmap.csv:3:40: предупреждение: в результате названа дата 27.05.2026 — позже приказа от "
        "29.08.2025 № 118-од, которым утверждены программа и дорожная карта с этим результатом: в утверждённом "
        "документе пишут ожидаемый результат, без дат и номеров приказов, изданных после утверждения\n");
}

TEST_CASE("without an approval date or with the default roadmap nothing is checked", "[model][roadmap]") {
  Program unapproved;
  unapproved.roadmap = {Action("Приказ от 15.09.2025", 2)};
  Diagnostics none;
  CheckRoadmapDates(unapproved, none);
  CHECK(none.all().empty());

  Program defaults = Approved();
  AddDefaultRoadmap(defaults);
  defaults.roadmap.front().result = "Приказ от 15.09.2025";  // no cell: nothing to point at
  Diagnostics quiet;
  CheckRoadmapDates(defaults, quiet);
  CHECK(quiet.all().empty());
}

}  // namespace nastavnik::model

namespace nastavnik::testing {

TEST_CASE("the example's roadmap and signature agree with the approval date", "[model][roadmap][esign]") {
  // Run on the repository itself: neither warning is raised for the example school.
  CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " check " + Quote(RepoDir()) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("в результате назван") == std::string::npos);
  CHECK(r.output.find("сертификат электронной подписи") == std::string::npos);

  // Written after the fact, the result cell is named by its line and column.
  TempDir tmp;
  const std::filesystem::path school = CopyExample(tmp);
  WriteFile(school / "content/data/roadmap.csv",
            "stage,action,content,due,responsible,result\n"
            "5,Закрепление пар,,15.09.2025,Директор,\"Приказ от 15.09.2025 № 124-од\"\n");
  CommandResult late = Run(Binary() + " check " + Quote(school) + " 2>&1");
  INFO(late.output);
  CHECK(late.exit_code == 0);
  CHECK(late.output.find("content/data/roadmap.csv:2:40: предупреждение: в результате названа дата 15.09.2025 — "
                         "позже приказа от 29.08.2025 № 118-од") != std::string::npos);
}

}  // namespace nastavnik::testing
