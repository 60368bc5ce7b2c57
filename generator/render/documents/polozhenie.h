// Stage 4 (render): «Положение о наставничестве» from its Markdown template and program.toml.
#pragma once

#include <map>
#include <string>

#include "base/document.h"
#include "model/program.h"

namespace nastavnik::render::documents {

/// templates maps template names to their text (the school's copy or the installed default).
Result<doc::Document> BuildPolozhenie(const model::Program& program,
                                      const std::map<std::string, std::string>& templates);

}  // namespace nastavnik::render::documents
