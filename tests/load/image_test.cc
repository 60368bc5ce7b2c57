// Tests for the image adapter (load/image.h): files are judged by their bytes, and the web copy
// of a photo keeps its picture and nothing else.
#include "load/image.h"

#include <zlib.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_util.h"

namespace nastavnik::load {
namespace {

using testing::ReadFile;
using testing::TestsDir;

const Location kWhere{"content/photos/T1.jpg"};

std::string Fixture(const std::string& name) { return ReadFile(TestsDir() / "fixtures/images" / name); }

// What a camera and an editor wrote into the fixtures (tests/fixtures/images/README.md).
std::vector<std::string> PrivateMarkers() {
  const uint32_t latitude[6] = {55, 1, 45, 1, 2130, 100};  // 55°45'21.30", little-endian rationals
  return {"Exif", "NastavnikCam", "Pocket X-7", "2025:09:01 08:15:00", "xmpmeta", "Ivanova Maria XMP",
          std::string(reinterpret_cast<const char*>(latitude), sizeof latitude)};
}

std::string Message(const Status& status) { return status.ToString(); }

// One PNG chunk: length, type, data, CRC over type and data.
std::string PngChunk(const std::string& type, const std::string& data) {
  auto be32 = [](uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
  };
  std::string typed = type + data;
  uLong crc = crc32(0, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()));
  return be32(static_cast<uint32_t>(data.size())) + typed + be32(static_cast<uint32_t>(crc));
}

}  // namespace

TEST_CASE("a phone photo's web copy has no EXIF, GPS, camera, XMP, comment or colour profile", "[load][image]") {
  const std::string original = Fixture("phone_photo_gps.jpg");
  const std::string comment = "Снято на выезде школы: Иванова Мария";
  for (const std::string& marker : PrivateMarkers()) REQUIRE(original.find(marker) != std::string::npos);
  REQUIRE(original.find(comment) != std::string::npos);
  REQUIRE(original.find("ICC_PROFILE") != std::string::npos);

  Result<std::string> copy = MakeWebImage(original, 768, kWhere, 192);
  REQUIRE(copy.ok());
  for (const std::string& marker : PrivateMarkers()) CHECK(copy->find(marker) == std::string::npos);
  CHECK(copy->find(comment) == std::string::npos);
  CHECK(copy->find("ICC_PROFILE") == std::string::npos);
  CHECK(copy->find("GPS") == std::string::npos);
  CHECK(copy->size() < original.size() / 2);
  // 600×450 stored on its side (EXIF orientation 6): the copy stands upright, its short side 192.
  Result<ImageInfo> info = InspectImage(*copy, kWhere);
  REQUIRE(info.ok());
  CHECK(info->format == ImageFormat::kJpeg);
  CHECK(info->width == 192);
  CHECK(info->height == 256);
}

TEST_CASE("a PNG and a WebP keep their format, lose their metadata and are never enlarged", "[load][image]") {
  for (const auto& [name, format] : {std::pair{"screenshot_meta.png", ImageFormat::kPng},
                                     std::pair{"picture_meta.webp", ImageFormat::kWebp}}) {
    INFO(name);
    const std::string original = Fixture(name);
    REQUIRE(original.find("NastavnikCam") != std::string::npos);
    Result<ImageInfo> before = InspectImage(original, kWhere);
    REQUIRE(before.ok());
    CHECK(before->format == format);
    CHECK(before->width == 96);
    CHECK(before->height == 72);
    Result<std::string> copy = MakeWebImage(original, 1840, kWhere);
    REQUIRE(copy.ok());
    for (const std::string& marker : PrivateMarkers()) CHECK(copy->find(marker) == std::string::npos);
    Result<ImageInfo> after = InspectImage(*copy, kWhere);
    REQUIRE(after.ok());
    CHECK(after->format == format);
    CHECK(after->width == 72);  // turned upright, not scaled up to 1840
    CHECK(after->height == 96);
  }
}

TEST_CASE("a 9 MB camera photo is published in tens of kilobytes", "[load][image]") {
  Result<std::string> photo = MakeGrainyPhoto(4000, 3000, 7);
  REQUIRE(photo.ok());
  INFO("original: " << photo->size() << " bytes");
  REQUIRE(photo->size() > 8'000'000);
  Result<ImageInfo> original = InspectImage(*photo, kWhere);
  REQUIRE(original.ok());
  CHECK(original->width == 4000);
  Result<std::string> copy = MakeWebImage(*photo, 768, kWhere, 192);
  REQUIRE(copy.ok());
  INFO("web copy: " << copy->size() << " bytes");
  CHECK(copy->size() < 100'000);
  Result<ImageInfo> info = InspectImage(*copy, kWhere);
  REQUIRE(info.ok());
  CHECK(info->width == 256);
  CHECK(info->height == 192);
}

TEST_CASE("the web copy is the same bytes every time", "[load][image]") {
  for (const char* name : {"phone_photo_gps.jpg", "screenshot_meta.png", "picture_meta.webp"}) {
    INFO(name);
    const std::string original = Fixture(name);
    Result<std::string> first = MakeWebImage(original, 64, kWhere);
    Result<std::string> second = MakeWebImage(original, 64, kWhere);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(*first == *second);
  }
}

TEST_CASE("a table, a PDF or a cut-off picture under an image's name is refused in Russian", "[load][image]") {
  const std::string not_image = "content/photos/T1.jpg: ошибка: файл не является изображением PNG, JPEG или WebP";
  Result<ImageInfo> csv = InspectImage("id,full_name,phone\nS1,Волков Илья,+79000000000\n", kWhere);
  REQUIRE_FALSE(csv.ok());
  CHECK(Message(csv.status()) == not_image);
  Result<ImageInfo> pdf = InspectImage("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", kWhere);
  REQUIRE_FALSE(pdf.ok());
  CHECK(Message(pdf.status()) == not_image + " (по содержимому это документ PDF)");
  CHECK_FALSE(InspectImage("", kWhere).ok());

  const std::string png = Fixture("screenshot_meta.png");
  Result<ImageInfo> cut_png = InspectImage(png.substr(0, png.size() * 2 / 3), kWhere);
  REQUIRE_FALSE(cut_png.ok());
  CHECK(Message(cut_png.status()) ==
        "content/photos/T1.jpg: ошибка: изображение PNG повреждено или обрезано и не читается целиком; "
        "сохраните его заново");
  const std::string jpeg = Fixture("phone_photo_gps.jpg");
  Result<ImageInfo> cut_jpeg = InspectImage(jpeg.substr(0, jpeg.size() / 2), kWhere);
  REQUIRE_FALSE(cut_jpeg.ok());
  CHECK(Message(cut_jpeg.status()).find("изображение JPEG повреждено или обрезано") != std::string::npos);
  CHECK_FALSE(InspectImage(jpeg.substr(0, jpeg.size() - 200), kWhere).ok());  // only the last rows missing
  const std::string webp = Fixture("picture_meta.webp");
  CHECK_FALSE(InspectImage(webp.substr(0, webp.size() / 2), kWhere).ok());
  // The web copy refuses what InspectImage refuses: an original is never published instead.
  CHECK_FALSE(MakeWebImage(jpeg.substr(0, jpeg.size() / 2), 768, kWhere).ok());
  CHECK_FALSE(MakeWebImage(png.substr(0, png.size() * 2 / 3), 768, kWhere).ok());
}

TEST_CASE("a picture claiming 40000×40000 points is refused before its pixels are decoded", "[load][image]") {
  // Signature, a header for 40000×40000 RGB and the first row of pixels: under a hundred bytes.
  const std::string header{0, 0, static_cast<char>(0x9c), 0x40, 0, 0, static_cast<char>(0x9c), 0x40, 8, 2, 0, 0, 0};
  std::string row(1 + 3 * 40000, '\0');
  std::string packed(compressBound(row.size()), '\0');
  uLongf packed_size = packed.size();
  REQUIRE(compress(reinterpret_cast<Bytef*>(packed.data()), &packed_size, reinterpret_cast<const Bytef*>(row.data()),
                   row.size()) == Z_OK);
  packed.resize(packed_size);
  const std::string png =
      "\x89PNG\r\n\x1a\n" + PngChunk("IHDR", header) + PngChunk("IDAT", packed) + PngChunk("IEND", "");
  Result<ImageInfo> info = InspectImage(png, kWhere);
  REQUIRE_FALSE(info.ok());
  CHECK(Message(info.status()) ==
        "content/photos/T1.jpg: ошибка: изображение слишком большое: 40000×40000 точек, а допустимо не больше "
        "100 миллионов; уменьшите его");
  CHECK_FALSE(MakeWebImage(png, 768, kWhere).ok());
}

TEST_CASE("libvips is used by load/image.cc only", "[load][image][architecture]") {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::RepoDir() / "generator")) {
    if (!entry.is_regular_file() || entry.path().filename() == "image.cc") continue;
    INFO(entry.path().string());
    const std::string text = ReadFile(entry.path());
    CHECK(text.find("<vips/") == std::string::npos);
    CHECK(text.find("<glib") == std::string::npos);
  }
}

}  // namespace nastavnik::load
