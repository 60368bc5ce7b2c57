// Stage 1 (load): the installed data folder (templates, themes, fonts, hyphenation patterns) and
// the resources the PDF documents need from it. The folder is found beside the executable, so an
// installed or unpacked copy works wherever it lies, and no path of the build machine is compiled in.
#pragma once

#include <filesystem>
#include <memory>

#include "base/pdf_resources.h"
#include "base/status.h"

namespace nastavnik::load {

// InstalledDataDir() (declared in load/sources.h, defined in resources.cc) is NASTAVNIK_DATA_DIR
// when set; otherwise share/nastavnik beside the executable: ../share/nastavnik (an installed
// bin/nastavnik, a test binary in the build tree) or share/nastavnik (the build tree's own
// binary, the Windows folder); the first that holds templates/, the first one when none does.

/// The fonts (data_dir/fonts/*.ttf) and the hyphenation patterns (data_dir/hyphen/hyph_ru_RU.dic),
/// read once per process for each folder. Internal error naming every file that is missing or
/// unreadable, with what to do about it.
Result<std::shared_ptr<const PdfResources>> LoadPdfResources(const std::filesystem::path& data_dir);

}  // namespace nastavnik::load
