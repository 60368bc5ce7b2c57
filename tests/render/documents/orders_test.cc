// The year's orders, the operator's requisites in the 152-ФЗ consents and the defaults a school
// gets before it writes its own roadmap, checked as an inspector reads them: the text of the PDFs
// and the messages of a build that refuses bad data.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "base/date.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {


CommandResult Build(const stdfs::path& project) {
  return Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(project) + " -o " +
             Quote(project / "out") + " 2>&1");
}

void Replace(const stdfs::path& file, const std::string& from, const std::string& to) {
  std::string text = ReadFile(file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  WriteFile(file, text.replace(at, from.size(), to));
}

bool InOrder(const std::string& text, std::initializer_list<std::string> pieces) {
  size_t at = 0;
  for (const std::string& piece : pieces) {
    at = text.find(piece, at);
    if (at == std::string::npos) return false;
    at += piece.size();
  }
  return true;
}

// Every annex of prikazy.pdf: the date in its mark («от 22.09.2025 № 131-од») and the starts of
// the periods («с 29.09.2025 по …») of the pairs it lists.
struct Annex {
  Date date;
  std::vector<Date> starts;
};

std::vector<Annex> Annexes(const std::string& text) {
  std::vector<Annex> out;
  const std::regex mark("Приложение к приказу .*? от (\\d\\d\\.\\d\\d\\.\\d{4}) № ");
  const std::regex period("с (\\d\\d\\.\\d\\d\\.\\d{4}) по");
  auto begin = std::sregex_iterator(text.begin(), text.end(), mark);
  std::vector<std::pair<size_t, Date>> marks;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    marks.push_back({static_cast<size_t>(it->position()), *ParseDate((*it)[1].str())});
  }
  for (size_t i = 0; i < marks.size(); ++i) {
    const size_t end = i + 1 < marks.size() ? marks[i + 1].first : text.size();
    // The annex ends where the next order begins.
    const size_t next_order = text.find("ПРИКАЗ ", marks[i].first);
    const std::string part = text.substr(marks[i].first, std::min(end, next_order) - marks[i].first);
    if (part.find("представленных к поощрению") != std::string::npos) continue;  // the periods of rewarded work
    Annex a{marks[i].second, {}};
    for (auto it = std::sregex_iterator(part.begin(), part.end(), period); it != std::sregex_iterator(); ++it) {
      a.starts.push_back(*ParseDate((*it)[1].str()));
    }
    out.push_back(a);
  }
  return out;
}

}  // namespace

TEST_CASE("the year's orders each have their own date and number and annex no pair that started before them", "[documents][orders]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/prikazy.pdf");
  // Pieces in order with find, not one regex with «.*»: libstdc++'s matcher recurses once per
  // character and overflows the stack on a whole file of orders.
  CHECK(InOrder(text, {"15 сентября 2025 г. № 124-од", "О закреплении наставнических пар и групп"}));
  CHECK(InOrder(text, {"22 сентября 2025 г. № 131-од"}));
  CHECK(InOrder(text, {"7 ноября 2025 г. № 142-од", "Об изменении состава наставнических пар"}));
  CHECK(InOrder(text, {"Прекратить досрочно с 07.11.2025 ", "Абрамова Софья Денисовна", "Основание: заявление наставника"}));
  CHECK(InOrder(text, {"Назначить с 17.11.2025 Белову Ульяну Сергеевну"}));
  CHECK(InOrder(text, {"12 января 2026 г. № 3-од"}));
  CHECK(InOrder(text, {"27 мая 2026 г. № 61-од", "поощрении наставников", "Объявить благодарность"}));
  CHECK(text.find("С приказом ознакомлены") != std::string::npos);
  const std::vector<Annex> annexes = Annexes(text);
  REQUIRE(annexes.size() == 4);  // the fixing and change orders
  size_t pairs = 0;
  for (const Annex& a : annexes) {
    for (const Date& start : a.starts) {
      INFO("приложение к приказу от " << a.date.Russian() << ": пара с " << start.Russian());
      CHECK(start >= a.date);
      ++pairs;
    }
  }
  CHECK(pairs >= 19);  // every pair is fixed once, and the change order names two of them again
}

TEST_CASE("an order may fix a pair in advance, but a change order may not end a pair still at work", "[documents][orders]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  Replace(school / "content/data/orders.csv", "PR17; PR18,", "PR17; PR18; PR19,");
  CommandResult r = Build(school);
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("PR19") == std::string::npos);
  Replace(school / "content/data/orders.csv", "142-од,07.11.2025,", "142-од,01.11.2025,");
  stdfs::remove_all(school / "out");
  r = Build(school);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/data/orders.csv:4:") != std::string::npos);
  CHECK(r.output.find("пара PR15 прекращает работу 07.11.2025, позже даты приказа 01.11.2025") != std::string::npos);
  CHECK_FALSE(stdfs::exists(school / "out"));
}

TEST_CASE("without orders.csv one fixing order is made, its number left to fill in", "[documents][orders]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  stdfs::remove(school / "content/data/orders.csv");
  CommandResult r = Build(school);
  REQUIRE(r.exit_code == 0);
  const std::string text = FlatPdfText(school / "out/pdf/prikazy.pdf");
  CHECK(text.find("15 сентября 2025 г. № ____") != std::string::npos);  // the earliest start of a pair
  for (const Annex& a : Annexes(text)) {
    for (const Date& start : a.starts) CHECK(start >= a.date);
  }
}

TEST_CASE("the consents name the operator's ИНН, ОГРН, address and page, and ask for the passport's issue", "[documents][consents]") {
  const std::string processing = FlatPdfText(BuiltExample() / "pdf/soglasiya-obrabotka-pd.pdf");
  for (const char* needle : {"ИНН 4345123459", "ОГРН 1024300001230", "улица Учительская, дом 12", "дата выдачи",
                             "кем выдан", "документ, подтверждающий полномочия законного представителя",
                             "Действия: сбор", "Срок действия", "адрес регистрации"}) {
    INFO(needle);
    CHECK(processing.find(needle) != std::string::npos);
  }
  const std::string distribution = FlatPdfText(BuiltExample() / "pdf/soglasiya-rasprostranenie-pd.pdf");
  for (const char* needle : {"ИНН 4345123459", "ОГРН 1024300001230",
                             "https://sosh3-svetlogorsk.example.ru/nastavnichestvo/", "Категория", "да / нет",
                             "Условия и запреты", "документ, подтверждающий полномочия законного представителя"}) {
    INFO(needle);
    CHECK(distribution.find(needle) != std::string::npos);
  }
}

TEST_CASE("a missing ИНН, ОГРН or address of the organisation stops the build at program.toml", "[documents][consents]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  const stdfs::path toml = school / "content/program.toml";
  Replace(toml, "inn = \"4345123459\"\n", "");
  Replace(toml, "ogrn = \"1024300001230\"\n", "");
  Replace(toml, "address = \"613990, Вятская область, город Светлогорск-на-Вяте, улица Учительская, дом 12\"\n", "");
  CommandResult r = Build(school);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/program.toml:5:2: ошибка: не указан адрес организации (organization.address)") != std::string::npos);
  CHECK(r.output.find("content/program.toml:5:2: ошибка: не указан ИНН организации (organization.inn)") != std::string::npos);
  CHECK(r.output.find("content/program.toml:5:2: ошибка: не указан ОГРН организации (organization.ogrn)") != std::string::npos);
  CHECK_FALSE(stdfs::exists(school / "out"));
}

TEST_CASE("an ИНН or ОГРН with a wrong control digit is reported where it is written", "[documents][consents]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  const stdfs::path toml = school / "content/program.toml";
  Replace(toml, "inn = \"4345123459\"", "inn = \"4345123458\"");
  Replace(toml, "ogrn = \"1024300001230\"", "ogrn = \"10243000012\"");
  CommandResult r = Build(school);
  CHECK(r.exit_code == 1);
  CHECK(std::regex_search(r.output, std::regex("program\\.toml:\\d+:\\d+: ошибка: ИНН «4345123458» не проходит проверку контрольной цифры")));
  CHECK(std::regex_search(r.output, std::regex("program\\.toml:\\d+:\\d+: ошибка: ОГРН организации — 13 цифр, а записано «10243000012»")));
}

TEST_CASE("a header-only roadmap and calendar get the methodology's activities of every stage", "[documents][roadmap]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  WriteFile(school / "content/data/roadmap.csv", "stage,action,content,due,responsible,result\n");
  stdfs::remove(school / "content/data/calendar.csv");
  CommandResult r = Build(school);
  REQUIRE(r.exit_code == 0);
  const std::string roadmap = FlatPdfText(school / "out/pdf/dorozhnaya-karta.pdf");
  for (const char* needle : {"Информирование обучающихся, родителей и педагогов", "Мотивационные беседы",
                             "Отбор наставников по критериям", "Групповая встреча наставников и наставляемых",
                             "Итоговое мероприятие, награждение", "Тиражирование результатов", "до 01.09.2025",
                             "до 31.05.2026"}) {
    INFO(needle);
    CHECK(roadmap.find(needle) != std::string::npos);
  }
  const std::string calendar = FlatPdfText(school / "out/pdf/kalendarnyj-plan.pdf");
  CHECK(calendar.find("Групповая встреча наставников и наставляемых") != std::string::npos);
}

TEST_CASE("the program carries each form's methodology and the legal basis", "[documents]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/programma.pdf");
  for (const char* needle : {"Целевая модель наставничества —", "Программа наставничества —", "МР-42/02",
                             "Форма «ученик – ученик»", "Портрет участников", "Варианты ролевых моделей",
                             "Измеримые результаты", "Схема работы", "Форма «учитель – учитель»",
                             "Форма «учитель – ученик»", "охват обучающихся и педагогических работников"}) {
    INFO(needle);
    CHECK(text.find(needle) != std::string::npos);
  }
}

TEST_CASE("the program counts each form's pairs and groups in words and states no zero", "[documents]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/programma.pdf");
  CHECK(text.find("групп — 0") == std::string::npos);
  CHECK(text.find("учебном году: 8 наставнических пар.") != std::string::npos);  // the dissolved PR15 left out
  CHECK(text.find("учебном году: 4 наставнические пары.") != std::string::npos);
  CHECK(text.find("учебном году: 5 наставнических пар и 1 наставническая группа.") != std::string::npos);

  // One pair or group takes the singular, and a form in use with neither says so.
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  Replace(project / "content/program.toml", "\"учитель – ученик\"]", "\"учитель – ученик\", \"работодатель – ученик\"]");
  CommandResult r = Build(project);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string small = FlatPdfText(project / "out/pdf/programma.pdf");
  CHECK(small.find("учебном году: 1 наставническая пара.") != std::string::npos);
  CHECK(small.find("учебном году: 1 наставническая группа.") != std::string::npos);
  CHECK(small.find("учебном году: пар и групп этой формы пока нет.") != std::string::npos);
}

TEST_CASE("the bases give a case page of the site as a full address, or say it is the site's", "[documents]") {
  const std::string page = "news/2025-11-20-week.html";
  std::string bases = FlatPdfText(BuiltExample() / "pdf/bazy.pdf");
  std::erase(bases, ' ');  // a long address may wrap at its slashes
  CHECK(bases.find("https://sosh3-svetlogorsk.example.ru/nastavnichestvo/" + page) != std::string::npos);
  CHECK(XlsxPart(BuiltExample() / "xlsx/bazy.xlsx", "xl/sharedStrings.xml")
            .find("https://sosh3-svetlogorsk.example.ru/nastavnichestvo/" + page) != std::string::npos);

  TempDir tmp;
  stdfs::path project = CopyExample(tmp);
  Replace(project / "content/program.toml", "base_url = \"https://sosh3-svetlogorsk.example.ru/nastavnichestvo/\"", "");
  CommandResult r = Build(project);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string plain = FlatPdfText(project / "out/pdf/bazy.pdf");
  CHECK(plain.find("страница сайта программы " + page) != std::string::npos);
}

TEST_CASE("the monitoring report and the bases are dated and signed", "[documents]") {
  const std::string report = FlatPdfText(BuiltExample() / "pdf/monitoring.pdf");
  const size_t dated = report.find("Дата составления отчёта: ");
  REQUIRE(dated != std::string::npos);
  CHECK(std::regex_match(report.substr(dated + std::string("Дата составления отчёта: ").size(), 11), std::regex("\\d\\d\\.\\d\\d\\.\\d{4}\\.")));
  CHECK(InOrder(report.substr(dated), {"куратор программы наставничества", "И. В. Сомова", "(подпись)"}));
  const std::string bases = FlatPdfText(BuiltExample() / "pdf/bazy.pdf");
  CHECK(InOrder(bases, {"База наставников", "Дата: ", "Куратор программы наставничества", "База наставляемых", "Класс",
                       "Дата: "}));
}

}  // namespace nastavnik::testing
