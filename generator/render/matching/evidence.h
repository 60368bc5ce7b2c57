// Stage 4 (render): a proposed pair's evidence in words — «запрос «…» — «…»», «общие дни: пн, ср»,
// «стаж: 18 лет и 1 год» — from what compute/matching/score.h found.
#pragma once

#include <string>
#include <vector>

#include "compute/matching/score.h"
#include "model/program.h"

namespace nastavnik::render::matching {

std::vector<std::string> EvidenceText(const model::Program& program, const compute::matching::PairEvidence& e);

}  // namespace nastavnik::render::matching
