// Reading files: only regular files, their size known before the first byte, symlinks kept
// inside the project.
#include "base/file_system.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/types.h>

#include <filesystem>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;

TEST_CASE("ReadFile refuses a FIFO at once, without waiting for a writer", "[base][files]") {
  TempDir tmp;
  const stdfs::path fifo = tmp.path() / "participants.csv";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  Result<std::string> r = fs::ReadFile(fifo, "content/data/participants.csv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString() ==
        "content/data/participants.csv: ошибка: это именованный канал (FIFO), а не обычный файл: nastavnik читает только "
        "обычные файлы");
}

TEST_CASE("ReadFile refuses a device and a folder", "[base][files]") {
  Result<std::string> zero = fs::ReadFile("/dev/zero", "content/data/pairs.csv");
  REQUIRE_FALSE(zero.ok());
  CHECK(zero.status().message().starts_with("это файл устройства, а не обычный файл"));
  TempDir tmp;
  Result<std::string> dir = fs::ReadFile(tmp.path(), "content/about.md");
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.status().message() == "это папка, а не файл");
}

TEST_CASE("ReadFile checks the size before reading a byte", "[base][files]") {
  TempDir tmp;
  const stdfs::path big = tmp.path() / "big.csv";
  WriteFile(big, "");
  stdfs::resize_file(big, 700ull << 20);  // sparse: takes no disk
  fs::ReadLimit limit{128ull << 20, "таблица CSV", ": проверьте, та ли это таблица"};
  Result<std::string> r = fs::ReadFile(big, "content/data/participants.csv", limit);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString() ==
        "content/data/participants.csv: ошибка: таблица CSV занимает 700 МБ, больше предела 128 МБ: проверьте, та ли это "
        "таблица");
  WriteFile(big, "id\n");
  Result<std::string> small = fs::ReadFile(big, "x.csv", {3, "файл", ""});
  REQUIRE(small.ok());
  CHECK(*small == "id\n");
  CHECK(fs::ReadFile(big, "x.csv", {2, "файл", ""}).status().message() == "файл занимает 0 КБ, больше предела 0 КБ");
}

TEST_CASE("ReadFile with Links::kRefuse does not open a symlink", "[base][files]") {
  TempDir tmp;
  WriteFile(tmp.path() / "real.txt", "x");
  stdfs::create_symlink("real.txt", tmp.path() / "link.txt");
  CHECK(fs::ReadFile(tmp.path() / "link.txt", "link.txt").ok());
  CHECK_FALSE(fs::ReadFile(tmp.path() / "link.txt", "link.txt", {}, fs::Links::kRefuse).ok());
  stdfs::create_symlink("missing.txt", tmp.path() / "dangling.txt");
  CHECK(fs::ReadFile(tmp.path() / "dangling.txt", "dangling.txt").status().message() ==
        "символическая ссылка ведёт на файл, которого нет");
  CHECK(fs::ReadFile(tmp.path() / "none.txt", "none.txt").status().message() == "файл не найден");
}

TEST_CASE("ResolveInside keeps a symlink inside the project", "[base][files]") {
  TempDir tmp;
  const stdfs::path root = tmp.path() / "school";
  WriteFile(root / "content/data/participants.csv", "id\n");
  WriteFile(tmp.path() / "secret.txt", "secret");
  stdfs::create_symlink("data/participants.csv", root / "content/about.md");
  stdfs::create_symlink(tmp.path() / "secret.txt", root / "content/secret.md");
  Result<stdfs::path> inside = fs::ResolveInside(root, root / "content/about.md", "content/about.md");
  REQUIRE(inside.ok());
  CHECK(*inside == stdfs::canonical(root / "content/data/participants.csv"));
  Result<stdfs::path> outside = fs::ResolveInside(root, root / "content/secret.md", "content/secret.md");
  REQUIRE_FALSE(outside.ok());
  CHECK(outside.status().ToString().starts_with(
      "content/secret.md: ошибка: символическая ссылка ведёт за пределы папки проекта (в "));
}

TEST_CASE("ListFiles leaves out hidden names, reports links out of the project and survives a loop",
          "[base][files]") {
  TempDir tmp;
  const stdfs::path root = tmp.path() / "school";
  WriteFile(root / "content/about.md", "a");
  WriteFile(root / "content/.drafts/secret.md", "s");
  WriteFile(root / "content/.hidden.md", "h");
  WriteFile(root / "content/news/one.md", "n");
  WriteFile(root / "content/data/notes.md", "d");
  WriteFile(tmp.path() / "elsewhere/page.md", "e");
  stdfs::create_symlink(tmp.path() / "elsewhere", root / "content/shared");
  stdfs::create_symlink(tmp.path() / "elsewhere/page.md", root / "content/linked.md");
  stdfs::create_symlink("news", root / "content/more-news");  // inside: followed
  stdfs::create_symlink("..", root / "content/news/up");      // a loop
  stdfs::create_symlink("..", root / "content/all");          // the project again: not a folder of content/
  stdfs::create_symlink(tmp.path() / "elsewhere/page.md", root / "content/notes.txt");  // not listed: no error
  const stdfs::path pipe = root / "content/pipe.md";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);

  Diagnostics diags;
  std::vector<stdfs::path> files = fs::ListFiles(root, root / "content", {".md"}, diags, {root / "content/data"});
  std::vector<std::string> names;
  for (const stdfs::path& f : files) names.push_back(fs::Relative(f, root));
  // content/more-news is content/news again: listed once, under its own name.
  CHECK(names == std::vector<std::string>{"content/about.md", "content/news/one.md", "content/pipe.md"});
  REQUIRE(diags.error_count() == 3);
  const std::string text = diags.Format();
  CHECK(text.find("content/all: ошибка: символическая ссылка на папку ведёт за пределы «content» (в ") !=
        std::string::npos);
  CHECK(text.find("content/linked.md: ошибка: символическая ссылка ведёт за пределы папки проекта") != std::string::npos);
  CHECK(text.find("content/shared: ошибка: символическая ссылка ведёт за пределы папки проекта") != std::string::npos);
}

TEST_CASE("Relative names a symlink by its own path", "[base][files]") {
  TempDir tmp;
  WriteFile(tmp.path() / "content/data/participants.csv", "id\n");
  stdfs::create_directories(tmp.path() / "content/photos");
  stdfs::create_symlink("../data/participants.csv", tmp.path() / "content/photos/P001.jpg");
  CHECK(fs::Relative(tmp.path() / "content/photos/P001.jpg", tmp.path()) == "content/photos/P001.jpg");
}

}  // namespace nastavnik::testing
