#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

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
// portable and, for a school's few thousand files, takes a few milliseconds a round.
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

// The site being served: path under site/ → bytes. Replaced whole after each good build, so a
// failed build leaves the last good site in place and a request never sees half a rebuild.
using Site = std::map<std::string, std::string>;

class SiteHolder {
 public:
  std::shared_ptr<const Site> Get() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return site_;
  }
  void Set(std::shared_ptr<const Site> site) {
    std::lock_guard<std::mutex> lock(mutex_);
    site_ = std::move(site);
    ++generation_;
  }
  long long generation() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return generation_;
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const Site> site_ = std::make_shared<Site>();
  long long generation_ = 0;
};

bool Rebuild(const ServeOptions& options, SiteHolder& holder, const char* what) {
  BuildOptions build;
  build.project = options.project;
  build.epoch_seconds = options.epoch_seconds;
  build.live_reload = true;
  render::Artifacts artifacts;
  build.in_memory = &artifacts;
  Diagnostics diags;
  auto started = std::chrono::steady_clock::now();
  Status status = Build(build, diags);
  std::fputs(diags.Format().c_str(), stderr);
  if (!status.ok()) {
    if (!diags.has_errors()) std::fprintf(stderr, "%s\n", status.ToString().c_str());
    std::fprintf(stderr, "nastavnik serve: %s не удалась, показывается прежняя версия сайта\n", what);
    return false;
  }
  auto site = std::make_shared<Site>();
  for (render::Artifact& a : artifacts) {
    if (a.path.starts_with("site/")) (*site)[a.path.substr(5)] = std::move(a.bytes);
  }
  holder.Set(std::move(site));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::printf("nastavnik serve: %s за %lld мс\n", what, static_cast<long long>(ms));
  std::fflush(stdout);
  return true;
}

std::string ContentType(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".xml", "application/xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
      {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".gif", "image/gif"}, {".webp", "image/webp"},
      {".pdf", "application/pdf"}, {".woff2", "font/woff2"}, {".ico", "image/x-icon"}};
  size_t dot = path.rfind('.');
  auto it = dot == std::string::npos ? types.end() : types.find(path.substr(dot));
  return it == types.end() ? "application/octet-stream" : it->second;
}

void Respond(const SiteHolder& holder, const httplib::Request& req, httplib::Response& res) {
  std::shared_ptr<const Site> site = holder.Get();
  std::string path = req.path.empty() ? "/" : req.path;
  path = path.substr(1);
  if (path.empty() || path.ends_with("/")) path += "index.html";
  res.set_header("Cache-Control", "no-store");
  auto it = site->find(path);
  if (it == site->end()) {
    res.status = 404;
    auto page = site->find("404.html");
    res.set_content(page == site->end() ? std::string("404") : page->second, "text/html; charset=utf-8");
    return;
  }
  res.set_content(it->second, ContentType(path).c_str());
}

}  // namespace

int Serve(const ServeOptions& options) {
  SiteHolder holder;
  if (!Rebuild(options, holder, "сборка")) return 1;

  httplib::Server server;
  server.Get("/__reload", [&](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::to_string(holder.generation()), "text/plain");
  });
  server.Get(R"(/.*)", [&](const httplib::Request& req, httplib::Response& res) { Respond(holder, req, res); });
  if (!server.bind_to_port("127.0.0.1", options.port)) {
    std::fprintf(stderr, "nastavnik serve: порт %d занят; укажите другой: --port N\n", options.port);
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
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    Snapshot now = Scan(options.project);
    if (now == last) continue;
    // Editors save in several steps: wait until the files stop changing.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    last = Scan(options.project);
    Rebuild(options, holder, "пересборка");
  }
  server.stop();
  http.join();
  g_server = nullptr;
  std::printf("nastavnik serve: остановлен\n");
  return 0;
}

}  // namespace nastavnik::serve
