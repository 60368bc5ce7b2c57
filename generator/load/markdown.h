// Stage 1 (load): Markdown with front matter into the document tree. The only file that
// includes cmark-gfm. Parsing is pure, so render/ also uses it for Markdown document templates.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/document.h"
#include "load/tree.h"

namespace nastavnik::load {

/// An image the text embeds (a kImage block), at the "!" that opens its "![…](…)".
struct ImageReference {
  std::string url;
  Location where;
};

struct MarkdownFile {
  /// The front matter as a table (empty when the file has none).
  Value front_matter;
  std::vector<doc::Block> blocks;
  /// The kImage blocks' images, in the order of the text.
  std::vector<ImageReference> images;
  /// The file as parsed (no BOM, every line end LF): the inlines' line and byte_column point
  /// into it, and a check turns them into the columns an editor shows.
  std::string source;
};

/// Splits off TOML front matter (between "+++" lines) or YAML (between "---" lines: flat
/// "key: value" pairs only), then parses the body with cmark-gfm and its GFM extensions in safe
/// mode. Files larger than limit_bytes are refused: cmark-gfm 0.29 is quadratic on some inputs.
/// Raw HTML is dropped with a warning.
Result<MarkdownFile> ParseMarkdown(std::string_view text, const std::string& path,
                                   size_t limit_bytes, Diagnostics& diags);

/// The body alone, for generated Markdown (templates after substitution), typeset the Russian
/// way (base/typography.h).
std::vector<doc::Block> ParseMarkdownBlocks(std::string_view text);

/// The images a Markdown text without front matter (a document template) embeds, located in
/// the file named path.
std::vector<ImageReference> FindMarkdownImages(std::string_view text, const std::string& path);

}  // namespace nastavnik::load
