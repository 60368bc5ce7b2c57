// Stage 4 (render): svodka.xlsx, the network rollup as a workbook: one row per school with live
// coverage formulas and a native chart against the target; forms and indicators summed.
#pragma once

#include "compute/rollup.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::rollup {

xlsx::Workbook BuildRollupWorkbook(const compute::NetworkRollup& rollup);

}  // namespace nastavnik::render::rollup
