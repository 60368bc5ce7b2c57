// The example school's feeds as a feed reader and a search engine read them: well-formed XML
// (parsed by python3's xml.etree), one Atom entry per news post, one sitemap URL per public page.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;

TEST_CASE("the example's atom.xml and sitemap.xml parse and list every post and page", "[site]") {
  TempDir tmp;
  stdfs::path out = tmp.path() / "out";
  REQUIRE(Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build '" + RepoDir().string() + "' -o '" + out.string() + "'").exit_code == 0);
  int news = 0, pages = 0;
  for (const auto& e : stdfs::directory_iterator(RepoDir() / "content/news")) news += e.path().extension() == ".md";
  for (const auto& e : stdfs::recursive_directory_iterator(out / "site")) {
    pages += e.path().extension() == ".html" && e.path().filename() != "404.html";
  }
  std::string script =
      "import sys, xml.etree.ElementTree as ET\n"
      "a = ET.parse(sys.argv[1]).getroot(); s = ET.parse(sys.argv[2]).getroot()\n"
      "A = '{http://www.w3.org/2005/Atom}'; S = '{http://www.sitemaps.org/schemas/sitemap/0.9}'\n"
      "print('entries', len(a.findall(A + 'entry')))\n"
      "locs = [u.find(S + 'loc').text for u in s.findall(S + 'url')]\n"
      "print('urls', len(locs), all(l.startswith('https://') for l in locs))\n";
  WriteFile(tmp.path() / "feeds.py", script);
  CommandResult r = Run("python3 '" + (tmp.path() / "feeds.py").string() + "' '" + (out / "site/atom.xml").string() +
                        "' '" + (out / "site/sitemap.xml").string() + "'");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("entries " + std::to_string(news) + "\n") != std::string::npos);
  CHECK(r.output.find("urls " + std::to_string(pages) + " True") != std::string::npos);
}

}  // namespace nastavnik::testing
