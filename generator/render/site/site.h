// Stage 4 (render): the school's public mentorship site as HTML pages in memory.
// Only public data reaches it: counts, staff named as the law requires, and pupils solely where
// their record carries consent to publication.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compute/coverage.h"
#include "load/sources.h"
#include "model/program.h"
#include "render/artifact.h"

namespace nastavnik::render::site {

/// A document the site offers for download.
struct PublicDocument {
  std::string title;
  std::string file;  // path under output/, e.g. "pdf/polozhenie.pdf"; "" for a page without a PDF
  size_t bytes = 0;
  doc::Document body;  // shown as a page
  std::string slug;    // "documents/polozhenie"
};

struct SiteInput {
  const model::Program* program = nullptr;
  const compute::Coverage* coverage = nullptr;
  const std::map<std::string, std::string>* templates = nullptr;
  const std::vector<load::Asset>* assets = nullptr;
  /// Participant id → photo; copied only for people PublishPerson lets through. May be null.
  const std::map<std::string, load::Asset>* photos = nullptr;
  std::vector<PublicDocument> documents;
  std::vector<PublicDocument> questionnaires;  // blank forms: slug "ankety/…", file "pdf/ankety/…"
  /// The school's emblem among the assets ("emblem.svg"), "" when it has none.
  std::string emblem;
  /// The chart font's bytes (Liberation Sans); may be null or empty.
  const std::string* chart_font = nullptr;
  /// `nastavnik serve`: pages load reload.js, which reloads them after a rebuild.
  bool live_reload = false;
};

/// Every page of the site plus its CSS, scripts and images, the Atom feed, sitemap.xml and
/// robots.txt, as artifacts under "site/".
Result<Artifacts> RenderSite(const SiteInput& input);

}  // namespace nastavnik::render::site
