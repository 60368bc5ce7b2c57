# The data folder a binary finds beside itself (generator/load/resources.h): share/nastavnik with
# templates/, themes/, fonts/ (Liberation Serif and Mono, with their licence) and hyphen/ (the
# Russian hyphenation patterns, with their licence). The build tree gets the same folder, so that
# build/nastavnik and the tests run exactly as an installed copy does; `cmake --install` puts it
# under <prefix>/share/nastavnik beside <prefix>/bin/nastavnik.

set(NASTAVNIK_FONTS_DIR /usr/share/fonts/truetype/liberation2 CACHE PATH
    "Folder of the Liberation fonts (Debian fonts-liberation2)")
set(NASTAVNIK_FONTS_LICENSE /usr/share/doc/fonts-liberation2/copyright CACHE FILEPATH
    "The fonts' copyright and licence (SIL OFL 1.1)")
set(NASTAVNIK_HYPHEN_DIC /usr/share/hyphen/hyph_ru_RU.dic CACHE FILEPATH
    "Russian hyphenation patterns for libhyphen (Debian hyphen-ru)")
set(NASTAVNIK_HYPHEN_LICENSE /usr/share/doc/hyphen-ru/copyright CACHE FILEPATH
    "The patterns' copyright and licence (LPPL)")
# The faces render/pdf/font_files.h names, and the site's chart face (load/site_files.cc measures
# chart labels with it).
set(NASTAVNIK_FONT_FILES LiberationSerif-Regular.ttf LiberationSerif-Bold.ttf LiberationSerif-Italic.ttf
    LiberationSerif-BoldItalic.ttf LiberationMono-Regular.ttf LiberationSans-Regular.ttf)

set(NASTAVNIK_FONT_PATHS)
foreach(font IN LISTS NASTAVNIK_FONT_FILES)
  list(APPEND NASTAVNIK_FONT_PATHS ${NASTAVNIK_FONTS_DIR}/${font})
endforeach()
foreach(file IN LISTS NASTAVNIK_FONT_PATHS ITEMS ${NASTAVNIK_FONTS_LICENSE} ${NASTAVNIK_HYPHEN_DIC}
        ${NASTAVNIK_HYPHEN_LICENSE})
  if(NOT EXISTS ${file})
    message(FATAL_ERROR "${file} is missing: install fonts-liberation2 and hyphen-ru (scripts/setup.sh --deps)")
  endif()
endforeach()

set(NASTAVNIK_BUILD_DATA ${CMAKE_BINARY_DIR}/share/nastavnik)
file(COPY ${NASTAVNIK_FONT_PATHS} DESTINATION ${NASTAVNIK_BUILD_DATA}/fonts)
configure_file(${NASTAVNIK_FONTS_LICENSE} ${NASTAVNIK_BUILD_DATA}/fonts/LICENSE.txt COPYONLY)
file(COPY ${NASTAVNIK_HYPHEN_DIC} DESTINATION ${NASTAVNIK_BUILD_DATA}/hyphen)
configure_file(${NASTAVNIK_HYPHEN_LICENSE} ${NASTAVNIK_BUILD_DATA}/hyphen/LICENSE.txt COPYONLY)

# Templates and themes are copied afresh on every build: an edited or deleted template is what
# the next run of build/nastavnik or the tests sees.
add_custom_target(nastavnik_data ALL
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${NASTAVNIK_BUILD_DATA}/templates ${NASTAVNIK_BUILD_DATA}/themes
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/templates ${NASTAVNIK_BUILD_DATA}/templates
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/themes ${NASTAVNIK_BUILD_DATA}/themes
  COMMENT "share/nastavnik: templates and themes"
  VERBATIM)
add_dependencies(nastavnik nastavnik_data)

# The relation bin/ → ../share/nastavnik is what the binary looks for: both fixed, never
# GNUInstallDirs' (which may say lib64 or a distribution's own layout).
install(TARGETS nastavnik RUNTIME DESTINATION bin)
install(DIRECTORY templates themes DESTINATION share/nastavnik)
install(DIRECTORY ${NASTAVNIK_BUILD_DATA}/fonts ${NASTAVNIK_BUILD_DATA}/hyphen DESTINATION share/nastavnik)
install(FILES docs/guide.md docs/DATA.md DESTINATION share/doc/nastavnik OPTIONAL)
