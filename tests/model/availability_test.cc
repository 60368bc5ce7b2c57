// The «Время» cell: ranges and named day sets are read as days, anything else is said aloud at
// its cell instead of being read as Monday.
#include <catch2/catch.hpp>

#include "model/availability.h"

namespace nastavnik::testing {

TEST_CASE("availability reads ranges and day words, and reports what it cannot read", "[matching][model]") {
  Location cell{"content/data/participants.csv", 7, 14};
  Diagnostics diags;
  using V = std::vector<std::string>;
  CHECK(model::ParseAvailability("пн–пт", cell, diags) == V{"пн", "вт", "ср", "чт", "пт"});
  CHECK(model::ParseAvailability("вторник - четверг; сб", cell, diags) == V{"вт", "ср", "чт", "сб"});
  CHECK(model::ParseAvailability("пт—пн", cell, diags) == V{"пт", "сб", "вс", "пн"});
  CHECK(model::ParseAvailability("Будни", cell, diags) == V{"пн", "вт", "ср", "чт", "пт"});
  CHECK(model::ParseAvailability("выходные", cell, diags) == V{"сб", "вс"});
  CHECK(model::ParseAvailability("Пн.; среду, пятница", cell, diags) == V{"Пн.", "среду", "пятница"});
  CHECK(diags.all().empty());

  CHECK(model::ParseAvailability("после уроков; ср; пн-пятн", cell, diags) == V{"ср", "пн", "вт", "ср", "чт", "пт"});
  CHECK(model::ParseAvailability("пн–ку; по договорённости", cell, diags).empty());
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.Format().find("content/data/participants.csv:7:14: предупреждение: в ячейке «Время» не распознано значение "
                            "«после уроков»: ожидаются дни недели, например «пн; ср», «пн–пт», «будни»; оно не учтено") !=
        std::string::npos);
  CHECK(diags.Format().find("не распознаны значения «пн–ку», «по договорённости»") != std::string::npos);
  // «по…» used to be read as Monday.
  CHECK(model::ParseWeekday("по") == -1);
  CHECK(model::ParseWeekday("понедельник") == 0);
  CHECK(model::ParseWeekday("вс") == 6);
}

}  // namespace nastavnik::testing
