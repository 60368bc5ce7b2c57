// The staged output as a build uses it: each file is on disk in the staging folder as soon as it is
// put (a big school's output is never held in memory whole), the live output changes only at
// Commit, and a build that stops before it leaves the previous output and no staging behind.
#include <catch2/catch.hpp>

#include <unistd.h>

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
