# The libraries of the Windows build (scripts/build_windows.sh builds them, static, into
# NASTAVNIK_WIN_DEPS). Each gets the imported target name generator/CMakeLists.txt uses on
# Linux, so the rest of the build is the same for both systems.
if(NOT NASTAVNIK_WIN_DEPS)
  message(FATAL_ERROR "NASTAVNIK_WIN_DEPS: the folder scripts/build_windows.sh builds the libraries into")
endif()
set(_deps ${NASTAVNIK_WIN_DEPS})

function(nastavnik_win_lib name)
  cmake_parse_arguments(ARG "" "" "LIBS;DEFS;INCLUDES" ${ARGN})
  add_library(${name} INTERFACE IMPORTED GLOBAL)
  set(libs)
  foreach(lib ${ARG_LIBS})
    if(EXISTS ${_deps}/lib/lib${lib}.a)
      list(APPEND libs ${_deps}/lib/lib${lib}.a)
    else()
      list(APPEND libs ${lib})  # a system library of MinGW (ws2_32, bcrypt…)
    endif()
  endforeach()
  set_target_properties(${name} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_deps}/include;${ARG_INCLUDES}"
    INTERFACE_LINK_LIBRARIES "${libs}"
    INTERFACE_COMPILE_DEFINITIONS "${ARG_DEFS}")
endfunction()

nastavnik_win_lib(PkgConfig::TOMLPP DEFS TOML_HEADER_ONLY=1)
nastavnik_win_lib(PkgConfig::CMARK LIBS cmark-gfm-extensions cmark-gfm
  DEFS CMARK_GFM_STATIC_DEFINE CMARK_GFM_EXTENSIONS_STATIC_DEFINE)
set(CMARK_EXTENSIONS_LIB "")
nastavnik_win_lib(PkgConfig::PODOFO LIBS podofo unistring freetype png16 jpeg z
  DEFS PODOFO_STATIC INCLUDES ${_deps}/include/freetype2)
nastavnik_win_lib(PkgConfig::XLSXWRITER LIBS xlsxwriter z)
nastavnik_win_lib(PkgConfig::UTF8PROC LIBS utf8proc DEFS UTF8PROC_STATIC)
nastavnik_win_lib(PkgConfig::LEMON)  # the algorithms used are header-only
nastavnik_win_lib(PkgConfig::LIBZIP LIBS zip z bcrypt DEFS ZIP_STATIC)
nastavnik_win_lib(PkgConfig::EXPAT LIBS expat DEFS XML_STATIC)
nastavnik_win_lib(PkgConfig::HTTPLIB LIBS ws2_32)
nastavnik_win_lib(ZLIB::ZLIB LIBS z)
set(MUSTACHE_INCLUDE ${_deps}/include)
set(HYPHEN_INCLUDE ${_deps}/include)
set(HYPHEN_LIB ${_deps}/lib/libhyphen.a)
find_package(Threads REQUIRED)

# One file with no console surprises: the C and C++ runtimes and winpthreads inside the exe.
add_link_options(-static -static-libgcc -static-libstdc++)

# POSIX errno values the Windows C library lacks, for the reasons base/os_error.cc names; the
# numbers are Winsock's, which no C library call of ours returns.
add_compile_definitions(EDQUOT=10069)
