// The program itself: its passport, the forms in use with the role models the pairs follow, and
// the seven stages with the roadmap's actions under each.
#include <algorithm>
#include <set>

#include "base/grammar/grammar.h"
#include "render/documents/blocks.h"
#include "render/documents/documents.h"
#include "render/documents/esign.h"
#include "render/documents/paperwork.h"
#include "render/documents/sentence.h"

namespace nastavnik::render::documents {

namespace {

// Flags the template tests to describe each form in its own words.
const char* FormFlag(model::Form f) {
  switch (f) {
    case model::Form::kPupilPupil: return "pupil_pupil";
    case model::Form::kTeacherTeacher: return "teacher_teacher";
    case model::Form::kTeacherPupil: return "teacher_pupil";
    case model::Form::kEmployerPupil: return "employer_pupil";
    case model::Form::kStudentPupil: return "student_pupil";
  }
  return "";
}

// «9 наставнических пар и 2 наставнические группы»: a zero count is left out rather than stated
// as «групп — 0», and a form with neither says so in words.
std::string PairsAndGroups(int pairs, int groups) {
  if (pairs == 0 && groups == 0) return "пар и групп этой формы пока нет";
  std::string text;
  if (pairs > 0) {
    text = grammar::CountNoun(pairs, "наставническая пара", "наставнические пары", "наставнических пар");
  }
  if (groups > 0) {
    text += (text.empty() ? "" : " и ") +
            grammar::CountNoun(groups, "наставническая группа", "наставнические группы", "наставнических групп");
  }
  return text;
}

// A dissolved pair is not one of the programme's pairs: the pair list (spisok-par) leaves it out
// and the monitoring report counts it apart, so the signed programme counts as they do.
bool Counted(const model::Pair& p) { return p.status != model::PairStatus::kTerminated; }

size_t CountedPairs(const model::Program& program) {
  return static_cast<size_t>(std::count_if(program.pairs.begin(), program.pairs.end(), Counted));
}

TemplateValue FormsInUse(const model::Program& program) {
  TemplateValue forms = TemplateValue::List();
  for (model::Form f : program.settings.forms) {
    TemplateValue form;
    form.Set("name", model::FormName(f));
    form.Set(FormFlag(f), TemplateValue::Bool(true));
    std::set<std::string> seen;
    TemplateValue models = TemplateValue::List();
    int pairs = 0, groups = 0;
    for (const model::Pair& p : program.pairs) {
      if (p.form != f || !Counted(p)) continue;
      (p.is_group() ? groups : pairs) += 1;
      if (!p.role_model.empty() && seen.insert(p.role_model).second) {
        models.Push(TemplateValue::Text(p.role_model));
      }
    }
    form.Set("role_models", models);
    form.Set("has_role_models", TemplateValue::Bool(!seen.empty()));
    form.Set("pairs", std::to_string(pairs));
    form.Set("groups", std::to_string(groups));
    form.Set("pairs_and_groups", PairsAndGroups(pairs, groups));
    forms.Push(form);
  }
  return forms;
}

TemplateValue StageValues(const model::Program& program) {
  TemplateValue stages = TemplateValue::List();
  int n = 0;
  for (const std::string& name : model::SevenStages()) {
    TemplateValue stage;
    stage.Set("number", std::to_string(++n)).Set("name", name);
    TemplateValue actions = TemplateValue::List();
    for (const model::RoadmapAction& a : program.roadmap) {
      if (a.stage != name) continue;
      TemplateValue action;
      // «(29.08.2025): приказ о …»: the result runs on after a colon.
      action.Set("action", a.action).Set("due", a.due).Set("result", LowerFirst(a.result));
      actions.Push(action);
    }
    stage.Set("actions", actions);
    stages.Push(stage);
  }
  return stages;
}

}  // namespace

Result<doc::Document> BuildProgramma(const model::Program& program, const Templates& templates) {
  TemplateValue values = ProgramValues(program);
  values.Set("forms", FormsInUse(program));
  values.Set("stages", StageValues(program));
  values.Set("pairs_total", std::to_string(CountedPairs(program)));
  doc::Document d;
  d.title = program.settings.title + " — " + program.organization.short_name;
  d.subject = "Программа наставничества на " + program.settings.academic_year + " учебный год";
  d.author = program.organization.full_name;
  d.blocks = ApprovalStamps(program, Gender::kFeminine);
  std::string about = program.settings.title;
  // «Программа наставничества «Шаг навстречу»» is titled ПРОГРАММА наставничества «Шаг навстречу».
  const std::string prefix = "Программа ";
  if (about.rfind(prefix, 0) == 0) about = about.substr(prefix.size());
  Append(d.blocks, Title("ПРОГРАММА", about + " на " + program.settings.academic_year + " учебный год"));
  Result<std::vector<doc::Block>> body = TemplateBlocks(templates, "documents/programma.md", values);
  if (!body.ok()) return body.status();
  Append(d.blocks, std::move(*body));
  AppendSignatureMark(program, "programma", d);
  Append(d.blocks, AgreementStamp(program));  // under the signature, ГОСТ Р 7.0.97
  return d;
}

}  // namespace nastavnik::render::documents
