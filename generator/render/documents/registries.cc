#include "render/documents/registries.h"

#include <algorithm>

#include "base/text.h"

namespace nastavnik::render::documents {
namespace {

using xlsx::DateValue;
using xlsx::NumberValue;
using xlsx::TextValue;

xlsx::Value OptionalDate(const std::optional<Date>& d) { return d ? DateValue(*d) : xlsx::Value(); }

std::string Contacts(const model::Person& p) {
  std::string out = p.phone;
  if (!p.email.empty()) out += (out.empty() ? "" : ", ") + p.email;
  return out;
}

std::string Place(const model::Person& p, const model::Program& program) {
  std::string org = p.organization.empty() ? program.organization.short_name : p.organization;
  if (p.category == model::Category::kPupil && !p.grade.empty()) return org + ", " + p.grade + " класс";
  if (!p.position.empty()) return org + ", " + p.position;
  return org;
}

// The pairs a person belongs to, newest last, as the registry lists them.
std::vector<const model::Pair*> PairsOf(const model::Program& program, const std::string& id, bool as_mentor) {
  std::vector<const model::Pair*> out;
  for (const model::Pair& pair : program.pairs) {
    bool in = as_mentor ? pair.mentor == id
                        : std::find(pair.mentees.begin(), pair.mentees.end(), id) != pair.mentees.end();
    if (in) out.push_back(&pair);
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, const char* sep = "; ") {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
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
  mentors.columns = {{"№"}, {"ФИО наставника"}, {"Контакты"}, {"Место работы или учёбы"},
                     {"Дата вхождения в программу"}, {"ФИО наставляемых"}, {"Форма наставничества"},
                     {"Дата завершения"}, {"Результаты"}, {"Ссылка на кейс или отзыв"}};
  xlsx::Sheet mentees;
  mentees.name = "База наставляемых";
  mentees.title = "База наставляемых " + program.organization.short_name + ", " + program.settings.academic_year;
  mentees.columns = {{"№"}, {"ФИО наставляемого"}, {"Контакты"}, {"Основной запрос"},
                     {"Дата вхождения в программу"}, {"ФИО наставника"}, {"Место работы наставника"},
                     {"Форма наставничества"}, {"Дата завершения"}, {"Результаты"},
                     {"Отметка о прохождении программы", 0, false, {"прошёл", "проходит", "не завершил"}},
                     {"Ссылка на кейс"}};
  for (const model::Person& p : program.people) {
    if (p.is_mentor) {
      std::vector<std::string> names, forms, results, links;
      std::optional<Date> end;
      for (const model::Pair* pair : PairsOf(program, p.id, true)) {
        for (const std::string& m : pair->mentees) {
          if (const model::Person* mentee = program.FindPerson(m)) names.push_back(mentee->full_name);
        }
        forms.push_back(model::FormName(pair->form));
        results.push_back(pair->result);
        links.push_back(pair->case_link);
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
      for (const model::Pair* pair : PairsOf(program, p.id, false)) {
        if (const model::Person* m = program.FindPerson(pair->mentor)) {
          mentor_names.push_back(m->full_name);
          places.push_back(Place(*m, program));
        }
        forms.push_back(model::FormName(pair->form));
        results.push_back(pair->result);
        links.push_back(pair->case_link);
        if (pair->end && pair->status != model::PairStatus::kActive) end = pair->end;
        mark = pair->status == model::PairStatus::kCompleted ? "прошёл"
               : pair->status == model::PairStatus::kActive  ? "проходит"
                                                             : "не завершил";
      }
      // A minor's contacts in the registry are the family's: the school keeps them internal.
      mentees.rows.push_back({NumberValue(static_cast<double>(mentees.rows.size() + 1)), TextValue(p.full_name),
                              TextValue(Contacts(p)), TextValue(Join(p.requests)), OptionalDate(p.entry_date),
                              TextValue(Join(mentor_names)), TextValue(Join(places)), TextValue(Join(forms)),
                              OptionalDate(end), TextValue(Join(results)), TextValue(mark),
                              TextValue(Join(links, " "))});
    }
  }
  book.sheets.push_back(std::move(mentors));
  book.sheets.push_back(std::move(mentees));
  return book;
}

}  // namespace nastavnik::render::documents
