# `cpack` (run in the build folder after building) makes nastavnik_<version>_amd64.deb from the
# install rules of cmake/data_dir.cmake. Depends come from dpkg-shlibdeps, so they name exactly
# the shared libraries the binary links against, in the versions of the distribution it was built on.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nastavnik)
set(CPACK_PACKAGE_VENDOR "nastavnik")
set(CPACK_PACKAGE_CONTACT "nastavnik <nastavnik@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Генератор сайта и документов программы наставничества школы")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Генератор сайта и документов программы наставничества школы\n Читает папку школы (program.toml, таблицы CSV, страницы Markdown) и пишет\n сайт программы (HTML), документы (PDF) и таблицы (XLSX) по методологии\n целевой модели наставничества.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)

# /usr/share/doc/nastavnik/copyright (Debian policy 12.5): nastavnik's own header, then every
# third-party text the package carries, each licence verbatim: the petrovich rules compiled into
# the binary (MIT), the Liberation fonts (SIL OFL 1.1) and the hyphenation patterns (LPPL) in
# share/nastavnik, as Debian's own packages state them.
set(NASTAVNIK_COPYRIGHT ${CMAKE_BINARY_DIR}/copyright)
file(READ ${PROJECT_SOURCE_DIR}/cmake/copyright.head _head)
file(READ ${PROJECT_SOURCE_DIR}/generator/base/grammar/LICENSE _petrovich)
file(READ ${NASTAVNIK_FONTS_LICENSE} _fonts)
file(READ ${NASTAVNIK_HYPHEN_LICENSE} _hyphen)
string(REGEX REPLACE "\n\n+$" "\n" _petrovich "${_petrovich}")
string(REGEX REPLACE "\n([^\n])" "\n \\1" _petrovich_indented " ${_petrovich}")
string(REGEX REPLACE "\n\n" "\n .\n" _petrovich_indented "${_petrovich_indented}")
file(WRITE ${NASTAVNIK_COPYRIGHT} "${_head}
Files: generator/base/grammar/petrovich_rules.json (compiled into the binary)
Copyright: 2013 Petrovich
License: Expat
${_petrovich_indented}

Comment: The files below are in /usr/share/nastavnik, copied from Debian's packages
 fonts-liberation2 (fonts/, SIL OFL 1.1) and hyphen-ru (hyphen/, LPPL). Their copyright
 files follow verbatim; the same texts are fonts/LICENSE.txt and hyphen/LICENSE.txt.

==> fonts-liberation2 <==
${_fonts}
==> hyphen-ru <==
${_hyphen}")
install(FILES ${NASTAVNIK_COPYRIGHT} DESTINATION share/doc/nastavnik)
