// Stage 2 (model): the order in which the files become a Program. Files that name people or
// pairs are cross-checked only against files that could be read, so one broken header does not
// turn into an error on every row that depends on it.
#include "model/build_program.h"

#include <set>
#include <string>

#include "base/text.h"
#include "model/matching_settings.h"

namespace nastavnik::model {
namespace {

// A photo named after no participant is never shown; a curator who misspelt the id would
// otherwise wonder why the mentor's card stays without a picture.
void CheckPhotoNames(const std::map<std::string, load::Asset>& photos, const Program& program,
                     Diagnostics& diags) {
  if (photos.empty()) return;
  std::vector<std::string> ids;
  for (const Person& person : program.people) ids.push_back(person.id);
  for (const auto& [id, photo] : photos) {
    if (program.FindPerson(id)) continue;
    std::string message = "фотография не использована: участника с кодом «" + id + "» нет в content/data/participants.csv";
    std::string nearest = text::NearestWord(id, ids);
    if (!nearest.empty()) message += "; может быть, «" + nearest + "»?";
    diags.Warning(Location{photo.source}, message);
  }
}

}  // namespace

std::optional<Program> BuildProgram(const load::Sources& sources, Diagnostics& diags) {
  Program program;
  BuildSettings(sources.program, program, diags);
  auto table = [&](const char* name) -> const load::Table* {
    auto it = sources.tables.find(name);
    return it == sources.tables.end() ? nullptr : &it->second;
  };
  bool people_ok = false;
  if (const load::Table* t = table("participants")) {
    people_ok = BuildPeople(*t, program, diags);
  } else if (!diags.has_errors()) {
    diags.Error(Location{"content/data/participants.csv"}, "нет файла участников content/data/participants.csv");
  }
  bool pairs_ok = people_ok;
  std::set<std::string> pair_ids;
  if (const load::Table* t = table("pairs"); t && people_ok) pairs_ok = BuildPairs(*t, program, diags, &pair_ids);
  if (const load::Table* t = table("plans"); t && pairs_ok) BuildPlans(*t, pair_ids, program, diags);
  if (const load::Table* t = table("surveys"); t && people_ok) BuildSurveys(*t, program, diags);
  if (const load::Table* t = table("forbidden"); t && people_ok) BuildForbidden(*t, program, diags);
  if (const load::Table* t = table("roadmap")) {
    BuildRoadmap(*t, program, diags);
  } else {
    AddDefaultRoadmap(program);
  }
  if (const load::Table* t = table("calendar")) {
    BuildCalendar(*t, program, diags);
  } else {
    AddDefaultCalendar(program);
  }
  const std::string& curator = program.settings.curator;
  if (!curator.empty() && !program.people.empty() && !program.FindPerson(curator)) {
    const load::Value* p = sources.program.Find("program");
    const load::Value* c = p ? p->Find("curator") : nullptr;
    diags.Error(c ? c->where : Location{sources.program_path},
                "куратор с кодом «" + curator + "» не найден в content/data/participants.csv");
  }
  BuildPages(sources.pages, program, diags);
  if (people_ok) CheckPhotoNames(sources.photos, program, diags);
  if (diags.has_errors()) return std::nullopt;
  return program;
}

}  // namespace nastavnik::model
