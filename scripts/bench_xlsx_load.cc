// Reads a school's tables (content/data/: CSV files or workbooks) the way `nastavnik check` does,
// several times, and prints the best time and the cells read. Built by scripts/bench_xlsx.sh with
// -O2 from the reader's sources, against the core library for the rest.
//   bench_xlsx_load SCHOOL [TIMES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "load/table_files.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_xlsx_load SCHOOL [TIMES]\n");
    return 2;
  }
  int times = argc > 2 ? std::atoi(argv[2]) : 10;
  double best = 1e18;
  size_t cells = 0, errors = 0;
  for (int i = 0; i < times; ++i) {
    auto start = std::chrono::steady_clock::now();
    nastavnik::Diagnostics diags;
    nastavnik::load::TableFiles files = nastavnik::load::LoadTableFiles(argv[1], "auto", diags);
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    cells = 0;
    for (const auto& [name, table] : files.tables) {
      for (const auto& row : table.rows) cells += row.cells.size();
    }
    errors = diags.error_count();
  }
  std::printf("%.1f ms best of %d, %zu cells, %zu errors\n", best, times, cells, errors);
  return errors ? 1 : 0;
}
