// Whose figures the example's monitoring report states: the entry and exit change of the mentees
// apart from the mentors' (the mentors answer only what their questionnaire asks), grades on the
// scale the questionnaire asks, pairs named by their people, and the waiting staff by position.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

std::string Flat(const std::string& text) { return std::regex_replace(text, std::regex("[\\s\\f]+"), " "); }

std::string FlatPdf(const stdfs::path& pdf) { return Flat(Run("pdftotext -raw " + Quote(pdf) + " -").output); }

TEST_CASE("the report credits the mentees with the mentees' own entry and exit figures", "[monitoring][roles]") {
  const std::string report = FlatPdf(BuiltExample() / "pdf/monitoring.pdf");
  // Six mentees answered at entry and at exit (the other six of the twelve are mentors).
  CHECK_THAT(report, Catch::Contains("Наставляемые: Показатель Человек Вход, среднее Выход, среднее Изменение "
                                     "Улучшились Значимость Вовлечённость 6 4,50 7 +2,50 100 % p = 0,031, значимо"));
  CHECK_THAT(report, Catch::Contains("Тревожность (чем ниже, тем лучше) 6 7 4,50 -2,50 100 %"));
  CHECK_THAT(report, !Catch::Contains("Вовлечённость 12"));
  // The mentors' questionnaire asks self-esteem at entry and exit, never anxiety or activity.
  CHECK_THAT(report, Catch::Contains("Наставники (только показатели, о которых анкета наставника спрашивает и на "
                                     "входе, и на выходе): Показатель Человек Вход, среднее Выход, среднее Изменение "
                                     "Улучшились Значимость Самооценка 6 8 8,67 +0,67 66,7 % выборка мала"));
  // Wave by wave too: the mentees' involvement at entry is the twenty mentees' 5,2; the mentors' form
  // asks about involvement from the intermediate wave on, so the mentors have no entry figure for it.
  CHECK_THAT(report, Catch::Contains("Вовлечённость 5,2 (20) 6,3 (7) 7 (6)"));
  CHECK_THAT(report, Catch::Contains("Наставники (только то, о чём анкета наставника спрашивает на этапе): Показатель "
                                     "Вход Промежуточная Выход Удовлетворённость 7,8 (14) 8,5 (4) 9 (6) "
                                     "Вовлечённость — 7,8 (4) 8,3 (6)"));
  CHECK_THAT(report, !Catch::Contains("Вовлечённость 6,2 (34)"));
  // The SWOT's evidence says whose questionnaires it is.
  CHECK_THAT(report, Catch::Contains("(анкеты наставляемых: Вовлечённость 4,5 → 7, улучшились 6 из 6)"));
  CHECK_THAT(report, Catch::Contains("(анкеты наставляемых: Тревожность 7 → 4,5, улучшились 6 из 6)"));
  CHECK_THAT(report, !Catch::Contains("из 12)"));
  CHECK_THAT(report, Catch::Contains("У шести наставляемых, заполнивших анкеты и на входе, и на выходе"));
}

TEST_CASE("summary.json marks whose entry and exit each indicator is, and the rollup sums the mentees'",
          "[monitoring][roles][rollup]") {
  const std::string json = ReadFile(BuiltExample() / "monitoring/summary.json");
  CHECK_THAT(json, Catch::Matches(R"([\s\S]*"key": "involvement",\s*"name": "Вовлечённость",\s*"group": "mentees",)"
                                  R"(\s*"lower_is_better": 0,\s*"n": 6,[\s\S]*)"));
  CHECK_THAT(json, Catch::Matches(R"([\s\S]*"key": "self_esteem",\s*"name": "Самооценка",\s*"group": "mentors",)"
                                  R"(\s*"lower_is_better": 0,\s*"n": 6,[\s\S]*)"));
  // A rollup of the example reads it without a complaint and counts only the mentees' six.
  TempDir dir;
  stdfs::create_directories(dir.path() / "s");
  stdfs::copy_file(BuiltExample() / "monitoring/summary.json", dir.path() / "s/summary.json");
  CommandResult r = Run(Binary() + " rollup " + Quote(dir.path() / "s/summary.json") + " -o " +
                        Quote(dir.path() / "out") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, !Catch::Contains("неизвестное поле"));
  CHECK_THAT(r.output, Catch::Contains("сводный отчёт по 1 школе собран"));
  const std::string city = FlatPdf(dir.path() / "out/svodka.pdf");
  CHECK_THAT(city, Catch::Contains("Самооценка 1 6 4,50 6,17 100 %"));  // the mentees' 4,50, not the mentors' 8
  CHECK_THAT(city, !Catch::Contains("Самооценка 1 12"));
}

TEST_CASE("grades are asked and reported on one 1–10 scale, pupils only", "[monitoring][roles][questionnaires]") {
  const std::string form = FlatPdf(BuiltExample() / "pdf/ankety/nastavlyaemyj.pdf");
  CHECK_THAT(form, Catch::Contains("Как вы оцениваете свою успеваемость по итогам последней четверти (полугодия)? "
                                   "Отвечают только обучающиеся."));
  CHECK_THAT(form, !Catch::Contains("средний балл"));
  const std::string report = FlatPdf(BuiltExample() / "pdf/monitoring.pdf");
  CHECK_THAT(report, Catch::Contains("Наставляемые: показатели на входе и на выходе, средняя оценка по шкале от 1 до 10"));
  CHECK_THAT(report, !Catch::Contains("средний балл из 10"));
}

TEST_CASE("the signed report names pairs by their people and waiting staff by position", "[monitoring][roles]") {
  const std::string report = FlatPdf(BuiltExample() / "pdf/monitoring.pdf");
  CHECK_THAT(report, Catch::Contains("Наставник – наставляемые Задач Выполнено В работе Просрочено Гордеева В. Н. – "
                                     "Зуева Д. А. 5 4 0 1"));
  CHECK_THAT(report, Catch::Contains("Гордеева В. Н. – Савельев Н. В. 4 1 2 1"));
  CHECK_THAT(report, !Catch::Matches(R"([\s\S]*\bPR[0-9]{2}\b[\s\S]*)"));
  CHECK_THAT(report, Catch::Contains("Никитин Глеб Сергеевич, учитель биологии"));
  CHECK_THAT(report, Catch::Contains("Смолин Денис Андреевич, учитель физики"));
  CHECK_THAT(report, Catch::Contains("Лукина Екатерина Сергеевна, 5А класс"));
}

}  // namespace
}  // namespace nastavnik::testing
