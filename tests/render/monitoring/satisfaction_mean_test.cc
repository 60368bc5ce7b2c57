// monitoring.xlsx's satisfaction mean against the other outputs, on answers that are not whole
// points: the workbook's cell is recalculated from the sheet's own cells (as a spreadsheet would)
// and compared with summary.json.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// Prints the mean row's two values as a spreadsheet shows them (formulas evaluated over the
// histogram cells they name), then summary.json's two means.
constexpr char kRecalc[] = R"PY(
import sys, json, re, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Удовлетворённость"]
row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Среднее")
out = []
for col in "BC":
    v = ws[col + str(row)].value
    if isinstance(v, str) and v.startswith("="):
        m = re.fullmatch(r"=SUMPRODUCT\(A3:A12,(?P<c>[A-Z])3:(?P=c)12\)/MAX\(1,SUM\((?P=c)3:(?P=c)12\)\)", v)
        assert m, v
        c = m.group(1)
        counts = [ws[c + str(r)].value or 0 for r in range(3, 13)]
        scores = [ws["A" + str(r)].value for r in range(3, 13)]
        v = sum(a * b for a, b in zip(scores, counts)) / max(1, sum(counts))
    out.append("%.4f" % v)
s = json.load(open(sys.argv[2]))["satisfaction"]
out += ["%.4f" % s["mentors"]["mean"], "%.4f" % s["mentees"]["mean"]]
print(" ".join(out))
print("filter=%s" % ws.auto_filter.ref)
)PY";

}  // namespace

TEST_CASE("monitoring.xlsx's satisfaction mean is the one the report states, on half-point answers",
          "[monitoring][xlsx]") {
  TempDir tmp;
  stdfs::path school = CopyExample(tmp);
  std::string surveys = ReadFile(school / "content/data/surveys.csv");
  // Exit answers 10, 9 and 8 become 9.5, 8.5 and 7.5: the histogram counts them at 10, 9 and 8.
  surveys = std::regex_replace(surveys, std::regex(",(выход,[0-9.]+),(10|9|8),"), ",$1,$2.5,");
  surveys = std::regex_replace(surveys, std::regex(",10\\.5,"), ",9.5,");
  WriteFile(school / "content/data/surveys.csv", surveys);
  CommandResult r = Run("SOURCE_DATE_EPOCH=1772000000 " + Binary() + " build " + Quote(school) + " -o " +
                        Quote(tmp.path() / "out") + " --today 25.02.2026 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  WriteFile(tmp.path() / "recalc.py", kRecalc);
  CommandResult d = Run("/usr/bin/python3 " + Quote(tmp.path() / "recalc.py") + " " +
                        Quote(tmp.path() / "out/xlsx/monitoring.xlsx") + " " +
                        Quote(tmp.path() / "out/monitoring/summary.json") + " 2>&1");
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  std::smatch m;
  REQUIRE(std::regex_search(d.output, m, std::regex("([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\n")));
  CHECK(m[1] == m[3]);
  CHECK(m[2] == m[4]);
  CHECK(m[2] != "0.0000");
  // The mean and median rows are outside the autofilter: A2:C12 holds the header and scores 1–10.
  CHECK_THAT(d.output, Catch::Contains("filter=A2:C12"));
}

}  // namespace nastavnik::testing
