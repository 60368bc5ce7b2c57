// Inputs are what they claim to be, and only from where they may come: the nastavnik binary on a
// copy of the minimal school with a symlink, a FIFO, an oversized file or a private file planted
// in it. Each case must stop the build with a message at the right place and write nothing.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include <filesystem>
#include <map>
#include <string>

#include "load/project_files.h"
#include "render/pdf/tiny_png.h"
#include "test_util.h"
#include "write/file_ops.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// The build, stopped after a minute: a FIFO read without care would block it for ever.
CommandResult Build(const stdfs::path& project, const std::string& output_args = "") {
  return Run("timeout 60 " + Binary() + " build " + Quote(project) + " " + output_args + " 2>&1");
}

// The peak resident memory of a command, in KB: run from a forked child, whose counters of its
// own children start at zero, so the test process's earlier builds do not count.
long PeakRssKb(const std::string& command) {
  int fds[2];
  if (::pipe(fds) != 0) return -1;
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    long peak = std::system(command.c_str()) == -1 ? -1 : 0;
    struct rusage usage;
    if (peak == 0 && ::getrusage(RUSAGE_CHILDREN, &usage) == 0) peak = usage.ru_maxrss;
    ssize_t written = ::write(fds[1], &peak, sizeof peak);
    ::_exit(written == sizeof peak ? 0 : 1);
  }
  ::close(fds[1]);
  long peak = -1;
  if (pid < 0 || ::read(fds[0], &peak, sizeof peak) != sizeof peak) peak = -1;
  ::close(fds[0]);
  if (pid > 0) ::waitpid(pid, nullptr, 0);
  return peak;
}

std::map<std::string, std::string> Snapshot(const stdfs::path& dir) {
  std::map<std::string, std::string> files;
  for (auto it = stdfs::recursive_directory_iterator(dir); it != stdfs::end(it); ++it) {
    if (it->is_regular_file()) files[stdfs::relative(it->path(), dir).string()] = ReadFile(it->path());
  }
  return files;
}

// A copy of the minimal school in tmp/school, and a secret file outside it.
struct Case {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::path secret = tmp.path() / "elsewhere/secret.txt";
  Case() {
    stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
    WriteFile(secret, "SECRETQZX\n");
  }
  void Append(const std::string& rel, const std::string& text) {
    WriteFile(project / rel, ReadFile(project / rel) + text);
  }
  void Link(const stdfs::path& target, const std::string& rel) {
    stdfs::create_directories((project / rel).parent_path());
    stdfs::remove_all(project / rel);
    stdfs::create_symlink(target, project / rel);
  }
};

}  // namespace

TEST_CASE("a page embedding a file of the output folder is refused at the reference, the output untouched",
          "[load][safety]") {
  Case c;
  SECTION("output/, the default") {
    REQUIRE(Build(c.project).exit_code == 0);
    const stdfs::path out = c.project / "output";
    REQUIRE(stdfs::exists(out / "pdf/bazy.pdf"));
    const auto before = Snapshot(out);
    c.Append("content/about.md", "\n![x](../output/pdf/bazy.pdf)\n");
    CommandResult r = Build(c.project);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("content/about.md:13:1: ошибка: изображение «../output/pdf/bazy.pdf»: «output/pdf/bazy.pdf» "
                        "лежит в папке результатов сборки, а её файлы не читаются как исходные") != std::string::npos);
    CHECK(Snapshot(out) == before);
    CHECK_FALSE(stdfs::exists(out / "site/output"));
  }
  SECTION("any folder nastavnik marked as its output") {
    REQUIRE(Build(c.project, "-o " + Quote(c.project / "published")).exit_code == 0);
    c.Append("content/about.md", "\nТекст.\n\n   ![реестр](../published/pdf/bazy.pdf)\n");
    CommandResult r = Build(c.project, "-o " + Quote(c.project / "published"));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("content/about.md:15:4: ошибка: изображение «../published/pdf/bazy.pdf»: «published/pdf/bazy.pdf» "
                        "лежит в папке результатов сборки") != std::string::npos);
  }
}

TEST_CASE("a page or template embedding the roster through a symlink, a hidden file or a non-image is refused",
          "[load][safety]") {
  Case c;
  WriteFile(c.project / "content/img/logo.png", render::pdf::testdata::TinyPng(2, 2));
  std::string expected;
  SECTION("a symlink named like a picture, pointing into content/data/") {
    c.Link("../data/participants.csv", "content/img/scheme.png");
    c.Append("content/about.md", "\n![схема](img/scheme.png)\n");
    expected = "content/about.md:13:1: ошибка: изображение «img/scheme.png»: «content/data/participants.csv» лежит в "
               "папке данных участников content/data/, а оттуда ничего не публикуется";
  }
  SECTION("a symlink to a participant's photo") {
    WriteFile(c.project / "content/photos/S1.jpg", render::pdf::testdata::TinyPng(2, 2));
    c.Link("../photos/S1.jpg", "content/img/team.png");
    c.Append("content/about.md", "\n![x](img/team.png)\n");
    expected = "content/about.md:13:1: ошибка: изображение «img/team.png»: «content/photos/S1.jpg» — фотография "
               "участника, а фотографии публикуются только на странице наставников";
  }
  SECTION("a symlink to a file outside the project") {
    c.Link(c.secret, "content/img/secret.png");
    c.Append("content/about.md", "\n![x](img/secret.png)\n");
    expected = "content/about.md:13:1: ошибка: изображение «img/secret.png» лежит вне папки проекта";
  }
  SECTION("a hidden folder") {
    WriteFile(c.project / "content/.private/logo.png", render::pdf::testdata::TinyPng(2, 2));
    c.Append("content/about.md", "\n![x](.private/logo.png)\n");
    expected = "content/about.md:13:1: ошибка: изображение «.private/logo.png»: «content/.private/logo.png» — скрытый "
               "файл или лежит в скрытой папке";
  }
  SECTION("a table renamed to .png is not a picture") {
    stdfs::copy_file(c.project / "content/data/participants.csv", c.project / "content/img/roster.png");
    c.Append("content/about.md", "\n![x](img/roster.png)\n");
    expected = "content/about.md:13:1: ошибка: изображение «img/roster.png»: ";
  }
  SECTION("a document template's picture from content/data/") {
    WriteFile(c.project / "templates/documents/roadmap.md", "Вступление.\n\n  ![Герб](data/participants.csv)\n");
    expected = "templates/documents/roadmap.md:3:3: ошибка: изображение «data/participants.csv»: "
               "«content/data/participants.csv» лежит в папке данных участников";
  }
  CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(expected) != std::string::npos);
  CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
}

TEST_CASE("a photo that is a symlink to the roster or out of the project is refused at its path", "[load][safety]") {
  Case c;
  std::string expected;
  SECTION("to ../data/participants.csv") {
    c.Link("../data/participants.csv", "content/photos/T1.jpg");
    expected = "content/photos/T1.jpg: ошибка: «content/data/participants.csv» лежит в папке данных участников";
  }
  SECTION("to a picture elsewhere in the project") {
    WriteFile(c.project / "content/img/t1.png", render::pdf::testdata::TinyPng(2, 2));
    c.Link("../img/t1.png", "content/photos/T1.png");
    expected = "content/photos/T1.png: ошибка: «content/img/t1.png» лежит вне папки content/photos/";
  }
  SECTION("to a file outside the project") {
    WriteFile(c.secret, render::pdf::testdata::TinyPng(2, 2));
    c.Link(c.secret, "content/photos/T1.jpg");
    expected = "content/photos/T1.jpg: ошибка: символическая ссылка ведёт за пределы папки проекта";
  }
  SECTION("a photo that is no picture") {
    WriteFile(c.project / "content/photos/T1.jpg", "SECRETQZX");
    expected = "content/photos/T1.jpg: ошибка: ";
  }
  CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(expected) != std::string::npos);
  CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
}

TEST_CASE("a symlink out of the project is refused in every input folder", "[load][safety]") {
  const std::map<std::string, std::string> files = {
      {"content/program.toml", "content/program.toml"},
      {"content/data/participants.csv", "content/data/participants.csv"},
      {"content/about.md", "content/about.md"},
      {"content/news/2025-09-15-start.md", "content/news/2025-09-15-start.md"},
      {"content/photos/T1.jpg", "content/photos/T1.jpg"},
      {"templates/documents/polozhenie.md", "templates/documents/polozhenie.md"},
      {"themes/default/style.css", "themes/default/style.css"},
      {"themes/default/page.html", "themes/default/page.html"},
  };
  for (const auto& [rel, shown] : files) {
    SECTION("file " + rel) {
      Case c;
      // The target is a valid file of the same kind, so nothing but its place is wrong.
      stdfs::path source = stdfs::exists(c.project / rel) ? c.project / rel : RepoDir() / rel;
      std::string bytes = rel.ends_with(".jpg") ? render::pdf::testdata::TinyPng(2, 2) : ReadFile(source);
      WriteFile(c.secret, bytes + (rel.ends_with(".jpg") ? "" : "\nSECRETQZX\n"));
      c.Link(c.secret, rel);
      CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
      INFO(r.output);
      CHECK(r.exit_code == 1);
      CHECK(r.output.find(shown + ": ошибка: символическая ссылка ведёт за пределы папки проекта") != std::string::npos);
      CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
    }
  }
  for (const std::string folder : {"content/data", "content/news", "content/photos", "templates", "themes/default"}) {
    SECTION("folder " + folder) {
      Case c;
      stdfs::path elsewhere = c.tmp.path() / "elsewhere" / stdfs::path(folder).filename();
      stdfs::create_directories(elsewhere);
      if (stdfs::exists(c.project / folder)) stdfs::copy(c.project / folder, elsewhere, stdfs::copy_options::recursive);
      WriteFile(elsewhere / "secret.md", "SECRETQZX\n");
      c.Link(elsewhere, folder);
      CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
      INFO(r.output);
      CHECK(r.exit_code == 1);
      // content/data is read file by file: each table is refused at its own path.
      std::string where = folder == "content/data" ? "content/data/participants.csv" : folder;
      CHECK(r.output.find(where + ": ошибка: символическая ссылка ведёт за пределы папки проекта") != std::string::npos);
      CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
    }
  }
}

TEST_CASE("a page or template that is a symlink into content/data/ is refused", "[load][safety]") {
  Case c;
  std::string rel;
  SECTION("a page") { rel = "content/roster.md"; }
  SECTION("a document template") { rel = "templates/documents/polozhenie.md"; }
  c.Link(stdfs::relative(c.project / "content/data/participants.csv", (c.project / rel).parent_path()), rel);
  CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(rel + ": ошибка: «content/data/participants.csv» лежит в папке данных участников") !=
        std::string::npos);
  CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
}

TEST_CASE("a FIFO or a device as a table is refused at once", "[load][safety]") {
  Case c;
  const stdfs::path table = c.project / "content/data/participants.csv";
  std::string expected;
  SECTION("a FIFO") {
    stdfs::remove(table);
    REQUIRE(::mkfifo(table.c_str(), 0600) == 0);
    expected = "content/data/participants.csv: ошибка: это именованный канал (FIFO), а не обычный файл";
  }
  SECTION("/dev/zero through a symlink") {
    c.Link("/dev/zero", "content/data/participants.csv");
    expected = "content/data/participants.csv: ошибка: символическая ссылка ведёт за пределы папки проекта (в /dev/zero)";
  }
  CommandResult check = Run("cd " + Quote(c.project) + " && timeout 60 " + Binary() + " check 2>&1");
  INFO(check.output);
  CHECK(check.exit_code == 1);  // 124 would be the timeout
  CHECK(check.output.find(expected) != std::string::npos);
  CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(expected) != std::string::npos);
  CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
}

TEST_CASE("a 700 MB table is refused by its size without being read", "[load][safety]") {
  Case c;
  const stdfs::path table = c.project / "content/data/participants.csv";
  stdfs::resize_file(table, 700ull << 20);  // sparse: no disk, and no memory unless read
  const std::string build = Binary() + " build " + Quote(c.project) + " -o " + Quote(c.tmp.path() / "out");
  CommandResult r = Run("timeout 60 " + build + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/data/participants.csv: ошибка: таблица CSV занимает 700 МБ, больше предела 128 МБ") !=
        std::string::npos);
  CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
  const long peak_kb = PeakRssKb("timeout 60 " + build + " >/dev/null 2>&1");
  INFO("peak RSS " << peak_kb << " KB");
  CHECK(peak_kb > 0);
  CHECK(peak_kb < 300 * 1024);  // reading the file would take 700 MB
}

TEST_CASE("a theme's PNG is checked by its content", "[load][safety]") {
  Case c;
  WriteFile(c.project / "themes/default/logo.png", ReadFile(c.project / "content/data/participants.csv"));
  CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("themes/default/logo.png: ошибка: ") != std::string::npos);
  CHECK_FALSE(stdfs::exists(c.tmp.path() / "out"));
}

TEST_CASE("hidden files and folders are not read as content", "[load][safety]") {
  Case c;
  WriteFile(c.project / "content/.drafts/secret.md", "+++\ntitle = \"Черновик\"\n+++\n\nSECRETQZX\n");
  WriteFile(c.project / "content/.notes.md", "+++\ntitle = \"Заметки\"\n+++\n\nSECRETQZX\n");
  WriteFile(c.project / "themes/default/.backup.css", "SECRETQZX");
  CommandResult r = Build(c.project, "-o " + Quote(c.tmp.path() / "out"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  for (const auto& [path, bytes] : Snapshot(c.tmp.path() / "out")) {
    INFO(path);
    CHECK(bytes.find("SECRETQZX") == std::string::npos);
  }
}

}  // namespace nastavnik::testing
