#include "model/survey_waves.h"

#include <algorithm>

#include "base/text.h"
#include "model/settings_reader.h"

namespace nastavnik::model {
namespace {

// The number after an intermediate wave's name: "", " 2", "-2", "2"; -1 when it is not one.
int WaveNumber(std::string_view rest) {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-' || rest.front() == '_')) rest.remove_prefix(1);
  if (rest.empty()) return 1;
  if (rest.size() > 2) return -1;
  int n = 0;
  for (char c : rest) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n >= 1 ? n : -1;
}

}  // namespace

std::optional<WaveName> ParseWave(const std::string& text) {
  std::string w = text::FoldKey(text);
  if (w == "вход" || w == "entry") return WaveName{"вход", 0};
  if (w == "выход" || w == "exit") return WaveName{"выход", kExitWaveOrder};
  for (std::string_view stem : {"промежуточная", "промежуточный", "промежуточный этап", "intermediate"}) {
    if (w.compare(0, stem.size(), stem) != 0) continue;
    std::string_view rest = std::string_view(w).substr(stem.size());
    int n = WaveNumber(rest);
    if (n < 0) continue;
    bool numbered = rest.find_first_of("0123456789") != std::string_view::npos;
    return WaveName{numbered ? "промежуточная " + std::to_string(n) : "промежуточная", n};
  }
  return std::nullopt;
}

std::string WaveKind(const std::string& wave) {
  return wave.rfind("промежуточная", 0) == 0 ? "промежуточная" : wave;
}

void ReadSurveyWaves(const load::Value* list, std::vector<SurveyWave>* out, Diagnostics& diags) {
  if (!list) return;
  if (list->kind != load::Value::Kind::kArray) {
    diags.Error(list->where, "«monitoring.waves» должно быть списком этапов [[monitoring.waves]] с ключами name, from, to");
    return;
  }
  for (const load::Value& item : list->array) {
    SettingsReader r(&item, "monitoring.waves", diags);
    std::string name;
    std::optional<Date> from, to;
    r.String("name", &name);
    r.DateValue("from", &from);
    r.DateValue("to", &to);
    std::optional<WaveName> wave = ParseWave(name);
    if (!wave) {
      diags.Error(item.where, "этап анкетирования «" + name + "» не распознан: пишите вход, промежуточная (или промежуточная 2, 3…) или выход");
      continue;
    }
    if (!from || !to) {
      diags.Error(item.where, "у этапа «" + wave->name + "» нужны обе даты: from = 2025-09-01 и to = 2025-10-31");
      continue;
    }
    if (*to < *from) {
      diags.Error(item.where, "у этапа «" + wave->name + "» дата окончания " + to->Russian() + " раньше начала " + from->Russian());
      continue;
    }
    for (const SurveyWave& other : *out) {
      if (other.name == wave->name) {
        diags.Error(item.where, "этап «" + wave->name + "» уже задан в строке " + std::to_string(other.where.line));
      } else if (!(*to < other.from || other.to < *from)) {
        diags.Error(item.where, "сроки этапа «" + wave->name + "» пересекаются со сроками этапа «" + other.name +
                                    "» (строка " + std::to_string(other.where.line) + ")");
      } else {
        continue;
      }
      wave.reset();
      break;
    }
    if (wave) out->push_back(SurveyWave{wave->name, wave->order, *from, *to, item.where});
  }
}

const SurveyWave* WaveOfDate(const std::vector<SurveyWave>& waves, const Date& day) {
  for (const SurveyWave& w : waves) {
    if (!(day < w.from) && !(w.to < day)) return &w;
  }
  return nullptr;
}

}  // namespace nastavnik::model
