#include "base/platform.h"

#ifndef _WIN32

namespace nastavnik::platform {

void StartProcess(int*, char***) {}

std::string CLibraryPath(const std::string& utf8_path) { return utf8_path; }

std::FILE* MemoryFile(const std::string& bytes) {
  if (bytes.empty()) return nullptr;
  return fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "r");
}

}  // namespace nastavnik::platform

#else

#include <io.h>
#include <sys/utime.h>
#include <windows.h>

#include <cerrno>
#include <random>
#include <string>
#include <vector>

namespace {

std::wstring Wide(const char* utf8) {
  const int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, nullptr, 0);
  std::wstring out(n > 0 ? n - 1 : 0, L'\0');
  if (n > 1) MultiByteToWideChar(CP_UTF8, 0, utf8, -1, out.data(), n);
  return out;
}

std::string Narrow(const wchar_t* wide) {
  const int n = WideCharToMultiByte(CP_UTF8, 0, wide, -1, nullptr, 0, nullptr, nullptr);
  std::string out(n > 0 ? n - 1 : 0, '\0');
  if (n > 1) WideCharToMultiByte(CP_UTF8, 0, wide, -1, out.data(), n, nullptr, nullptr);
  return out;
}

void CopyStat(const struct _stat64& from, struct stat* to) {
  *to = {};
  to->st_mode = from.st_mode;
  to->st_size = static_cast<_off_t>(from.st_size);
  to->st_mtime = static_cast<time_t>(from.st_mtime);
  to->st_atime = static_cast<time_t>(from.st_atime);
  to->st_ctime = static_cast<time_t>(from.st_ctime);
}

}  // namespace

// Our strings are UTF-8 on every system, and std::filesystem::path converts a std::string (and
// back, in .string()) through the C library's mbrtowc and wcrtomb. The Windows C library's "C"
// locale maps bytes one to one, which turns "Ж" into two Latin letters; these replace them with
// UTF-8 for this program (a static link takes an object's definition before the library's), and
// MB_CUR_MAX says 4 so that libstdc++ leaves room for a three-byte letter. A character beyond
// U+FFFF (an emoji) in a file name is not converted: one wchar_t cannot hold it.
extern "C" {

// Both names the import library defines for MB_CUR_MAX, so that its member is never linked in.
int Utf8MbCurMax() __asm__("___mb_cur_max_func");
int Utf8MbCurMax() { return 4; }
int (*__imp____mb_cur_max_func)() = Utf8MbCurMax;

size_t mbrtowc(wchar_t* out, const char* s, size_t n, mbstate_t*) {
  if (!s) return 0;
  if (n == 0) return static_cast<size_t>(-2);
  const unsigned char c = static_cast<unsigned char>(s[0]);
  const size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 0;
  if (length == 0) return static_cast<size_t>(-1);
  if (n < length) return static_cast<size_t>(-2);
  wchar_t wide[2];
  if (MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, static_cast<int>(length), wide, 2) != 1) {
    return static_cast<size_t>(-1);
  }
  if (out) *out = wide[0];
  return wide[0] == 0 ? 0 : length;
}

// The other two functions of the C library's object that defines mbrtowc, so that it is never
// linked in beside ours.
size_t mbrlen(const char* s, size_t n, mbstate_t* state) { return mbrtowc(nullptr, s, n, state); }

size_t mbsrtowcs(wchar_t* out, const char** src, size_t room, mbstate_t* state) {
  size_t done = 0;
  const char* s = *src;
  while (!out || done < room) {
    wchar_t c = 0;
    const size_t n = mbrtowc(&c, s, 4, state);
    if (n == static_cast<size_t>(-1) || n == static_cast<size_t>(-2)) return static_cast<size_t>(-1);
    if (out) out[done] = c;
    if (n == 0) {
      if (out) *src = nullptr;
      return done;
    }
    s += n;
    ++done;
  }
  *src = s;
  return done;
}

size_t wcrtomb(char* s, wchar_t wc, mbstate_t*) {
  if (!s) return 1;
  if (wc >= 0xD800 && wc < 0xE000) return static_cast<size_t>(-1);
  const int n = WideCharToMultiByte(CP_UTF8, 0, &wc, 1, s, 4, nullptr, nullptr);
  return n > 0 ? static_cast<size_t>(n) : static_cast<size_t>(-1);
}

}  // extern "C"

int open(const wchar_t* path, int flags, int mode) {
  return _wopen(path, flags | O_BINARY | O_NOINHERIT, mode == 0 ? 0 : _S_IREAD | _S_IWRITE);
}

int stat(const wchar_t* path, struct stat* info) {
  struct _stat64 wide {};
  if (_wstat64(path, &wide) != 0) return -1;
  CopyStat(wide, info);
  return 0;
}

int lstat(const wchar_t* path, struct stat* info) { return stat(path, info); }

int unlink(const wchar_t* path) { return _wunlink(path); }

int rename(const wchar_t* from, const wchar_t* to) {
  if (MoveFileExW(from, to, MOVEFILE_REPLACE_EXISTING)) return 0;
  errno = GetLastError() == ERROR_ACCESS_DENIED ? EACCES : EIO;
  return -1;
}

int fsync(int fd) { return _commit(fd); }

int mkdir(const wchar_t* path, mode_t) { return _wmkdir(path); }

int access(const wchar_t* path, int mode) { return _waccess(path, mode); }

int fchmod(int, mode_t) { return 0; }  // Windows files carry ACLs, not modes

int flock(int fd, int operation) {
  HANDLE file = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
  if (file == INVALID_HANDLE_VALUE) return errno = EBADF, -1;
  OVERLAPPED whole{};
  if (operation & LOCK_UN) return UnlockFileEx(file, 0, MAXDWORD, MAXDWORD, &whole) ? 0 : (errno = EIO, -1);
  DWORD how = (operation & LOCK_EX) ? LOCKFILE_EXCLUSIVE_LOCK : 0;
  if (operation & LOCK_NB) how |= LOCKFILE_FAIL_IMMEDIATELY;
  if (LockFileEx(file, how, 0, MAXDWORD, MAXDWORD, &whole)) return 0;
  errno = GetLastError() == ERROR_LOCK_VIOLATION ? EWOULDBLOCK : EIO;
  return -1;
}

int kill(pid_t pid, int) {
  HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
  if (!process) return errno = GetLastError() == ERROR_ACCESS_DENIED ? EPERM : ESRCH, -1;
  DWORD code = 0;
  const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
  CloseHandle(process);
  return running ? 0 : (errno = ESRCH, -1);
}

int utimensat(int, const wchar_t* path, const struct timespec times[2], int) {
  struct __utimbuf64 stamp {times[0].tv_sec, times[1].tv_sec};
  return _wutime64(path, &stamp);
}

int mkostemps(char* pattern, int suffix_length, int) {
  const std::string text = pattern;
  const size_t end = text.size() - static_cast<size_t>(suffix_length);
  if (end < 6 || text.compare(end - 6, 6, "XXXXXX") != 0) return errno = EINVAL, -1;
  std::random_device random;
  static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (int attempt = 0; attempt < 100; ++attempt) {
    for (size_t i = end - 6; i < end; ++i) pattern[i] = kLetters[random() % (sizeof kLetters - 1)];
    int fd = _wopen(Wide(pattern).c_str(), O_RDWR | O_CREAT | O_EXCL | O_BINARY | O_NOINHERIT, _S_IREAD | _S_IWRITE);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

namespace nastavnik::platform {

void StartProcess(int* argc, char*** argv) {
  SetConsoleOutputCP(CP_UTF8);
  int count = 0;
  wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
  if (!wide) return;
  // Kept for the whole run: argv's strings live as long as the process.
  static std::vector<std::string> utf8;
  static std::vector<char*> pointers;
  for (int i = 0; i < count; ++i) utf8.push_back(Narrow(wide[i]));
  LocalFree(wide);
  for (std::string& arg : utf8) pointers.push_back(arg.data());
  pointers.push_back(nullptr);
  *argc = count;
  *argv = pointers.data();
}

std::string CLibraryPath(const std::string& utf8_path) {
  bool ascii = true;
  for (unsigned char c : utf8_path) ascii = ascii && c < 0x80;
  if (ascii) return utf8_path;
  const std::wstring wide = Wide(utf8_path.c_str());
  const DWORD n = GetShortPathNameW(wide.c_str(), nullptr, 0);
  if (n == 0) return utf8_path;
  std::wstring short_path(n, L'\0');
  if (GetShortPathNameW(wide.c_str(), short_path.data(), n) == 0) return utf8_path;
  short_path.resize(wcslen(short_path.c_str()));
  return Narrow(short_path.c_str());
}

std::FILE* MemoryFile(const std::string& bytes) {
  if (bytes.empty()) return nullptr;
  wchar_t folder[MAX_PATH + 1];
  wchar_t name[MAX_PATH + 1];
  if (!GetTempPathW(MAX_PATH + 1, folder) || !GetTempFileNameW(folder, L"nst", 0, name)) return nullptr;
  HANDLE file = CreateFileW(name, GENERIC_READ | GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                            FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
  if (file == INVALID_HANDLE_VALUE) return nullptr;
  const int fd = _open_osfhandle(reinterpret_cast<intptr_t>(file), _O_RDWR | _O_BINARY);
  if (fd < 0) return CloseHandle(file), nullptr;
  std::FILE* f = _fdopen(fd, "w+b");
  if (!f) return _close(fd), nullptr;
  if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fseek(f, 0, SEEK_SET) != 0) {
    std::fclose(f);
    return nullptr;
  }
  return f;
}

}  // namespace nastavnik::platform

#endif
