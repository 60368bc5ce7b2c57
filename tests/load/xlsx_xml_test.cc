// The scanner that reads sheets and shared strings (load/xlsx_xml.h) against expat: the same
// events for what OOXML writers produce, and both refuse what is not XML.
#include "load/xlsx_xml.h"

#include <catch2/catch.hpp>
#include <string>

namespace nastavnik::load::xml {
namespace {

// Every event as a line; text is captured everywhere.
struct Recorder : Handler {
  std::string log;
  Recorder() { capture = true; }
  void Flush() {
    if (!text.empty()) log += "text «" + text + "»\n";
    text.clear();
  }
  void Start(std::string_view name, const Attributes& attrs) override {
    Flush();
    log += "<" + std::string(name);
    for (const auto& [n, v] : attrs) log += " " + std::string(n) + "=«" + std::string(v) + "»";
    log += ">\n";
  }
  void End(std::string_view name) override {
    Flush();
    log += "</" + std::string(name) + ">\n";
  }
};

struct Outcome {
  bool ok;
  std::string log;
};

Outcome Run(const std::string& xml, Reader reader) {
  Recorder r;
  Status s = Walk(xml, r, reader, Location{"x.xlsx"}, "повреждён");
  r.Flush();
  return {s.ok(), r.log};
}

}  // namespace

TEST_CASE("xlsx xml: the scanner gives expat's events for what workbook writers write", "[xlsx]") {
  const char* documents[] = {
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"urn:main\" "
      "xmlns:r=\"urn:r\"><sheetData><row r=\"1\" spans=\"1:2\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
      "s=\"1\"/></row></sheetData></worksheet>",
      "<x:sst xmlns:x=\"urn:x\"><x:si><x:t xml:space=\"preserve\"> Иванов &amp; сын &lt;3&gt; &quot;&apos;</x:t>"
      "</x:si><x:si><x:r><x:t>&#1048;&#x432;</x:t></x:r><x:rPh><x:t>hint</x:t></x:rPh></x:si></x:sst>",
      "<a><!-- a comment --><b c='одинарные' d=\"&amp;&#10;line\r\nnext\ttab\"/><?pi data?>"
      "<e><![CDATA[<не разметка> & \r\n]]></e>two\r\nlines\rand</a>\n",
      "\xEF\xBB\xBF<a  b = \"1\"   ><c/></a  >",
      // Character references as openpyxl writes every Cyrillic letter, and their neighbours: a
      // leading zero, two-byte and three-byte letters, five digits, hex in both cases.
      "<t b=\"&#1048;&#0999;x&#2047;&#2048;\">&#1048;&#1103;&#0999;&#2047;&#2048;&#9999;&#1000;&#10000;&#65;&#x41f;"
      "&#x41F;&#x10FFFF;&#9; &#1048;</t>",
  };
  for (const char* doc : documents) {
    INFO(doc);
    Outcome expat = Run(doc, Reader::kExpat);
    Outcome scanner = Run(doc, Reader::kScanner);
    REQUIRE(expat.ok);
    CHECK(scanner.ok);
    CHECK(scanner.log == expat.log);
  }
}

TEST_CASE("xlsx xml: the scanner refuses what expat refuses", "[xlsx]") {
  const char* documents[] = {
      "<a><b></a></b>",
      "<a>&nbsp;</a>",
      "<a>&#0;</a>",
      "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>",
      "<a b=\"<\"/>",
      "<a/><b/>",
      "<a/>text",
      "<a>\xC3</a>",
      "<a>\x01</a>",
      "<a><c/ ></a>",
      "<a b=\"1\"c=\"2\"/>",
      "<a>",
      "",
      "<a><![CDATA[open</a>",
      "<a>&#123456789;</a>",
      "<a>&#X41;</a>",
      "<a>&#10a;</a>",
      "<a b=\"&#1048\"/>",
      "<a>&#1048</a>",
      "<a>&#55296;</a>",
      "<a>&",  // a reference cut by the end of the part is read no further than the part
      "<a>&#",
      "<a>&#1",
  };
  for (const char* doc : documents) {
    INFO(doc);
    CHECK_FALSE(Run(doc, Reader::kExpat).ok);
    CHECK_FALSE(Run(doc, Reader::kScanner).ok);
  }
}

TEST_CASE("xlsx xml: a part in UTF-16 goes to expat", "[xlsx]") {
  std::string utf16 = std::string("\xFF\xFE", 2);
  for (char c : std::string("<a>x</a>")) utf16 += std::string{c, '\0'};
  Outcome scanner = Run(utf16, Reader::kScanner);
  CHECK(scanner.ok);
  CHECK(scanner.log == "<a>\ntext «x»\n</a>\n");
}

}  // namespace nastavnik::load::xml
