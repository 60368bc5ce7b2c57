// Photos and pictures reach output/site as web copies (load/photos.h MakeWebCopies): scaled to
// what the page shows, with the camera's metadata gone; the school's originals stay at home.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "load/image.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
TEST_CASE("a mentor's photo and a page's picture are published as small copies without metadata", "[site][image]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  const std::string photo = ReadFile(TestsDir() / "fixtures/images/phone_photo_gps.jpg");
  WriteFile(project / "content/photos/T1.jpg", photo);  // T1 is a teacher who agreed to publication
  Result<std::string> big = load::MakeGrainyPhoto(4000, 3000, 11);
  REQUIRE(big.ok());
  WriteFile(project / "content/images/big.jpg", *big);
  WriteFile(project / "content/about.md", ReadFile(project / "content/about.md") + "\n![Встреча пар](images/big.jpg)\n");

  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(ReadFile(out / "site/mentors.html").find("src=\"photos/T1.jpg\"") != std::string::npos);

  const std::string published = ReadFile(out / "site/photos/T1.jpg");
  for (const char* marker : {"Exif", "NastavnikCam", "Pocket X-7", "xmpmeta", "ICC_PROFILE", "Иванова Мария"}) {
    INFO(marker);
    CHECK(photo.find(marker) != std::string::npos);
    CHECK(published.find(marker) == std::string::npos);
  }
  Result<load::ImageInfo> shown = load::InspectImage(published, Location{"site/photos/T1.jpg"});
  REQUIRE(shown.ok());
  CHECK(shown->width == 192);  // twice the 96-point circle of the mentor's card, upright
  CHECK(shown->height == 256);

  const std::string picture = ReadFile(out / "site/images/big.jpg");
  CHECK(picture.size() < big->size() / 10);
  Result<load::ImageInfo> page = load::InspectImage(picture, Location{"site/images/big.jpg"});
  REQUIRE(page.ok());
  CHECK(page->width == 1840);  // twice the content column
  CHECK(page->height == 1380);
}

TEST_CASE("a cut-off photo stops the build with a Russian message and no library output", "[site][image]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  const std::string photo = ReadFile(TestsDir() / "fixtures/images/phone_photo_gps.jpg");
  WriteFile(project / "content/photos/T1.jpg", photo.substr(0, photo.size() / 2));
  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/photos/T1.jpg: ошибка: изображение JPEG повреждено или обрезано") != std::string::npos);
  for (const char* english : {"VIPS", "vips", "WARNING", "Premature", "JPEG file", "libjpeg"}) {
    INFO(english);
    CHECK(r.output.find(english) == std::string::npos);
  }
  CHECK_FALSE(stdfs::exists(out / "site"));
}

TEST_CASE("a camera's upper-case .JPG is a photo, published under the extension of what it is", "[site][image]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  // A PNG that someone saved as .JPG: the web copy is a PNG and is named so.
  WriteFile(project / "content/photos/T1.JPG", ReadFile(TestsDir() / "fixtures/images/screenshot_meta.png"));
  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run(Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(ReadFile(out / "site/mentors.html").find("src=\"photos/T1.png\"") != std::string::npos);
  Result<load::ImageInfo> shown = load::InspectImage(ReadFile(out / "site/photos/T1.png"), Location{"site/photos/T1.png"});
  REQUIRE(shown.ok());
  CHECK(shown->format == load::ImageFormat::kPng);
  CHECK_FALSE(stdfs::exists(out / "site/photos/T1.JPG"));
}

}  // namespace nastavnik::testing
