// Measurement aid: with NASTAVNIK_TIMING set, each StageTimer prints its label, wall time and the
// process's peak RSS so far to stderr when it ends. Output files are never affected.
#pragma once

#ifndef _WIN32
#include <sys/resource.h>
#endif

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace nastavnik {

class StageTimer {
 public:
  explicit StageTimer(std::string label)
      : label_(std::move(label)), on_(std::getenv("NASTAVNIK_TIMING") != nullptr),
        start_(std::chrono::steady_clock::now()) {}
  ~StageTimer() {
    if (!on_) return;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    long peak_kb = 0;
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    peak_kb = usage.ru_maxrss;
#endif
    std::fprintf(stderr, "[timing] %-40s %9.1f ms  peak %6ld MB\n", label_.c_str(), ms, peak_kb / 1024);
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  std::string label_;
  bool on_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace nastavnik
