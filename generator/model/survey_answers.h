// Stage 2 (model): one answer cell read by the kind of its question: a scale 1–10, да/нет, one of
// or several of the options, a number, or open text.
#pragma once

#include <string>

#include "base/status.h"
#include "model/program.h"

namespace nastavnik::model {

/// The answer written in cell (trimmed, not empty) to question q, or the Russian reason it is not
/// one (Status::Input at where).
Result<SurveyAnswer> ParseAnswer(const Question& q, const std::string& cell, const Location& where);

/// Keeps the answer in s.questions, and gives a scale's or number's value to the question's indicator.
void AddAnswer(const Question& q, SurveyAnswer answer, Survey& s);

/// A number as a school or a form service writes it: "7", "7.5", "7,5"; nullopt for other text.
std::optional<double> ParseAnswerNumber(const std::string& cell);

}  // namespace nastavnik::model
