// The installed data folder: found beside the binary wherever it is copied, and a missing piece
// of it stops `check` and `build` with a message that names the file.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// bin/nastavnik and share/nastavnik/ under root, as `cmake --install` lays them out.
stdfs::path InstallCopy(const stdfs::path& root) {
  stdfs::create_directories(root / "bin");
  stdfs::create_directories(root / "share");
  stdfs::copy_file(Binary(), root / "bin/nastavnik");
  stdfs::copy(stdfs::path(Binary()).parent_path() / "share/nastavnik", root / "share/nastavnik",
              stdfs::copy_options::recursive);
  return root / "bin/nastavnik";
}

}  // namespace

TEST_CASE("a copied installation finds its data beside the binary", "[install]") {
  TempDir tmp;
  const stdfs::path exe = InstallCopy(tmp.path() / "Новая папка/usr");
  const stdfs::path school = tmp.path() / "Школа № 1";
  CommandResult made = Run("cd / && env -u NASTAVNIK_DATA_DIR " + Quote(exe) + " new " + Quote(school));
  REQUIRE(made.exit_code == 0);
  CommandResult built = Run("cd / && env -u NASTAVNIK_DATA_DIR " + Quote(exe) + " build " + Quote(school));
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  CHECK(PdfText(school / "output/pdf/polozhenie.pdf").find("ПОЛОЖЕНИЕ") != std::string::npos);
}

TEST_CASE("a missing font or dictionary is an error naming it, for check and build", "[install]") {
  TempDir tmp;
  const stdfs::path exe = InstallCopy(tmp.path() / "usr");
  const stdfs::path data = tmp.path() / "usr/share/nastavnik";
  const stdfs::path school = CopyMinimal(tmp);
  stdfs::remove(data / "hyphen/hyph_ru_RU.dic");
  stdfs::remove(data / "fonts/LiberationSerif-Bold.ttf");
  for (const char* command : {" check ", " build "}) {
    CommandResult r = Run(Quote(exe) + command + Quote(school) + " 2>&1");
    INFO(command << r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("нет словаря переносов " + (data / "hyphen/hyph_ru_RU.dic").string()) != std::string::npos);
    CHECK(r.output.find("нет файла шрифта " + (data / "fonts").string() + "/LiberationSerif-Bold.ttf") !=
          std::string::npos);
  }
  CHECK_FALSE(stdfs::exists(school / "output"));
}

TEST_CASE("the chart font is read by the one resource loader, and its absence reported as a font's", "[install]") {
  TempDir tmp;
  const stdfs::path exe = InstallCopy(tmp.path() / "usr");
  const stdfs::path data = tmp.path() / "usr/share/nastavnik";
  const stdfs::path school = CopyMinimal(tmp);
  stdfs::remove(data / "fonts/LiberationSans-Regular.ttf");
  CommandResult r = Run(Quote(exe) + " build " + Quote(school) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("нет файла шрифта " + (data / "fonts").string() + "/LiberationSans-Regular.ttf") !=
        std::string::npos);
  CHECK(r.output.find("шрифт диаграмм") == std::string::npos);
  CHECK_FALSE(stdfs::exists(school / "output"));
}

TEST_CASE("NASTAVNIK_DATA_DIR names the data folder, and a wrong one is reported", "[install]") {
  TempDir tmp;
  const stdfs::path school = CopyMinimal(tmp);
  CommandResult r = Run("NASTAVNIK_DATA_DIR=/nonexistent-nastavnik " + Binary() + " check " + Quote(school) + " 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("не найдена папка данных nastavnik /nonexistent-nastavnik") != std::string::npos);
  CHECK(r.output.find("NASTAVNIK_DATA_DIR") != std::string::npos);
}

TEST_CASE("the installed binary holds no path of the machine it was built on", "[install]") {
  // Stripped as `cmake --install --strip` and the Debian package install it (debug information
  // names the sources), then looked through as `strings` would for the checkout's path.
  TempDir tmp;
  REQUIRE(Run("strip -o " + Quote(tmp.path() / "nastavnik") + " " + Quote(Binary())).exit_code == 0);
  const std::string bytes = ReadFile(tmp.path() / "nastavnik");
#ifndef __SANITIZE_ADDRESS__
  // A sanitizer build names its sources in every report it can print; nobody installs one.
  CHECK(bytes.find(RepoDir().string()) == std::string::npos);
#endif
  CHECK(bytes.find("/usr/share/fonts") == std::string::npos);  // fonts come from the data folder
}

}  // namespace nastavnik::testing
