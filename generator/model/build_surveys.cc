// Stage 2 (model): surveys.csv (DATA.md «surveys.csv»): one row is one person's answers to one
// questionnaire at one wave. Columns are the questions of the questionnaire, by id or wording,
// read by their kind; a column named by an indicator holds a 1–10 answer, as before.
#include <algorithm>
#include <set>

#include "base/text.h"
#include "model/build_program.h"
#include "model/columns.h"
#include "model/indicators.h"
#include "model/survey_answers.h"
#include "model/survey_columns.h"
#include "model/survey_unasked.h"
#include "model/survey_waves.h"

namespace nastavnik::model {
namespace {

const std::vector<ColumnSpec> kSurveyColumns = {
    {"participant", "Участник", true}, {"wave", "Этап"}, {"date", "Дата"}, {"questionnaire", "Анкета"}};

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Who answers, in the order a row without a questionnaire column tries them: the curator is
// often a mentor as well, and a mentor who is also mentored answers as a mentor.
std::vector<std::string> Roles(const Program& program, const std::string& id, const std::set<std::string>& mentors) {
  std::vector<std::string> roles;
  if (id == program.settings.curator) roles.push_back("куратор");
  const Person* p = program.FindPerson(id);
  if (mentors.count(id) || (p && p->is_mentor && !p->is_mentee)) roles.push_back("наставник");
  roles.push_back("наставляемый");
  return roles;
}

const Questionnaire* GuessForm(const Program& program, const std::vector<std::string>& roles, const std::string& wave) {
  for (const std::string& role : roles) {
    for (const Questionnaire& form : program.questionnaires) {
      if (form.respondent == role && Contains(form.waves, WaveKind(wave))) return &form;
    }
  }
  return nullptr;
}

// The questionnaire a row names by file name or title; reported when unknown.
bool NamedForm(const Program& program, const std::string& written, const Location& where, const Questionnaire** out,
               Diagnostics& diags) {
  std::vector<std::string> names;
  for (const Questionnaire& form : program.questionnaires) {
    if (form.name == written || text::FoldKey(form.title) == text::FoldKey(written)) {
      *out = &form;
      return true;
    }
    names.push_back(form.name);
  }
  std::string nearest = text::NearestWord(written, names);
  diags.Error(where, "анкеты «" + written + "» нет в templates/questionnaires/" +
                         (nearest.empty() ? "" : "; возможно, имелась в виду «" + nearest + "»"));
  return false;
}

// The row's wave: the wave column, else the declared wave its date falls in.
bool ReadWave(const Columns& cols, const load::Row& row, const Program& program, Survey& s, Diagnostics& diags) {
  std::string written = cols.Text(row, "wave");
  if (!written.empty()) {
    std::optional<WaveName> w = ParseWave(written);
    if (!w) {
      diags.Error(cols.Where(row, "wave"), "этап анкетирования должен быть «вход», «промежуточная» (или «промежуточная 2», 3…) или «выход», а записано «" + written + "»");
      return false;
    }
    s.wave = w->name;
    s.wave_order = w->order;
  } else if (program.monitoring.waves.empty()) {
    diags.Error(cols.Where(row, "wave"), "не указан этап анкетирования: вход, промежуточная или выход (или задайте сроки этапов в program.toml, [[monitoring.waves]])");
    return false;
  } else if (!s.date) {
    diags.Error(cols.Where(row, "date"), "не указаны ни этап, ни дата анкеты: по дате этап находится из сроков [[monitoring.waves]] в program.toml");
    return false;
  } else if (const SurveyWave* w = WaveOfDate(program.monitoring.waves, *s.date)) {
    s.wave = w->name;
    s.wave_order = w->order;
  } else {
    diags.Error(cols.Where(row, "date"), "дата " + s.date->Russian() + " не попадает в сроки ни одного этапа анкетирования из program.toml ([[monitoring.waves]])");
    return false;
  }
  s.exit_wave = s.wave_order == kExitWaveOrder;
  return true;
}

void ReadIndicatorCell(const load::Table& table, const load::Cell& cell, const SurveyColumn& m, Survey& s,
                       Diagnostics& diags) {
  std::string value = text::Trim(cell.text);
  std::optional<double> v = ParseAnswerNumber(value);
  if (!v || *v < 1 || *v > 10) {
    std::string hint = m.elsewhere.empty() ? ""
                       : "; вопрос «" + m.indicator + "» есть в анкете «" + m.elsewhere +
                             "», а эта строка — ответы другой анкеты (её можно указать в столбце «Анкета»)";
    diags.Error(table.At(cell), "ответ анкеты должен быть числом от 1 до 10, а записано «" + value + "»" + hint);
    return;
  }
  s.answers[m.indicator] = *v;
}

void ReadAnswers(const load::Table& table, const load::Row& row, const std::vector<int>& extra,
                 const Questionnaire* form, SurveyColumns& columns, UnaskedAnswers& unasked, Survey& s,
                 Diagnostics& diags) {
  for (int c : extra) {
    if (static_cast<size_t>(c) >= row.cells.size()) continue;
    const load::Cell& cell = row.cells[c];
    std::string value = text::Trim(cell.text);
    if (value.empty()) continue;
    const SurveyColumn& m = columns.Meaning(c, form);
    if (!m.question) {
      ReadIndicatorCell(table, cell, m, s, diags);
      continue;
    }
    // A column named by an indicator's key («satisfaction») keeps its meaning of before
    // questionnaires at a wave where the question of that code is not asked.
    const std::string header = text::Trim(table.header[c].text);
    if (!AskedAt(*form, *m.question, s.wave) && FindIndicator(header)) {
      ReadIndicatorCell(table, cell, SurveyColumn{nullptr, header, ""}, s, diags);
      continue;
    }
    Result<SurveyAnswer> a = ParseAnswer(*m.question, value, table.At(cell));
    if (!a.ok()) {
      diags.Error(a.status().where(), a.status().message());
      continue;
    }
    unasked.Note(*form, *m.question, s.wave, table.At(cell));
    AddAnswer(*m.question, std::move(*a), s);
  }
}

}  // namespace

void BuildSurveys(const load::Table& table, Program& program, Diagnostics& diags, const IdSource& people) {
  Columns cols(table, kSurveyColumns, diags, /*allow_extra=*/true);
  if (!cols.ok()) return;
  if (!cols.has("wave") && program.monitoring.waves.empty()) {
    diags.Error(Location{table.path, table.header.empty() ? 1 : table.header.front().line, 1},
                "в файле нет столбца «Этап» (wave): укажите этап каждой анкеты (вход, промежуточная, выход) "
                "или задайте сроки этапов в program.toml, [[monitoring.waves]]");
    return;
  }
  const IdRefs person_refs(people, [&] { return PersonIds(program); });
  NoteUncheckedIds(table, person_refs, diags);
  std::set<std::string> mentors;
  for (const Pair& pair : program.pairs) mentors.insert(pair.mentor);
  SurveyColumns columns(table, cols.extra(), program.questionnaires);
  columns.WarnLookalikes(diags);
  UnaskedAnswers unasked;
  for (const load::Row& row : table.rows) {
    Survey s;
    s.where = Location{table.path, row.line, 1};
    s.participant = cols.Text(row, "participant");
    if (!program.FindPerson(s.participant)) {
      std::string e = person_refs.Unknown(s.participant,
                                          "участник с кодом «" + s.participant + "» не найден " + people.In("participants"));
      if (!e.empty()) diags.Error(cols.Where(row, "participant"), e);
      if (person_refs.read()) continue;
    }
    s.date = cols.DateCell(row, "date", diags);
    if (!ReadWave(cols, row, program, s, diags)) continue;
    const Questionnaire* form = nullptr;
    std::string named = cols.Text(row, "questionnaire");
    if (!named.empty()) {
      if (!NamedForm(program, named, cols.Where(row, "questionnaire"), &form, diags)) continue;
    } else {
      form = GuessForm(program, Roles(program, s.participant, mentors), s.wave);
    }
    if (form) s.questionnaire = form->name;
    ReadAnswers(table, row, cols.extra(), form, columns, unasked, s, diags);
    program.surveys.push_back(std::move(s));
  }
  unasked.Report(diags);
}

}  // namespace nastavnik::model
