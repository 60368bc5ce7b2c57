// `nastavnik serve`: a local preview of the site that rebuilds when the school's files change and
// reloads the open pages. The only file that includes cpp-httplib.
#pragma once

#include <filesystem>

namespace nastavnik::serve {

struct ServeOptions {
  std::filesystem::path project = ".";
  int port = 1313;
  long long epoch_seconds = 0;
};

/// Builds into memory (output/ is never touched), serves on 127.0.0.1 until interrupted
/// (Ctrl+C), rebuilding on change. Returns the
/// exit code: 0 after a clean stop, 1 when the first build fails, 2 when the port is taken.
int Serve(const ServeOptions& options);

}  // namespace nastavnik::serve
