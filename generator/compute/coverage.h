// Stage 3 (compute): how much of the school the program reaches, a pure function of the model.
#pragma once

#include "model/program.h"

namespace nastavnik::compute {

/// Participants in active or completed pairs (a terminated pair counts for nobody), against the
/// school's totals: program.toml's, or the roster's where it lists more people.
struct Coverage {
  int pupils_covered = 0;
  int teachers_covered = 0;
  int pupils_total = 0;
  int teachers_total = 0;
  int active_pairs = 0;  // pairs and groups still working
  int groups = 0;        // of the active ones, those with more than one mentee
  double target = 0.70;

  /// Pupils and teachers together: the share the national target is set for.
  double share() const;
};

Coverage ComputeCoverage(const model::Program& program);

}  // namespace nastavnik::compute
