// 152-ФЗ on the built site: internal fields never reach output/site, people without consent
// appear nowhere, and a template asking for a private field stops the build.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <vector>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) cells.push_back(std::exchange(cell, ""));
    else cell += c;
  }
  cells.push_back(cell);
  return cells;
}

// Every text field the site may not publish gets a marker unique to its person and column; names
// and strengths of people without consent are internal too.
struct Canary {
  std::vector<std::string> markers;  // must appear nowhere under site/
  std::vector<std::string> public_names;  // staff with consent: must appear on mentors.html
  std::vector<std::string> public_photos;
};

Canary PlantMarkers(const stdfs::path& project) {
  stdfs::path csv = project / "content/data/participants.csv";
  std::istringstream in(ReadFile(csv));
  std::string header_line, line;
  std::getline(in, header_line);
  std::vector<std::string> header = Split(header_line);
  std::string out = header_line + "\n";
  Canary canary;
  int row = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++row;
    std::vector<std::string> cells = Split(line);
    bool staff = cells[3] == "педагог";
    size_t consent_col = std::find(header.begin(), header.end(), "consent_publish") - header.begin();
    bool consent = consent_col < cells.size() && cells[consent_col] == "да";
    for (size_t c = 0; c < header.size() && c < cells.size(); ++c) {
      const std::string& key = header[c];
      std::string marker = "QZX" + std::to_string(row) + key + "QZX";
      if (key == "email") cells[c] = marker + "@example.ru";
      else if (key == "phone" || key == "parent_contact" || key == "requests" || key == "availability" ||
               key == "organization") {
        cells[c] = marker;
      }
      else if (key == "grade" && !staff) cells[c] = std::to_string(5 + row % 5) + "Ю";
      else if (key == "birth_date") cells[c] = "0" + std::to_string(1 + row % 9) + ".0" + std::to_string(1 + row % 9) + ".19" + std::to_string(70 + row);
      else if (key == "full_name" && !staff && !consent) cells[c] = "Тайнова" + std::to_string(row) + " Скрытая Персона";
      else continue;
      if (key == "email" || key == "phone" || key == "parent_contact" || key == "requests" || key == "availability" ||
          key == "organization") {
        canary.markers.push_back(marker);
      } else if (key == "full_name" || key == "grade") {
        canary.markers.push_back(cells[c]);
      } else if (key == "birth_date") {
        canary.markers.push_back(cells[c]);
        std::string d = cells[c];
        canary.markers.push_back(d.substr(6) + "-" + d.substr(3, 2) + "-" + d.substr(0, 2));
      }
    }
    // A photo for everyone: a real picture with the marker after its end, which a decoder skips,
    // so a copied original would be found. Only web copies are published, so nobody's marker
    // may appear.
    std::string photo = "PHOTOQZX" + cells[0] + "QZX";
    WriteFile(project / "content/photos" / (cells[0] + ".jpg"), ReadFile(TestsDir() / "fixtures/images/phone_photo_gps.jpg") + photo);
    bool mentor = cells[2].find("наставник") != std::string::npos;
    canary.markers.push_back(photo);
    if (staff && consent && mentor) {
      canary.public_names.push_back(cells[1]);
      canary.public_photos.push_back("photos/" + cells[0] + ".jpg");
    }
    std::string joined;
    for (size_t c = 0; c < cells.size(); ++c) {
      bool quote = cells[c].find(',') != std::string::npos || cells[c].find(';') != std::string::npos;
      joined += (c ? "," : "") + (quote ? "\"" + cells[c] + "\"" : cells[c]);
    }
    out += joined + "\n";
  }
  WriteFile(csv, out);
  return canary;
}

}  // namespace

TEST_CASE("no internal field and no person without consent reaches output/site", "[site][privacy]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  // Extra columns so that every internal text field of the methodology is present.
  stdfs::path csv = project / "content/data/participants.csv";
  std::istringstream in(ReadFile(csv));
  std::string line, widened;
  bool first = true;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    widened += line + (first ? ",phone,parent_contact,requests,availability,organization\n" : ",x,x,x,x,x\n");
    first = false;
  }
  WriteFile(csv, widened);
  Canary canary = PlantMarkers(project);
  REQUIRE(canary.markers.size() >= 20);
  REQUIRE_FALSE(canary.public_names.empty());
  REQUIRE_FALSE(canary.public_photos.empty());

  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  int files = 0;
  for (const auto& e : stdfs::recursive_directory_iterator(out / "site")) {
    if (!e.is_regular_file()) continue;
    ++files;
    std::string bytes = ReadFile(e.path());
    for (const std::string& marker : canary.markers) {
      INFO(e.path().string() + " must not contain " + marker);
      CHECK(bytes.find(marker) == std::string::npos);
    }
  }
  CHECK(files > 8);
  // The markers are in the school's own workbook: the test would notice a roster they never reached.
  std::string xlsx = XlsxPart(out / "xlsx/bazy.xlsx", "xl/sharedStrings.xml");
  CHECK(xlsx.find("QZX") != std::string::npos);
  std::string mentors = ReadFile(out / "site/mentors.html");
  for (const std::string& name : canary.public_names) CHECK(mentors.find(name) != std::string::npos);
  for (const std::string& photo : canary.public_photos) {
    CHECK(mentors.find("src=\"" + photo + "\"") != std::string::npos);
    CHECK(stdfs::exists(out / "site" / photo));
  }
  CHECK(mentors.find("согласия на публикацию нет") != std::string::npos);
}

TEST_CASE("a site template asking for a private field stops the build with its place", "[site][privacy]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  std::string mentors = ReadFile(RepoDir() / "themes/default/mentors.html");
  size_t at = mentors.find("{{#role}}");
  REQUIRE(at != std::string::npos);
  mentors.insert(at, "<p>{{phone}}</p>\n<p>{{ birth_date }}</p>\n");
  WriteFile(project / "themes/default/mentors.html", mentors);
  WriteFile(project / "themes/default/home.html", "{{#curator}}{{grade}}{{/curator}}\n");
  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
  CHECK(r.exit_code == 1);
  std::string line = std::to_string(std::count(mentors.begin(), mentors.begin() + at, '\n') + 1);
  std::string next = std::to_string(std::stoi(line) + 1);
  CHECK(r.output.find("themes/default/mentors.html:" + line + ":4: ошибка: шаблон сайта запрашивает поле «phone»") != std::string::npos);
  CHECK(r.output.find("themes/default/mentors.html:" + next + ":4: ошибка: шаблон сайта запрашивает поле «birth_date»") != std::string::npos);
  CHECK(r.output.find("themes/default/home.html:1:13: ошибка: шаблон сайта запрашивает поле «grade»") != std::string::npos);
  CHECK_FALSE(stdfs::exists(out / "site"));
  // `check` reports the same problem without writing anything.
  CHECK(Run(Binary() + " check " + Quote(project)).exit_code == 1);
}

TEST_CASE("[privacy] can hide a staff field but never publish an internal one", "[site][privacy]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  stdfs::path toml = project / "content/program.toml";
  std::string base = ReadFile(toml);
  WriteFile(toml, base + "\n[privacy]\ninternal = [\"experience_years\"]\n");
  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::string mentors = ReadFile(out / "site/mentors.html");
  CHECK(mentors.find("Смирнова Ольга Ивановна") != std::string::npos);
  CHECK(mentors.find("стаж") == std::string::npos);

  WriteFile(toml, base + "\n[privacy]\nconsent = [\"phone\"]\ninternal = [\"strenghts\"]\n");
  r = Run(Binary() + " check " + Quote(project) + " 2>&1");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("поле «phone» и так не публикуется на сайте") != std::string::npos);
  CHECK(r.output.find("неизвестное поле «strenghts» в «privacy.internal»: может быть, «strengths»?") != std::string::npos);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("a page linking a participant's photo is refused", "[site][privacy]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  WriteFile(project / "content/photos/S1.jpg", ReadFile(TestsDir() / "fixtures/images/phone_photo_gps.jpg"));
  WriteFile(project / "content/about.md", ReadFile(project / "content/about.md") + "\n![Илья](photos/S1.jpg)\n");
  CommandResult r = Run(Binary() + " build '" + project.string() + "' -o '" + (tmp.path() / "out").string() + "' 2>&1");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/about.md:13:1: ошибка: изображение «photos/S1.jpg»: фотографии участников публикуются "
                      "только на странице наставников") != std::string::npos);
  CHECK_FALSE(stdfs::exists(tmp.path() / "out/site"));
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("a photo named after no participant is reported with the nearest id", "[site][privacy]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  WriteFile(project / "content/photos/T11.jpg", ReadFile(TestsDir() / "fixtures/images/phone_photo_gps.jpg"));
  CommandResult r = Run(Binary() + " build '" + project.string() + "' -o '" + (tmp.path() / "out").string() + "' 2>&1");
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("content/photos/T11.jpg: предупреждение: фотография не использована: участника с кодом «T11» нет в "
                      "content/data/participants.csv; может быть, «T1»?") != std::string::npos);
  CHECK_FALSE(stdfs::exists(tmp.path() / "out/site/photos/T11.jpg"));
}

}  // namespace nastavnik::testing
