// Helpers shared by the tests: temporary folders, running commands, reading files back.
#pragma once

#include <filesystem>
#include <string>

namespace nastavnik::testing {

/// A fresh folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

/// Runs a shell command and captures what it prints.
CommandResult Run(const std::string& command);

std::string ReadFile(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& bytes);

/// The text pdftotext -layout-less extracts (UTF-8).
std::string PdfText(const std::filesystem::path& pdf);
/// The PDF's text in reading order (pdftotext -raw) on one line: every run of white space, page
/// breaks included, becomes one space, so a sentence wrapped across lines is found whole.
std::string FlatPdfText(const std::filesystem::path& pdf);
/// The page count pdfinfo reports, or -1 when it cannot read the file.
int PdfPages(const std::filesystem::path& pdf);
/// The XML of one part of an XLSX (zip) file, e.g. "xl/sharedStrings.xml".
std::string XlsxPart(const std::filesystem::path& xlsx, const std::string& part);

/// Rows of the example school's participants.csv (the header excluded).
int ExampleParticipantCount();

/// Path of a file in the tests folder, e.g. "fixtures/minimal".
std::filesystem::path TestsDir();
/// The nastavnik binary built alongside the tests.
std::string Binary();
/// The repository root (the example school).
std::filesystem::path RepoDir();

/// A path in single quotes, for a shell command line.
std::string Quote(const std::filesystem::path& path);
/// tmp/school holding a copy of the example school's content/ (the repository's own).
std::filesystem::path CopyExample(const TempDir& tmp);
/// tmp/school holding a copy of tests/fixtures/minimal.
std::filesystem::path CopyMinimal(const TempDir& tmp);
/// The example school built once per test process (SOURCE_DATE_EPOCH=1764547200) into a temporary
/// folder that tests only read; a failed build throws with the build's messages.
const std::filesystem::path& BuiltExample();

}  // namespace nastavnik::testing
