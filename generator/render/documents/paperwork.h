// Stage 4 (render): the parts every school document shares: approval stamps («грифы»), titles
// and signature blocks laid out as ГОСТ Р 7.0.97 asks, and the values templates can read.
#pragma once

#include <string>

#include "base/document.h"
#include "model/program.h"
#include "render/template_engine.h"

namespace nastavnik::render::documents {

/// How the approval stamp agrees with the kind of document: Положение → УТВЕРЖДЕНО,
/// Программа → УТВЕРЖДЕНА, План → УТВЕРЖДЕН, Правила → УТВЕРЖДЕНЫ.
enum class Gender { kNeuter, kFeminine, kMasculine, kPlural };

/// The header blocks: «ПРИНЯТО … протокол от … №» (left) where program.toml gives it, level with
/// «УТВЕРЖДЕНО приказом от … № …» (top right), then the organisation's full name.
std::vector<doc::Block> ApprovalStamps(const model::Program& program, Gender gender);
/// «СОГЛАСОВАНО», the body or position, a line to sign on and the date, for the end of the text;
/// nothing when program.toml names no one to agree with.
std::vector<doc::Block> AgreementStamp(const model::Program& program);
/// The centred title: the kind of document in capitals, then what it is about.
std::vector<doc::Block> Title(const std::string& kind, const std::string& about);
/// «Директор … ____________ И. О. Фамилия».
doc::Block DirectorSignature(const model::Program& program);
/// Values every document template may read: organization, director, program, curator,
/// legal_basis, forms, order (number, date, date_long).
TemplateValue ProgramValues(const model::Program& program);
/// "01.09.2025", or a blank to fill in by hand when the date is unknown.
std::string DateOrBlank(const std::optional<Date>& date);

}  // namespace nastavnik::render::documents
