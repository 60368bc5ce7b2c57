#include "compute/matching/flow_solver.h"

#include <lemon/network_simplex.h>
#include <lemon/static_graph.h>

#include <algorithm>
#include <utility>

namespace nastavnik::compute::matching {

namespace {

std::vector<char> SolveConnected(const FlowProblem& p) {
  const int mentors = static_cast<int>(p.capacity.size());
  const int sink = p.mentees + mentors;
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
      cost.push_back(-p.arcs[next].gain);
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
      cost.push_back(p.place_cost[m][k]);
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
    parts[c].arcs.push_back({mentee_index[a.mentee], mentor_index[a.mentor], a.gain});
    origin[c].push_back(i);
  }
  std::vector<char> taken(p.arcs.size(), 0);
  for (size_t c = 0; c < parts.size(); ++c) {
    if (parts[c].arcs.empty()) continue;
    std::vector<char> part_taken = SolveConnected(parts[c]);
    for (size_t i = 0; i < part_taken.size(); ++i) taken[origin[c][i]] = part_taken[i];
  }
  return taken;
}

}  // namespace nastavnik::compute::matching
