#include "render/documents/polozhenie.h"

#include "load/markdown.h"
#include "render/documents/esign.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

Result<doc::Document> BuildPolozhenie(const model::Program& program,
                                      const std::map<std::string, std::string>& templates) {
  const std::string name = "documents/polozhenie.md";
  auto it = templates.find(name);
  if (it == templates.end()) {
    return Status::Internal("не найден шаблон templates/" + name);
  }
  Result<std::string> text =
      ExpandTemplate("templates/" + name, it->second, ProgramValues(program), Escape::kMarkdown);
  if (!text.ok()) return text.status();

  doc::Document d;
  d.title = "Положение о наставничестве — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  d.blocks = ApprovalStamps(program, Gender::kNeuter);
  for (doc::Block& b : Title("ПОЛОЖЕНИЕ", "о наставничестве в " + program.organization.short_name)) {
    d.blocks.push_back(std::move(b));
  }
  for (doc::Block& b : load::ParseMarkdownBlocks(*text)) d.blocks.push_back(std::move(b));
  AppendSignatureMark(program, "polozhenie", d);
  for (doc::Block& b : AgreementStamp(program)) d.blocks.push_back(std::move(b));  // ГОСТ Р 7.0.97: under the signature
  return d;
}

}  // namespace nastavnik::render::documents
