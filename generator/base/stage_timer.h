// Measurement aid: with NASTAVNIK_TIMING set, each StageTimer prints its label, wall time and the
// process's peak RSS so far to stderr when it ends. Output files are never affected.
#pragma once

#include <sys/resource.h>

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
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::fprintf(stderr, "[timing] %-40s %9.1f ms  peak %6ld MB\n", label_.c_str(), ms, usage.ru_maxrss / 1024);
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  std::string label_;
  bool on_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace nastavnik
