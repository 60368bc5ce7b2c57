// The raw solver on the graph `nastavnik match --dimacs FILE` wrote: LEMON NetworkSimplex alone,
// for the benchmark in scripts/bench_matching.sh. Prints the seconds to read the graph, to solve
// it, the optimal cost and the peak memory of this process.
// Build: g++ -O2 -std=c++17 scripts/flow_bench.cc -o flow_bench -llemon
#include <lemon/dimacs.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: flow_bench GRAPH.dimacs\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  lemon::SmartDigraph g;
  lemon::SmartDigraph::ArcMap<long long> lower(g), upper(g), cost(g);
  lemon::SmartDigraph::NodeMap<long long> supply(g);
  std::ifstream in(argv[1]);
  lemon::readDimacsMin(in, g, lower, upper, cost, supply);
  auto t1 = Clock::now();
  lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long> ns(g);
  ns.upperMap(upper).costMap(cost).supplyMap(supply);
  auto result = ns.run();
  auto t2 = Clock::now();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("nodes %d arcs %d read %.3f s solve %.3f s cost %lld status %d maxrss %ld MB\n", lemon::countNodes(g),
              lemon::countArcs(g), std::chrono::duration<double>(t1 - t0).count(),
              std::chrono::duration<double>(t2 - t1).count(), static_cast<long long>(ns.totalCost()),
              static_cast<int>(result), usage.ru_maxrss / 1024);
  return result == decltype(ns)::OPTIMAL ? 0 : 1;
}
