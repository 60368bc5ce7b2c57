// Stage 2 (model): the order in which the files become a Program. Files that name people or
// pairs are cross-checked only against files that could be read, so one broken header does not
// turn into an error on every row that depends on it.
#include "model/build_program.h"

#include <set>
#include <string>

#include "base/text.h"
#include "model/form_exports.h"
#include "model/matching_settings.h"

namespace nastavnik::model {
namespace {

// A photo named after no participant is never shown; a curator who misspelt the id would
// otherwise wonder why the mentor's card stays without a picture.
void CheckPhotoNames(const std::map<std::string, load::Asset>& photos, const Program& program,
                     const IdSource& people, Diagnostics& diags) {
  if (photos.empty()) return;
  std::vector<std::string> ids = PersonIds(program);
  const IdHints hints(ids);
  for (const auto& [id, photo] : photos) {
    if (program.FindPerson(id) || people.unread.count(id)) continue;
    std::string message = "фотография не использована: участника с кодом «" + id + "» нет " + people.In("participants", true);
    std::string hint = hints.Hint(id);
    std::string nearest = hint.empty() ? text::NearestWord(id, ids) : "";
    if (!hint.empty()) {
      message += hint;
    } else if (!nearest.empty()) {
      message += "; может быть, «" + nearest + "»?";
    }
    diags.Warning(Location{photo.source}, message);
  }
}

}  // namespace

std::optional<Program> BuildProgram(const load::Sources& sources, Diagnostics& diags) {
  Program program;
  BuildSettings(sources.program, program, diags);
  for (const auto& [name, t] : sources.tables) program.table_paths[name] = t.path;
  auto table = [&](const char* name) -> const load::Table* {
    auto it = sources.tables.find(name);
    return it == sources.tables.end() ? nullptr : &it->second;
  };
  // How far participants.csv and pairs.csv could be read decides what the files naming their
  // ids check: nothing is reported twice, and a broken header is one error, not one per row.
  IdSource people;
  people.read = false;
  if (const load::Table* t = table("participants")) {
    people.path = t->path;
    people.read = BuildPeople(*t, program, diags, &people.unread);
  } else if (!diags.has_errors()) {
    diags.Error(Location{"content/data/participants.csv"},
                "нет файла участников content/data/participants.csv (таблица может быть и книгой Excel: "
                "participants.xlsx или лист «Участники» в data.xlsx)");
  }
  IdSource pairs;
  std::set<std::string> pair_ids;
  if (const load::Table* t = table("pairs")) {
    pairs.path = t->path;
    pairs.read = BuildPairs(*t, program, diags, &pair_ids, people);
  } else {
    pairs.read = !sources.unreadable_tables.count("pairs");  // absent, or failed to parse
  }
  if (const load::Table* t = table("declensions")) BuildDeclensions(*t, program, diags);
  if (const load::Table* t = table("plans")) BuildPlans(*t, pair_ids, program, diags, pairs);
  // Before surveys.csv, whose columns are the questionnaires' questions.
  program.questionnaires = BuildQuestionnaires(sources.templates, diags);
  if (const load::Table* t = table("surveys")) BuildSurveys(*t, program, diags, people);
  BuildFormAnswers(sources.form_exports, program, diags);
  if (const load::Table* t = table("forbidden")) BuildForbidden(*t, program, diags, people);
  // A header-only file is the template of a new project: the default order, as without the file.
  if (const load::Table* t = table("orders"); t && !t->rows.empty()) {
    BuildOrders(*t, program, diags, pairs.read);
  } else {
    AddDefaultOrders(program);
  }
  // Without a roadmap or calendar of its own (no file, or only its header) the school gets the
  // seven stages' activities of the methodology, dated from the program's start.
  if (const load::Table* t = table("roadmap")) BuildRoadmap(*t, program, diags);
  if (program.roadmap.empty()) AddDefaultRoadmap(program);
  if (const load::Table* t = table("calendar")) BuildCalendar(*t, program, diags);
  if (program.calendar.empty()) AddDefaultCalendar(program);
  const std::string& curator = program.settings.curator;
  if (!curator.empty() && !program.people.empty() && !program.FindPerson(curator)) {
    const load::Value* p = sources.program.Find("program");
    const load::Value* c = p ? p->Find("curator") : nullptr;
    const IdRefs person_refs(people, [&] { return PersonIds(program); });
    std::string e = person_refs.Unknown(curator, "куратор с кодом «" + curator + "» не найден " + people.In("participants", true));
    if (!e.empty()) diags.Error(c ? c->where : Location{sources.program_path}, e);
  }
  BuildPages(sources.pages, program, diags);
  if (people.read) CheckPhotoNames(sources.photos, program, people, diags);
  if (diags.has_errors()) return std::nullopt;
  return program;
}

}  // namespace nastavnik::model
