#include "compute/matching/flow_solver.h"

#include <lemon/network_simplex.h>
#include <lemon/static_graph.h>

#include <algorithm>
#include <future>
#include <utility>

namespace nastavnik::compute::matching {

namespace {

std::vector<char> SolveConnected(const FlowProblem& p) {
  const int mentors = static_cast<int>(p.capacity.size());
  const int sink = p.mentees + mentors;
  long long max_units = 0, max_place = 0;
  for (const FlowProblem::Arc& a : p.arcs) max_units = std::max(max_units, a.units);
  for (const auto& costs : p.place_cost) {
    if (!costs.empty()) max_place = std::max(max_place, costs.back());
  }
  const long long e_count = p.mentees, m_count = mentors;
  const long long big = p.coverage_first ? (max_units + max_place + 1) * (e_count + 1) : 0;
  // Ties: an arc earns (mentors − mentor rank) × (mentees − mentee rank), which favours the
  // first mentees, and pairs earlier mentees with earlier mentors (the rearrangement
  // inequality). Every cost is scaled by more than the largest sum of these terms any solution
  // can collect, so they only choose among exact optima. Skipped when costs would not fit.
  const __int128 tie_max = static_cast<__int128>(e_count + 1) * (m_count + 1);
  const __int128 scale_wide = static_cast<__int128>(e_count) * tie_max + 1;
  const __int128 largest = (static_cast<__int128>(big) + max_units + max_place) * scale_wide * (e_count + m_count + 2);
  const bool tie_break = largest < static_cast<__int128>(4000000000000000000LL);
  const long long scale = tie_break ? static_cast<long long>(scale_wide) : 1;
  // StaticDigraph wants arcs sorted by source: mentees (their candidates, then "unmatched"),
  // then mentors (their places). Arc i of the list is arc i of the graph.
  std::vector<std::pair<int, int>> arcs;
  std::vector<long long> upper, cost;
  arcs.reserve(p.arcs.size() + p.mentees + mentors);
  size_t next = 0;
  for (int e = 0; e < p.mentees; ++e) {
    for (; next < p.arcs.size() && p.arcs[next].mentee == e; ++next) {
      arcs.emplace_back(e, p.mentees + p.arcs[next].mentor);
      upper.push_back(1);
      const FlowProblem::Arc& a = p.arcs[next];
      long long tie = tie_break ? (e_count + 1 - e) * (m_count + 1 - a.mentor) : 0;
      cost.push_back(-((big + a.units) * scale + tie));
    }
    arcs.emplace_back(e, sink);
    upper.push_back(1);
    cost.push_back(0);
  }
  for (int m = 0; m < mentors; ++m) {
    if (p.place_cost[m].empty()) {
      arcs.emplace_back(p.mentees + m, sink);
      upper.push_back(p.capacity[m]);
      cost.push_back(0);
      continue;
    }
    for (int k = 0; k < p.capacity[m]; ++k) {
      arcs.emplace_back(p.mentees + m, sink);
      upper.push_back(1);
      cost.push_back(p.place_cost[m][k] * scale);
    }
  }
  lemon::StaticDigraph graph;
  graph.build(sink + 1, arcs.begin(), arcs.end());
  lemon::StaticDigraph::ArcMap<long long> upper_map(graph), cost_map(graph);
  for (size_t i = 0; i < arcs.size(); ++i) {
    lemon::StaticDigraph::Arc a = graph.arc(static_cast<int>(i));
    upper_map[a] = upper[i];
    cost_map[a] = cost[i];
  }
  lemon::StaticDigraph::NodeMap<long long> supply(graph, 0);
  for (int e = 0; e < p.mentees; ++e) supply[graph.node(e)] = 1;
  supply[graph.node(sink)] = -p.mentees;

  lemon::NetworkSimplex<lemon::StaticDigraph, long long, long long> solver(graph);
  solver.upperMap(upper_map).costMap(cost_map).supplyMap(supply);
  std::vector<char> taken(p.arcs.size(), 0);
  // Always feasible: every mentee has its own arc to the sink.
  if (solver.run() != decltype(solver)::OPTIMAL) return taken;
  size_t graph_arc = 0, problem_arc = 0;
  for (int e = 0; e < p.mentees; ++e) {
    for (; problem_arc < p.arcs.size() && p.arcs[problem_arc].mentee == e; ++problem_arc, ++graph_arc) {
      taken[problem_arc] = solver.flow(graph.arc(static_cast<int>(graph_arc))) > 0;
    }
    ++graph_arc;  // the "unmatched" arc
  }
  return taken;
}

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<char> SolveFlow(const FlowProblem& p) {
  // Mentees and mentors that share no arc never compete: the sink has no limit, so each connected
  // component is its own problem. Schools of a network without cross-school pairs fall apart into
  // one small graph per school, which network simplex solves much faster than the whole.
  const int mentors = static_cast<int>(p.capacity.size());
  std::vector<int> parent(p.mentees + mentors);
  for (size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<int>(i);
  for (const FlowProblem::Arc& a : p.arcs) {
    int x = Find(parent, a.mentee), y = Find(parent, p.mentees + a.mentor);
    if (x != y) parent[std::max(x, y)] = std::min(x, y);
  }
  std::vector<int> component(parent.size(), -1), mentee_index(p.mentees), mentor_index(mentors);
  std::vector<FlowProblem> parts;
  for (int e = 0; e < p.mentees; ++e) {
    int root = Find(parent, e);
    if (component[root] < 0) {
      component[root] = static_cast<int>(parts.size());
      parts.emplace_back();
      parts.back().coverage_first = p.coverage_first;
    }
    mentee_index[e] = parts[component[root]].mentees++;
  }
  for (int m = 0; m < mentors; ++m) {
    int root = Find(parent, p.mentees + m);
    if (component[root] < 0) continue;  // a mentor no mentee can reach
    FlowProblem& part = parts[component[root]];
    mentor_index[m] = static_cast<int>(part.capacity.size());
    part.capacity.push_back(p.capacity[m]);
    part.place_cost.push_back(p.place_cost[m]);
  }
  std::vector<std::vector<size_t>> origin(parts.size());  // part's arc → problem's arc
  for (size_t i = 0; i < p.arcs.size(); ++i) {
    const FlowProblem::Arc& a = p.arcs[i];
    int c = component[Find(parent, a.mentee)];
    parts[c].arcs.push_back({mentee_index[a.mentee], mentor_index[a.mentor], a.units});
    origin[c].push_back(i);
  }
  // Components on two threads (even and odd ones): each writes only its own arcs of taken.
  std::vector<char> taken(p.arcs.size(), 0);
  auto solve_every_other = [&](size_t first) {
    for (size_t c = first; c < parts.size(); c += 2) {
      if (parts[c].arcs.empty()) continue;
      std::vector<char> part_taken = SolveConnected(parts[c]);
      for (size_t i = 0; i < part_taken.size(); ++i) taken[origin[c][i]] = part_taken[i];
    }
  };
  if (parts.size() > 1 && p.arcs.size() > 100000) {
    auto odd = std::async(std::launch::async, solve_every_other, 1);
    solve_every_other(0);
    odd.get();
  } else {
    for (size_t first : {0, 1}) solve_every_other(first);
  }
  return taken;
}

}  // namespace nastavnik::compute::matching
