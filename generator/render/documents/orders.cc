// The year's orders on pairs, from orders.csv: fixing pairs and groups (этап 5), changing them (a
// mentor replaced, a pair ended early, with the reason), the results and the mentors' rewards
// (этап 7). Each order has its own date and number, annexes only the pairs it names, and lists
// for signature everyone it names.
#include "render/documents/orders.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "base/grammar/grammar.h"
#include "base/text.h"
#include "model/person_names.h"
#include "render/documents/blocks.h"
#include "render/documents/paperwork.h"

namespace nastavnik::render::documents {
namespace {

// The pairs by id: an order of a big school names thousands, each looked up once.
using PairsById = std::unordered_map<std::string_view, const model::Pair*>;

PairsById IndexPairs(const model::Program& program) {
  PairsById out;
  for (const model::Pair& p : program.pairs) out.emplace(p.id, &p);  // the first of a repeated id, as a scan finds
  return out;
}

std::string Number(const model::Order& o) { return o.number.empty() ? "____" : o.number; }

std::string Names(const model::Program& program, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (const model::Person* m = Find(program, id)) out += (out.empty() ? "" : "; ") + PersonLabel(*m);
  }
  return out;
}

std::string MentorLabel(const model::Program& program, const model::Pair& p) {
  const model::Person* m = Find(program, p.mentor);
  return m ? PersonLabel(*m) : p.mentor;
}

using grammar::Case;

// A person's role as it follows the name in a sentence, in a case: «обучающейся 10А класса»,
// «учителю химии и биологии».
std::string RoleIn(const model::Person& p, Case c) {
  if (p.category == model::Category::kPupil) {
    const std::string pupil = grammar::AgreeWithPerson("обучающийся", p.gender, c);
    return p.grade.empty() ? pupil : pupil + " " + p.grade + " класса";
  }
  const std::string role = !p.position.empty() ? p.position : model::CategoryName(p.category);
  return role.empty() ? "" : grammar::DeclinePhrase(role, c, true, true);
}

// «Кудряшовой Людмиле Геннадьевне, учителю химии и биологии»: the name and role in a case.
std::string LabelIn(const model::Program& program, const std::string& id, Case c) {
  const model::Person* p = Find(program, id);
  if (!p) return id;
  const std::string role = RoleIn(*p, c);
  const std::string name = model::FormsOf(program, *p).full[static_cast<size_t>(c)];
  return role.empty() ? name : name + ", " + role;
}

// The mentees of a pair after «наставляемый» in a case, the word agreeing with one person's
// gender or plural for several: «наставляемой Соколовой Дарины Игоревны, обучающейся 6Б класса».
// In the nominative the word is a heading: «наставляемая — Соколова Дарина Игоревна».
std::string MenteesIn(const model::Program& program, const model::Pair& p, Case c) {
  const std::string gap = c == Case::kNominative ? " — " : " ";
  if (p.mentees.size() == 1) {
    const model::Person* m = Find(program, p.mentees[0]);
    return grammar::AgreeWithPerson("наставляемый", m ? m->gender : grammar::Gender::kUnknown, c) + gap +
           LabelIn(program, p.mentees[0], c);
  }
  static const char* kPlural[] = {"наставляемые", "наставляемых", "наставляемым", "наставляемых", "наставляемыми",
                                  "наставляемых"};
  std::string out = kPlural[static_cast<size_t>(c)] + (c == Case::kNominative ? gap : std::string(": "));
  for (size_t i = 0; i < p.mentees.size(); ++i) out += (i ? "; " : "") + LabelIn(program, p.mentees[i], c);
  return out;
}

// A pair the order ends is one that a change order names and that was ended by its date.
bool EndsHere(const model::Order& o, const model::Pair& p) {
  return o.kind == model::OrderKind::kChange && p.status == model::PairStatus::kTerminated &&
         (!o.date || !p.end || *p.end <= *o.date);
}

// The period an order fixes: a pair ended early later on still shows the term it was given.
std::string FixedPeriod(const model::Program& program, const model::Order& o, const model::Pair& p) {
  std::optional<Date> to = p.end;
  if (p.status == model::PairStatus::kTerminated && o.date && p.end && *p.end > *o.date) to = program.settings.end;
  return Period(p.start, to);
}

std::vector<const model::Pair*> OrderPairs(const model::Program& program, const model::Order& o) {
  std::vector<const model::Pair*> out;
  if (o.kind == model::OrderKind::kResults && o.pairs.empty()) return PairsWithResults(program);
  const PairsById pairs = IndexPairs(program);
  for (const std::string& id : o.pairs) {
    if (auto p = pairs.find(id); p != pairs.end()) out.push_back(p->second);
  }
  return out;
}

const char* TitleOf(model::OrderKind kind) {
  switch (kind) {
    case model::OrderKind::kFixing: return "О закреплении наставнических пар и групп";
    case model::OrderKind::kChange: return "Об изменении состава наставнических пар и групп";
    case model::OrderKind::kResults: return "Об итогах реализации программы наставничества и поощрении наставников";
  }
  return "";
}

const char* TemplateOf(model::OrderKind kind) {
  switch (kind) {
    case model::OrderKind::kFixing: return "documents/prikaz_zakreplenie.md";
    case model::OrderKind::kChange: return "documents/prikaz_izmenenie.md";
    case model::OrderKind::kResults: return "documents/prikaz_itogi.md";
  }
  return "";
}

// The points of a change order: each ended pair with its reason, each new pair (a replaced
// mentor when it takes over a mentee of an ended one).
TemplateValue Changes(const model::Program& program, const model::Order& o,
                      const std::vector<const model::Pair*>& pairs) {
  TemplateValue list = TemplateValue::List();
  for (const model::Pair* p : pairs) {
    TemplateValue item;
    // A signed order names a pair by its people: the pair codes of pairs.csv mean nothing to a reader.
    if (EndsHere(o, *p)) {
      const std::string reason = !o.reason.empty() ? o.reason : text::Trim(p->result);
      item.Set("text", "Прекратить досрочно с " + (p->end ? p->end->Russian() : DateOrBlank(std::nullopt)) +
                           " работу наставнической " + (p->is_group() ? "группы" : "пары") + ": наставник — " +
                           LabelIn(program, p->mentor, Case::kNominative) + "; " +
                           MenteesIn(program, *p, Case::kNominative) + ".");
      item.Set("reason", reason);
    } else {
      const model::Pair* replaced = nullptr;
      for (const model::Pair* q : pairs) {
        if (q == p || !EndsHere(o, *q)) continue;
        for (const std::string& id : p->mentees) {
          for (const std::string& other : q->mentees) {
            if (id == other) replaced = q;
          }
        }
      }
      std::string text = "Назначить с " + (p->start ? p->start->Russian() : DateOrBlank(std::nullopt)) + " " +
                         LabelIn(program, p->mentor, Case::kAccusative) + ", наставником " +
                         MenteesIn(program, *p, Case::kGenitive);
      if (replaced) text += ", вместо " + LabelIn(program, replaced->mentor, Case::kGenitive);
      text += " (форма «" + model::FormName(p->form) + "», " + FixedPeriod(program, o, *p) + ").";
      item.Set("text", text);
    }
    list.Push(item);
  }
  return list;
}

// Item 2 of a change order, agreed with whom the order appoints: «Новому наставнику … вместе с
// наставляемой», «Новым наставникам … вместе с наставляемыми»; empty when it appoints nobody.
TemplateValue Appointed(const model::Program& program, const model::Order& o,
                        const std::vector<const model::Pair*>& pairs) {
  std::vector<const model::Pair*> appointed;
  for (const model::Pair* p : pairs) {
    if (!EndsHere(o, *p)) appointed.push_back(p);
  }
  if (appointed.empty()) return TemplateValue::Bool(false);
  TemplateValue v;
  v.Set("mentors", appointed.size() == 1 ? "Новому наставнику" : "Новым наставникам");
  if (appointed.size() == 1 && appointed[0]->mentees.size() == 1) {
    const model::Person* m = Find(program, appointed[0]->mentees[0]);
    v.Set("mentees", grammar::AgreeWithPerson("наставляемый", m ? m->gender : grammar::Gender::kUnknown,
                                              Case::kInstrumental));
  } else {
    v.Set("mentees", "наставляемыми");
  }
  return v;
}

TemplateValue OrderValues(const model::Program& program, const model::Order& o,
                          const std::vector<const model::Pair*>& pairs) {
  TemplateValue v = ProgramValues(program);
  TemplateValue order;
  order.Set("number", Number(o)).Set("date", DateOrBlank(o.date))
      .Set("date_long", o.date ? o.date->RussianLong() : DateOrBlank(std::nullopt))
      .Set("reason", o.reason);
  v.Set("this_order", order);
  v.Set("changes", Changes(program, o, pairs));
  v.Set("appointed", Appointed(program, o, pairs));
  TemplateValue mentors = TemplateValue::List();
  // «Объявить благодарность» whom: the dative; the list's last item ends the sentence.
  std::set<std::string> seen;
  std::vector<std::string> thanked;
  for (const model::Pair* p : pairs) {
    if (seen.insert(p->mentor).second) thanked.push_back(LabelIn(program, p->mentor, Case::kDative));
  }
  for (size_t i = 0; i < thanked.size(); ++i) {
    TemplateValue m;
    m.Set("name", thanked[i]).Set("end", i + 1 == thanked.size() ? "." : ";");
    mentors.Push(m);
  }
  v.Set("mentors", mentors);
  v.Set("has_pairs", TemplateValue::Bool(!pairs.empty()));
  return v;
}

doc::Block OrderAnnexMark(const model::Program& program, const model::Order& o) {
  return Corner({"Приложение", "к приказу " + program.organization.short_name,
                 "от " + DateOrBlank(o.date) + " № " + Number(o)});
}

// A minor mentee's name, marks and scores are that child's personal data, and the results order
// is read and signed by others: like the thank-you letters, its annex then states only what the
// mentor did. A pair of adults keeps its mentees and its result.
bool HasMinorMentee(const model::Program& program, const model::Pair& p) {
  for (const std::string& id : p.mentees) {
    const model::Person* m = Find(program, id);
    if (!m || m->is_minor_pupil()) return true;
  }
  return false;
}

std::string RewardedWork(const model::Program& program, const model::Pair& p) {
  if (HasMinorMentee(program, p)) {
    return "работа по индивидуальному плану развития завершена успешно";
  }
  return Names(program, p.mentees) + ": " + text::Trim(p.result);
}

std::vector<doc::Block> Annex(const model::Program& program, const model::Order& o,
                              const std::vector<const model::Pair*>& pairs) {
  std::vector<doc::Block> out;
  out.push_back(PageBreak());
  out.push_back(OrderAnnexMark(program, o));
  std::vector<std::vector<std::string>> rows;
  int n = 0;
  if (o.kind == model::OrderKind::kResults) {
    Append(out, Title("СПИСОК", "наставников, представленных к поощрению"));
    for (const model::Pair* p : pairs) {
      rows.push_back({std::to_string(++n), MentorLabel(program, *p), model::FormName(p->form),
                      Period(p->start, p->end), RewardedWork(program, *p)});
    }
    out.push_back(TableBlock({"№", "Наставник", "Форма", "Период работы", "Результат работы"}, rows));
    if (std::any_of(pairs.begin(), pairs.end(), [&](const model::Pair* p) { return HasMinorMentee(program, *p); })) {
      out.push_back(doc::Paragraph("Имена и результаты наставляемых-обучающихся в приказе не приводятся: это "
                                   "персональные данные несовершеннолетних; результаты отражены в индивидуальных "
                                   "планах развития.", doc::Align::kLeft));
    }
    return out;
  }
  Append(out, Title("СПИСОК", o.kind == model::OrderKind::kFixing ? "наставнических пар и групп, закрепляемых приказом"
                                                                  : "изменений в составе наставнических пар и групп"));
  for (const model::Pair* p : pairs) {
    std::string term = EndsHere(o, *p) ? "прекращена с " + (p->end ? p->end->Russian() : DateOrBlank(std::nullopt))
                                        : FixedPeriod(program, o, *p);
    // No pair code: like the order's text and the list of pairs, its annex names pairs by their people.
    rows.push_back({std::to_string(++n), MentorLabel(program, *p), Names(program, p->mentees),
                    model::FormName(p->form), p->role_model, term});
  }
  out.push_back(TableBlock({"№", "Наставник", "Наставляемые", "Форма", "Ролевая модель", "Срок"}, rows));
  return out;
}

doc::Block BoldTitle(const std::string& about) {
  doc::Block b = doc::Paragraph("", doc::Align::kCenter);
  b.inlines.clear();
  doc::Inline strong;
  strong.kind = doc::InlineKind::kStrong;
  strong.children = {doc::Text(about)};
  b.inlines.push_back(std::move(strong));
  return b;
}

// Who signs «С приказом ознакомлены»: the curator and every adult the order names, mentors and
// mentees alike (an order concerning an employee needs that employee's signature). A pupil, a
// minor, does not sign: the order names other children, and the curator acquaints each pupil and
// the parents with their own pair only, as item 3 of the order says.
std::vector<std::string> Named(const model::Program& program, const std::vector<const model::Pair*>& pairs) {
  std::vector<std::string> ids = {program.settings.curator};
  auto adult = [&](const std::string& id) {
    const model::Person* p = Find(program, id);
    return p && !p->is_minor_pupil();
  };
  for (const model::Pair* p : pairs) {
    if (adult(p->mentor)) ids.push_back(p->mentor);
    for (const std::string& id : p->mentees) {
      if (adult(id)) ids.push_back(id);
    }
  }
  return ids;
}

}  // namespace

std::vector<doc::Block> OrderHeading(const model::Program& program, const std::optional<Date>& date,
                                     const std::string& number) {
  const model::Organization& o = program.organization;
  std::vector<doc::Block> out;
  out.push_back(doc::Paragraph(o.full_name, doc::Align::kCenter));
  doc::Block rule;
  rule.kind = doc::BlockKind::kRule;
  out.push_back(std::move(rule));
  Append(out, Title("ПРИКАЗ", ""));
  out.push_back(doc::Paragraph((date ? date->RussianLong() : DateOrBlank(std::nullopt)) + "  № " +
                                   (number.empty() ? "____" : number),
                               doc::Align::kCenter));
  if (!o.city.empty()) out.push_back(doc::Paragraph("г. " + o.city, doc::Align::kCenter));
  return out;
}

std::vector<doc::Block> AcquaintanceList(const model::Program& program, const std::vector<std::string>& ids) {
  std::vector<doc::SignatureLine> lines;
  std::set<std::string> seen;
  for (const std::string& id : ids) {
    const model::Person* p = program.FindPerson(id);
    if (!p || !seen.insert(id).second) continue;
    std::string role = id == program.settings.curator ? "Куратор" : p->is_mentor ? "Наставник" : "Наставляемый";
    if (!p->position.empty()) role = p->position;
    lines.push_back({role, text::InitialsFirst(p->full_name), "(подпись, дата)"});
  }
  std::vector<doc::Block> out;
  if (lines.empty()) return out;
  doc::Block heading = doc::Paragraph("С приказом ознакомлены:", doc::Align::kLeft);
  heading.keep_together = true;
  out.push_back(std::move(heading));
  out.push_back(Signatures(std::move(lines)));
  return out;
}

std::map<std::string, const model::Order*> AppointingOrders(const model::Program& program) {
  // One pass over the orders with the pairs found by id: asking AppointingOrder for each mentor
  // scans the orders and the pairs again each time, which on 10,000 pairs never ends.
  std::unordered_map<std::string_view, const model::Pair*> pairs;
  for (const model::Pair& p : program.pairs) pairs.emplace(p.id, &p);
  std::map<std::string, const model::Order*> out;
  for (const model::Order& o : program.orders) {
    if (o.kind == model::OrderKind::kResults) continue;
    for (const std::string& id : o.pairs) {
      auto p = pairs.find(id);
      if (p != pairs.end() && !EndsHere(o, *p->second)) out.emplace(p->second->mentor, &o);
    }
  }
  return out;
}

const model::Order* AppointingOrder(const model::Program& program, const std::string& mentor) {
  const PairsById pairs = IndexPairs(program);
  for (const model::Order& o : program.orders) {
    if (o.kind == model::OrderKind::kResults) continue;
    for (const std::string& id : o.pairs) {
      auto p = pairs.find(id);
      if (p != pairs.end() && p->second->mentor == mentor && !EndsHere(o, *p->second)) return &o;
    }
  }
  return nullptr;
}

Result<doc::Document> BuildYearOrders(const model::Program& program, const Templates& templates) {
  doc::Document d;
  d.title = "Приказы по программе наставничества — " + program.organization.short_name;
  d.subject = program.settings.title;
  d.author = program.organization.full_name;
  for (const model::Order& o : program.orders) {
    std::vector<const model::Pair*> pairs = OrderPairs(program, o);
    if (!d.blocks.empty()) d.blocks.push_back(PageBreak());
    Append(d.blocks, OrderHeading(program, o.date, o.number));
    d.blocks.push_back(BoldTitle(TitleOf(o.kind)));
    Result<std::vector<doc::Block>> body = TemplateBlocks(templates, TemplateOf(o.kind), OrderValues(program, o, pairs));
    if (!body.ok()) return body.status();
    Append(d.blocks, std::move(*body));
    d.blocks.push_back(DirectorSignature(program));
    Append(d.blocks, AcquaintanceList(program, Named(program, pairs)));
    if (!pairs.empty()) Append(d.blocks, Annex(program, o, pairs));
  }
  return d;
}

}  // namespace nastavnik::render::documents
