#include "test_util.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "load/resources.h"
#include "load/sources.h"
#include "test_pdf_resources.h"

namespace nastavnik::testing {

TempDir::TempDir() {
  std::random_device rd;
  std::filesystem::path base = std::filesystem::temp_directory_path();
  for (;;) {
    path_ = base / ("nastavnik-test-" + std::to_string(rd()));
    if (std::filesystem::create_directory(path_)) break;
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

CommandResult Run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(("( " + command + " ) 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string PdfText(const std::filesystem::path& pdf) {
  return Run("pdftotext -enc UTF-8 '" + pdf.string() + "' -").output;
}

std::string FlatPdfText(const std::filesystem::path& pdf) {
  return std::regex_replace(Run("pdftotext -raw '" + pdf.string() + "' -").output, std::regex("[\\s\\f]+"), " ");
}

int PdfPages(const std::filesystem::path& pdf) {
  std::istringstream info(Run("pdfinfo '" + pdf.string() + "'").output);
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
  }
  return -1;
}

std::string XlsxPart(const std::filesystem::path& xlsx, const std::string& part) {
  return Run("unzip -p '" + xlsx.string() + "' '" + part + "'").output;
}

std::filesystem::path TestsDir() { return NASTAVNIK_TESTS_DIR; }
std::string Binary() { return NASTAVNIK_BINARY; }

std::shared_ptr<const PdfResources> TestPdfResources() {
  Result<std::shared_ptr<const PdfResources>> resources = load::LoadPdfResources(load::InstalledDataDir());
  if (resources.ok()) return *resources;
  std::fprintf(stderr, "%s\n", resources.status().message().c_str());  // every PDF test then fails saying so
  return nullptr;
}
std::filesystem::path RepoDir() { return std::filesystem::path(NASTAVNIK_TESTS_DIR).parent_path(); }

std::string Quote(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

namespace {
std::filesystem::path CopyContent(const TempDir& tmp, const std::filesystem::path& content) {
  std::filesystem::path project = tmp.path() / "school";
  std::filesystem::create_directories(project);
  std::filesystem::copy(content, project / "content", std::filesystem::copy_options::recursive);
  return project;
}
}  // namespace

std::filesystem::path CopyExample(const TempDir& tmp) { return CopyContent(tmp, RepoDir() / "content"); }
std::filesystem::path CopyMinimal(const TempDir& tmp) { return CopyContent(tmp, TestsDir() / "fixtures/minimal/content"); }

const std::filesystem::path& BuiltExample() {
  static TempDir dir;
  static const std::filesystem::path out = [] {
    std::filesystem::path o = dir.path() / "out";
    CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(RepoDir()) + " -o " +
                          Quote(o) + " 2>&1");
    if (r.exit_code != 0) throw std::runtime_error("the example school did not build:\n" + r.output);
    return o;
  }();
  return out;
}

int ExampleParticipantCount() {
  std::string csv = ReadFile(RepoDir() / "content/data/participants.csv");
  int rows = 0;
  size_t start = 0;
  while (start < csv.size()) {
    size_t end = csv.find('\n', start);
    if (end == std::string::npos) end = csv.size();
    if (end > start + 1) ++rows;
    start = end + 1;
  }
  return rows - 1;
}

}  // namespace nastavnik::testing
