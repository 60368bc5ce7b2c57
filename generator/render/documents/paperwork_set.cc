#include "render/documents/paperwork_set.h"

#include <malloc.h>

#include <functional>
#include <optional>
#include <thread>

#include "base/stage_timer.h"
#include "render/documents/orders.h"
#include "render/documents/polozhenie.h"
#include "render/pdf/layout_pieces.h"

namespace nastavnik::render::documents {

namespace {

struct Entry {
  const char* file;  // latin name under pdf/
  const char* title;
  bool published;    // public documents only: none holds a pupil's name
  bool own_thread;   // a page per participant: made on the second thread (see RenderPaperwork)
  std::function<Result<doc::Document>(const model::Program&, const Templates&)> build;
  /// A page per participant, built as it is laid out (the same pages build joins).
  std::function<PagedDocument(const model::Program&, const Templates&)> pages = nullptr;
};

const std::vector<Entry>& Entries() {
  static const std::vector<Entry> kEntries = {
      {"polozhenie", "Положение о наставничестве", true, false, BuildPolozhenie},
      {"prikaz", "Приказ о внедрении целевой модели наставничества", false, false, BuildPrikaz},
      {"prikazy", "Приказы о наставнических парах и об итогах программы", false, false, BuildYearOrders},
      {"programma", "Программа наставничества", true, false, BuildProgramma},
      {"dorozhnaya-karta", "Дорожная карта внедрения целевой модели наставничества", true, false, BuildRoadmap},
      {"kalendarnyj-plan", "Календарный план программы наставничества", true, false, BuildCalendarPlan},
      {"spisok-par", "Список наставнических пар и групп", false, false, BuildPairList},
      {"blagodarnosti", "Благодарственные письма", false, false, BuildThanksLetters},
      {"soglasiya-nastavnikov", "Согласия наставников и дополнительные соглашения", false, false, BuildMentorAgreements},
      {"soglasiya-obrabotka-pd", "Согласия на обработку персональных данных", false, true, BuildConsentsProcessing,
       ConsentsProcessingPages},
      {"soglasiya-rasprostranenie-pd", "Согласия на распространение персональных данных", false, true,
       BuildConsentsDistribution, ConsentsDistributionPages},
  };
  return kEntries;
}

}  // namespace

Status RenderPlans(const model::Program& program, const Templates& templates, const pdf::PdfOptions& options,
                   const ArtifactSink& sink, const FileOpener& open) {
  if (program.pairs.empty()) return Status::Ok();
  auto plan = [&](size_t i) { return BuildIndividualPlan(program, program.pairs[i], templates); };
  // A plan is made again when the booklet comes to it rather than all being held: at 50,000
  // people the plans' trees alone took 100 MB. A first pass only asks whether any shows an image
  // (a school's own template may), which the booklet then has to hold whole.
  bool images = false;
  for (size_t i = 0; i < program.pairs.size() && !images; ++i) {
    Result<doc::Document> made = plan(i);
    if (!made.ok()) return made.status();
    images = pdf::HasImages(*made);
  }
  doc::Document about;
  about.title = "Индивидуальные планы развития — " + program.organization.short_name;
  about.subject = program.settings.title;
  about.author = program.organization.full_name;
  Result<std::unique_ptr<OutputFile>> booklet = open("pdf/plans.pdf");
  if (!booklet.ok()) return booklet.status();
  const pdf::PartDone part_done = [&](size_t i, std::string&& bytes) {
    return sink({"pdf/plans/" + program.pairs[i].id + ".pdf", std::move(bytes)});
  };
  if (!images) {
    return pdf::RenderPartsAndBooklet(program.pairs.size(), plan, about, options, true, part_done, **booklet);
  }
  std::vector<doc::Document> plans;
  plans.reserve(program.pairs.size());
  for (size_t i = 0; i < program.pairs.size(); ++i) {
    Result<doc::Document> made = plan(i);
    if (!made.ok()) return made.status();
    plans.push_back(std::move(*made));
  }
  return pdf::RenderPartsAndBooklet(plans, about, options, true, part_done, **booklet);
}

Result<Artifacts> RenderPlans(const model::Program& program, const Templates& templates,
                              const pdf::PdfOptions& options) {
  Artifacts out;
  ArtifactSink keep = [&](Artifact&& a) {
    out.push_back(std::move(a));
    return Status::Ok();
  };
  if (Status s = RenderPlans(program, templates, options, keep, InMemoryFiles(keep)); !s.ok()) return s;
  return out;
}

namespace {

// One document of the set: its file, and its page for the site when it is published.
struct Rendered {
  Status status;
  std::optional<Artifact> file;  // a published document's; none when it has nothing to hold
  std::optional<PublishedDocument> published;
};

// A long document frees hundreds of megabytes in pieces scattered over the heap; handing the
// free pages back keeps the next document from growing the process past them (glibc only).
void ReleaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

// A document no one publishes goes into its file as it is made.
Status IntoFile(const FileOpener& open, const std::string& file,
                const std::function<Status(OutputFile&)>& render) {
  Result<std::unique_ptr<OutputFile>> opened = open(file);
  if (!opened.ok()) return opened.status();
  return render(**opened);
}

Rendered RenderEntry(const Entry& e, const model::Program& program, const Templates& templates,
                     const pdf::PdfOptions& options, const FileOpener& open) {
  StageTimer timer(e.file);
  Rendered out;
  const std::string file = std::string("pdf/") + e.file + ".pdf";
  if (e.pages && !e.published) {
    PagedDocument paged = e.pages(program, templates);
    if (paged.count == 0) return out;
    // Pages with an image (a school's own template may show one) are laid out whole, where an
    // image shown on every page is embedded once.
    Result<std::vector<doc::Block>> first = paged.page(0);
    doc::Document probe;
    if (first.ok()) probe.blocks = std::move(*first);
    if (first.ok() && !pdf::HasImages(probe)) {
      out.status = IntoFile(open, file, [&](OutputFile& f) {
        return pdf::RenderPdfPages(paged.about, paged.count, paged.page, options, f);
      });
      ReleaseFreedMemory();
      return out;
    }
  }
  Result<doc::Document> d = e.build(program, templates);
  if (!d.ok()) {
    out.status = d.status();
    return out;
  }
  if (d->blocks.empty()) return out;  // e.g. no pair has completed yet: no letters
  if (!e.published) {
    out.status = IntoFile(open, file, [&](OutputFile& f) { return pdf::RenderPdf(std::move(*d), options, f); });
    ReleaseFreedMemory();
    return out;
  }
  Result<std::string> bytes = pdf::RenderPdf(*d, options);
  if (!bytes.ok()) {
    out.status = bytes.status();
    return out;
  }
  out.published = PublishedDocument{e.title, file, std::string("documents/") + e.file, bytes->size(), std::move(*d)};
  out.file = Artifact{file, std::move(*bytes)};
  ReleaseFreedMemory();
  return out;
}

}  // namespace

constexpr size_t kTwoThreadsUpTo = 5000;

Result<Paperwork> RenderPaperwork(const model::Program& program, const Templates& templates,
                                  const pdf::PdfOptions& options, const ArtifactSink& sink, const FileOpener& open) {
  // The two consents (a page per participant) are half the work: they are made on a second
  // thread while this one makes the rest. Two documents in flight hold their memory at once, so
  // past kTwoThreadsUpTo participants (where a consent file alone takes hundreds of megabytes)
  // one thread makes them all. Each document is made whole by one thread into its own slot and
  // the slots are read in list order, so the output never depends on timing. The thread starts after the first document, by which time the libraries' one-time
  // set-up (cmark's extensions, PoDoFo's encodings, fonts, hyphenation) is done.
  const std::vector<Entry>& entries = Entries();
  std::vector<Rendered> rendered(entries.size());
  auto lane = [&](bool second, size_t from) {
    for (size_t i = from; i < entries.size(); ++i) {
      if (entries[i].own_thread == second) rendered[i] = RenderEntry(entries[i], program, templates, options, open);
    }
  };
  Status plans = Status::Ok();
  {
    size_t first = 0;
    while (first < entries.size() && entries[first].own_thread) ++first;
    if (first < entries.size()) rendered[first] = RenderEntry(entries[first], program, templates, options, open);
    auto make_plans = [&] {
      StageTimer timer("plans");
      plans = RenderPlans(program, templates, options, sink, open);
    };
    if (program.people.size() <= kTwoThreadsUpTo) {
      std::thread second([&] { lane(true, 0); });
      lane(false, first + 1);
      make_plans();
      second.join();
    } else {
      lane(false, first + 1);
      lane(true, 0);
      make_plans();
    }
  }
  Paperwork out;
  for (Rendered& r : rendered) {
    if (!r.status.ok()) return r.status;
    if (r.published) out.published.push_back(std::move(*r.published));
    if (r.file) out.files.push_back(std::move(*r.file));
  }
  if (!plans.ok()) return plans;
  return out;
}

}  // namespace nastavnik::render::documents
