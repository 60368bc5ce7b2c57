#include "model/form_exports.h"

#include <algorithm>

#include "base/text.h"
#include "load/form_exports.h"
#include "model/survey_answers.h"
#include "model/survey_unasked.h"
#include "model/survey_waves.h"

namespace nastavnik::model {
namespace {

bool Digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The export's header row, where a column the mapping names is missing: «…, лист «Ответы», ячейка A1».
Location HeaderPlace(const load::Table& table) {
  return table.header.empty() ? Location{table.path, 1, 1} : table.At(table.header.front());
}

std::string HeaderList(const load::Table& table) {
  std::string out;
  for (const load::Cell& c : table.header) out += (out.empty() ? "«" : ", «") + text::Trim(c.text) + "»";
  return out;
}

// The column whose header is written (folded alike); -1 when none.
int FindColumn(const load::Table& table, const std::string& header) {
  for (size_t c = 0; c < table.header.size(); ++c) {
    if (text::FoldKey(table.header[c].text) == text::FoldKey(header)) return static_cast<int>(c);
  }
  return -1;
}

void ReportMissing(const load::Table& table, const std::string& header, const std::string& what, const Location& mapped,
                   Diagnostics& diags) {
  std::vector<std::string> headers;
  for (const load::Cell& c : table.header) headers.push_back(text::Trim(c.text));
  std::string nearest = text::NearestWord(header, headers);
  diags.Error(HeaderPlace(table), "в выгрузке нет столбца «" + header + "» (" + what + ", " + ToString(mapped) + ")" +
                                      (nearest.empty() ? "" : "; возможно, имелся в виду «" + nearest + "»"));
}

// The nearest three participants by full name or e-mail, for the message.
std::string Nearest(const Program& program, const std::string& folded) {
  std::vector<std::pair<int, const Person*>> scored;
  for (const Person& p : program.people) {
    int d = text::EditDistance(folded, text::FoldKey(p.full_name));
    if (!p.email.empty()) d = std::min(d, text::EditDistance(folded, text::FoldKey(p.email)));
    scored.emplace_back(d, &p);
  }
  std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::string out;
  for (size_t i = 0; i < scored.size() && i < 3; ++i) {
    out += (out.empty() ? "" : ", ") + scored[i].second->full_name + " (" + scored[i].second->id + ")";
  }
  return out;
}

const Person* MatchRespondent(const Program& program, const load::Table& table, const load::Cell& cell,
                              Diagnostics& diags) {
  const std::string written = text::Trim(cell.text);
  const std::string folded = text::FoldKey(written);
  std::vector<const Person*> found;
  for (const Person& p : program.people) {
    if (p.id == written || text::FoldKey(p.full_name) == folded || (!p.email.empty() && text::FoldKey(p.email) == folded)) {
      found.push_back(&p);
    }
  }
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    std::string nearest = Nearest(program, folded);
    diags.Error(table.At(cell), "респондент «" + written + "» не найден среди участников ни по коду, ни по e-mail, ни по ФИО" +
                                    (nearest.empty() ? "" : "; ближе всего: " + nearest));
    return nullptr;
  }
  std::string who;
  // Namesakes differ by class or position, which the message shows to tell them apart.
  for (const Person* p : found) {
    std::string detail = p->grade.empty() ? p->position : p->grade;
    who += (who.empty() ? "" : ", ") + p->full_name + " (" + p->id + (detail.empty() ? "" : ", " + detail) + ")";
  }
  diags.Error(table.At(cell), "респондент «" + written + "» подходит нескольким участникам: " + who +
                                  "; чей это ответ, не понять — попросите указывать в форме код участника или e-mail");
  return nullptr;
}

struct Columns {
  int respondent = -1, timestamp = -1;
  std::vector<std::pair<const Question*, int>> questions;
};

// Every column the mapping names, or nullopt with the missing ones reported at the export's header
// row; a sheet with none of them is of another layout altogether, one error listing what it holds.
std::optional<Columns> MapColumns(const Questionnaire& form, const FormExport& e, const load::Table& table,
                                  Diagnostics& diags) {
  struct Wanted {
    const std::string* header;
    std::string what;
    Location mapped;
    int* column;
  };
  Columns cols;
  std::vector<Wanted> wanted{{&e.respondent, "respondent", e.where, &cols.respondent}};
  if (!e.timestamp.empty()) wanted.push_back({&e.timestamp, "timestamp", e.where, &cols.timestamp});
  std::vector<int> question_columns(e.questions.size(), -1);
  for (size_t i = 0; i < e.questions.size(); ++i) {
    wanted.push_back({&e.questions[i].second, "вопрос " + e.questions[i].first, e.question_where[i], &question_columns[i]});
  }
  int found = 0;
  for (Wanted& w : wanted) found += (*w.column = FindColumn(table, *w.header)) >= 0;
  if (found == 0) {
    diags.Error(HeaderPlace(table), "выгрузка не похожа на ответы анкеты «" + form.title + "»: в ней нет ни одного столбца из [[exports]] (" +
                                        ToString(e.where) + "); её столбцы: " + HeaderList(table) +
                                        ". Проверьте, та ли форма скачана, и заголовки в [[exports]]");
    return std::nullopt;
  }
  for (const Wanted& w : wanted) {
    if (*w.column < 0) ReportMissing(table, *w.header, w.what, w.mapped, diags);
  }
  if (found < static_cast<int>(wanted.size())) return std::nullopt;
  for (size_t i = 0; i < e.questions.size(); ++i) {
    for (const Question& q : form.questions) {
      if (q.id == e.questions[i].first) cols.questions.emplace_back(&q, question_columns[i]);
    }
  }
  return cols;
}

std::string CellText(const load::Row& row, int c) {
  return c >= 0 && static_cast<size_t>(c) < row.cells.size() ? text::Trim(row.cells[c].text) : "";
}

bool ReadWhen(const FormExport& e, const load::Table& table, const load::Row& row, const Columns& cols,
              const Program& program, Survey& s, Diagnostics& diags) {
  Location at = cols.timestamp >= 0 && static_cast<size_t>(cols.timestamp) < row.cells.size()
                    ? table.At(row.cells[cols.timestamp]) : s.where;
  std::string stamp = CellText(row, cols.timestamp);
  if (!stamp.empty()) {
    s.date = ParseTimestamp(stamp);
    if (!s.date) {
      diags.Error(at, "отметка времени «" + stamp + "» не распознана: ожидаются дата и время, например 15.09.2025 14:03:22 или 2025-09-15 14:03:22");
      return false;
    }
  }
  if (!e.wave.empty()) {
    std::optional<WaveName> w = ParseWave(e.wave);
    s.wave = w->name;
    s.wave_order = w->order;
  } else if (const SurveyWave* w = s.date ? WaveOfDate(program.monitoring.waves, *s.date) : nullptr) {
    s.wave = w->name;
    s.wave_order = w->order;
  } else {
    diags.Error(at, "этап анкеты не определить: укажите wave в [[exports]] анкеты или сроки этапов в program.toml ([[monitoring.waves]])");
    return false;
  }
  s.exit_wave = s.wave_order == kExitWaveOrder;
  return true;
}

void ReadExport(const Questionnaire& form, const FormExport& e, const load::Table& table, Program& program,
                Diagnostics& diags) {
  std::optional<Columns> cols = MapColumns(form, e, table, diags);
  if (!cols) return;
  UnaskedAnswers unasked;
  for (const load::Row& row : table.rows) {
    Survey s;
    s.where = Location{table.path, row.line, 1};
    s.questionnaire = form.name;
    if (static_cast<size_t>(cols->respondent) >= row.cells.size()) continue;
    const Person* who = MatchRespondent(program, table, row.cells[cols->respondent], diags);
    if (!who || !ReadWhen(e, table, row, *cols, program, s, diags)) continue;
    s.participant = who->id;
    for (const auto& [q, c] : cols->questions) {
      std::string value = CellText(row, c);
      if (value.empty()) continue;
      Result<SurveyAnswer> a = ParseAnswer(*q, value, table.At(row.cells[c]));
      if (!a.ok()) {
        diags.Error(a.status().where(), a.status().message());
        continue;
      }
      unasked.Note(form, *q, s.wave, table.At(row.cells[c]));
      AddAnswer(*q, std::move(*a), s);
    }
    program.surveys.push_back(std::move(s));
  }
  unasked.Report(diags);
}

}  // namespace

std::optional<Date> ParseTimestamp(const std::string& text) {
  std::string s = text::Trim(text);
  size_t end = s.find_first_of(" T,");
  std::string day = s.substr(0, end);
  if (std::optional<Date> d = ParseDate(day)) return d;
  std::vector<std::string> parts;
  for (size_t at = 0; at <= day.size();) {
    size_t slash = day.find('/', at);
    parts.push_back(day.substr(at, slash == std::string::npos ? std::string::npos : slash - at));
    if (slash == std::string::npos) break;
    at = slash + 1;
  }
  if (parts.size() != 3 || !Digits(parts[0]) || !Digits(parts[1]) || !Digits(parts[2])) return std::nullopt;
  if (parts[0].size() == 4) return ParseDate(parts[0] + "-" + parts[1] + "-" + parts[2]);  // 2025/09/15
  if (parts[2].size() == 4) return ParseDate(parts[1] + "." + parts[0] + "." + parts[2]);  // 9/15/2025
  return std::nullopt;
}

void BuildFormAnswers(const std::map<std::string, load::Table>& exports, Program& program, Diagnostics& diags) {
  for (const Questionnaire& form : program.questionnaires) {
    for (const FormExport& e : form.exports) {
      auto it = exports.find(e.file);
      if (it == exports.end()) {
        diags.Error(e.where, "файл выгрузки " + std::string(load::kFormExportsFolder) + "/" + e.file + " не найден");
        continue;
      }
      ReadExport(form, e, it->second, program, diags);
    }
  }
}

}  // namespace nastavnik::model
