#include "write/file_lock.h"

#include "base/platform.h"

#include <cerrno>

#include "base/os_error.h"

namespace nastavnik::write {

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

namespace {

int Lock(int fd, int how) {
  int rc;
  do {
    rc = ::flock(fd, how);
  } while (rc != 0 && errno == EINTR);
  return rc == 0 ? 0 : errno;
}

}  // namespace

Status FileLock::Acquire(const std::filesystem::path& lock_file, bool wait, const std::string& busy_message,
                         const std::function<void()>& on_wait) {
  int fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0600);
  if (fd < 0) return Status::Internal(OsError("не удалось создать файл блокировки", lock_file.string(), errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {  // a FIFO or device planted at the name
    ::close(fd);
    return Status::Internal("файл блокировки " + lock_file.string() + " — не обычный файл; удалите его");
  }
  int error = Lock(fd, LOCK_EX | LOCK_NB);
  if (error == EWOULDBLOCK && wait) {
    if (on_wait) on_wait();
    error = Lock(fd, LOCK_EX);
  }
  if (error != 0) {
    ::close(fd);
    if (error == EWOULDBLOCK) return Status::Internal(busy_message);
    return Status::Internal(OsError("не удалось заблокировать", lock_file.string(), error));
  }
  fd_ = fd;
  return Status::Ok();
}

}  // namespace nastavnik::write
