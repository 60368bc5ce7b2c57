// Stage 2 (model): [monitoring] of program.toml: the report's settings, the curator's SWOT and
// conclusions. Kept apart from build_settings.cc because it is the monitoring issue's contract.
#include "model/build_program.h"
#include "model/settings_reader.h"
#include "model/survey_waves.h"

namespace nastavnik::model {
namespace {

// A SWOT point is a string, or a table { text = "…", indicator = "satisfaction" } that ties it
// to a questionnaire column whose figures the report prints beside it.
void ReadSwotList(SettingsReader& r, const char* key, std::vector<SwotPoint>* out, Diagnostics& diags) {
  const load::Value* list = r.Raw(key);
  if (!list) return;
  std::string name = std::string("monitoring.swot.") + key;
  if (list->kind != load::Value::Kind::kArray) {
    diags.Error(list->where, "«" + name + "» должно быть списком пунктов: строк или { text = \"…\", indicator = \"…\" }");
    return;
  }
  for (const load::Value& item : list->array) {
    SwotPoint point;
    point.where = item.where;
    if (item.kind == load::Value::Kind::kString) {
      point.text = item.string;
    } else if (item.kind == load::Value::Kind::kTable) {
      SettingsReader p(&item, name, diags);
      p.String("text", &point.text);
      p.String("indicator", &point.indicator);
    } else {
      diags.Error(item.where, "пункт «" + name + "» должен быть строкой или таблицей { text = \"…\" }");
      continue;
    }
    if (point.text.empty()) {
      diags.Error(item.where, "у пункта «" + name + "» нет текста: запишите его строкой или text = \"…\"");
      continue;
    }
    out->push_back(std::move(point));
  }
}

}  // namespace

void BuildMonitoringSettings(const load::Value* table, Program& program, Diagnostics& diags) {
  if (table && table->kind != load::Value::Kind::kTable) {
    diags.Error(table->where, "«monitoring» должно быть таблицей [monitoring]");
    return;
  }
  MonitoringSettings& m = program.monitoring;
  if (!table) return;
  SettingsReader r(table, "monitoring", diags);
  r.Integer("min_group", &m.min_group, 1, 100);
  r.DateValue("report_date", &m.report_date);
  r.StringList("conclusions", &m.conclusions);
  ReadSurveyWaves(r.Child("waves"), &m.waves, diags);
  const load::Value* swot = r.Child("swot");
  if (swot && swot->kind != load::Value::Kind::kTable) {
    diags.Error(swot->where, "«monitoring.swot» должно быть таблицей [monitoring.swot]");
    return;
  }
  if (!swot) return;
  SettingsReader s(swot, "monitoring.swot", diags);
  ReadSwotList(s, "strengths", &m.strengths, diags);
  ReadSwotList(s, "weaknesses", &m.weaknesses, diags);
  ReadSwotList(s, "opportunities", &m.opportunities, diags);
  ReadSwotList(s, "threats", &m.threats, diags);
}

}  // namespace nastavnik::model
