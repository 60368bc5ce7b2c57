// Byte-level work on a PDF that needs no PDF library: the URI and stream encodings of its objects,
// and the trailer's /ID computed from the written file. pdf_writer.cc stays the only file with
// PoDoFo in it.
#pragma once

#include <iosfwd>
#include <string>

namespace nastavnik::render::pdf {

/// A URI action holds 7-bit ASCII (PDF 32000-1 §12.6.4.7): bytes beyond it are percent-encoded.
std::string AsciiUri(const std::string& url);

/// The deflated bytes at a fast level, or an empty string when zlib fails and the stream is
/// stored plain.
std::string Deflate(const std::string& data);

/// Replaces the trailer's /ID, in place and at the same length, by a digest of the whole file.
void SetFileIdentifier(std::string& pdf);

/// The same for a file written to a stream; false when reading or writing it back failed.
bool SetFileIdentifier(std::iostream& pdf);

}  // namespace nastavnik::render::pdf
