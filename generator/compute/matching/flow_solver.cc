#include "compute/matching/flow_solver.h"

#include <lemon/network_simplex.h>
#include <lemon/static_graph.h>

#include <algorithm>
#include <deque>
#include <limits>
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
    if (e == p.forced_mentee) continue;
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
  // Always feasible: every mentee has its own arc to the sink, and a forced one at least one mentor.
  if (solver.run() != decltype(solver)::OPTIMAL) return taken;
  size_t graph_arc = 0, problem_arc = 0;
  for (int e = 0; e < p.mentees; ++e) {
    for (; problem_arc < p.arcs.size() && p.arcs[problem_arc].mentee == e; ++problem_arc, ++graph_arc) {
      taken[problem_arc] = solver.flow(graph.arc(static_cast<int>(graph_arc))) > 0;
    }
    if (e != p.forced_mentee) ++graph_arc;  // the "unmatched" arc
  }
  return taken;
}

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

namespace {

struct Split {
  std::vector<FlowProblem> parts;
  std::vector<std::vector<size_t>> origin;  // part's arc → problem's arc
  std::vector<int> mentee_part, mentee_index, mentor_part, mentor_index;  // -1: no mentee reaches
};

Split SplitComponents(const FlowProblem& p) {
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
  Split s;
  std::vector<int> component(parent.size(), -1);
  s.mentee_part.assign(p.mentees, -1);
  s.mentee_index.assign(p.mentees, -1);
  s.mentor_part.assign(mentors, -1);
  s.mentor_index.assign(mentors, -1);
  for (int e = 0; e < p.mentees; ++e) {
    int root = Find(parent, e);
    if (component[root] < 0) {
      component[root] = static_cast<int>(s.parts.size());
      s.parts.emplace_back();
      s.parts.back().coverage_first = p.coverage_first;
    }
    s.mentee_part[e] = component[root];
    s.mentee_index[e] = s.parts[component[root]].mentees++;
    if (e == p.forced_mentee) s.parts[component[root]].forced_mentee = s.mentee_index[e];
  }
  for (int m = 0; m < mentors; ++m) {
    int root = Find(parent, p.mentees + m);
    if (component[root] < 0) continue;
    FlowProblem& part = s.parts[component[root]];
    s.mentor_part[m] = component[root];
    s.mentor_index[m] = static_cast<int>(part.capacity.size());
    part.capacity.push_back(p.capacity[m]);
    part.place_cost.push_back(p.place_cost[m]);
  }
  s.origin.resize(s.parts.size());
  for (size_t i = 0; i < p.arcs.size(); ++i) {
    const FlowProblem::Arc& a = p.arcs[i];
    int c = component[Find(parent, a.mentee)];
    s.parts[c].arcs.push_back({s.mentee_index[a.mentee], s.mentor_index[a.mentor], a.units});
    s.origin[c].push_back(i);
  }
  return s;
}

}  // namespace

FlowValue ValueOf(const FlowProblem& p, const std::vector<char>& taken) {
  FlowValue v;
  std::vector<int> used(p.capacity.size(), 0);
  for (size_t i = 0; i < p.arcs.size(); ++i) {
    if (!taken[i]) continue;
    ++v.matched;
    v.units += p.arcs[i].units;
    const std::vector<long long>& costs = p.place_cost[p.arcs[i].mentor];
    int k = used[p.arcs[i].mentor]++;
    if (k < static_cast<int>(costs.size())) v.units -= costs[k];
  }
  return v;
}

FlowParts::FlowParts(const FlowProblem& p, const std::vector<char>& taken) {
  Split s = SplitComponents(p);
  parts_ = std::move(s.parts);
  mentee_part_ = std::move(s.mentee_part);
  mentee_index_ = std::move(s.mentee_index);
  mentor_index_ = std::move(s.mentor_index);
  taken_.resize(parts_.size());
  for (size_t c = 0; c < parts_.size(); ++c) {
    for (size_t i : s.origin[c]) taken_[c].push_back(taken[i]);
  }
  free_ = p.capacity;
  for (size_t i = 0; i < p.arcs.size(); ++i) free_[p.arcs[i].mentor] -= taken[i] ? 1 : 0;
}

FlowValue FlowParts::Current(int mentee) const {
  int c = mentee_part_[mentee];
  return ValueOf(parts_[c], taken_[c]);
}

FlowValue FlowParts::Forced(int mentee) const {
  // The optimum without the mentee's "unmatched" arc is the proposal plus the cheapest path from
  // the mentee to the sink in the residual network (which has no negative cycle, the proposal
  // being optimal): the mentee takes a place, and whoever loses it moves on or leaves.
  const int c = mentee_part_[mentee];
  const FlowProblem& p = parts_[c];
  const std::vector<char>& taken = taken_[c];
  const int mentees = p.mentees, mentors = static_cast<int>(p.capacity.size());
  long long max_units = 0, max_place = 0;
  for (const FlowProblem::Arc& a : p.arcs) max_units = std::max(max_units, a.units);
  for (const auto& costs : p.place_cost) {
    if (!costs.empty()) max_place = std::max(max_place, costs.back());
  }
  const long long big = p.coverage_first ? (max_units + max_place + 1) * (mentees + 1) : 0;
  std::vector<std::vector<std::pair<int, long long>>> next(mentees + mentors);
  std::vector<char> matched(mentees, 0);
  std::vector<int> used(mentors, 0);
  for (size_t i = 0; i < p.arcs.size(); ++i) {
    const FlowProblem::Arc& a = p.arcs[i];
    if (taken[i]) {
      next[mentees + a.mentor].emplace_back(a.mentee, big + a.units);
      matched[a.mentee] = 1;
      ++used[a.mentor];
    } else {
      next[a.mentee].emplace_back(mentees + a.mentor, -(big + a.units));
    }
  }
  const long long kInf = std::numeric_limits<long long>::max();
  std::vector<long long> dist(mentees + mentors, kInf);
  std::vector<char> queued(mentees + mentors, 0);
  std::deque<int> queue = {mentee_index_[mentee]};
  dist[queue.front()] = 0;
  while (!queue.empty()) {
    int x = queue.front();
    queue.pop_front();
    queued[x] = 0;
    for (const auto& [y, cost] : next[x]) {
      if (dist[x] + cost < dist[y]) {
        dist[y] = dist[x] + cost;
        if (!queued[y]) {
          queued[y] = 1;
          queue.push_back(y);
        }
      }
    }
  }
  // Leaving: a displaced mentee stays without a pair (as many pairs), or a mentor fills a free
  // place (one pair more).
  long long best = kInf;
  int more = 0;
  for (int e = 0; e < mentees; ++e) {
    if (matched[e] && dist[e] != kInf && dist[e] < best) best = dist[e], more = 0;
  }
  for (int m = 0; m < mentors; ++m) {
    if (used[m] >= p.capacity[m] || dist[mentees + m] == kInf) continue;
    long long place = p.place_cost[m].empty() ? 0 : p.place_cost[m][used[m]];
    if (dist[mentees + m] + place < best) best = dist[mentees + m] + place, more = 1;
  }
  FlowValue now = ValueOf(p, taken);
  if (best == kInf) return now;
  return FlowValue{now.matched + more, now.units - best - big * more};
}

FlowValue FlowParts::ForcedBySolving(int mentee) const {
  FlowProblem part = parts_[mentee_part_[mentee]];
  part.forced_mentee = mentee_index_[mentee];
  return ValueOf(part, SolveConnected(part));
}

bool FlowParts::Paired(const FlowProblem& part, int index) const {
  std::vector<char> taken = SolveConnected(part);
  for (size_t i = 0; i < part.arcs.size(); ++i) {
    if (taken[i] && part.arcs[i].mentee == index) return true;
  }
  return false;
}

bool FlowParts::PairedWithExtraPlace(int mentee, int mentor, long long extra_cost) const {
  FlowProblem part = parts_[mentee_part_[mentee]];
  int m = mentor_index_[mentor];
  if (m < 0) return false;
  ++part.capacity[m];
  if (!part.place_cost[m].empty()) part.place_cost[m].push_back(extra_cost);
  return Paired(part, mentee_index_[mentee]);
}

bool FlowParts::PairedWithoutPlaceCosts(int mentee) const {
  FlowProblem part = parts_[mentee_part_[mentee]];
  for (auto& costs : part.place_cost) costs.clear();
  return Paired(part, mentee_index_[mentee]);
}

std::vector<char> SolveFlow(const FlowProblem& p) {
  Split s = SplitComponents(p);
  std::vector<FlowProblem>& parts = s.parts;
  std::vector<std::vector<size_t>>& origin = s.origin;
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
