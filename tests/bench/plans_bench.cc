// Benchmark (not a test): renders every individual plan of a school and the booklet, reports the
// time and sizes, and writes the same plans as HTML for an outside renderer to be timed against.
// Usage: nastavnik_bench_plans SCHOOL OUT
#include <chrono>
#include <ctime>
#include <sys/resource.h>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/diagnostics.h"
#include "load/resources.h"
#include "load/sources.h"
#include "model/build_program.h"
#include "render/documents/documents.h"
#include "render/documents/paperwork_set.h"
#include "render/html/html_blocks.h"

namespace {

namespace stdfs = std::filesystem;
using namespace nastavnik;

// The print stylesheet WeasyPrint gets: the same page, margins, fonts and sizes as ours.
constexpr const char* kCss = R"(
@page { size: A4; margin: 20mm 10mm 20mm 20mm; @top-center { content: counter(page); font: 12pt 'Liberation Serif'; } }
@page :first { @top-center { content: none; } }
body { font: 14pt/1.15 'Liberation Serif', serif; text-align: justify; hyphens: auto; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 0.3em; }
p { margin: 0; text-indent: 12.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 0.5em 0; text-indent: 0; }
th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left; }
thead { display: table-header-group; } tr { break-inside: avoid; }
table.signatures td { border: none; padding-top: 14pt; } table.signatures td.sign { border-bottom: 0.5pt solid #000; width: 28%; }
section { break-before: page; } section:first-child { break-before: auto; }
)";

void Write(const stdfs::path& path, const std::string& bytes) {
  stdfs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string Html(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + title + "</title><style>" +
         kCss + "</style></head><body>" + body + "</body></html>";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s SCHOOL OUT\n", argv[0]);
    return 2;
  }
  const stdfs::path school = argv[1], out = argv[2];
  Diagnostics diags;
  auto t0 = std::chrono::steady_clock::now();
  std::optional<load::Sources> sources = load::LoadSources(school, diags);
  if (!sources) return 1;
  std::optional<model::Program> program = model::BuildProgram(*sources, diags);
  if (!program || diags.error_count() > 0) {
    std::fprintf(stderr, "the school has errors; run nastavnik check\n");
    return 1;
  }
  auto t1 = std::chrono::steady_clock::now();
  const std::clock_t c1 = std::clock();
  render::pdf::PdfOptions options;
  options.epoch_seconds = 1764547200;
  Result<std::shared_ptr<const PdfResources>> resources = load::LoadPdfResources(load::InstalledDataDir());
  if (!resources.ok()) {
    std::fprintf(stderr, "%s\n", resources.status().message().c_str());
    return 1;
  }
  options.resources = *resources;
  Result<render::Artifacts> plans = render::documents::RenderPlans(*program, sources->templates, options);
  auto t2 = std::chrono::steady_clock::now();
  const std::clock_t c2 = std::clock();
  if (!plans.ok()) {
    std::fprintf(stderr, "%s\n", plans.status().message().c_str());
    return 1;
  }
  size_t max_plan = 0, total_plans = 0, booklet = 0, count = 0;
  for (const render::Artifact& a : *plans) {
    Write(out / a.path, a.bytes);
    if (a.path == "pdf/plans.pdf") {
      booklet = a.bytes.size();
    } else {
      max_plan = std::max(max_plan, a.bytes.size());
      total_plans += a.bytes.size();
      ++count;
    }
  }
  // Where the time goes: building the trees, each plan on its own, the booklet.
  auto b0 = std::chrono::steady_clock::now();
  std::vector<doc::Document> docs;
  for (const model::Pair& pair : program->pairs) {
    docs.push_back(*render::documents::BuildIndividualPlan(*program, pair, sources->templates));
  }
  auto b1 = std::chrono::steady_clock::now();
  for (const doc::Document& d : docs) (void)render::pdf::RenderPdf(d, options);
  auto b2 = std::chrono::steady_clock::now();
  (void)render::pdf::RenderBooklet(docs, docs.front(), options, true);
  auto b3 = std::chrono::steady_clock::now();
  std::printf("phase_build_trees_s %.3f\nphase_each_plan_s %.3f\nphase_booklet_s %.3f\n",
              std::chrono::duration<double>(b1 - b0).count(), std::chrono::duration<double>(b2 - b1).count(),
              std::chrono::duration<double>(b3 - b2).count());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("max_rss_mb %.1f\n", usage.ru_maxrss / 1024.0);
  // The same documents as HTML: one file per plan and one booklet.
  std::string all;
  for (const model::Pair& pair : program->pairs) {
    Result<doc::Document> d = render::documents::BuildIndividualPlan(*program, pair, sources->templates);
    if (!d.ok()) return 1;
    const std::string body = render::html::RenderBlocks(d->blocks);
    Write(out / "html/plans" / (pair.id + ".html"), Html(d->title, body));
    all += "<section>" + body + "</section>\n";
  }
  Write(out / "html/plans.html", Html("Индивидуальные планы", all));
  const double load_s = std::chrono::duration<double>(t1 - t0).count();
  const double render_s = std::chrono::duration<double>(t2 - t1).count();
  // CPU time next to wall time: the machine is shared, and CPU time is what contention inflates least.
  std::printf("pairs %zu\nload_model_s %.3f\nrender_plans_and_booklet_s %.3f\nrender_plans_and_booklet_cpu_s %.3f\nmax_plan_kb %.1f\navg_plan_kb %.1f\n"
              "booklet_kb %.1f\n",
              count, load_s, render_s, static_cast<double>(c2 - c1) / CLOCKS_PER_SEC, max_plan / 1024.0, total_plans / 1024.0 / std::max<size_t>(count, 1),
              booklet / 1024.0);
  return 0;
}
