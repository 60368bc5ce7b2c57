// The libvips adapter: the only file that sees libvips or GLib. libvips is started once per
// process, prints nothing (GLib's log output is swallowed), and every failure leaves its error
// buffer empty and becomes one Russian sentence.
#include "load/image.h"

#include <vips/vips.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>

namespace nastavnik::load {
namespace {

// A picture bigger than this is refused before its pixels are decoded: a few hundred bytes of
// PNG can claim 60000×60000 points. 100 million points is well above any phone camera's photo.
constexpr double kMaxPixels = 100e6;
// Quality of the web copies. Set explicitly so that a libvips upgrade does not change the site.
constexpr int kJpegQuality = 82;
constexpr int kWebpQuality = 80;

void DropLogMessage(const gchar*, GLogLevelFlags, const gchar*, gpointer) {}

GLogWriterOutput DropLogRecord(GLogLevelFlags, const GLogField*, gsize, gpointer) {
  return G_LOG_WRITER_HANDLED;
}

// Only the three loaders we accept may run, whatever modules (ImageMagick, PDF, SVG…) the
// system's libvips has: vips_thumbnail_buffer() picks a loader by sniffing the bytes itself.
void AllowOnlyOurLoaders() {
  vips_operation_block_set("VipsForeignLoad", TRUE);
  for (const char* loader : {"VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer", "VipsForeignLoadWebpBuffer"}) {
    vips_operation_block_set(loader, FALSE);
  }
}

// Once per process, on whichever thread needs an image first (a function-local static is
// initialised exactly once even when two threads arrive together).
bool StartVips() {
  static const bool started = [] {
    g_log_set_default_handler(DropLogMessage, nullptr);
    g_log_set_writer_func(DropLogRecord, nullptr, nullptr);
    if (VIPS_INIT("nastavnik") != 0) {
      vips_error_clear();
      return false;
    }
    // No cache: an operation kept in it would hold on to a caller's borrowed buffer.
    vips_cache_set_max(0);
    AllowOnlyOurLoaders();
    return true;
  }();
  return started;
}

struct ImageUnref {
  void operator()(VipsImage* image) const { g_object_unref(image); }
};
using ImagePtr = std::unique_ptr<VipsImage, ImageUnref>;

const char* FormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kPng: return "PNG";
    case ImageFormat::kJpeg: return "JPEG";
    case ImageFormat::kWebp: return "WebP";
  }
  return "PNG";
}

// libvips has written English into its (process-wide) error buffer: it is dropped, and the
// user reads what the failure means for their file.
Status Broken(ImageFormat format, const Location& where) {
  vips_error_clear();
  return Status::Input(std::string("изображение ") + FormatName(format) +
                           " повреждено или обрезано и не читается целиком; сохраните его заново",
                       where);
}

std::string NotAnImage(std::string_view bytes) {
  std::string message = "файл не является изображением PNG, JPEG или WebP";
  if (bytes.starts_with("%PDF")) return message + " (по содержимому это документ PDF)";
  if (bytes.starts_with("PK\x03\x04")) return message + " (по содержимому это архив ZIP или документ Office)";
  return message;
}

std::optional<ImageFormat> Sniff(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return ImageFormat::kPng;
  if (bytes.starts_with("\xff\xd8\xff")) return ImageFormat::kJpeg;
  if (bytes.size() > 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") return ImageFormat::kWebp;
  return std::nullopt;
}

// The format's own loader, reading top to bottom once; a truncated stream is an error, not a
// grey bottom half. (The three loaders share one variadic signature.)
ImagePtr Open(std::string_view bytes, ImageFormat format) {
  using Loader = int (*)(void*, size_t, VipsImage**, ...);
  const Loader load = format == ImageFormat::kPng    ? vips_pngload_buffer
                      : format == ImageFormat::kJpeg ? vips_jpegload_buffer
                                                     : vips_webpload_buffer;
  VipsImage* image = nullptr;
  const int failed = load(const_cast<char*>(bytes.data()), bytes.size(), &image, "access", VIPS_ACCESS_SEQUENTIAL,
                          "fail_on", VIPS_FAIL_ON_ERROR, nullptr);
  return ImagePtr(failed ? nullptr : image);
}

// Signature and header: what the file claims to be, without decoding its pixels.
Result<std::pair<ImageInfo, ImagePtr>> ReadHeader(std::string_view bytes, const Location& where) {
  std::optional<ImageFormat> format = Sniff(bytes);
  if (!format) return Status::Input(NotAnImage(bytes), where);
  if (!StartVips()) return Status::Internal("не удалось запустить библиотеку изображений libvips", where);
  ImagePtr image = Open(bytes, *format);
  if (!image) return Broken(*format, where);
  ImageInfo info{*format, vips_image_get_width(image.get()), vips_image_get_height(image.get())};
  if (static_cast<double>(info.width) * info.height > kMaxPixels) {
    return Status::Input("изображение слишком большое: " + std::to_string(info.width) + "×" +
                             std::to_string(info.height) + " точек, а допустимо не больше 100 миллионов; "
                             "уменьшите его",
                         where);
  }
  return std::pair(info, std::move(image));
}

// vips_thumbnail_buffer() shrinks while it decodes (a JPEG at 1/8 scale), turns the picture
// upright by its EXIF orientation, and never enlarges it (VIPS_SIZE_DOWN). A picture with its
// own colour profile (a phone's Display P3) is converted to sRGB, the web's default, because
// the profile itself is dropped with the rest of the metadata.
ImagePtr Thumbnail(std::string_view bytes, int max_side, bool profiled) {
  VipsImage* image = nullptr;
  void* data = const_cast<char*>(bytes.data());
  const int failed =
      profiled ? vips_thumbnail_buffer(data, bytes.size(), &image, max_side, "height", max_side, "size",
                                       VIPS_SIZE_DOWN, "option_string", "fail_on=error", "export_profile", "srgb",
                                       nullptr)
               : vips_thumbnail_buffer(data, bytes.size(), &image, max_side, "height", max_side, "size",
                                       VIPS_SIZE_DOWN, "option_string", "fail_on=error", nullptr);
  return ImagePtr(failed ? nullptr : image);
}

// The longer side that brings the shorter one down to max_short_side (no limit when it is 0).
int LongSideFor(const ImageInfo& info, int max_short_side) {
  const int long_side = std::max(info.width, info.height), short_side = std::min(info.width, info.height);
  if (max_short_side <= 0 || short_side <= 0) return long_side;
  return static_cast<int>((static_cast<int64_t>(max_short_side) * long_side + short_side - 1) / short_side);
}

// Every metadata block is dropped ("strip"): EXIF with its GPS position and camera, XMP, IPTC,
// comments and the ICC profile (the pixels are in sRGB by then).
int Save(VipsImage* image, ImageFormat format, void** out, size_t* size) {
  switch (format) {
    case ImageFormat::kPng:
      return vips_pngsave_buffer(image, out, size, "strip", TRUE, "compression", 9, "filter", VIPS_FOREIGN_PNG_FILTER_ALL,
                                 "interlace", FALSE, nullptr);
    case ImageFormat::kJpeg:
      return vips_jpegsave_buffer(image, out, size, "strip", TRUE, "Q", kJpegQuality, "optimize_coding", TRUE,
                                  "interlace", FALSE, nullptr);
    case ImageFormat::kWebp:
      return vips_webpsave_buffer(image, out, size, "strip", TRUE, "Q", kWebpQuality, nullptr);
  }
  return -1;
}

uint32_t ReadLe32(std::string_view bytes, size_t at) {
  uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

void WriteLe32(std::string& bytes, size_t at, uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

// libvips 8.14 writes a WebP's EXIF, XMP and ICC chunks even when told to strip them, so they
// are cut out of the RIFF container here and the VP8X header no longer announces them.
std::optional<std::string> WithoutWebpMetadata(std::string_view webp) {
  constexpr char kIcc = 0x20, kExif = 0x08, kXmp = 0x04;  // VP8X feature flags
  std::string out(webp.substr(0, 12));
  size_t at = 12;
  while (at < webp.size()) {
    if (webp.size() - at < 8) return std::nullopt;
    const std::string_view fourcc = webp.substr(at, 4);
    const size_t length = 8 + static_cast<size_t>(ReadLe32(webp, at + 4)) + (ReadLe32(webp, at + 4) & 1);
    if (webp.size() - at < length) return std::nullopt;
    std::string chunk(webp.substr(at, length));
    if (fourcc == "VP8X" && length > 8) chunk[8] = static_cast<char>(chunk[8] & ~(kIcc | kExif | kXmp));
    if (fourcc != "EXIF" && fourcc != "XMP " && fourcc != "ICCP") out += chunk;
    at += length;
  }
  WriteLe32(out, 4, static_cast<uint32_t>(out.size() - 8));
  return out;
}

}  // namespace

Result<ImageInfo> InspectImage(std::string_view bytes, const Location& where) {
  Result<std::pair<ImageInfo, ImagePtr>> header = ReadHeader(bytes, where);
  if (!header.ok()) return header.status();
  // The average needs every pixel at full size, so the whole stream is decoded: this is where a
  // cut-off or damaged file shows. (A JPEG decoded at 1/8 scale, though faster, can miss its
  // last rows being cut off.)
  double average = 0;
  if (vips_avg(header->second.get(), &average, nullptr) != 0) return Broken(header->first.format, where);
  return header->first;
}

Result<std::string> MakeWebImage(std::string_view bytes, int max_side, const Location& where, int max_short_side) {
  Result<std::pair<ImageInfo, ImagePtr>> header = ReadHeader(bytes, where);
  if (!header.ok()) return header.status();
  const ImageFormat format = header->first.format;
  max_side = std::max(1, std::min(max_side, LongSideFor(header->first, max_short_side)));
  const bool profiled = vips_image_get_typeof(header->second.get(), VIPS_META_ICC_NAME) != 0;
  header->second.reset();
  ImagePtr thumbnail = Thumbnail(bytes, max_side, profiled);
  if (!thumbnail) return Broken(format, where);
  void* out = nullptr;
  size_t size = 0;
  if (Save(thumbnail.get(), format, &out, &size) != 0) return Broken(format, where);
  std::string copy(static_cast<const char*>(out), size);
  g_free(out);
  if (format != ImageFormat::kWebp) return copy;
  std::optional<std::string> stripped = WithoutWebpMetadata(copy);
  if (!stripped) return Status::Internal("библиотека libvips записала изображение WebP с ошибкой", where);
  return *stripped;
}

namespace {

// Gaussian noise, one independent band per colour, around mid-grey.
ImagePtr Noise(int width, int height, double sigma, int seed) {
  VipsImage* bands[3] = {};
  VipsImage* joined = nullptr;
  bool made = true;
  for (int b = 0; b < 3; ++b) {
    made = made && vips_gaussnoise(&bands[b], width, height, "sigma", sigma, "mean", 128.0, "seed", seed + b, nullptr) == 0;
  }
  if (made && vips_bandjoin(bands, &joined, 3, nullptr) != 0) joined = nullptr;
  for (VipsImage* band : bands) {
    if (band) g_object_unref(band);
  }
  return ImagePtr(joined);
}

}  // namespace

Result<std::string> MakeGrainyPhoto(int width, int height, int seed) {
  if (!StartVips()) return Status::Internal("не удалось запустить библиотеку изображений libvips");
  // Shapes: noise 64 times coarser, enlarged smoothly; grain: fine noise on top of them.
  ImagePtr coarse = Noise(std::max(2, width / 64), std::max(2, height / 64), 60, seed);
  ImagePtr grain = Noise(width, height, 6, seed + 3);
  VipsImage* steps[6] = {};
  void* out = nullptr;
  size_t size = 0;
  const bool made =
      coarse && grain &&
      vips_resize(coarse.get(), &steps[0], static_cast<double>(width) / coarse->Xsize, "vscale",
                  static_cast<double>(height) / coarse->Ysize, "kernel", VIPS_KERNEL_CUBIC, nullptr) == 0 &&
      vips_crop(steps[0], &steps[1], 0, 0, width, height, nullptr) == 0 &&
      vips_add(steps[1], grain.get(), &steps[2], nullptr) == 0 &&
      vips_linear1(steps[2], &steps[3], 1.0, -128.0, nullptr) == 0 &&
      vips_cast_uchar(steps[3], &steps[4], nullptr) == 0 &&
      vips_copy(steps[4], &steps[5], "interpretation", VIPS_INTERPRETATION_sRGB, nullptr) == 0 &&
      vips_jpegsave_buffer(steps[5], &out, &size, "Q", 95, "strip", TRUE, nullptr) == 0;
  for (VipsImage* image : steps) {
    if (image) g_object_unref(image);
  }
  if (!made) {
    vips_error_clear();
    return Status::Internal("не удалось построить пробную фотографию");
  }
  std::string jpeg(static_cast<const char*>(out), size);
  g_free(out);
  return jpeg;
}

}  // namespace nastavnik::load
