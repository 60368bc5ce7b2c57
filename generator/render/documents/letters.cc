// Благодарственные письма: one page per mentor of a pair or group completed with a result.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

// «Уважаемая Ирина Викторовна!»: the gender follows the patronymic's ending.
std::string Salutation(const std::string& full_name) {
  std::vector<std::string> words;
  for (const std::string& w : text::Split(full_name, ' ')) {
    if (!w.empty()) words.push_back(w);
  }
  if (words.size() < 2) return "Уважаемый коллега!";
  std::string name_patronymic = words[1] + (words.size() > 2 ? " " + words[2] : "");
  const std::string& last = words.back();
  auto ends = [&](const std::string& suffix) {
    return last.size() >= suffix.size() && last.compare(last.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (words.size() > 2 && (ends("вна") || ends("чна") || ends("кызы"))) return "Уважаемая " + name_patronymic + "!";
  if (words.size() > 2 && (ends("вич") || ends("ич") || ends("оглы"))) return "Уважаемый " + name_patronymic + "!";
  return "Уважаемый (-ая) " + name_patronymic + "!";
}

}  // namespace

std::vector<const model::Pair*> PairsWithResults(const model::Program& program) {
  std::vector<const model::Pair*> out;
  for (const model::Pair& p : program.pairs) {
    if (p.status == model::PairStatus::kCompleted && !text::Trim(p.result).empty()) out.push_back(&p);
  }
  return out;
}

Result<doc::Document> BuildThanksLetters(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.bound_set = true;  // a letter per mentor, each numbered on its own
  d.title = "Благодарственные письма наставникам — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  bool first = true;
  for (const model::Pair* pair : PairsWithResults(program)) {
    const model::Person* mentor = Find(program, pair->mentor);
    if (!mentor) continue;
    if (!first) d.blocks.push_back(PageBreak());
    first = false;
    std::string mentees;
    for (const std::string& id : pair->mentees) {
      if (const model::Person* m = Find(program, id)) mentees += (mentees.empty() ? "" : ", ") + m->full_name;
    }
    TemplateValue values = ProgramValues(program);
    TemplateValue p;
    p.Set("salutation", Salutation(mentor->full_name)).Set("mentor", mentor->full_name)
        .Set("mentees", mentees).Set("result", pair->result).Set("form", model::FormName(pair->form))
        .Set("role_model", pair->role_model).Set("group", TemplateValue::Bool(pair->is_group()));
    values.Set("pair", p);
    d.blocks.push_back(doc::Paragraph(program.organization.full_name, doc::Align::kCenter));
    Append(d.blocks, Title("БЛАГОДАРСТВЕННОЕ ПИСЬМО", ""));
    Result<std::vector<doc::Block>> body = TemplateBlocks(templates, "documents/thanks.md", values);
    if (!body.ok()) return body.status();
    Append(d.blocks, std::move(*body));
    d.blocks.push_back(DirectorSignature(program));
    d.blocks.push_back(doc::Paragraph(pair->end ? pair->end->RussianLong() : DateOrBlank(std::nullopt),
                                      doc::Align::kLeft));
  }
  return d;
}

}  // namespace nastavnik::render::documents
