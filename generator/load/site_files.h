// Stage 1 (load): what the site needs besides pages and the theme: the school's emblem
// (content/emblem.png, .jpg or .webp), shown in the header and as the favicon. The font the
// site's charts are measured with comes with the documents' fonts (load/resources.h).
#pragma once

#include <filesystem>

#include "base/diagnostics.h"
#include "load/sources.h"

namespace nastavnik::load {

/// content/emblem.* as an asset "emblem.<ext>" of sources; its target is returned, "" when the
/// school has none. A file that is no picture of its kind is reported.
std::string LoadEmblem(const std::filesystem::path& root, Sources& sources, Diagnostics& diags);

}  // namespace nastavnik::load
