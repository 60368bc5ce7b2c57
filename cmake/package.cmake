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
