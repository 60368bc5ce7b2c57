// Stage 1 (load): the questionnaires (templates/questionnaires/*.toml) as TOML trees. The files
// are read with the other templates (load/sources.cc), the school's copy replacing the installed
// one by name; here their text is parsed, so a syntax error is reported at its line and column.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/tree.h"

namespace nastavnik::load {

struct QuestionnaireFile {
  std::string name;  // the file's name without .toml: "nastavlyaemyj"
  std::string path;  // as messages name it: "templates/questionnaires/nastavlyaemyj.toml"
  Value root;
};

/// Every questionnaire among templates (name → text, as in Sources::templates), in name order.
/// A file that is not valid TOML is reported and left out.
std::vector<QuestionnaireFile> ParseQuestionnaireFiles(const std::map<std::string, std::string>& templates,
                                                       Diagnostics& diags);

}  // namespace nastavnik::load
