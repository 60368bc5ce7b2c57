// Base: the POSIX file calls our readers and writers make, on Linux and on Windows (MinGW-w64).
// On Linux this is just the system's headers. On Windows it declares the same calls over the
// wide-character Win32 functions, taking a std::filesystem::path's native wchar_t string, so a
// path with Cyrillic letters reaches the file system intact, and every file opens in binary
// mode (the Windows C library would otherwise turn "\n" into "\r\n").
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#ifndef _WIN32
#include <signal.h>
#include <sys/file.h>
#else
#include <ctime>

// Windows has neither symbolic links that matter here nor these flags: they do nothing there.
#define O_NOFOLLOW 0
#define O_CLOEXEC 0
#define O_NONBLOCK 0
#define O_NOCTTY 0
#define O_DIRECTORY 0
#define S_ISLNK(m) 0
#define S_ISSOCK(m) 0
#define LOCK_SH 1
#define LOCK_EX 2
#define LOCK_NB 4
#define LOCK_UN 8
#define AT_FDCWD (-100)

int open(const wchar_t* path, int flags, int mode = 0);
int stat(const wchar_t* path, struct stat* info);
int lstat(const wchar_t* path, struct stat* info);
int unlink(const wchar_t* path);
/// Replaces an existing target, as POSIX rename does.
int rename(const wchar_t* from, const wchar_t* to);
int fsync(int fd);
int fchmod(int fd, mode_t mode);
/// Whole-file lock through LockFileEx; released when the descriptor closes.
int flock(int fd, int operation);
/// Signal 0 only: whether the process exists.
int kill(pid_t pid, int signal);
int utimensat(int dir, const wchar_t* path, const struct timespec times[2], int flags);
/// pattern is UTF-8; the XXXXXX before the suffix become random letters.
int mkostemps(char* pattern, int suffix_length, int flags);
int mkdir(const wchar_t* path, mode_t mode);
int access(const wchar_t* path, int mode);
#ifndef _POSIX_THREAD_SAFE_FUNCTIONS
inline std::tm* gmtime_r(const std::time_t* t, std::tm* out) { return gmtime_s(out, t) == 0 ? out : nullptr; }
#endif
#endif

namespace nastavnik::platform {

/// Once at the start of main: on Windows the console shows UTF-8 and argv is replaced by the
/// UTF-8 form of the wide command line (the narrow argv is in the ANSI code page). On Linux
/// nothing changes.
void StartProcess(int* argc, char*** argv);

/// A path a C library can open with plain fopen: the path itself on Linux; on Windows, where
/// fopen reads names in the ANSI code page, the 8.3 short form of an existing path that has
/// letters outside ASCII (the path itself when the volume keeps no short names).
std::string CLibraryPath(const std::string& utf8_path);

/// A read-only stdio stream over bytes, for a library that reads only from a FILE (libhyphen):
/// fmemopen on Linux; on Windows a temporary file that is deleted when closed (the C library's
/// tmpfile() writes to the root of drive C:, which a user without administrator rights may not).
std::FILE* MemoryFile(const std::string& bytes);

}  // namespace nastavnik::platform
