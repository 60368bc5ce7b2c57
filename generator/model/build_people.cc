// Stage 2 (model): participants.csv and pairs.csv into people and pairs, with every check a
// curator would otherwise do by eye: unique ids, one person written twice, known categories,
// forms and roles, pairs naming real people, mentors within their capacity.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "base/text.h"
#include "model/availability.h"
#include "model/build_program.h"
#include "model/columns.h"
#include "model/ids.h"
#include "model/person_names.h"

namespace nastavnik::model {
namespace {

const std::vector<ColumnSpec> kPeopleColumns = {
    {"id", "Код", true},
    {"full_name", "ФИО", true},
    {"roles", "Роль", true},
    {"category", "Категория", true},
    {"grade", "Класс"},
    {"position", "Должность"},
    {"subject", "Предмет"},
    {"experience_years", "Стаж"},
    {"organization", "Организация"},
    {"forms", "Формы"},
    {"strengths", "Компетенции"},
    {"requests", "Запрос"},
    {"capacity", "Макс. наставляемых"},
    {"availability", "Время"},
    {"wishes", "Пожелания"},
    {"email", "E-mail"},
    {"phone", "Телефон"},
    {"parent_contact", "Контакты родителя"},
    {"birth_date", "Дата рождения"},
    {"entry_date", "Дата вхождения"},
    {"consent_pd", "Согласие на обработку ПД"},
    {"consent_publish", "Согласие на публикацию"},
    {"gender", "Пол"},
};

const std::vector<ColumnSpec> kPairColumns = {
    {"id", "Код", true},
    {"mentor", "Наставник", true},
    {"mentees", "Наставляемые", true},
    {"form", "Форма", true},
    {"role_model", "Ролевая модель"},
    {"start", "Начало"},
    {"end", "Окончание"},
    {"status", "Статус"},
    {"pinned", "Закреплена"},
    {"result", "Результат"},
    {"case_link", "Кейс"},
    {"goal", "Цель"},
};

// Latin letters that look Cyrillic in class names: "7A" typed on an English layout is "7А".
std::string NormalizeGrade(const std::string& grade) {
  static const std::pair<char, const char*> kLookalikes[] = {
      {'A', "А"}, {'B', "Б"}, {'V', "В"}, {'C', "С"}, {'E', "Е"}, {'a', "А"}, {'b', "Б"},
      {'v', "В"}, {'c', "С"}, {'e', "Е"}, {'G', "Г"}, {'g', "Г"}, {'D', "Д"}, {'d', "Д"}};
  std::string out;
  for (char c : text::Trim(grade)) {
    bool replaced = false;
    for (const auto& [latin, cyrillic] : kLookalikes) {
      if (c == latin) {
        out += cyrillic;
        replaced = true;
        break;
      }
    }
    if (!replaced && c != ' ' && c != '-') out += c;
  }
  return text::Nfc(out);
}

// A mentor's limit: matching builds one edge per place, so a typo like 1000000 would cost memory.
constexpr int kMaxCapacity = 100;

// The class number in front of the letter; -1 when it has more than two digits (a wrong
// column pasted here: the number would overflow, and no school has a hundredth class).
int GradeNumber(const std::string& grade) {
  int n = 0, digits = 0;
  for (char c : grade) {
    if (c < '0' || c > '9') break;
    if (++digits > 2) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// Which category each side of a form must have.
bool FitsForm(Form form, Category mentor, Category mentee) {
  switch (form) {
    case Form::kPupilPupil: return mentor == Category::kPupil && mentee == Category::kPupil;
    case Form::kTeacherTeacher: return mentor == Category::kTeacher && mentee == Category::kTeacher;
    // The methodology (4.3, «педагог – обучающийся») names a graduate of the school and a parent
    // among the adults who may mentor a pupil in this form.
    case Form::kTeacherPupil:
      return (mentor == Category::kTeacher || mentor == Category::kParent || mentor == Category::kGraduate) &&
             mentee == Category::kPupil;
    case Form::kEmployerPupil: return mentor == Category::kEmployer && mentee == Category::kPupil;
    case Form::kStudentPupil: return mentor == Category::kStudent && mentee == Category::kPupil;
  }
  return false;
}

std::string Quoted(const std::string& s) { return "«" + s + "»"; }

// Years of work, as a curator writes them: 5, 2,5 or 0.5. A minus, an exponent (1e3, which
// strtod reads as 1000) or a figure no career reaches is a slip, and matching would rank by it.
constexpr double kMaxExperience = 70;

std::optional<double> Experience(const Columns& cols, const load::Row& row, Diagnostics& diags) {
  const std::string text = cols.Text(row, "experience_years");
  if (text.empty()) return std::nullopt;
  size_t digits = 0, separators = 0;
  for (char c : text) {
    digits += c >= '0' && c <= '9';
    separators += c == ',' || c == '.';
  }
  const bool negative = text[0] == '-';
  const size_t sign = text[0] == '-' || text[0] == '+';
  const bool plain = digits > 0 && separators <= 1 && digits + separators + sign == text.size() &&
                     text[sign] != ',' && text[sign] != '.' && text.back() != ',' && text.back() != '.';
  const Location where = cols.Where(row, "experience_years");
  if (plain && negative) {
    diags.Error(where, "стаж не может быть отрицательным, а записано " + Quoted(text) + ": укажите число лет, например 5");
    return std::nullopt;
  }
  if (!plain) {
    diags.Error(where, "стаж записывается числом лет цифрами, например 5 или 2,5, а записано " + Quoted(text));
    return std::nullopt;
  }
  std::optional<double> years = cols.Number(row, "experience_years", diags);
  if (years && *years > kMaxExperience) {
    diags.Error(where, "стаж " + Quoted(text) + " невозможен: ожидается число лет от 0 до 70");
    return std::nullopt;
  }
  return years;
}

// The «Пол» cell: м/ж and the usual spellings; empty is nullopt, other text is reported.
std::optional<grammar::Gender> GenderCell(const Columns& cols, const load::Row& row, Diagnostics& diags) {
  const std::string value = text::FoldKey(cols.Text(row, "gender"));
  if (value.empty()) return std::nullopt;
  for (const char* male : {"м", "м.", "муж", "муж.", "мужской", "m", "male"}) {
    if (value == male) return grammar::Gender::kMale;
  }
  for (const char* female : {"ж", "ж.", "жен", "жен.", "женский", "f", "female"}) {
    if (value == female) return grammar::Gender::kFemale;
  }
  diags.Error(cols.Where(row, "gender"), "пол записывается буквой «м» или «ж», а записано " + Quoted(cols.Text(row, "gender")));
  return std::nullopt;
}

// The patronymic tells the gender surely; the «Пол» column then only warns when it disagrees.
// Without a patronymic the column wins over a first name (Никола, Саша), which is only a guess.
grammar::Gender PersonGender(const Person& p, const Columns& cols, const load::Row& row, Diagnostics& diags) {
  const std::optional<grammar::Gender> given = GenderCell(cols, row, diags);
  const grammar::FullName name = SplitFullName(p.full_name);
  const grammar::Gender by_patronymic =
      name.patronymic.empty() ? grammar::Gender::kUnknown : grammar::DetectGender("", "", name.patronymic);
  if (by_patronymic != grammar::Gender::kUnknown) {
    if (given && *given != by_patronymic) {
      diags.Warning(cols.Where(row, "gender"), "пол " + Quoted(cols.Text(row, "gender")) + " не совпадает с отчеством в ФИО " +
                                                   Quoted(p.full_name) + ": в документах учтён пол по отчеству");
    }
    return by_patronymic;
  }
  if (given) return *given;
  const grammar::Gender by_name = GenderOfName(p.full_name);
  // A «Пол» cell that could not be read is already reported at the cell.
  if (by_name == grammar::Gender::kUnknown && !p.full_name.empty() && cols.Text(row, "gender").empty()) {
    diags.Warning(cols.Where(row, "full_name"),
                  "пол участника " + Quoted(p.full_name) + " не определяется по ФИО: в документах его ФИО стоит "
                  "в именительном падеже, а фразы построены без рода; укажите пол в столбце «Пол» (м или ж)");
  }
  return by_name;
}

}  // namespace

const std::vector<ColumnSpec>& PairColumnSpecs() { return kPairColumns; }

std::vector<std::string> PersonIds(const Program& program) {
  std::vector<std::string> ids;
  ids.reserve(program.people.size());
  for (const Person& p : program.people) ids.push_back(p.id);
  return ids;
}

// A wish names a mentor by id or by full name and is free text otherwise; only a wish that is an
// id typed with look-alike letters is surely a slip (matching would silently ignore it).
static void CheckWishes(const Program& program, const std::vector<std::pair<size_t, Location>>& cells,
                 Diagnostics& diags) {
  if (cells.empty()) return;
  const IdHints hints(PersonIds(program));
  for (const auto& [index, where] : cells) {
    for (const std::string& wish : program.people[index].wishes) {
      if (program.FindPerson(wish)) continue;
      if (std::string hint = hints.Hint(wish); !hint.empty()) {
        diags.Warning(where, "пожелание «" + wish + "» не совпадает ни с кодом, ни с ФИО участника" + hint);
      }
    }
  }
}

void NoteUncheckedIds(const load::Table& table, const IdRefs& refs, Diagnostics& diags) {
  if (refs.read() || table.rows.empty()) return;
  diags.Warning(Location{table.path, table.rows.front().line, 1},
                "коды участников в этом файле не проверены: сначала исправьте ошибки " + refs.source().In("participants"));
}

bool BuildPeople(const load::Table& table, Program& program, Diagnostics& diags,
                 std::set<std::string>* unread_ids) {
  Columns cols(table, kPeopleColumns, diags);
  if (!cols.ok()) return false;
  if (unread_ids) {
    for (const load::Row& row : table.rejected) {
      if (std::string id = cols.Text(row, "id"); !id.empty()) unread_ids->insert(id);
    }
  }
  std::map<std::string, int> id_lines;
  std::map<std::string, std::pair<int, std::string>> name_lines;  // key → line, id
  // A region repeats a few spellings of roles, categories and forms over thousands of rows:
  // each distinct cell text is folded and parsed once.
  std::unordered_map<std::string, std::string> folded_role;
  std::unordered_map<std::string, std::optional<Category>> category_of;
  std::unordered_map<std::string, std::optional<Form>> form_of;
  auto fold_role = [&](const std::string& role) -> const std::string& {
    auto [it, fresh] = folded_role.emplace(role, std::string());
    if (fresh) it->second = text::FoldKey(role);
    return it->second;
  };
  auto parse_category = [&](const std::string& text) {
    auto [it, fresh] = category_of.emplace(text, std::nullopt);
    if (fresh) it->second = ParseCategory(text);
    return it->second;
  };
  auto parse_form = [&](const std::string& text) {
    auto [it, fresh] = form_of.emplace(text, std::nullopt);
    if (fresh) it->second = ParseForm(text);
    return it->second;
  };
  std::vector<std::pair<size_t, Location>> wish_cells;  // person index → the «Пожелания» cell
  for (const load::Row& row : table.rows) {
    Person p;
    p.where = Location{table.path, row.line, 1};
    p.id = cols.Text(row, "id");
    p.full_name = text::Nfc(cols.Text(row, "full_name"));
    if (p.id.empty()) {
      diags.Error(cols.Where(row, "id"), "не указан код участника");
      continue;
    }
    // The person is kept: files naming the id then find it, and the error is told once.
    if (std::string bad = IdAlphabetError(p.id); !bad.empty()) diags.Error(cols.Where(row, "id"), bad);
    if (auto [it, fresh] = id_lines.emplace(p.id, row.line); !fresh) {
      diags.Error(cols.Where(row, "id"), "код " + Quoted(p.id) + " повторяется: он уже занят в строке " +
                                             std::to_string(it->second));
      continue;
    }
    if (p.full_name.empty()) diags.Error(cols.Where(row, "full_name"), "не указаны ФИО участника");
    for (const std::string& role : text::SplitList(cols.Text(row, "roles"))) {
      const std::string& r = fold_role(role);
      if (r == "наставник") {
        p.is_mentor = true;
      } else if (r == "наставляемый" || r == "наставляемая") {
        p.is_mentee = true;
      } else {
        std::string nearest = text::NearestWord(r, {"наставник", "наставляемый"});
        diags.Error(cols.Where(row, "roles"),
                    "неизвестная роль " + Quoted(role) + "; допустимы «наставник» и «наставляемый»" +
                        (nearest.empty() ? "" : " (возможно, имелась в виду " + Quoted(nearest) + ")"));
      }
    }
    if (!p.is_mentor && !p.is_mentee && cols.Text(row, "roles").empty()) {
      diags.Error(cols.Where(row, "roles"), "не указана роль: «наставник» или «наставляемый»");
    }
    std::string category = cols.Text(row, "category");
    if (std::optional<Category> c = parse_category(category)) {
      p.category = *c;
    } else {
      std::vector<std::string> words = AllCategoryNames();
      for (const char* alias : {"ученик", "учитель"}) words.push_back(alias);
      std::string nearest = text::NearestWord(text::FoldKey(category), words);
      if (std::optional<Category> c = ParseCategory(nearest)) nearest = CategoryName(*c);
      diags.Error(cols.Where(row, "category"),
                  "неизвестная категория " + Quoted(category) +
                      (nearest.empty() ? "; допустимы: обучающийся, педагог, студент, работодатель, родитель, выпускник"
                                       : "; возможно, имелась в виду " + Quoted(nearest)));
    }
    p.grade = NormalizeGrade(cols.Text(row, "grade"));
    p.grade_number = GradeNumber(p.grade);
    if (p.grade_number < 0) {
      diags.Error(cols.Where(row, "grade"), "класс " + Quoted(cols.Text(row, "grade")) +
                                                ": ожидается номер класса и буква, например 7Б");
      p.grade_number = 0;
    }
    p.position = cols.Text(row, "position");
    p.subject = cols.Text(row, "subject");
    p.experience_years = Experience(cols, row, diags);
    p.organization = cols.Text(row, "organization");
    for (const std::string& f : text::SplitList(cols.Text(row, "forms"))) {
      if (std::optional<Form> form = parse_form(f)) {
        p.forms.push_back(*form);
      } else {
        std::string nearest = text::NearestWord(f, AllFormNames());
        diags.Error(cols.Where(row, "forms"), "неизвестная форма наставничества " + Quoted(f) +
                                                  (nearest.empty() ? "" : "; возможно, имелась в виду " + Quoted(nearest)));
      }
    }
    p.strengths = text::SplitList(cols.Text(row, "strengths"));
    p.requests = text::SplitList(cols.Text(row, "requests"));
    p.availability = ParseAvailability(cols.Text(row, "availability"), cols.Where(row, "availability"), diags);
    p.wishes = text::SplitList(cols.Text(row, "wishes"));
    if (!p.wishes.empty()) wish_cells.emplace_back(program.people.size(), cols.Where(row, "wishes"));
    if (std::optional<double> cap = cols.Number(row, "capacity", diags)) {
      // Compared before the cast: a double past int's range does not convert.
      if (*cap < 1 || *cap > kMaxCapacity || *cap != static_cast<int>(*cap)) {
        diags.Error(cols.Where(row, "capacity"),
                    "«Макс. наставляемых» должно быть целым числом от 1 до " + std::to_string(kMaxCapacity) + ", а записано " +
                        Quoted(cols.Text(row, "capacity")));
      } else {
        p.capacity = static_cast<int>(*cap);
      }
    }
    p.email = cols.Text(row, "email");
    p.phone = cols.Text(row, "phone");
    p.parent_contact = cols.Text(row, "parent_contact");
    p.birth_date = cols.DateCell(row, "birth_date", diags);
    p.entry_date = cols.DateCell(row, "entry_date", diags);
    p.consent_pd = cols.YesNo(row, "consent_pd", diags);
    p.consent_publish = cols.YesNo(row, "consent_publish", diags);
    p.gender = PersonGender(p, cols, row, diags);

    // One person written twice: the same name after folding (ё, case, spaces) and the same
    // birth date where both rows give one.
    std::string key = text::FoldKey(p.full_name) + "|" + (p.birth_date ? p.birth_date->Iso() : "");
    if (!p.full_name.empty()) {
      auto [it, fresh] = name_lines.emplace(key, std::make_pair(row.line, p.id));
      if (!fresh) {
        diags.Error(cols.Where(row, "full_name"),
                    "участник " + Quoted(p.full_name) + " записан дважды: строки " +
                        std::to_string(it->second.first) + " (код " + it->second.second + ") и " +
                        std::to_string(row.line) + " (код " + p.id + ")");
      }
    }
    program.person_index[p.id] = program.people.size();
    program.people.push_back(std::move(p));
  }
  CheckWishes(program, wish_cells, diags);
  return true;
}

bool BuildPairs(const load::Table& table, Program& program, Diagnostics& diags,
                std::set<std::string>* pair_ids, const IdSource& people) {
  Columns cols(table, kPairColumns, diags);
  if (!cols.ok()) return false;
  // Rows dropped at load still name their pairs: plans.csv need not report them as unknown.
  for (const load::Row& row : table.rejected) {
    if (std::string id = cols.Text(row, "id"); !id.empty()) pair_ids->insert(id);
  }
  const IdRefs person_refs(people, [&] { return PersonIds(program); });
  NoteUncheckedIds(table, person_refs, diags);
  std::map<std::string, int> id_lines;
  std::map<std::string, int> load;  // mentor id → mentees in active pairs
  std::map<std::string, std::pair<std::string, int>> active_mentee;  // mentee → pair id, line
  for (const load::Row& row : table.rows) {
    Pair pair;
    pair.where = Location{table.path, row.line, 1};
    pair.id = cols.Text(row, "id");
    if (pair.id.empty()) {
      diags.Error(cols.Where(row, "id"), "не указан код пары");
      continue;
    }
    pair_ids->insert(pair.id);
    if (std::string bad = IdAlphabetError(pair.id); !bad.empty()) diags.Error(cols.Where(row, "id"), bad);
    if (auto [it, fresh] = id_lines.emplace(pair.id, row.line); !fresh) {
      diags.Error(cols.Where(row, "id"), "код пары " + Quoted(pair.id) +
                                             " повторяется: он уже занят в строке " + std::to_string(it->second));
      continue;
    }
    bool ok = true;
    pair.mentor = cols.Text(row, "mentor");
    const Person* mentor = program.FindPerson(pair.mentor);
    if (!mentor) {
      std::string e = person_refs.Unknown(pair.mentor, "наставник с кодом " + Quoted(pair.mentor) +
                                                           " не найден " + people.In("participants"));
      if (!e.empty()) diags.Error(cols.Where(row, "mentor"), e);
      ok = ok && !person_refs.read();
    } else if (!mentor->is_mentor) {
      diags.Error(cols.Where(row, "mentor"), mentor->full_name + " (" + pair.mentor +
                                                 ") не отмечен(а) " + people.In("participants") + " как наставник");
      ok = false;
    }
    pair.mentees = text::SplitList(cols.Text(row, "mentees"));
    if (pair.mentees.empty()) {
      diags.Error(cols.Where(row, "mentees"), "у пары не указаны наставляемые");
      ok = false;
    }
    std::vector<const Person*> mentees;
    for (const std::string& id : pair.mentees) {
      const Person* mentee = program.FindPerson(id);
      if (!mentee) {
        std::string e = person_refs.Unknown(id, "наставляемый с кодом " + Quoted(id) + " не найден " + people.In("participants"));
        if (!e.empty()) diags.Error(cols.Where(row, "mentees"), e);
        ok = ok && !person_refs.read();
      } else if (!mentee->is_mentee) {
        diags.Error(cols.Where(row, "mentees"), mentee->full_name + " (" + id +
                                                    ") не отмечен(а) " + people.In("participants") + " как наставляемый");
        ok = false;
      } else if (id == pair.mentor) {
        diags.Error(cols.Where(row, "mentees"), "участник " + Quoted(id) + " не может быть наставником самому себе");
        ok = false;
      } else {
        mentees.push_back(mentee);
      }
    }
    std::string form_text = cols.Text(row, "form");
    std::optional<Form> form = ParseForm(form_text);
    if (!form) {
      std::string nearest = text::NearestWord(form_text, AllFormNames());
      diags.Error(cols.Where(row, "form"), "неизвестная форма наставничества " + Quoted(form_text) +
                                               (nearest.empty() ? "" : "; возможно, имелась в виду " + Quoted(nearest)));
      ok = false;
    } else {
      pair.form = *form;
      const auto& in_use = program.settings.forms;
      if (std::find(in_use.begin(), in_use.end(), *form) == in_use.end()) {
        diags.Error(cols.Where(row, "form"), "форма " + Quoted(FormName(*form)) +
                                                 " не применяется в программе (см. program.forms в content/program.toml)");
        ok = false;
      }
      if (mentor) {
        for (const Person* m : mentees) {
          if (!FitsForm(*form, mentor->category, m->category)) {
            diags.Error(cols.Where(row, "form"),
                        "форма " + Quoted(FormName(*form)) + " не подходит паре: наставник — " +
                            CategoryName(mentor->category) + ", наставляемый " + m->id + " — " +
                            CategoryName(m->category));
            ok = false;
          }
        }
      }
    }
    pair.role_model = cols.Text(row, "role_model");
    pair.start = cols.DateCell(row, "start", diags);
    pair.end = cols.DateCell(row, "end", diags);
    if (pair.start && pair.end && *pair.end < *pair.start) {
      diags.Error(cols.Where(row, "end"), "дата окончания раньше даты начала");
    }
    std::string status = cols.Text(row, "status");
    if (std::optional<PairStatus> st = ParsePairStatus(status)) {
      pair.status = *st;
    } else {
      diags.Error(cols.Where(row, "status"), "неизвестный статус " + Quoted(status) +
                                                 "; допустимы «активна», «завершена», «расторгнута»");
      ok = false;
    }
    pair.pinned = cols.YesNo(row, "pinned", diags);
    pair.result = cols.Text(row, "result");
    pair.goal = cols.Text(row, "goal");
    pair.case_link = cols.Text(row, "case_link");
    if (ok && pair.status == PairStatus::kActive) {
      for (const std::string& id : pair.mentees) {
        auto [it, fresh] = active_mentee.emplace(id, std::make_pair(pair.id, row.line));
        if (!fresh) {
          diags.Error(cols.Where(row, "mentees"),
                      "наставляемый " + id + " уже состоит в активной паре " + it->second.first +
                          " (строка " + std::to_string(it->second.second) + ")");
        }
      }
      int& taken = load[pair.mentor];
      taken += static_cast<int>(pair.mentees.size());
      if (mentor && taken > mentor->capacity) {
        diags.Error(cols.Where(row, "mentor"),
                    "наставник " + mentor->full_name + " (" + pair.mentor + ") ведёт " +
                        std::to_string(taken) + " наставляемых в активных парах, а может не больше " +
                        std::to_string(mentor->capacity) + " (столбец «Макс. наставляемых»)");
      }
    }
    if (ok) program.pairs.push_back(std::move(pair));
  }
  return true;
}

}  // namespace nastavnik::model
