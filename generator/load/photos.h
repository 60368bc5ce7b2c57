// Stage 1 (load): participants' photos, content/photos/ID.jpg (or .png, .webp), by participant
// id. Loading is not publishing: render/site copies a photo only for a person whose record
// allows it (DATA.md: photo is a consent field).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "base/diagnostics.h"
#include "load/sources.h"

namespace nastavnik::load {

/// Participant id → the photo's bytes (target "photos/ID.ext"). Files not named after an id are
/// reported later by the model, which knows the ids; here every readable image is returned.
std::map<std::string, Asset> LoadPhotos(const std::filesystem::path& root, Diagnostics& diags);

/// Replaces every photo, and every picture a page or document embeds from content/, by its web
/// copy (load/image.h): scaled to what the site shows, with EXIF, GPS, camera and comments
/// dropped, so the school's originals never reach output/site. A file that is not a readable
/// PNG, JPEG or WebP is an error at its path and is left out.
void MakeWebCopies(Sources& sources, Diagnostics& diags);

}  // namespace nastavnik::load
