#include "render/matching/dimacs.h"

namespace nastavnik::render::matching {

std::string FlowDimacs(const compute::matching::FlowProblem& p) {
  const long long mentors = static_cast<long long>(p.capacity.size());
  const long long sink = p.mentees + mentors + 1;
  long long places = 0;
  for (size_t m = 0; m < p.capacity.size(); ++m) places += p.place_cost[m].empty() ? 1 : p.capacity[m];
  std::string out = "c nastavnik match: mentees, mentors, sink\n";
  out += "p min " + std::to_string(sink) + " " + std::to_string(p.arcs.size() + p.mentees + places) + "\n";
  for (int e = 1; e <= p.mentees; ++e) out += "n " + std::to_string(e) + " 1\n";
  out += "n " + std::to_string(sink) + " -" + std::to_string(p.mentees) + "\n";
  size_t next = 0;
  for (int e = 0; e < p.mentees; ++e) {
    for (; next < p.arcs.size() && p.arcs[next].mentee == e; ++next) {
      out += "a " + std::to_string(e + 1) + " " + std::to_string(p.mentees + p.arcs[next].mentor + 1) + " 0 1 " +
             std::to_string(-p.arcs[next].gain) + "\n";
    }
    out += "a " + std::to_string(e + 1) + " " + std::to_string(sink) + " 0 1 0\n";
  }
  for (long long m = 0; m < mentors; ++m) {
    std::string head = "a " + std::to_string(p.mentees + m + 1) + " " + std::to_string(sink) + " 0 ";
    if (p.place_cost[m].empty()) {
      out += head + std::to_string(p.capacity[m]) + " 0\n";
      continue;
    }
    for (long long cost : p.place_cost[m]) out += head + "1 " + std::to_string(cost) + "\n";
  }
  return out;
}

}  // namespace nastavnik::render::matching
