// Stage 4 (render): every file of output/matching/ as bytes: proposal.csv, candidates.csv and
// the explanation as HTML, PDF and XLSX. Paths are relative to output/matching/.
#pragma once

#include "base/status.h"
#include "compute/matching/match.h"
#include "model/program.h"
#include "render/artifact.h"

namespace nastavnik::render::matching {

Result<Artifacts> RenderMatching(const model::Program& program, const compute::matching::Matching& matching,
                                 long long epoch_seconds);

}  // namespace nastavnik::render::matching
