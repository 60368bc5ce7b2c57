// Every operating-system error a writer can meet is told in Russian: no strerror() English.
#include <catch2/catch.hpp>

#include <cerrno>
#include <regex>

#include "base/os_error.h"

namespace nastavnik {

TEST_CASE("every errno is worded in Russian without a Latin letter", "[os_error]") {
  for (int error = 0; error < 140; ++error) {
    std::string reason = OsReason(error);
    INFO(error << ": " << reason);
    CHECK_FALSE(std::regex_search(reason, std::regex("[A-Za-z]")));
    CHECK_FALSE(reason.empty());
  }
  CHECK(OsError("не удалось записать", "out/a.pdf", ENOSPC) == "не удалось записать out/a.pdf: на диске нет места");
  CHECK(OsError("не удалось создать папку", "", EROFS) ==
        "не удалось создать папку (путь не указан): папка доступна только для чтения");
  CHECK(OsError("не удалось записать", "x", std::make_error_code(std::errc::permission_denied)) ==
        "не удалось записать x: нет прав на запись или чтение");
}

}  // namespace nastavnik
