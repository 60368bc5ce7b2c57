// `nastavnik serve` as a user meets it: the site answers on 127.0.0.1, a changed page is rebuilt
// and the reload counter moves, a broken input keeps the last good site, output/ stays untouched.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;

TEST_CASE("serve rebuilds on change and keeps the last good site on bad input", "[serve]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  // python3 is already needed by the tests (openpyxl); it fetches pages without curl.
  std::string script = R"PY(
import os, socket, subprocess, sys, time, urllib.request, urllib.error
project = sys.argv[1]; binary = sys.argv[2]
with socket.socket() as s:  # a port nobody uses right now
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
log_path = os.path.join(os.path.dirname(project), "serve.log")
log = open(log_path, "w")
proc = subprocess.Popen([binary, "serve", project, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, text=True)
def logged():
    with open(log_path, encoding="utf-8") as f: return f.read()
def get(path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")
def wait_for(pred, what):
    for _ in range(300):  # up to 30 s on a loaded machine
        try:
            if pred(): return
        except OSError:
            pass
        time.sleep(0.1)
    proc.terminate(); proc.wait(timeout=10); print("timeout:", what, logged()); sys.exit(1)
try:
    wait_for(lambda: get("/__reload")[0] == 200, "server up")
    gen = get("/__reload")[1]
    status, home = get("/")
    print("home", status, "reload.js" in home)
    print("missing", get("/no/such/page.html")[0], "Страница не найдена" in get("/no/such/page.html")[1])
    about = os.path.join(project, "content", "about.md")
    with open(about, "a", encoding="utf-8") as f: f.write("\nСовершенно новый абзац.\n")
    wait_for(lambda: get("/__reload")[1] != gen, "rebuild")
    print("changed", "Совершенно новый абзац" in get("/about.html")[1])
    gen = get("/__reload")[1]
    toml = os.path.join(project, "content", "program.toml")
    with open(toml, "a", encoding="utf-8") as f: f.write("\nbroken = \n")
    # the failed rebuild is logged; until then the old site is served anyway
    wait_for(lambda: "прежняя версия сайта" in logged(), "failed rebuild logged")
    print("kept", get("/__reload")[1] == gen, get("/about.html")[0])
finally:
    proc.terminate()
    proc.wait(timeout=10)
out = logged()
print("log-error", "program.toml" in out and "прежняя версия сайта" in out)
print("exit", proc.returncode)
)PY";
  WriteFile(tmp.path() / "drive.py", script);
  CommandResult r = Run("python3 '" + (tmp.path() / "drive.py").string() + "' '" + project.string() + "' " + Binary());
  INFO(r.output);
  CHECK(r.output.find("home 200 True") != std::string::npos);
  CHECK(r.output.find("missing 404 True") != std::string::npos);
  CHECK(r.output.find("changed True") != std::string::npos);
  CHECK(r.output.find("kept True 200") != std::string::npos);
  CHECK(r.output.find("log-error True") != std::string::npos);
  CHECK(r.output.find("exit 0") != std::string::npos);
  CHECK_FALSE(stdfs::exists(project / "output"));
}

}  // namespace nastavnik::testing
