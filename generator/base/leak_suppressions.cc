// Base: leaks inside third-party libraries that LeakSanitizer would otherwise report on every
// sanitized build. Each entry is a library bug we cannot fix from outside; our own code gets none.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang's spelling
#define NASTAVNIK_ASAN 1
#endif
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(NASTAVNIK_ASAN)
// libxlsxwriter 1.1.4 copies a list validation's formula twice and frees one copy (about 30
// bytes per dropdown column); libhyphen 2.8.8 loses 4 bytes while loading a dictionary. Neither
// library has frame pointers, so each stack ends at its allocator.
extern "C" const char* __lsan_default_suppressions() { return "leak:lxw_strdup\nleak:hnj_malloc\n"; }
// A used suppression is otherwise listed on stderr at exit, after the program's own messages,
// which a user (and every test that reads the messages) would see as part of them.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif
