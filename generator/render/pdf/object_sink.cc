#include "render/pdf/object_sink.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ostream>
#include <string>

namespace nastavnik::render::pdf {

void AppendReference(std::string& out, uint32_t number) {
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, number);
  out.append(buf, r.ptr);
  out += " 0 R";
}

ObjectSink::ObjectSink(std::ostream& out) : out_(out) {
  // A comment of bytes over 127 right after the header tells transfer tools the file is binary.
  Raw("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
}

void ObjectSink::Raw(std::string_view bytes) {
  out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  at_ += bytes.size();
}

uint32_t ObjectSink::Reserve() {
  offsets_.push_back(0);
  peak_ = std::max(peak_, ++held_);
  return static_cast<uint32_t>(offsets_.size());
}

void ObjectSink::Begin(uint32_t number) {
  if (number == 0 || number > offsets_.size() || offsets_[number - 1] != 0) {
    out_.setstate(std::ios::failbit);  // a number written twice: the file would be wrong
    return;
  }
  offsets_[number - 1] = at_;
  --held_;
  Raw(std::to_string(number) + " 0 obj\n");
}

void ObjectSink::Append(std::string_view part) { Raw(part); }

void ObjectSink::End() { Raw("\nendobj\n"); }

void ObjectSink::Put(uint32_t number, std::string_view body) {
  Begin(number);
  Raw(body);
  End();
}

void ObjectSink::PutStream(uint32_t number, std::string_view dictionary, std::string_view data) {
  Begin(number);
  Raw(dictionary);
  Raw("stream\n");
  Raw(data);
  Raw("\nendstream");
  End();
}

bool ObjectSink::Finish(uint32_t catalog, uint32_t info) {
  if (held_ != 0) return false;
  const uint64_t xref = at_;
  std::string table = "xref\n0 " + std::to_string(offsets_.size() + 1) + "\n0000000000 65535 f \n";
  char line[24];
  for (uint64_t offset : offsets_) {
    std::snprintf(line, sizeof line, "%010llu 00000 n \n", static_cast<unsigned long long>(offset));
    table += line;
    if (table.size() > (1 << 16)) {
      Raw(table);
      table.clear();
    }
  }
  Raw(table);
  std::string trailer = "trailer\n<</ID[<" + std::string(32, '0') + "><" + std::string(32, '0') + ">]/Info ";
  AppendReference(trailer, info);
  trailer += "/Root ";
  AppendReference(trailer, catalog);
  trailer += "/Size " + std::to_string(offsets_.size() + 1) + ">>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  Raw(trailer);
  out_.flush();
  return static_cast<bool>(out_);
}

}  // namespace nastavnik::render::pdf
