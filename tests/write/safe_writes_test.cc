// End-to-end: writes are atomic, exclusive and told truthfully. `match --apply` never follows
// or replaces a path planted in content/data/, keeps pairs.csv's permissions and lets two applies
// at once report what really happened; `build` locks its output, cleans what a killed build left
// and keeps the reviewed proposal; a failed write is told in Russian.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <regex>

#include "fuzz/check_util.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

const char* kEpoch = "SOURCE_DATE_EPOCH=1764547200 ";  // 01.12.2025 00:00:00 UTC
const char* kStamp = "20251201-000000";

CommandResult Match(const stdfs::path& project, const std::string& extra = "") {
  return Run(std::string(kEpoch) + Binary() + " match " + Quote(project) + " " + extra + " 2>&1");
}

// The proposal for the example school, ready to apply.
stdfs::path ProposedExample(const TempDir& tmp) {
  stdfs::path project = CopyExample(tmp);
  CommandResult r = Match(project);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return project;
}

bool IsSymlink(const stdfs::path& p) { return stdfs::is_symlink(stdfs::symlink_status(p)); }

// Latin words left in what the program printed once the paths it names and the GCC-style
// "error:" labels are taken out (fuzz::EnglishWords sets aside quotes, keys and format names).
// LeakSanitizer's closing report (the ASan build of the tests) is not the program's message.
std::string EnglishWords(const std::string& output) {
  std::string message = output.substr(0, output.find("Suppressions used:"));
  message = std::regex_replace(message, std::regex("/[^\\s:]*"), "");
  message = std::regex_replace(message, std::regex("(^|\\n|: )(error|warning): "), "$1");
  return fuzz::EnglishWords(message);
}

}  // namespace

TEST_CASE("match --apply follows no symlink planted at a predictable name", "[write][apply]") {
  TempDir tmp;
  stdfs::path project = ProposedExample(tmp);
  stdfs::path data = project / "content/data";
  stdfs::path outside = tmp.path() / "outside.txt";
  WriteFile(outside, "чужой файл\n");
  const char* planted[] = {"pairs.csv.new", ".pairs.csv.new", "pairs.csv.tmp", ".pairs.csv.tmp", "pairs.csv~"};
  for (const char* name : planted) stdfs::create_symlink(outside, data / name);
  // A dangling symlink at the backup's name: following it would create the file it names.
  stdfs::path dangling_target = tmp.path() / "created-by-backup.csv";
  stdfs::create_symlink(dangling_target, data / (std::string("pairs.csv.bak-") + kStamp));
  std::string before = ReadFile(data / "pairs.csv");

  CommandResult r = Match(project, "--apply");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(ReadFile(outside) == "чужой файл\n");
  CHECK_FALSE(stdfs::exists(stdfs::symlink_status(dangling_target)));
  for (const char* name : planted) CHECK(IsSymlink(data / name));
  CHECK(stdfs::is_regular_file(stdfs::symlink_status(data / "pairs.csv")));
  CHECK(ReadFile(data / "pairs.csv").rfind(before, 0) == 0);
  stdfs::path backup = data / (std::string("pairs.csv.bak-") + kStamp + "-2");
  REQUIRE(stdfs::is_regular_file(stdfs::symlink_status(backup)));
  CHECK(ReadFile(backup) == before);
  CHECK(r.output.find(backup.string()) != std::string::npos);  // the message names the real backup
  for (const auto& e : stdfs::directory_iterator(data)) {     // no temporary file left behind
    CHECK((IsSymlink(e.path()) || e.path().extension() != ".tmp"));
  }
}

TEST_CASE("match --apply refuses a pairs.csv that is a symlink or read-only", "[write][apply]") {
  TempDir tmp;
  stdfs::path project = ProposedExample(tmp);
  stdfs::path pairs = project / "content/data/pairs.csv";
  std::string before = ReadFile(pairs);

  SECTION("symlink") {
    stdfs::path real = tmp.path() / "real-pairs.csv";
    WriteFile(real, before);
    stdfs::remove(pairs);
    stdfs::create_symlink(real, pairs);
    CommandResult r = Match(project, "--apply");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("символическ") != std::string::npos);
    CHECK(IsSymlink(pairs));
    CHECK(ReadFile(real) == before);
  }
  SECTION("read-only") {
    stdfs::permissions(pairs, stdfs::perms::owner_read | stdfs::perms::group_read | stdfs::perms::others_read);
    CommandResult r = Match(project, "--apply");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("pairs.csv защищён от записи") != std::string::npos);
    CHECK(ReadFile(pairs) == before);
  }
}

TEST_CASE("match --apply keeps pairs.csv's permissions", "[write][apply]") {
  TempDir tmp;
  stdfs::path project = ProposedExample(tmp);
  stdfs::path pairs = project / "content/data/pairs.csv";
  ::chmod(pairs.c_str(), 0600);
  CommandResult r = Match(project, "--apply");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  struct stat info {};
  REQUIRE(::lstat(pairs.c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0600);
  for (const auto& e : stdfs::directory_iterator(project / "content/data")) {
    if (e.path().filename().string().rfind("pairs.csv.bak-", 0) != 0) continue;
    REQUIRE(::lstat(e.path().c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0600);  // the backup holds the same data
  }
}

TEST_CASE("two match --apply at once: one adds the rows, the other says they are there", "[write][apply][slow]") {
  TempDir tmp;
  stdfs::path project = ProposedExample(tmp);
  stdfs::path data = project / "content/data";
  std::string before = ReadFile(data / "pairs.csv");
  CommandResult single = Match(project, "--apply");
  REQUIRE(single.exit_code == 0);
  std::string once = ReadFile(data / "pairs.csv");
  std::string apply = std::string(kEpoch) + Binary() + " match " + Quote(project) + " --apply";
  for (int round = 0; round < 20; ++round) {
    WriteFile(data / "pairs.csv", before);
    for (const auto& e : stdfs::directory_iterator(data)) {
      if (e.path().filename().string().rfind("pairs.csv.bak-", 0) == 0) stdfs::remove(e.path());
    }
    stdfs::path a = tmp.path() / "a.txt", b = tmp.path() / "b.txt";
    Run("(" + apply + " >" + Quote(a) + " 2>&1; echo \"код $?\" >>" + Quote(a) + ") & (" + apply + " >" + Quote(b) +
        " 2>&1; echo \"код $?\" >>" + Quote(b) + ") & wait");
    std::string outputs[] = {ReadFile(a), ReadFile(b)};
    int added = 0, refused = 0;
    for (const std::string& out : outputs) {
      INFO(out);
      if (out.find("добавлено строк") != std::string::npos && out.find("код 0") != std::string::npos) ++added;
      if (out.find("уже внесена в content/data/pairs.csv") != std::string::npos && out.find("код 1") != std::string::npos) ++refused;
    }
    INFO("round " << round << "\n" << outputs[0] << "\n" << outputs[1]);
    REQUIRE(added == 1);
    REQUIRE(refused == 1);
    REQUIRE(ReadFile(data / "pairs.csv") == once);
  }
}

TEST_CASE("an apply that has to wait for another says so, then applies", "[write][apply]") {
  TempDir tmp;
  stdfs::path project = ProposedExample(tmp);
  stdfs::path lock = project / "content/data/.pairs.csv.lock";
  // flock(1) stands in for a first apply that holds pairs.csv for a second.
  CommandResult r = Run("flock " + Quote(lock) + " sleep 1 & sleep 0.3; " + std::string(kEpoch) + Binary() +
                        " match " + Quote(project) + " --apply 2>&1; wait");
  INFO(r.output);
  CHECK(r.output.find("ждём, пока он закончит") != std::string::npos);
  CHECK(r.output.find("добавлено строк") != std::string::npos);
}

TEST_CASE("build cleans what a killed build left and keeps the reviewed proposal", "[write][build]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  stdfs::path out = project / "output";
  std::string build = std::string(kEpoch) + Binary() + " build " + Quote(project) + " -o " + Quote(out);
  REQUIRE(Run(build).exit_code == 0);
  WriteFile(out / "matching/proposal.csv", "Код;Наставник\r\nPR1;P1\r\n");
  // What `kill -9` in the middle of a build leaves: its staging folder (marked), a previous tree
  // on its way out, a scratch folder with a workbook's temporary file, and the lock file.
  for (const char* name : {".output.staging-99999", ".output.old-99999", ".output.scratch-99999"}) {
    WriteFile(project / name / ".nastavnik-output", "");
    WriteFile(project / name / "xlsx/bazy.xlsx", "реестр с телефонами");
  }
  WriteFile(project / ".output.lock", "");
  WriteFile(project / ".output.staging-12345/notes.txt", "не от nastavnik");  // no marker: not ours

  CommandResult r = Run(build);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(stdfs::exists(project / ".output.staging-99999"));
  CHECK_FALSE(stdfs::exists(project / ".output.old-99999"));
  CHECK_FALSE(stdfs::exists(project / ".output.scratch-99999"));
  CHECK(ReadFile(project / ".output.staging-12345/notes.txt") == "не от nastavnik");
  CHECK(ReadFile(out / "matching/proposal.csv") == "Код;Наставник\r\nPR1;P1\r\n");
  for (const auto& e : stdfs::directory_iterator(project)) {  // this build left only the lock
    std::string name = e.path().filename().string();
    CHECK((name.rfind(".output.", 0) != 0 || name == ".output.lock" || name == ".output.staging-12345"));
  }
}

TEST_CASE("a second build of the same output is refused while the first holds the lock", "[write][build]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  stdfs::path out = tmp.path() / "out";
  // flock(1) holds the lock (as a running build does) while the second build starts.
  CommandResult r = Run("flock " + Quote(tmp.path() / ".out.lock") + " env " + std::string(kEpoch) + Binary() +
                        " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("другая сборка уже пишет в " + out.string()) != std::string::npos);
  CHECK_FALSE(stdfs::exists(out));
  CHECK(Run(std::string(kEpoch) + Binary() + " build " + Quote(project) + " -o " + Quote(out)).exit_code == 0);
}

TEST_CASE("a failed write is told in Russian, naming the folder", "[write][build]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  stdfs::path parent = tmp.path() / "readonly";
  stdfs::create_directories(parent);
  ::chmod(tmp.path().c_str(), 0755);
  ::chmod(parent.c_str(), 0555);
  // Root writes anywhere: the build then runs as nobody, for whom the folder is read-only.
  std::string as_user = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups env " : "";
  CommandResult r = Run(as_user + kEpoch + Binary() + " build " + Quote(project) + " -o " + Quote(parent / "out") + " 2>&1");
  ::chmod(parent.c_str(), 0755);
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK(r.output.find(parent.string()) != std::string::npos);
  CHECK(r.output.find("нет прав на запись") != std::string::npos);
  CHECK(EnglishWords(r.output) == "");
  CHECK_FALSE(stdfs::exists(parent / "out"));

  CommandResult empty = Run(std::string(kEpoch) + Binary() + " build " + Quote(project) + " -o '' 2>&1");
  INFO(empty.output);
  CHECK(empty.exit_code == 2);
  CHECK(empty.output.find("не указана папка для результатов") != std::string::npos);
}

// A full disk, made with a tiny tmpfs in a private mount namespace (root only; skipped elsewhere).
// At 16 KB the first workbook fails in libxlsxwriter, which would print its own English
// "[ERROR] … No space left on device"; at 200 KB the staging copy fails in our own writer.
TEST_CASE("a full disk is told in Russian and libxlsxwriter prints nothing of its own", "[write][build]") {
  if (::geteuid() != 0 || Run("unshare -m true").exit_code != 0) {
    WARN("needs root and unshare -m: skipped");
    return;
  }
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  stdfs::path disk = tmp.path() / "disk";
  stdfs::create_directories(disk);
  for (const char* size : {"16k", "200k"}) {
    std::string script = "mount -t tmpfs -o size=" + std::string(size) + " tmpfs " + Quote(disk) + " || exit 99; " +
                         "env " + kEpoch + Binary() + " build " + Quote(project) + " -o " + Quote(disk / "out") +
                         "; echo код \\$?; ls -A " + Quote(disk);
    CommandResult r = Run("unshare -m sh -c \"" + script + "\"");
    INFO(size << "\n" << r.output);
    if (r.exit_code == 99) {
      WARN("tmpfs cannot be mounted here: skipped");
      return;
    }
    size_t code = r.output.find("код 2");
    REQUIRE(code != std::string::npos);
    CHECK(r.output.find("нет места") != std::string::npos);
    CHECK(r.output.find("[ERROR]") == std::string::npos);
    CHECK(EnglishWords(r.output.substr(0, code)) == "");
    std::string left = r.output.substr(code);  // what ls shows on the disk afterwards: the lock only
    CHECK(left.find(".out.scratch") == std::string::npos);
    CHECK(left.find(".out.staging") == std::string::npos);
    CHECK(left.find(".out.lock") != std::string::npos);
  }
}

TEST_CASE("a previous output that cannot be removed is an error and never «собрано»", "[write][build]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  stdfs::path parent = tmp.path() / "results";
  stdfs::create_directories(parent);
  ::chmod(tmp.path().c_str(), 0755);
  // Root removes anything: the builds then run as nobody, who owns the results folder.
  bool root = ::geteuid() == 0;
  if (root) REQUIRE(::chown(parent.c_str(), 65534, 65534) == 0);
  std::string as_user = root ? "setpriv --reuid=65534 --regid=65534 --clear-groups env " : "";
  std::string build = as_user + kEpoch + Binary() + " build " + Quote(project) + " -o " + Quote(parent / "out") + " 2>&1";
  REQUIRE(Run(build).exit_code == 0);
  ::chmod((parent / "out/site").c_str(), 0555);  // its files cannot be deleted now

  CommandResult r = Run(build);
  ::chmod((parent / "out/site").c_str(), 0755);
  for (const auto& e : stdfs::directory_iterator(parent)) ::chmod(e.path().c_str(), 0755);
  for (const auto& e : stdfs::recursive_directory_iterator(parent)) {
    if (e.is_directory()) ::chmod(e.path().c_str(), 0755);
  }
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("собрано") == std::string::npos);
  CHECK(r.output.find("новая сборка записана в " + (parent / "out").string() + ", но не удалось удалить прежнюю из") !=
        std::string::npos);
  CHECK(EnglishWords(r.output) == "");
  // The next build removes the leftover (it holds the marker).
  CHECK(Run(build).exit_code == 0);
  for (const auto& e : stdfs::directory_iterator(parent)) {
    CHECK(e.path().filename().string().rfind(".out.staging-", 0) != 0);
  }
}

TEST_CASE("workbooks are made beside the output, never in the system temp folder", "[write][build]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  // A TMPDIR that does not exist: any temporary file put there fails the build.
  CommandResult r = Run("TMPDIR=" + Quote(tmp.path() / "no-such-folder") + " " + kEpoch + Binary() + " build " +
                        Quote(project) + " -o " + Quote(tmp.path() / "out") + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(stdfs::exists(tmp.path() / "out/xlsx/bazy.xlsx"));
}

TEST_CASE("nastavnik new writes a .gitignore for the output, staging folders and locks", "[write]") {
  TempDir tmp;
  CommandResult r = Run(Binary() + " new " + Quote(tmp.path() / "school") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::string ignore = ReadFile(tmp.path() / "school/.gitignore");
  for (const char* line : {"/output/\n", "/.output.staging-*/\n", "/.output.old-*/\n", "/.output.scratch-*/\n", "*.lock\n"}) {
    CHECK(ignore.find(line) != std::string::npos);
  }
  // A folder that already has a .gitignore keeps its lines; ours are added once.
  WriteFile(tmp.path() / "repo/.gitignore", "*.bak\n/output/");
  REQUIRE(Run(Binary() + " new " + Quote(tmp.path() / "repo") + " 2>&1").exit_code == 0);
  std::string merged = ReadFile(tmp.path() / "repo/.gitignore");
  CHECK(merged.rfind("*.bak\n/output/\n/.output.staging-*/\n", 0) == 0);
  CHECK(merged.find("/output/", merged.find("/output/") + 1) == std::string::npos);
}

}  // namespace nastavnik::testing
