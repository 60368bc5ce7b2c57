// Stage 4 (render): the flow problem of a proposal in the DIMACS min-cost flow format, so that a
// benchmark can time a raw solver on exactly the graph `nastavnik match` solved.
#pragma once

#include <string>

#include "compute/matching/flow_solver.h"

namespace nastavnik::render::matching {

/// Nodes: mentees 1..E (supply 1), mentors E+1..E+M, the sink last (demand E). Arcs as
/// SolveFlow builds them: candidates (cost −gain), "unmatched", then the mentors' places.
std::string FlowDimacs(const compute::matching::FlowProblem& problem);

}  // namespace nastavnik::render::matching
