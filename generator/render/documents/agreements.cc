// For every mentor who is an employee of the school: the written consent ст. 351.8 ТК РФ asks
// for, and the supplementary agreement to the labour contract stating content, period, form and
// pay. Each starts on a new page; the parties sign both.
#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {

namespace {

bool IsEmployee(const model::Person& p) {
  return p.is_mentor && p.category == model::Category::kTeacher;
}

TemplateValue MentorValues(const model::Program& program, const model::Person& mentor) {
  TemplateValue v = ProgramValues(program);
  TemplateValue m;
  m.Set("name", mentor.full_name).Set("position", mentor.position).Set("initials", text::InitialsFirst(mentor.full_name));
  TemplateValue pairs = TemplateValue::List();
  std::optional<Date> from, to;
  for (const model::Pair& p : program.pairs) {
    if (p.mentor != mentor.id || p.status == model::PairStatus::kTerminated) continue;
    std::string mentees;
    for (const std::string& id : p.mentees) {
      if (const model::Person* x = Find(program, id)) mentees += (mentees.empty() ? "" : ", ") + PersonLabel(*x);
    }
    TemplateValue pair;
    pair.Set("mentees", mentees).Set("form", model::FormName(p.form)).Set("role_model", p.role_model)
        .Set("period", Period(p.start, p.end));
    pairs.Push(pair);
    if (p.start && (!from || *p.start < *from)) from = p.start;
    if (p.end && (!to || *p.end > *to)) to = p.end;
  }
  m.Set("pairs", pairs);
  m.Set("period", Period(from ? from : program.settings.start, to ? to : program.settings.end));
  v.Set("mentor", m);
  v.Set("pay", program.paperwork.mentor_pay);
  return v;
}

}  // namespace

Result<doc::Document> BuildMentorAgreements(const model::Program& program, const Templates& templates) {
  const model::Organization& o = program.organization;
  doc::Document d;
  d.bound_set = true;  // each consent and each agreement numbered on its own
  d.title = "Согласия наставников и дополнительные соглашения к трудовым договорам — " + o.short_name;
  d.subject = program.settings.title;
  d.author = o.full_name;
  for (const model::Person& mentor : program.people) {
    if (!IsEmployee(mentor)) continue;
    TemplateValue values = MentorValues(program, mentor);

    if (!d.blocks.empty()) d.blocks.push_back(PageBreak());
    d.blocks.push_back(Corner({"Руководителю " + o.short_name}));
    Append(d.blocks, Title("СОГЛАСИЕ", "работника на выполнение работы по наставничеству"));
    Result<std::vector<doc::Block>> consent = TemplateBlocks(templates, "documents/mentor_consent.md", values);
    if (!consent.ok()) return consent.status();
    Append(d.blocks, std::move(*consent));
    d.blocks.push_back(Signatures({{"Работник", text::InitialsFirst(mentor.full_name), "(подпись, дата)"}}));

    d.blocks.push_back(PageBreak());
    Append(d.blocks, Title("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____",
                           "к трудовому договору от «___» __________ 20__ г. № ____"));
    Result<std::vector<doc::Block>> agreement =
        TemplateBlocks(templates, "documents/mentor_agreement.md", values);
    if (!agreement.ok()) return agreement.status();
    Append(d.blocks, std::move(*agreement));
    d.blocks.push_back(Signatures({
        {"Работодатель: " + o.director.position + " " + o.short_name, text::InitialsFirst(o.director.name),
         "(подпись, дата)"},
        {"Работник", text::InitialsFirst(mentor.full_name), "(подпись, дата)"},
        {"Экземпляр соглашения получил(а)", text::InitialsFirst(mentor.full_name), "(подпись, дата)"},
    }));
  }
  return d;
}

}  // namespace nastavnik::render::documents
