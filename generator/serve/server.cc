#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>

#include <unistd.h>

#include "pipeline.h"

namespace nastavnik::serve {
namespace stdfs = std::filesystem;
namespace {

std::atomic<bool> g_stop{false};
httplib::Server* g_server = nullptr;

void OnSignal(int) {
  g_stop = true;
  if (g_server) g_server->stop();
}

// What the watcher compares between polls: every file's size and modification time. Polling is
// portable and, for a school's few hundred files, costs well under a millisecond a round.
using Snapshot = std::map<std::string, std::pair<std::uintmax_t, long long>>;

Snapshot Scan(const stdfs::path& project) {
  Snapshot snap;
  for (const char* dir : {"content", "templates", "themes"}) {
    std::error_code ec;
    stdfs::recursive_directory_iterator it(project / dir, stdfs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != stdfs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code fe;
      if (!it->is_regular_file(fe)) continue;
      auto size = it->file_size(fe);
      auto time = it->last_write_time(fe).time_since_epoch().count();
      snap[it->path().string()] = {fe ? 0 : size, static_cast<long long>(time)};
    }
  }
  return snap;
}

// One build into the preview folder; prints the outcome. The writer swaps the new site in at once,
// so a failed build leaves the last good one being served.
bool Rebuild(const ServeOptions& options, const stdfs::path& out, const char* why) {
  BuildOptions build;
  build.project = options.project;
  build.output = out;
  build.epoch_seconds = options.epoch_seconds;
  build.live_reload = true;
  Diagnostics diags;
  auto started = std::chrono::steady_clock::now();
  Status status = Build(build, diags);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::fputs(diags.Format().c_str(), stderr);
  if (!status.ok()) {
    if (!diags.has_errors()) std::fprintf(stderr, "%s\n", status.ToString().c_str());
    std::fprintf(stderr, "nastavnik serve: %s не удалась, показывается прежняя версия сайта\n", why);
    return false;
  }
  std::printf("nastavnik serve: %s за %lld мс\n", why, static_cast<long long>(ms));
  std::fflush(stdout);
  return true;
}

std::string ReadAll(const stdfs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int Serve(const ServeOptions& options) {
  std::error_code ec;
  stdfs::path temp = stdfs::temp_directory_path(ec) / ("nastavnik-serve-" + std::to_string(::getpid()));
  stdfs::path out = temp / "output";
  stdfs::remove_all(temp, ec);
  stdfs::create_directories(temp, ec);
  if (!Rebuild(options, out, "сборка")) {
    stdfs::remove_all(temp, ec);
    return 1;
  }
  std::atomic<long long> generation{1};

  httplib::Server server;
  server.set_mount_point("/", (out / "site").string());
  server.Get("/__reload", [&](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::to_string(generation.load()), "text/plain");
  });
  server.set_file_request_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
  });
  server.set_error_handler([&](const httplib::Request&, httplib::Response& res) {
    if (res.status == 404) res.set_content(ReadAll(out / "site" / "404.html"), "text/html; charset=utf-8");
  });
  if (!server.bind_to_port("127.0.0.1", options.port)) {
    std::fprintf(stderr, "nastavnik serve: порт %d занят; укажите другой: --port N\n", options.port);
    stdfs::remove_all(temp, ec);
    return 2;
  }
  g_server = &server;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::thread http([&] { server.listen_after_bind(); });
  std::printf("nastavnik serve: сайт на http://127.0.0.1:%d/ (Ctrl+C — остановить)\n", options.port);
  std::fflush(stdout);

  Snapshot last = Scan(options.project);
  while (!g_stop) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    Snapshot now = Scan(options.project);
    if (now == last) continue;
    // Editors save in several steps: wait until the files stop changing.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    last = Scan(options.project);
    if (Rebuild(options, out, "пересборка")) ++generation;
  }
  server.stop();
  http.join();
  g_server = nullptr;
  stdfs::remove_all(temp, ec);
  std::printf("nastavnik serve: остановлен\n");
  return 0;
}

}  // namespace nastavnik::serve
