// Stage 2 (model): turns load::Sources into a validated Program. All domain checks live in the
// build_*.cc files of this folder; every problem goes to diags so one run reports them all.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "base/diagnostics.h"
#include "load/sources.h"
#include "model/ids.h"
#include "model/program.h"

namespace nastavnik::model {

/// The Program, or nullopt when diags holds errors.
std::optional<Program> BuildProgram(const load::Sources& sources, Diagnostics& diags);

// The parts, each reporting into diags (used by BuildProgram and by tests).
void BuildSettings(const load::Value& root, Program& program, Diagnostics& diags);
/// [monitoring]: table may be null (the section is absent).
void BuildMonitoringSettings(const load::Value* table, Program& program, Diagnostics& diags);
/// BuildPeople and BuildPairs return false when the file's columns are unusable, so that the
/// files naming its ids skip their cross-checks instead of raising a false alarm on every row.
/// unread_ids receives the ids on rows dropped at load (a wrong number of fields).
bool BuildPeople(const load::Table& table, Program& program, Diagnostics& diags,
                 std::set<std::string>* unread_ids = nullptr);
/// pair_ids receives every pair id written in the file, including rows rejected for other errors.
/// people says how far participants.csv could be read (see IdSource).
bool BuildPairs(const load::Table& table, Program& program, Diagnostics& diags,
                std::set<std::string>* pair_ids, const IdSource& people = {});
/// pairs.read is false when pairs.csv could not be read: the pair ids are then not checked.
void BuildPlans(const load::Table& table, const std::set<std::string>& pair_ids, Program& program,
                Diagnostics& diags, const IdSource& pairs = {});
void BuildSurveys(const load::Table& table, Program& program, Diagnostics& diags,
                  const IdSource& people = {});
/// The ids of program.people, for IdRefs.
std::vector<std::string> PersonIds(const Program& program);
/// One warning at a file whose participant ids could not be checked (participants.csv unread).
void NoteUncheckedIds(const load::Table& table, const IdRefs& refs, Diagnostics& diags);
/// content/data/declensions.csv, after the people (a name no one bears is warned about).
void BuildDeclensions(const load::Table& table, Program& program, Diagnostics& diags);
void BuildCalendar(const load::Table& table, Program& program, Diagnostics& diags);
void BuildRoadmap(const load::Table& table, Program& program, Diagnostics& diags);
/// Warns at a roadmap's «Результат» cell that names a date after the approval order's: the
/// approved programme and roadmap print it, and cannot know what happened later (roadmap_dates.cc).
void CheckRoadmapDates(const Program& program, Diagnostics& diags);
/// orders.csv (DATA.md «orders.csv»): pairs_read is false when pairs.csv could not be read.
void BuildOrders(const load::Table& table, Program& program, Diagnostics& diags, bool pairs_read);
/// Without orders.csv: one fixing order, its number to fill in, for every pair at work.
void AddDefaultOrders(Program& program);
void BuildPages(const std::vector<load::SourcePage>& pages, Program& program, Diagnostics& diags);
/// The seven stages of the target model, dated from the program's start, when roadmap.csv and
/// calendar.csv are absent.
void AddDefaultRoadmap(Program& program);
void AddDefaultCalendar(Program& program);

}  // namespace nastavnik::model
