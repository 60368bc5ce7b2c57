#include "render/documents/registries.h"

#include <algorithm>
#include <map>
#include <memory>

#include "base/text.h"
#include "render/documents/tables.h"

namespace nastavnik::render::documents {
namespace {

using xlsx::DateValue;
using xlsx::NumberValue;
using xlsx::TextValue;

xlsx::Column Col(const char* header, std::vector<std::string> choices = {}) {
  xlsx::Column c;
  c.header = header;
  c.choices = std::move(choices);
  return c;
}

xlsx::Value OptionalDate(const std::optional<Date>& d) { return d ? DateValue(*d) : xlsx::Value(); }

std::string Contacts(const model::Person& p) {
  std::string out = p.phone;
  if (!p.email.empty()) out += (out.empty() ? "" : ", ") + p.email;
  return out;
}

// The registry of mentees lists a parent's contacts for a minor, where the school has them.
std::string MenteeContacts(const model::Person& p) {
  if (p.is_minor_pupil() && !p.parent_contact.empty()) return p.parent_contact + " (родитель)";
  return Contacts(p);
}

std::string Place(const model::Person& p, const model::Program& program) {
  std::string org = p.organization.empty() ? program.organization.short_name : p.organization;
  if (p.category == model::Category::kPupil && !p.grade.empty()) return org + ", " + p.grade + " класс";
  if (!p.position.empty()) return org + ", " + p.position;
  return org;
}

// Each person's pairs, as mentor and as mentee, in the order of pairs.csv; built once, because
// looking them up per person is quadratic on a district's registry.
struct PairIndex {
  std::map<std::string, std::vector<const model::Pair*>> as_mentor, as_mentee;

  explicit PairIndex(const model::Program& program) {
    for (const model::Pair& pair : program.pairs) {
      as_mentor[pair.mentor].push_back(&pair);
      for (const std::string& m : pair.mentees) as_mentee[m].push_back(&pair);
    }
  }
  const std::vector<const model::Pair*>& Of(const std::string& id, bool mentor) const {
    static const std::vector<const model::Pair*> kNone;
    const auto& map = mentor ? as_mentor : as_mentee;
    auto it = map.find(id);
    return it == map.end() ? kNone : it->second;
  }
};

std::string Join(const std::vector<std::string>& parts, const char* sep = "; ") {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// The registry's mark agrees with the mentee: «прошла» for a girl, «прошёл» when the gender is
// not known (the form the methodology's table uses).
std::string ProgressMark(model::PairStatus status, grammar::Gender gender) {
  const bool female = gender == grammar::Gender::kFemale;
  if (status == model::PairStatus::kActive) return "проходит";
  if (status == model::PairStatus::kCompleted) return female ? "прошла" : "прошёл";
  return female ? "не завершила" : "не завершил";
}

// pairs.csv may give a case as a page of the program's site («news/….html»), which means nothing
// on paper or in a workbook opened elsewhere: it is made absolute with [site] base_url, and
// without an address it says where the page lives.
std::string CaseLink(const std::string& link, const std::string& base_url) {
  const std::string lower = text::ToLower(link);
  if (link.empty() || lower.find("://") != std::string::npos || lower.starts_with("mailto:")) return link;
  const std::string base = text::ToLower(base_url);
  if (!base.starts_with("http://") && !base.starts_with("https://")) return "страница сайта программы " + link;
  std::string root = base_url;
  if (link.starts_with("/")) {
    size_t host_end = root.find('/', root.find("://") + 3);
    if (host_end != std::string::npos) root.resize(host_end);
    return root + link;
  }
  while (root.ends_with("/")) root.pop_back();
  std::string path = link;
  while (path.starts_with("./")) path.erase(0, 2);
  return root + "/" + path;
}

}  // namespace

xlsx::Workbook BuildRegistries(const model::Program& program) {
  xlsx::Workbook book;
  book.title = "Базы наставников и наставляемых";
  book.subject = program.settings.title;
  book.author = program.organization.short_name;
  book.company = program.organization.full_name;

  xlsx::Sheet mentors;
  mentors.name = "База наставников";
  mentors.title = "База наставников " + program.organization.short_name + ", " + program.settings.academic_year;
  mentors.columns = {Col("№"), Col("ФИО наставника"), Col("Контакты"), Col("Место работы или учёбы"),
                     Col("Дата вхождения в программу"), Col("ФИО наставляемых"), Col("Форма наставничества"),
                     Col("Дата завершения"), Col("Результаты"), Col("Ссылка на кейс или отзыв")};
  xlsx::Sheet mentees;
  mentees.name = "База наставляемых";
  mentees.title = "База наставляемых " + program.organization.short_name + ", " + program.settings.academic_year;
  mentees.columns = {Col("№"), Col("ФИО наставляемого"), Col("Класс"), Col("Контакты"), Col("Основной запрос"),
                     Col("Дата вхождения в программу"), Col("ФИО наставника"), Col("Место работы наставника"),
                     Col("Форма наставничества"), Col("Дата завершения"), Col("Результаты"),
                     Col("Отметка о прохождении программы", {"прошёл", "прошла", "проходит", "не завершил", "не завершила"}),
                     Col("Ссылка на кейс")};
  const PairIndex pairs(program);
  for (const model::Person& p : program.people) {
    if (p.is_mentor) {
      std::vector<std::string> names, forms, results, links;
      std::optional<Date> end;
      for (const model::Pair* pair : pairs.Of(p.id, true)) {
        for (const std::string& m : pair->mentees) {
          if (const model::Person* mentee = program.FindPerson(m)) names.push_back(mentee->full_name);
        }
        forms.push_back(model::FormName(pair->form));
        results.push_back(pair->result);
        links.push_back(CaseLink(pair->case_link, program.site.base_url));
        if (pair->end && pair->status != model::PairStatus::kActive) end = pair->end;
      }
      std::sort(forms.begin(), forms.end());
      forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
      mentors.rows.push_back({NumberValue(static_cast<double>(mentors.rows.size() + 1)), TextValue(p.full_name),
                              TextValue(Contacts(p)), TextValue(Place(p, program)), OptionalDate(p.entry_date),
                              TextValue(Join(names)), TextValue(Join(forms)), OptionalDate(end),
                              TextValue(Join(results)), TextValue(Join(links, " "))});
    }
    if (p.is_mentee) {
      std::vector<std::string> mentor_names, places, forms, results, links;
      std::optional<Date> end;
      std::string mark;
      for (const model::Pair* pair : pairs.Of(p.id, false)) {
        if (const model::Person* m = program.FindPerson(pair->mentor)) {
          mentor_names.push_back(m->full_name);
          places.push_back(Place(*m, program));
        }
        forms.push_back(model::FormName(pair->form));
        results.push_back(pair->result);
        links.push_back(CaseLink(pair->case_link, program.site.base_url));
        if (pair->end && pair->status != model::PairStatus::kActive) end = pair->end;
        mark = ProgressMark(pair->status, p.gender);
      }
      // A minor's contacts in the registry are the family's: the school keeps them internal.
      mentees.rows.push_back({NumberValue(static_cast<double>(mentees.rows.size() + 1)), TextValue(p.full_name),
                              TextValue(p.is_minor_pupil() ? p.grade : std::string()), TextValue(MenteeContacts(p)), TextValue(Join(p.requests)), OptionalDate(p.entry_date),
                              TextValue(Join(mentor_names)), TextValue(Join(places)), TextValue(Join(forms)),
                              OptionalDate(end), TextValue(Join(results)), TextValue(mark),
                              TextValue(Join(links, " "))});
    }
  }
  book.sheets.push_back(std::move(mentors));
  book.sheets.push_back(std::move(mentees));
  return book;
}

namespace {

// Each base is signed by the curator who keeps it, with the date it was drawn up.
std::vector<doc::Block> Signed(std::vector<doc::Block>&& blocks, const std::string& curator) {
  std::vector<doc::Block> out;
  for (doc::Block& b : blocks) {
    const bool table = b.kind == doc::BlockKind::kTable;
    out.push_back(std::move(b));
    if (!table) continue;
    doc::Block sign;
    sign.kind = doc::BlockKind::kSignatures;
    sign.keep_together = true;
    sign.signatures.push_back(doc::SignatureLine{"Куратор программы наставничества", curator, "(подпись)"});
    out.push_back(doc::Paragraph("Дата: «___» __________ 20__ г.", doc::Align::kLeft));
    out.push_back(std::move(sign));
  }
  return out;
}

}  // namespace

PagedDocument RegistriesPages(const model::Program& program) {
  auto book = std::make_shared<xlsx::Workbook>(BuildRegistries(program));
  const model::Person* c = program.FindPerson(program.settings.curator);
  const std::string curator = c ? text::InitialsFirst(c->full_name) : "";
  PagedDocument paged;
  std::vector<xlsx::Sheet> sheets = std::move(book->sheets);
  book->sheets.clear();
  paged.about = WorkbookAsDocument(*book);  // the title, author and orientation, no pages
  book->sheets = std::move(sheets);
  paged.count = book->sheets.size();
  paged.page = [book, curator](size_t i) -> Result<std::vector<doc::Block>> {
    xlsx::Workbook one;
    one.sheets.push_back(std::move(book->sheets[i]));  // converted once: the workbook lets it go
    return Signed(WorkbookAsDocument(one).blocks, curator);
  };
  return paged;
}

}  // namespace nastavnik::render::documents
