#include "render/documents/paperwork_set.h"

#include <functional>

#include "render/documents/polozhenie.h"
#include "render/stage_timer.h"

namespace nastavnik::render::documents {

namespace {

struct Entry {
  const char* file;  // latin name under pdf/
  const char* title;
  bool published;    // public documents only: none holds a pupil's name
  std::function<Result<doc::Document>(const model::Program&, const Templates&)> build;
};

const std::vector<Entry>& Entries() {
  static const std::vector<Entry> kEntries = {
      {"polozhenie", "Положение о наставничестве", true, BuildPolozhenie},
      {"prikaz", "Приказ о внедрении целевой модели наставничества", false, BuildPrikaz},
      {"programma", "Программа наставничества", true, BuildProgramma},
      {"dorozhnaya-karta", "Дорожная карта внедрения целевой модели наставничества", true, BuildRoadmap},
      {"kalendarnyj-plan", "Календарный план программы наставничества", true, BuildCalendarPlan},
      {"spisok-par", "Список наставнических пар и групп", false, BuildPairList},
      {"blagodarnosti", "Благодарственные письма", false, BuildThanksLetters},
      {"soglasiya-nastavnikov", "Согласия наставников и дополнительные соглашения", false, BuildMentorAgreements},
      {"soglasiya-obrabotka-pd", "Согласия на обработку персональных данных", false, BuildConsentsProcessing},
      {"soglasiya-rasprostranenie-pd", "Согласия на распространение персональных данных", false,
       BuildConsentsDistribution},
  };
  return kEntries;
}

}  // namespace

Result<Artifacts> RenderPlans(const model::Program& program, const Templates& templates,
                              const pdf::PdfOptions& options) {
  Artifacts out;
  std::vector<doc::Document> plans;
  plans.reserve(program.pairs.size());
  for (const model::Pair& pair : program.pairs) {
    Result<doc::Document> plan = BuildIndividualPlan(program, pair, templates);
    if (!plan.ok()) return plan.status();
    plans.push_back(std::move(*plan));
  }
  if (plans.empty()) return out;
  doc::Document about;
  about.title = "Индивидуальные планы развития — " + program.organization.short_name;
  about.subject = program.settings.title;
  about.author = program.organization.full_name;
  Result<pdf::PartsAndBooklet> pdfs = pdf::RenderPartsAndBooklet(plans, about, options, true);
  if (!pdfs.ok()) return pdfs.status();
  for (size_t i = 0; i < program.pairs.size(); ++i) {
    out.push_back({"pdf/plans/" + program.pairs[i].id + ".pdf", std::move(pdfs->parts[i])});
  }
  out.push_back({"pdf/plans.pdf", std::move(pdfs->booklet)});
  return out;
}

Result<Paperwork> RenderPaperwork(const model::Program& program, const Templates& templates,
                                  const pdf::PdfOptions& options) {
  Paperwork out;
  for (const Entry& e : Entries()) {
    StageTimer timer(e.file);
    std::optional<StageTimer> bt(std::in_place, "  build");
    Result<doc::Document> d = e.build(program, templates);
    bt.reset();
    if (!d.ok()) return d.status();
    if (d->blocks.empty()) continue;  // e.g. no pair has completed yet: no letters
    Result<std::string> bytes = e.published ? pdf::RenderPdf(*d, options) : pdf::RenderPdf(std::move(*d), options);
    if (!bytes.ok()) return bytes.status();
    const std::string file = std::string("pdf/") + e.file + ".pdf";
    if (e.published) {
      out.published.push_back(
          PublishedDocument{e.title, file, std::string("documents/") + e.file, bytes->size(), std::move(*d)});
    }
    out.files.push_back({file, std::move(*bytes)});
  }
  Result<Artifacts> plans = [&] { StageTimer timer("plans"); return RenderPlans(program, templates, options); }();
  if (!plans.ok()) return plans.status();
  for (Artifact& a : *plans) out.files.push_back(std::move(a));
  return out;
}

}  // namespace nastavnik::render::documents
