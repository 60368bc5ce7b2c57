// Stage 5 (write): exclusive locks that keep two nastavnik processes from writing the same place
// at once. A lock is flock() on a small file that is created once and never removed (removing a
// lock file lets a third process lock a new file while the second still holds the old one).
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "base/status.h"

namespace nastavnik::write {

class FileLock {
 public:
  FileLock() = default;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();  // releases the lock

  /// Opens lock_file (created 0600, never through a symlink) and locks it. wait: block until the
  /// holder finishes, calling on_wait first so the user knows why nothing happens; otherwise a
  /// held lock is refused with busy_message.
  Status Acquire(const std::filesystem::path& lock_file, bool wait, const std::string& busy_message,
                 const std::function<void()>& on_wait = {});

 private:
  int fd_ = -1;
};

}  // namespace nastavnik::write
