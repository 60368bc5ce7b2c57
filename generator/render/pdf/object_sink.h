// The file side of a bound PDF written as it is made: objects are numbered when made and go to the
// output at once; per object only its offset stays, for the cross-reference table written at the
// end. No PDF library here: the bodies come serialised (pdf_writer.cc has PoDoFo write them).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace nastavnik::render::pdf {

class ObjectSink {
 public:
  /// Writes the file header into out.
  explicit ObjectSink(std::ostream& out);

  /// A number for an object written later (a page's parent, an element's kids).
  uint32_t Reserve();
  /// Writes object number whole: a dictionary or other value, and a stream's bytes when it has one
  /// (its /Length is then already in the dictionary).
  void Put(uint32_t number, std::string_view body);
  void PutStream(uint32_t number, std::string_view dictionary, std::string_view data);
  /// An object too big to be held serialised (a 50,000-page tree's kids), written in parts.
  void Begin(uint32_t number);
  void Append(std::string_view part);
  void End();

  /// Objects numbered but not yet written: what the file being made holds in memory.
  size_t held() const { return held_; }
  /// The most held at any time so far.
  size_t peak_held() const { return peak_; }

  /// The cross-reference table and the trailer naming the catalog and the information
  /// dictionary, with a placeholder /ID that pdf_bytes' SetFileIdentifier replaces; false when an
  /// object was numbered and never written, or the stream failed.
  bool Finish(uint32_t catalog, uint32_t info);

 private:
  void Raw(std::string_view bytes);

  std::ostream& out_;
  uint64_t at_ = 0;
  std::vector<uint64_t> offsets_;  // by number - 1; 0 until written
  size_t held_ = 0;
  size_t peak_ = 0;
};

/// "12 0 R": a reference written by hand into a part of a big object.
void AppendReference(std::string& out, uint32_t number);

}  // namespace nastavnik::render::pdf
