// The fonts and hyphenation patterns of the build tree's data folder (share/nastavnik beside the
// binaries), as a build gets them, for tests that render PDFs themselves. Apart from test_util.h
// so that the tests that render nothing do not depend on the PDF resources.
#pragma once

#include <memory>

#include "base/pdf_resources.h"

namespace nastavnik::testing {

std::shared_ptr<const PdfResources> TestPdfResources();

}  // namespace nastavnik::testing
