// Base: safe names for URLs. A page's file name becomes a slug of Latin letters, digits, "-" and
// "_" (Russian letters transliterated), and a URL path is percent-encoded for sitemaps and feeds.
#pragma once

#include <string>
#include <string_view>

namespace nastavnik::slug {

/// "О программе 2025" → "o-programme-2025"; "/" is kept between folders. Never empty: a name
/// with nothing to keep gives "page".
std::string MakeSlug(std::string_view name);

/// Every byte outside A–Z a–z 0–9 - . _ ~ / as %XX.
std::string PercentEncodePath(std::string_view path);

}  // namespace nastavnik::slug
