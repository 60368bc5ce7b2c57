#include "load/questionnaire_files.h"

#include "load/toml.h"

namespace nastavnik::load {

std::vector<QuestionnaireFile> ParseQuestionnaireFiles(const std::map<std::string, std::string>& templates,
                                                       Diagnostics& diags) {
  static const std::string kFolder = "questionnaires/";
  std::vector<QuestionnaireFile> out;
  for (const auto& [name, text] : templates) {
    if (!name.starts_with(kFolder) || !name.ends_with(".toml")) continue;
    std::string stem = name.substr(kFolder.size(), name.size() - kFolder.size() - 5);
    if (stem.find('/') != std::string::npos) continue;  // sub-folders are the school's drafts
    std::string path = "templates/" + name;
    Result<Value> root = ParseToml(text, path);
    if (!root.ok()) {
      diags.Add(root.status());
      continue;
    }
    out.push_back(QuestionnaireFile{stem, path, std::move(*root)});
  }
  return out;
}

}  // namespace nastavnik::load
