// For every mentor who is an employee of the school: the written consent ст. 351.8 ТК РФ asks
// for, and the supplementary agreement to the labour contract stating content, period, form and
// pay. Each starts on a new page; the parties sign both.
#include <algorithm>

#include "base/text.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/orders.h"
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

// Employees who mentor, in the order they were appointed: the supplementary agreements are
// numbered in that order and dated with the order that first names the mentor's pair.
std::vector<const model::Person*> EmployeesByAppointment(const model::Program& program,
                                                         const std::map<std::string, const model::Order*>& orders) {
  std::vector<const model::Person*> out;
  for (const model::Person& p : program.people) {
    if (IsEmployee(p)) out.push_back(&p);
  }
  auto date = [&](const model::Person* p) {
    auto o = orders.find(p->id);
    return o != orders.end() && o->second->date ? *o->second->date : Date{9999, 12, 31};
  };
  std::stable_sort(out.begin(), out.end(), [&](const model::Person* a, const model::Person* b) { return date(a) < date(b); });
  return out;
}

// The consent and the agreement come before the work (ст. 351.8 ТК РФ): dated with the order that
// appoints the mentor, or with the start of the mentor's first pair when that start comes earlier
// (the data then also warn at the order).
std::optional<Date> AgreementDate(const model::Program& program, const model::Person& mentor,
                                  const model::Order* order) {
  std::optional<Date> date = order ? order->date : std::nullopt;
  if (!date) return date;  // no order yet: the date is left to write by hand
  for (const model::Pair& p : program.pairs) {
    if (p.mentor == mentor.id && p.start && *p.start < *date) date = p.start;
  }
  return date;
}

}  // namespace

Result<doc::Document> BuildMentorAgreements(const model::Program& program, const Templates& templates) {
  const model::Organization& o = program.organization;
  doc::Document d;
  d.bound_set = true;  // each consent and each agreement numbered on its own
  d.title = "Согласия наставников и дополнительные соглашения к трудовым договорам — " + o.short_name;
  d.subject = program.settings.title;
  d.author = o.full_name;
  int number = 0;
  const std::map<std::string, const model::Order*> orders = AppointingOrders(program);
  for (const model::Person* person : EmployeesByAppointment(program, orders)) {
    const model::Person& mentor = *person;
    auto appointing = orders.find(mentor.id);
    const model::Order* order = appointing == orders.end() ? nullptr : appointing->second;
    const std::optional<Date> date = AgreementDate(program, mentor, order);
    TemplateValue values = MentorValues(program, mentor);
    TemplateValue agreement;
    agreement.Set("number", std::to_string(++number))
        .Set("date_long", date ? date->RussianLong() : DateOrBlank(std::nullopt));
    values.Set("agreement", agreement);

    if (!d.blocks.empty()) d.blocks.push_back(PageBreak());
    d.blocks.push_back(Corner({"Руководителю " + o.short_name}));
    Append(d.blocks, Title("СОГЛАСИЕ", "работника на выполнение работы по наставничеству"));
    Result<std::vector<doc::Block>> consent = TemplateBlocks(templates, "documents/mentor_consent.md", values);
    if (!consent.ok()) return consent.status();
    Append(d.blocks, std::move(*consent));
    // The consent comes no later than the order that appoints the mentor and the mentor's work.
    d.blocks.push_back(doc::Paragraph(date ? date->RussianLong() : DateOrBlank(std::nullopt), doc::Align::kRight));
    d.blocks.push_back(Signatures({{"Работник", text::InitialsFirst(mentor.full_name), "(подпись)"}}));

    d.blocks.push_back(PageBreak());
    Append(d.blocks, Title("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № " + std::to_string(number),
                           "к трудовому договору от «___» __________ 20__ г. № ____"));
    Result<std::vector<doc::Block>> text_blocks =
        TemplateBlocks(templates, "documents/mentor_agreement.md", values);
    if (!text_blocks.ok()) return text_blocks.status();
    Append(d.blocks, std::move(*text_blocks));
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
