// Stage 4 (render): the municipal monitoring report from a network rollup: a PDF, an HTML page
// and a workbook with native charts, as artifacts for write/ (svodka.pdf, svodka.xlsx, index.html).
#pragma once

#include <memory>

#include "base/document.h"
#include "base/pdf_resources.h"
#include "compute/rollup.h"
#include "render/artifact.h"

namespace nastavnik::render::rollup {

doc::Document BuildRollupReport(const compute::NetworkRollup& rollup);

Result<Artifacts> RenderRollup(const compute::NetworkRollup& rollup, long long epoch_seconds,
                               std::shared_ptr<const PdfResources> pdf_resources);

}  // namespace nastavnik::render::rollup
