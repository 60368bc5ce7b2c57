// The unpacking under the XLSX reader (load/zip_inflate.h): zlib's raw inflate into the part's
// buffer, and the zip checksum by carry-less multiplication, held against zlib's own; and a
// workbook whose part does not match its checksum is still refused.
#include "load/zip_inflate.h"

#include <zlib.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>

#include "load/xlsx_reader.h"
#include "test_util.h"

namespace nastavnik::load {
namespace {

uint32_t ZlibCrc(std::string_view s) {
  return static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

std::string RandomBytes(size_t size, unsigned seed) {
  std::mt19937 random(seed);
  std::string s(size, '\0');
  for (char& c : s) c = static_cast<char>(random());
  return s;
}

// Raw deflate (no zlib header), as a zip stores a part.
std::string Deflate(const std::string& data) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Sets the CRC-32 of the part `name` in both of the zip's headers (local and central), so that
// libzip's consistency check passes and only the checksum itself is wrong.
void BreakChecksum(std::string& zip, const std::string& name) {
  int patched = 0;
  for (size_t at = 0; at + 46 < zip.size(); ++at) {
    bool local = zip.compare(at, 4, "PK\x03\x04") == 0, central = zip.compare(at, 4, "PK\x01\x02") == 0;
    if (!local && !central) continue;
    size_t name_at = at + (local ? 30 : 46), length_at = at + (local ? 26 : 28);
    size_t length = static_cast<unsigned char>(zip[length_at]) | static_cast<unsigned char>(zip[length_at + 1]) << 8;
    if (zip.compare(name_at, length, name) != 0 || length != name.size()) continue;
    zip[at + (local ? 14 : 16)] ^= 0x5A;
    ++patched;
  }
  REQUIRE(patched == 2);
}

}  // namespace

TEST_CASE("xlsx zip: the CRC-32 is zlib's for every length and split", "[xlsx]") {
  for (size_t size : {0, 1, 15, 16, 17, 63, 64, 65, 127, 128, 129, 1000, 4096, 100003}) {
    std::string data = RandomBytes(size, static_cast<unsigned>(size));
    INFO(size);
    CHECK(zip::Crc32(data) == ZlibCrc(data));
    size_t half = size / 3;
    CHECK(zip::Crc32(std::string_view(data).substr(half), zip::Crc32(std::string_view(data).substr(0, half))) ==
          ZlibCrc(data));
  }
  CHECK(zip::Crc32("123456789") == 0xCBF43926);  // the check value of CRC-32 as zip uses it
}

TEST_CASE("xlsx zip: a part inflates only to exactly the size the zip declares", "[xlsx]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "<c r=\"A" + std::to_string(i) + "\"><v>" + std::to_string(i * 7) + "</v></c>";
  std::string packed = Deflate(text);
  std::string out(text.size(), '\0');
  REQUIRE(zip::Inflate(packed, out.data(), out.size()));
  CHECK(out == text);
  CHECK_FALSE(zip::Inflate(packed, out.data(), out.size() - 1));  // the stream holds more
  std::string longer(text.size() + 1, '\0');
  CHECK_FALSE(zip::Inflate(packed, longer.data(), longer.size()));  // it ends short
  CHECK_FALSE(zip::Inflate(std::string_view(packed).substr(0, packed.size() / 2), out.data(), out.size()));
  std::string empty = Deflate("");
  CHECK(zip::Inflate(empty, nullptr, 0));
  CHECK_FALSE(zip::Inflate(packed, nullptr, 0));
}

TEST_CASE("xlsx zip: a sheet that does not match its checksum is a damaged workbook", "[xlsx]") {
  std::string bytes = testing::ReadFile(testing::TestsDir() / "fixtures/xlsx/typed.xlsx");
  auto all = [](const XlsxSheetInfo&, size_t) { return true; };
  Diagnostics diags;
  REQUIRE(ReadXlsx(bytes, "content/data/typed.xlsx", all, diags).ok());
  BreakChecksum(bytes, "xl/worksheets/sheet1.xml");
  Result<XlsxBook> broken = ReadXlsx(bytes, "content/data/typed.xlsx", all, diags);
  REQUIRE_FALSE(broken.ok());
  CHECK(ToString(broken.status().where()) == "content/data/typed.xlsx");
  CHECK(broken.status().message().starts_with("файл повреждён или это не книга Excel (.xlsx)"));
}

}  // namespace nastavnik::load
