// Stage 1 (load): a workbook part's bytes as they sit in the zip, made whole: raw deflate
// unpacked by zlib straight into a buffer of the size the zip declares, and the zip's CRC-32
// over the result. load/xlsx_reader.cc finds the part with libzip and hands its compressed
// bytes here: libzip would unpack into its own buffer and copy out, and its checksum (zlib's,
// a byte at a time) cost as much as a third of reading a CSV file of the same table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nastavnik::load::zip {

/// The CRC-32 of zip (and gzip, PNG) over `data`, continuing from `crc` (0 to start).
uint32_t Crc32(std::string_view data, uint32_t crc = 0);

/// Unpacks the raw deflate stream `packed` into out[0, size), size being the unpacked size the
/// zip declares. False when the stream is damaged, ends short of that size, or holds more.
bool Inflate(std::string_view packed, char* out, size_t size);

}  // namespace nastavnik::load::zip
