#include "render/documents/tables.h"

#include <algorithm>
#include <map>

#include "compute/monitoring/monitoring.h"
#include "render/xlsx/layout.h"

namespace nastavnik::render::documents {
namespace {

using xlsx::DateValue;
using xlsx::NumberValue;
using xlsx::TextValue;

namespace cm = compute::monitoring;

// A task of a terminated pair is not late: nobody is going to do it.
constexpr char kCancelled[] = "нет: отменена, пара расторгнута";

const std::vector<std::string> kPairStatuses = {"активна", "завершена", "расторгнута"};

// The dropdown of a mark column: the marks nastavnik knows, then any other mark the school's data
// already uses, so that no cell of the file it gets is outside its own list.
std::vector<std::string> MarkChoices(const std::vector<std::string>& used) {
  std::vector<std::string> choices = cm::TaskMarks();
  for (const std::string& mark : used) {
    if (!mark.empty() && std::find(choices.begin(), choices.end(), mark) == choices.end()) choices.push_back(mark);
  }
  return choices;
}

xlsx::Column Col(const char* header, std::vector<std::string> choices = {}, bool wrap = false) {
  xlsx::Column c;
  c.header = header;
  c.choices = std::move(choices);
  c.wrap = wrap;
  return c;
}

xlsx::Value OptionalDate(const std::optional<Date>& d) { return d ? DateValue(*d) : xlsx::Value(); }
xlsx::Value Ordinal(size_t rows) { return NumberValue(static_cast<double>(rows + 1)); }

std::string Name(const model::Program& program, const std::string& id) {
  const model::Person* p = program.FindPerson(id);
  return p ? p->full_name : id;
}

std::string Names(const model::Program& program, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : "; ") + Name(program, id);
  return out;
}

xlsx::Workbook Book(const model::Program& program, std::string title) {
  xlsx::Workbook book;
  book.title = std::move(title);
  book.subject = program.settings.title;
  book.author = program.organization.short_name;
  book.company = program.organization.full_name;
  return book;
}

std::string Caption(const model::Program& program, const std::string& what) {
  return what + " " + program.organization.short_name + ", " + program.settings.academic_year;
}

}  // namespace

std::string OutputNote(const std::string& where) {
  return "Таблица создана nastavnik и перезаписывается при каждой сборке: исправления вносите в " + where +
         ", а не в этот файл.";
}

std::string TableNote(const char* table, const char* mark) {
  return OutputNote(std::string("данные школы (content/data/") + table + ".csv или лист таблицы в content/data" +
                    (*mark ? std::string("; ") + mark : std::string()) + ")");
}

xlsx::Workbook BuildPairsWorkbook(const model::Program& program) {
  xlsx::Workbook book = Book(program, "Наставнические пары и группы");
  xlsx::Sheet s;
  s.name = "Пары и группы";
  s.title = Caption(program, "Список наставнических пар и групп") + "\n" + TableNote("pairs");
  s.columns = {Col("№"), Col("Код"), Col("Наставник"), Col("Наставляемые", {}, true),
               Col("Форма наставничества", model::AllFormNames()), Col("Ролевая модель", {}, true), Col("Начало"),
               Col("Окончание"), Col("Статус", kPairStatuses), Col("Закреплена", {"да", "нет"}), Col("Результат", {}, true)};
  for (const model::Pair& p : program.pairs) {
    s.rows.push_back({Ordinal(s.rows.size()), TextValue(p.id), TextValue(Name(program, p.mentor)),
                      TextValue(Names(program, p.mentees)), TextValue(model::FormName(p.form)), TextValue(p.role_model),
                      OptionalDate(p.start), OptionalDate(p.end), TextValue(model::PairStatusName(p.status)),
                      TextValue(p.pinned ? "да" : "нет"), TextValue(p.result)});
  }
  book.sheets.push_back(std::move(s));
  return book;
}

xlsx::Workbook BuildPlansWorkbook(const model::Program& program, Date today) {
  xlsx::Workbook book = Book(program, "Индивидуальные планы развития");
  std::map<std::string, const model::Pair*> pairs;
  for (const model::Pair& p : program.pairs) pairs[p.id] = &p;
  xlsx::Sheet s;
  s.name = "Индивидуальные планы";
  s.title = Caption(program, "Индивидуальные планы развития наставляемых") + " (просрочка — на " + today.Russian() +
            ")\n" + TableNote("plans");
  std::vector<std::string> used;
  for (const model::PlanTask& t : program.plan_tasks) used.push_back(t.status);
  s.columns = {Col("№"), Col("Пара"), Col("Наставник"), Col("Наставляемые", {}, true), Col("Раздел (направление)"),
               Col("Задача", {}, true), Col("Мероприятие", {}, true), Col("Срок"),
               Col("Отметка о выполнении", MarkChoices(used)), Col("Ожидаемый результат", {}, true),
               Col("Результат", {}, true), Col("Просрочено", {"да", "нет", kCancelled})};
  for (const model::PlanTask& t : program.plan_tasks) {
    auto it = pairs.find(t.pair);
    const model::Pair* pair = it == pairs.end() ? nullptr : it->second;
    cm::TaskState state = cm::StateOfTask(t, pair, today);
    s.rows.push_back({Ordinal(s.rows.size()), TextValue(t.pair), TextValue(pair ? Name(program, pair->mentor) : ""),
                      TextValue(pair ? Names(program, pair->mentees) : ""), TextValue(t.section), TextValue(t.task),
                      TextValue(t.activity), OptionalDate(t.due), TextValue(t.status), TextValue(t.expected),
                      TextValue(t.result),
                      TextValue(state == cm::TaskState::kOverdue     ? "да"
                                : state == cm::TaskState::kCancelled ? kCancelled
                                                                     : "нет")});
  }
  book.sheets.push_back(std::move(s));
  return book;
}

xlsx::Workbook BuildRoadmapWorkbook(const model::Program& program) {
  xlsx::Workbook book = Book(program, "Дорожная карта внедрения целевой модели наставничества");
  xlsx::Sheet s;
  s.name = "Дорожная карта";
  s.title = Caption(program, "Дорожная карта внедрения целевой модели наставничества") + "\n" + TableNote("roadmap");
  s.columns = {Col("№"), Col("Этап", model::SevenStages(), true), Col("Мероприятие", {}, true),
               Col("Содержание", {}, true), Col("Срок"), Col("Ответственный", {}, true), Col("Результат", {}, true)};
  for (const model::RoadmapAction& a : program.roadmap) {
    std::optional<Date> due = ParseDate(a.due);  // a real date where the roadmap gives one
    s.rows.push_back({Ordinal(s.rows.size()), TextValue(a.stage), TextValue(a.action), TextValue(a.content),
                      due ? DateValue(*due) : TextValue(a.due), TextValue(a.responsible), TextValue(a.result)});
  }
  book.sheets.push_back(std::move(s));
  return book;
}

namespace {

// The dates a calendar term names, in order: «23.09.2025 и 30.09.2025», «15.09.2025; 1.10.2025».
std::vector<Date> DatesIn(const std::string& term) {
  std::vector<Date> out;
  auto digit = [&](size_t i) { return i < term.size() && term[i] >= '0' && term[i] <= '9'; };
  for (size_t i = 0; i < term.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;  // a date starts a run of digits
    for (size_t len : {10, 9, 8}) {  // ДД.ММ.ГГГГ, Д.ММ.ГГГГ or ДД.М.ГГГГ, Д.М.ГГГГ
      if (i + len > term.size() || digit(i + len)) continue;
      if (std::optional<Date> d = ParseDate(std::string_view(term).substr(i, len))) {
        out.push_back(*d);
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

// The first and the last day of a term, as date cells a curator can sort and filter by: the term
// itself is text («22.09.2025 – 26.09.2025», «в течение года»), and a column mixing date cells
// with text sorts the texts after every date. «до 15.09.2025» has an end and no start.
std::pair<xlsx::Value, xlsx::Value> TermBounds(const std::string& term) {
  const std::vector<Date> dates = DatesIn(term);
  if (dates.empty()) return {};
  const bool by = term.rfind("до ", 0) == 0;
  return {by ? xlsx::Value() : DateValue(dates.front()), DateValue(dates.back())};
}

}  // namespace

xlsx::Workbook BuildCalendarWorkbook(const model::Program& program) {
  xlsx::Workbook book = Book(program, "Календарный план");
  xlsx::Sheet s;
  s.name = "Календарный план";
  s.title = Caption(program, "Календарный план программы наставничества") + "\n" +
            TableNote("calendar", "отметку о выполнении — в столбец «Статус»");
  std::vector<std::string> used;
  for (const model::CalendarEvent& e : program.calendar) used.push_back(e.status);
  // «Сроки» as the plan words them; «Начало» and «Окончание» after the mark, so that the columns
  // the school's data has keep their letters.
  s.columns = {Col("№"), Col("Мероприятие", {}, true), Col("Сроки"), Col("Ответственный", {}, true),
               Col("Этап", model::SevenStages(), true), Col("Отметка о выполнении", MarkChoices(used)),
               Col("Начало"), Col("Окончание")};
  for (const model::CalendarEvent& e : program.calendar) {
    auto [from, to] = TermBounds(e.period);
    s.rows.push_back({Ordinal(s.rows.size()), TextValue(e.event), TextValue(e.period), TextValue(e.responsible),
                      TextValue(e.stage), TextValue(e.status), std::move(from), std::move(to)});
  }
  book.sheets.push_back(std::move(s));
  return book;
}

namespace {

// A phone («+7 (900) 000-00-01») or a number in groups is one piece on paper: the spaces
// between its digits and brackets become no-break spaces, so a narrow column never splits it.
std::string KeepNumbersWhole(const std::string& text) {
  auto numeric = [](char c) { return (c >= '0' && c <= '9') || c == '(' || c == ')' || c == '+'; };
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    // «(родитель)» after a phone is a word, not the phone's code: the line may break before it.
    const bool word_next = i + 2 < text.size() && text[i + 1] == '(' && !numeric(text[i + 2]);
    if (text[i] == ' ' && i > 0 && i + 1 < text.size() && numeric(text[i - 1]) && numeric(text[i + 1]) && !word_next) {
      out += "\u00A0";
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

doc::Document WorkbookAsDocument(const xlsx::Workbook& workbook) {
  doc::Document d;
  d.title = workbook.title;
  d.subject = workbook.subject;
  d.author = workbook.author;
  d.landscape = true;
  for (const xlsx::Sheet& sheet : workbook.sheets) {
    if (!d.blocks.empty()) {
      doc::Block page;
      page.kind = doc::BlockKind::kPageBreak;
      page.landscape = true;
      d.blocks.push_back(page);
    }
    d.blocks.push_back(doc::Heading(1, sheet.title.empty() ? sheet.name : sheet.title));
    doc::Block table;
    table.kind = doc::BlockKind::kTable;
    table.table.header_rows = 1;
    std::vector<doc::TableCell> header;
    for (const xlsx::Column& c : sheet.columns) header.push_back({{doc::Text(c.header)}});
    table.table.rows.push_back(std::move(header));
    // No widths: the PDF engine sizes columns from their content and keeps whole words and dates.
    for (const std::vector<xlsx::Value>& row : sheet.rows) {
      std::vector<doc::TableCell> cells;
      for (size_t c = 0; c < sheet.columns.size(); ++c) {
        std::string text;
        if (c < row.size()) {
          const xlsx::Value& v = row[c];
          if (v.type == xlsx::CellType::kText) text = KeepNumbersWhole(v.text);
          if (v.type == xlsx::CellType::kNumber || v.type == xlsx::CellType::kFormula) {
            text = std::to_string(static_cast<long long>(v.number));
          }
          if (v.type == xlsx::CellType::kDate && v.date.valid()) text = v.date.Russian();
        }
        cells.push_back({{doc::Text(std::move(text))}});
      }
      table.table.rows.push_back(std::move(cells));
    }
    d.blocks.push_back(std::move(table));
  }
  return d;
}

}  // namespace nastavnik::render::documents
