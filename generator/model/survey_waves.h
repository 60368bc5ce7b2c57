// Stage 2 (model): the waves of questionnaires (этапы анкетирования): вход, any number of
// intermediate ones (промежуточная, промежуточная 2, …) and выход, named in surveys.csv or found
// from the answer's date by the ranges of program.toml [[monitoring.waves]].
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/tree.h"
#include "model/program.h"

namespace nastavnik::model {

struct WaveName {
  std::string name;  // "вход", "промежуточная", "промежуточная 2", "выход"
  int order = 0;     // 0, N, kExitWaveOrder
};

/// «Вход», «entry», «Промежуточная 2», «промежуточный-2», «выход», «exit»; nullopt for other text.
std::optional<WaveName> ParseWave(const std::string& text);

/// The questionnaire wave a wave belongs to: "промежуточная 2" is asked the «промежуточная» questions.
std::string WaveKind(const std::string& wave);

/// [[monitoring.waves]]: a list of { name = "вход", from = 2025-09-01, to = 2025-10-31 }; every
/// problem reported at its place.
void ReadSurveyWaves(const load::Value* list, std::vector<SurveyWave>* out, Diagnostics& diags);

/// The declared wave whose dates hold day, or null.
const SurveyWave* WaveOfDate(const std::vector<SurveyWave>& waves, const Date& day);

}  // namespace nastavnik::model
