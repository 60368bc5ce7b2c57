#include "render/names_review.h"

#include <set>

#include "base/csv_formula.h"
#include "base/text.h"
#include "model/person_names.h"

namespace nastavnik::render {
namespace {

void Field(std::string* out, std::string_view field, bool last = false) {
  nastavnik::text::AppendCsvField(out, LooksLikeFormula(field) ? DefuseFormula(field) : std::string(field), ";\"\r\n");
  out->append(last ? "\r\n" : ";");
}

std::string GenderName(grammar::Gender g) {
  return g == grammar::Gender::kMale ? "м" : g == grammar::Gender::kFemale ? "ж" : "не определён";
}

void Row(std::string* out, const std::string& id, const model::NameForms& f) {
  Field(out, id);
  Field(out, f.full[0]);
  Field(out, GenderName(f.gender));
  for (int c = 1; c < 6; ++c) Field(out, f.full[c]);
  Field(out, model::NameSourceName(f.source), true);
}

}  // namespace

std::string RenderNamesReview(const model::Program& program) {
  std::string out = "\xEF\xBB\xBF";
  out += "id;ФИО;пол;родительный;дательный;винительный;творительный;предложный;источник\r\n";
  std::set<std::string> seen;
  for (const model::Person& p : program.people) {
    Row(&out, p.id, model::FormsOf(program, p));
    seen.insert(nastavnik::text::FoldKey(p.full_name));
  }
  // The officials of program.toml sign and are named in the orders and agreements too.
  const std::pair<const char*, const model::Official*> officials[] = {
      {"руководитель", &program.organization.director},
      {"утверждает", &program.approval.approver},
      {"согласует", &program.approval.agreed}};
  for (const auto& [role, o] : officials) {
    if (o->name.empty() || !seen.insert(nastavnik::text::FoldKey(o->name)).second) continue;
    Row(&out, role, model::FormsOfName(program, o->name, model::GenderOfName(o->name)));
  }
  return out;
}

}  // namespace nastavnik::render
