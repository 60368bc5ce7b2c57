#include "base/text.h"

#include <catch2/catch.hpp>

#include "base/date.h"
#include "base/utf8.h"

namespace nastavnik {

TEST_CASE("FoldKey finds one name written two ways", "[text]") {
  CHECK(text::FoldKey("Алёна  Иванова") == text::FoldKey("алена иванова"));
  CHECK(text::FoldKey("Алёна\xC2\xA0Иванова ") == text::FoldKey("Алена Иванова"));
  // й written as и + combining breve (as some Mac keyboards produce) folds to the composed letter.
  CHECK(text::FoldKey("Андреи\xCC\x86") == text::FoldKey("Андрей"));
  CHECK(text::FoldKey("Иванова") != text::FoldKey("Иванов"));
  CHECK(text::FoldKey(" \tПЁТР\xC2\xA0 Ёлкин-Сёмин\r\n«Ё»\xC2\xAB ") == "петр елкин-семин «е»\xC2\xAB");
  CHECK(text::FoldKey("E\xCC\x88 ЙОД") == "\xC3\xAB йод");  // a combining mark: NFC composes it
}

TEST_CASE("ToLower and Nfc give the full mapping's result without calling utf8proc for plain text", "[text]") {
  // Every code point the fast path takes, and its neighbours that it must leave to utf8proc.
  std::vector<char32_t> points;
  for (char32_t c = 0x01; c < 0x250; ++c) points.push_back(c);
  for (char32_t c = 0x400; c < 0x460; ++c) points.push_back(c);
  for (char32_t c = 0x2000; c < 0x2030; ++c) points.push_back(c);
  for (char32_t c : points) {
    std::string one = utf8::Encode(c);
    std::string word = "Ёж" + one + "ИКС-Я";
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    CHECK(text::ToLower(word) == text::ToLowerFull(word));
    CHECK(text::Nfc(word) == text::NfcFull(word));
  }
  CHECK(text::ToLower("ПРИВЕТ, Ёлка! ABC\xE2\x80\x94Я") == "привет, ёлка! abc\xE2\x80\x94я");
  // Invalid bytes and cut sequences go to utf8proc's path, which replaces them.
  for (std::string bad : {std::string("\xD0"), std::string("a\xE2\x80"), std::string("\xFF\xFE"), std::string("\xC2")}) {
    CHECK(text::ToLower(bad) == text::ToLowerFull(bad));
    CHECK(text::Nfc(bad) == text::NfcFull(bad));
  }
}

TEST_CASE("FirstInvalid finds the first bad byte however the text is laid out", "[text]") {
  // The reference: the general decoder, one character at a time.
  auto reference = [](std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      char32_t cp;
      size_t length = utf8::DecodeAt(s, i, &cp);
      if (length == 0) return i;
      i += length;
    }
    return std::string_view::npos;
  };
  const std::vector<std::string> parts = {"a", "abcdefgh", "Ж", "ё", "\xC2\xA0", "€", "😀", "\xC0\xAF", "\xD0",
                                          "\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xDF\xBF", "\xE0\x80\x80"};
  uint32_t seed = 7;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = 0; k < 6; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += parts[(seed >> 16) % parts.size()];
    }
    INFO(s);
    CHECK(utf8::FirstInvalid(s) == reference(s));
  }
}

TEST_CASE("NearestWord suggests only close words", "[text]") {
  CHECK(text::NearestWord("mentess", {"mentees", "mentor", "form"}) == "mentees");
  CHECK(text::NearestWord("учинек", {"ученик", "учитель"}) == "ученик");
  CHECK(text::NearestWord("совсем другое", {"ученик", "учитель"}).empty());
}

TEST_CASE("names are shortened as signatures read", "[text]") {
  CHECK(text::InitialsFirst("Кравцова Елена Михайловна") == "Е. М. Кравцова");
  CHECK(text::SurnameInitials("Кравцова Елена Михайловна") == "Кравцова Е. М.");
  CHECK(text::InitialsFirst("Кравцова") == "Кравцова");
}

TEST_CASE("Plural agrees with the number", "[text]") {
  CHECK(text::Plural(1, "год", "года", "лет") == "1 год");
  CHECK(text::Plural(3, "год", "года", "лет") == "3 года");
  CHECK(text::Plural(11, "год", "года", "лет") == "11 лет");
  CHECK(text::Plural(22, "год", "года", "лет") == "22 года");
  CHECK(text::Plural(25, "год", "года", "лет") == "25 лет");
}

TEST_CASE("Trim and SplitList handle spaces, no-break spaces and separators", "[text]") {
  CHECK(text::Trim("\xC2\xA0 текст \t") == "текст");
  CHECK(text::SplitList(" пн; ср ,пт|; ") == std::vector<std::string>{"пн", "ср", "пт"});
  CHECK(text::IsValidUtf8("Привет"));
  CHECK_FALSE(text::IsValidUtf8("\xD0"));
  CHECK_FALSE(text::IsValidUtf8("\xC0\x80"));
}

TEST_CASE("dates are read in Russian and ISO forms and nothing else", "[date]") {
  CHECK(ParseDate("01.09.2025") == Date{2025, 9, 1});
  CHECK(ParseDate("1.9.2025") == Date{2025, 9, 1});
  CHECK(ParseDate("2025-09-01") == Date{2025, 9, 1});
  CHECK_FALSE(ParseDate("31.02.2025"));
  CHECK_FALSE(ParseDate("29.02.2025"));
  CHECK(ParseDate("29.02.2024"));
  CHECK_FALSE(ParseDate("2025/09/01"));
  CHECK_FALSE(ParseDate("1.9.25"));
  CHECK(Date{2025, 9, 1}.RussianLong() == "1 сентября 2025 г.");
  CHECK(DateFromEpochSeconds(1764547200) == Date{2025, 12, 1});
  Date d{2024, 2, 29};
  CHECK(Date::FromDaysSinceEpoch(d.DaysSinceEpoch()) == d);
}

}  // namespace nastavnik

namespace nastavnik::text {

TEST_CASE("EscapeHtmlProse keeps the number sign with its number", "[text]") {
  CHECK(EscapeHtmlProse("МБОУ «СОШ № 3» & <б>") == "МБОУ «СОШ №&nbsp;3» &amp; &lt;б&gt;");
  CHECK(EscapeHtmlProse("приказ от 21.12.2021 № АЗ-1128, § 2 и №3") == "приказ от 21.12.2021 №&nbsp;АЗ-1128, §&nbsp;2 и №3");
  CHECK(EscapeHtmlProse("№ № ") == "№&nbsp;№&nbsp;");
  CHECK(EscapeHtmlProse("без знаков") == EscapeHtml("без знаков"));
}

}  // namespace nastavnik::text
