#include "render/documents/registries.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

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
  std::set<std::string> ids;

  explicit PairIndex(const model::Program& program) {
    for (const model::Pair& pair : program.pairs) {
      as_mentor[pair.mentor].push_back(&pair);
      for (const std::string& m : pair.mentees) as_mentee[m].push_back(&pair);
      ids.insert(pair.id);
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

// A mentee in two pairs with the same mentor, or a mentor of two pairs in one form, is named once.
std::vector<std::string> Unique(std::vector<std::string> items) {
  std::vector<std::string> out;
  for (std::string& item : items) {
    if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
  }
  return out;
}

// The person has finished the program only when none of their pairs is still active: then the
// register's «Дата завершения» is the last pair's end, else it stays empty.
std::optional<Date> EndOfParticipation(const std::vector<const model::Pair*>& pairs) {
  std::optional<Date> end;
  for (const model::Pair* pair : pairs) {
    if (pair->status == model::PairStatus::kActive) return std::nullopt;
    if (pair->end && (!end || *end < *pair->end)) end = pair->end;
  }
  return end;
}

// pairs.csv's results may refer to another pair by its code («передана другому наставнику
// (PR16)»): the code means nothing in a register, and the partner is named in the row already.
std::string WithoutPairCodes(std::string text, const std::set<std::string>& ids) {
  for (size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string::npos) break;
    if (!ids.count(text::Trim(text.substr(open + 1, close - open - 1)))) continue;
    size_t from = open;
    while (from > 0 && text[from - 1] == ' ') --from;
    text.erase(from, close + 1 - from);
    open = from == 0 ? 0 : from - 1;
  }
  return text;
}

// A person with one pair has one result. With several, each result says which pair it belongs
// to: the partner, and the end of a pair that is over, so that a dissolved pair's result beside
// «проходит» is plainly about the earlier pair.
std::vector<std::string> Results(const std::vector<const model::Pair*>& pairs, const model::Program& program,
                                 const std::set<std::string>& ids, bool as_mentor) {
  std::vector<std::string> out;
  for (const model::Pair* pair : pairs) {
    std::string result = WithoutPairCodes(pair->result, ids);
    if (result.empty()) continue;
    if (pairs.size() > 1) {
      std::vector<std::string> partners;
      for (const std::string& id : as_mentor ? pair->mentees : std::vector<std::string>{pair->mentor}) {
        if (const model::Person* p = program.FindPerson(id)) partners.push_back(text::SurnameInitials(p->full_name));
      }
      std::string label = Join(partners, ", ");
      if (pair->status != model::PairStatus::kActive && pair->end) {
        label += (label.empty() ? "до " : ", до ") + pair->end->Russian();
      }
      if (!label.empty()) result = label + ": " + result;
    }
    out.push_back(std::move(result));
  }
  return out;
}

// The registry's mark agrees with the mentee: «прошла» for a girl, «прошёл» when the gender is
// not known (the form the methodology's table uses).
// With several pairs the mark is the person's, not the last pair's: «проходит» while any pair is
// active, else «прошла» when one was completed, else «не завершила».
std::string ProgressMark(const std::vector<const model::Pair*>& pairs, grammar::Gender gender) {
  if (pairs.empty()) return "";
  const bool female = gender == grammar::Gender::kFemale;
  bool completed = false;
  for (const model::Pair* pair : pairs) {
    if (pair->status == model::PairStatus::kActive) return "проходит";
    completed = completed || pair->status == model::PairStatus::kCompleted;
  }
  if (completed) return female ? "прошла" : "прошёл";
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

std::vector<xlsx::Value> MentorRow(const model::Person& p, const model::Program& program, const PairIndex& index,
                                   size_t number) {
  const std::vector<const model::Pair*>& pairs = index.Of(p.id, true);
  std::vector<std::string> names, forms, links;
  for (const model::Pair* pair : pairs) {
    for (const std::string& m : pair->mentees) {
      if (const model::Person* mentee = program.FindPerson(m)) names.push_back(mentee->full_name);
    }
    forms.push_back(model::FormName(pair->form));
    links.push_back(CaseLink(pair->case_link, program.site.base_url));
  }
  return {NumberValue(static_cast<double>(number)), TextValue(p.full_name), TextValue(Contacts(p)),
          TextValue(Place(p, program)), OptionalDate(p.entry_date), TextValue(Join(Unique(names))),
          TextValue(Join(Unique(forms))), OptionalDate(EndOfParticipation(pairs)),
          TextValue(Join(Results(pairs, program, index.ids, true))), TextValue(Join(Unique(links), " "))};
}

std::vector<xlsx::Value> MenteeRow(const model::Person& p, const model::Program& program, const PairIndex& index,
                                   size_t number) {
  const std::vector<const model::Pair*>& pairs = index.Of(p.id, false);
  std::vector<std::string> mentor_names, places, forms, links;
  for (const model::Pair* pair : pairs) {
    if (const model::Person* m = program.FindPerson(pair->mentor)) {
      mentor_names.push_back(m->full_name);
      places.push_back(Place(*m, program));
    }
    forms.push_back(model::FormName(pair->form));
    links.push_back(CaseLink(pair->case_link, program.site.base_url));
  }
  // A minor's contacts in the registry are the family's: the school keeps them internal.
  return {NumberValue(static_cast<double>(number)), TextValue(p.full_name),
          TextValue(p.is_minor_pupil() ? p.grade : std::string()), TextValue(MenteeContacts(p)),
          TextValue(Join(p.requests)), OptionalDate(p.entry_date), TextValue(Join(Unique(mentor_names))),
          TextValue(Join(Unique(places))), TextValue(Join(Unique(forms))), OptionalDate(EndOfParticipation(pairs)),
          TextValue(Join(Results(pairs, program, index.ids, false))), TextValue(ProgressMark(pairs, p.gender)),
          TextValue(Join(Unique(links), " "))};
}

// The registers as the curator signs them on paper, without the workbook's note.
xlsx::Workbook RegistriesBook(const model::Program& program) {
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
  const PairIndex index(program);
  for (const model::Person& p : program.people) {
    if (p.is_mentor) mentors.rows.push_back(MentorRow(p, program, index, mentors.rows.size() + 1));
    if (p.is_mentee) mentees.rows.push_back(MenteeRow(p, program, index, mentees.rows.size() + 1));
  }
  book.sheets.push_back(std::move(mentors));
  book.sheets.push_back(std::move(mentees));
  return book;
}

}  // namespace

xlsx::Workbook BuildRegistries(const model::Program& program) {
  xlsx::Workbook book = RegistriesBook(program);
  // The mark of the mentees' register offers a dropdown, but it is the pairs' status that decides it.
  const std::string note = OutputNote(
      "данные школы (content/data/participants.csv и pairs.csv или их листы в content/data; отметка о "
      "прохождении программы следует из столбца «Статус» в pairs.csv)");
  for (xlsx::Sheet& sheet : book.sheets) sheet.title += "\n" + note;
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
  auto book = std::make_shared<xlsx::Workbook>(RegistriesBook(program));
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
