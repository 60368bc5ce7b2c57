#include "render/matching/render_matching.h"

#include <future>

#include "base/text.h"
#include "render/html/html_blocks.h"
#include "render/matching/explanation.h"
#include "render/matching/matching_csv.h"
#include "render/pdf/pdf.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::matching {
namespace {

// A page for the curator's own computer: no theme, no scripts, readable when printed.
std::string HtmlPage(const doc::Document& d) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      text::EscapeHtml(d.title) +
      "</title>\n<style>\n"
      "body{font-family:\"Liberation Serif\",\"Times New Roman\",serif;max-width:80rem;margin:2rem auto;padding:0 1rem;"
      "line-height:1.45;color:#1d1d1f}\n"
      "table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #b8b8c0;padding:.35rem .5rem;"
      "vertical-align:top;text-align:left}th{background:#eef0f4}tr:nth-child(even) td{background:#fafafc}\n"
      "h1{font-size:1.7rem}h2{margin-top:2rem;border-bottom:2px solid #d9dce3}h3{font-size:1.05rem;margin:1.4rem 0 .3rem}\n"
      "</style>\n</head>\n<body>\n";
  out += html::RenderBlocks(d.blocks);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace

MatchingFiles::MatchingFiles(const model::Program& program, const compute::matching::Matching& matching,
                             long long epoch_seconds, std::shared_ptr<const PdfResources> pdf_resources)
    : program_(program), matching_(matching) {
  // The PDF and the workbook are laid out on their own threads while the caller makes and
  // writes the CSV files; the workbook takes longest. Each thread reads only const data.
  pdf::PdfOptions pdf_options;
  pdf_options.epoch_seconds = epoch_seconds;
  pdf_options.font_size = 11;
  // Left-aligned table cells need no hyphenation, and skipping it halves the layout time.
  pdf_options.hyphenate = false;
  pdf_options.resources = std::move(pdf_resources);
  book_ = std::async(std::launch::async, [&program, &matching, epoch_seconds] {
    return xlsx::RenderXlsx(BuildMatchingWorkbook(program, matching), epoch_seconds);
  });
  explanation_ = std::make_unique<doc::Document>(BuildExplanation(program, matching));
  const doc::Document& explanation = *explanation_;
  pdf_ = std::async(std::launch::async, [&explanation, pdf_options] { return pdf::RenderPdf(explanation, pdf_options); });
  ready.push_back({"proposal.csv", ProposalCsv(program, matching)});
  ready.push_back({"explanation.html", HtmlPage(explanation)});
}

void MatchingFiles::Candidates(const std::function<void(std::string_view)>& put) const {
  CandidatesCsv(program_, matching_, put);
}

MatchingFiles::~MatchingFiles() {
  if (pdf_.valid()) pdf_.wait();
  if (book_.valid()) book_.wait();
}

Result<Artifacts> MatchingFiles::Rest() {
  Result<std::string> pdf_result = pdf_.get();
  Result<std::string> book_result = book_.get();
  if (!pdf_result.ok()) return pdf_result.status();
  if (!book_result.ok()) return book_result.status();
  Artifacts out;
  out.push_back({"explanation.pdf", std::move(*pdf_result)});
  out.push_back({"explanation.xlsx", std::move(*book_result)});
  return out;
}

Result<Artifacts> RenderMatching(const model::Program& program, const compute::matching::Matching& matching,
                                 long long epoch_seconds, std::shared_ptr<const PdfResources> pdf_resources) {
  MatchingFiles files(program, matching, epoch_seconds, std::move(pdf_resources));
  Result<Artifacts> rest = files.Rest();
  if (!rest.ok()) return rest.status();
  Artifacts out = std::move(files.ready);
  out.insert(out.begin() + 1, {"candidates.csv", CandidatesCsv(program, matching)});
  for (Artifact& a : *rest) out.push_back(std::move(a));
  return out;
}

}  // namespace nastavnik::render::matching
