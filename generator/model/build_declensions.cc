// Stage 2 (model): content/data/declensions.csv, the curator's corrections of name forms the
// rules get wrong: one row per name and case (ФИО;Падеж;Форма), checked like every other table.
#include <map>
#include <set>

#include "base/text.h"
#include "model/build_program.h"
#include "model/columns.h"
#include "model/person_names.h"

namespace nastavnik::model {
namespace {

const std::vector<ColumnSpec> kDeclensionColumns = {
    {"full_name", "ФИО", true},
    {"case", "Падеж", true},
    {"form", "Форма", true},
};

// «родительный», «родительный падеж», «род.», «Р»: the five cases begin with five different
// letters, so any beginning of the word names one.
std::optional<grammar::Case> ParseCase(const std::string& cell) {
  std::string folded = text::FoldKey(cell);
  if (folded.ends_with(" падеж")) folded.resize(folded.size() - std::string(" падеж").size());
  if (folded.ends_with(".")) folded.pop_back();
  if (folded.empty()) return std::nullopt;
  for (int i = 1; i < 6; ++i) {
    const grammar::Case c = static_cast<grammar::Case>(i);
    if (CaseName(c).starts_with(folded)) return c;
  }
  return std::nullopt;
}

// Every full name a document may decline: the participants and the officials of program.toml.
std::set<std::string> KnownNames(const Program& program) {
  std::set<std::string> out;
  for (const Person& p : program.people) out.insert(text::FoldKey(p.full_name));
  for (const Official* o : {&program.organization.director, &program.approval.approver, &program.approval.agreed}) {
    if (!o->name.empty()) out.insert(text::FoldKey(o->name));
  }
  return out;
}

}  // namespace

void BuildDeclensions(const load::Table& table, Program& program, Diagnostics& diags) {
  Columns cols(table, kDeclensionColumns, diags);
  if (!cols.ok()) return;
  const std::set<std::string> known = KnownNames(program);
  std::map<std::pair<std::string, grammar::Case>, int> lines;
  for (const load::Row& row : table.rows) {
    const std::string name = text::Nfc(cols.Text(row, "full_name"));
    const std::string case_text = cols.Text(row, "case");
    const std::string form = text::Nfc(cols.Text(row, "form"));
    if (name.empty()) {
      diags.Error(cols.Where(row, "full_name"), "не указаны ФИО, форму которых нужно исправить");
      continue;
    }
    std::optional<grammar::Case> c = ParseCase(case_text);
    if (!c) {
      std::string nearest = text::NearestWord(text::FoldKey(case_text), {"родительный", "дательный", "винительный",
                                                                         "творительный", "предложный"});
      diags.Error(cols.Where(row, "case"),
                  text::FoldKey(case_text).starts_with("им")
                      ? "именительный падеж не исправляется: это ФИО, как оно записано " + InTable(program.TablePath("participants"))
                      : "неизвестный падеж «" + case_text + "»; допустимы: родительный, дательный, винительный, "
                        "творительный, предложный" + (nearest.empty() ? "" : " (возможно, имелся в виду «" + nearest + "»)"));
      continue;
    }
    if (form.empty()) {
      diags.Error(cols.Where(row, "form"), "не указана форма ФИО «" + name + "» в падеже «" + CaseName(*c) + "»");
      continue;
    }
    const std::string key = text::FoldKey(name);
    if (auto [it, fresh] = lines.emplace(std::make_pair(key, *c), row.line); !fresh) {
      diags.Error(cols.Where(row, "case"), "форма ФИО «" + name + "» в падеже «" + CaseName(*c) +
                                               "» уже задана в строке " + std::to_string(it->second));
      continue;
    }
    if (!known.count(key)) {
      diags.Warning(cols.Where(row, "full_name"), "ФИО «" + name + "» нет ни " + InTable(program.TablePath("participants")) + ", ни в program.toml: "
                                                  "исправление не используется");
    }
    program.declensions[key][*c] = form;
  }
}

}  // namespace nastavnik::model
