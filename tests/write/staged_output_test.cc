// The staged output as a build uses it: each file is on disk in the staging folder as soon as it is
// put (a big school's output is never held in memory whole), the live output changes only at
// Commit, and a build that stops before it leaves the previous output and no staging behind.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "test_util.h"
#include "write/writer.h"

namespace nastavnik::testing {
namespace {

namespace stdfs = std::filesystem;

stdfs::path Staging(const TempDir& tmp) {
  return tmp.path() / (".output.staging-" + std::to_string(getpid()));
}

TEST_CASE("a staged file is on disk as soon as it is put, and live only after Commit", "[write][build]") {
  TempDir tmp;
  stdfs::path out = tmp.path() / "output";
  REQUIRE(write::WriteArtifacts(out, {{"site/index.html", "прежняя"}}, 0).ok());

  write::StagedOutput staged;
  REQUIRE(staged.Open(out, 0).ok());
  REQUIRE(staged.Put({"pdf/soglasiya.pdf", "первый файл"}).ok());
  CHECK(ReadFile(Staging(tmp) / "pdf/soglasiya.pdf") == "первый файл");
  REQUIRE(staged.Put({"site/index.html", "новая"}).ok());
  CHECK(ReadFile(out / "site/index.html") == "прежняя");
  CHECK(!staged.Put({"site/index.html", "ещё раз"}).ok());
  CHECK(staged.Put({"../вне", "x"}).message() == "недопустимый путь результата: ../вне");

  REQUIRE(staged.Commit().ok());
  CHECK(ReadFile(out / "site/index.html") == "новая");
  CHECK(ReadFile(out / "pdf/soglasiya.pdf") == "первый файл");
  CHECK(!stdfs::exists(Staging(tmp)));
}

TEST_CASE("a staged output never committed leaves the previous output and no staging", "[write][build]") {
  TempDir tmp;
  stdfs::path out = tmp.path() / "output";
  REQUIRE(write::WriteArtifacts(out, {{"site/index.html", "прежняя"}}, 0).ok());
  {
    write::StagedOutput staged;
    REQUIRE(staged.Open(out, 0).ok());
    REQUIRE(staged.Put({"site/index.html", "недоделанная"}).ok());
    REQUIRE(stdfs::exists(Staging(tmp)));
  }
  CHECK(!stdfs::exists(Staging(tmp)));
  CHECK(ReadFile(out / "site/index.html") == "прежняя");
}

}  // namespace
}  // namespace nastavnik::testing

namespace nastavnik::testing {
namespace {

TEST_CASE("a file opened in the staging is written as it is made and finished when closed", "[write][build]") {
  TempDir tmp;
  stdfs::path out = tmp.path() / "output";
  write::StagedOutput staged;
  REQUIRE(staged.Open(out, 1764547200).ok());
  Result<std::unique_ptr<render::OutputFile>> file = staged.OpenFile("pdf/soglasiya.pdf");
  REQUIRE(file.ok());
  (*file)->stream() << "%PDF-1.0 первая страница";
  (*file)->stream().flush();
  CHECK(ReadFile(Staging(tmp) / "pdf/soglasiya.pdf") == "%PDF-1.0 первая страница");
  // The writer may go back over what it wrote (a PDF patches its identifier).
  (*file)->stream().seekp(7);
  (*file)->stream() << "7";
  REQUIRE((*file)->Close().ok());
  CHECK(ReadFile(Staging(tmp) / "pdf/soglasiya.pdf") == "%PDF-1.7 первая страница");
  CHECK(stdfs::last_write_time(Staging(tmp) / "pdf/soglasiya.pdf") ==
        stdfs::file_time_type::clock::from_sys(std::chrono::sys_seconds(std::chrono::seconds(1764547200))));
  CHECK(!staged.OpenFile("pdf/soglasiya.pdf").ok());  // twice
  CHECK(!staged.Put({"pdf/soglasiya.pdf", "x"}).ok());
  CHECK(staged.OpenFile("../вне").status().message() == "недопустимый путь результата: ../вне");
  REQUIRE(staged.Commit().ok());
  CHECK(ReadFile(out / "pdf/soglasiya.pdf") == "%PDF-1.7 первая страница");
}

}  // namespace
}  // namespace nastavnik::testing
