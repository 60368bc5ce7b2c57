// Every kind of TOML slip reads in Russian with the fix, at its line and column, in program.toml
// and in a page's front matter alike; toml++'s English never reaches the school.
#include "load/toml_messages.h"

#include <catch2/catch.hpp>

#include <set>

#include "base/diagnostics.h"
#include "load/markdown.h"
#include "load/toml.h"

namespace nastavnik::load {
namespace {

// A run of two or more Latin letters that is not one of the words TOML itself makes the school
// write (true, false) or the name of the format.
std::string EnglishWordIn(const std::string& message) {
  static const std::set<std::string> kAllowed = {"TOML", "true", "false"};
  std::string run;
  for (size_t i = 0; i <= message.size(); ++i) {
    char c = i < message.size() ? message[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      run += c;
      continue;
    }
    if (run.size() >= 2 && !kAllowed.count(run)) return run;
    run.clear();
  }
  return "";
}

struct Case {
  const char* toml;
  const char* message;
  int line;
  int column;
};

const Case kCases[] = {
    {"d = 2025-02-31\n",
     "такой даты нет: в этом месяце 28 дней, а указано число 31; дата пишется ГГГГ-ММ-ДД, например 2025-09-01", 1, 15},
    {"d = 2024-04-31\n",
     "такой даты нет: в этом месяце 30 дней, а указано число 31; дата пишется ГГГГ-ММ-ДД, например 2025-09-01", 1, 15},
    {"d = 2025-13-01\n", "месяца 13 нет: месяц — от 01 до 12; дата пишется ГГГГ-ММ-ДД, например 2025-09-01", 1, 12},
    {"d = 2025-9-1\n",
     "дата записана неверно: год — четыре цифры, месяц и день — по две; дата пишется ГГГГ-ММ-ДД, например "
     "2025-09-01, а дату в другом виде пишите в кавычках: \"01.09.2025\"", 1, 11},
    {"n = 99999999999999999999\n",
     "число 99999999999999999999 слишком большое: целое число по модулю не больше 9223372036854775807; номер "
     "телефона, ИНН или счёт пишите в кавычках как текст: \"99999999999999999999\"", 1, 25},
    {"s = \"\\q\"\n",
     "в строке «\\q» — неизвестное сочетание: после «\\» допустимы только \\n, \\t, \\\", \\\\ и \\u с четырьмя "
     "цифрами (\\u00E9); саму обратную черту пишите дважды (\"C:\\\\папка\") или берите строку в одинарные "
     "кавычки: 'C:\\папка'", 1, 7},
    {"s = \"C:\\x\"\n", nullptr, 1, 0},
    {"s = \"\\u00\"\n", "после \\u ожидаются ровно четыре шестнадцатеричные цифры (\\u00E9), после \\U — восемь (\\U0001F600)", 1, 10},
    {"s = \"\\uD800\"\n", "такого символа в Юникоде нет: проверьте код после \\u или \\U (или впишите сам символ)", 1, 0},
    {"a = [1,,2]\n", "в списке лишняя запятая: между запятыми должно стоять значение, например [1, 2, 3]", 1, 8},
    {"a = [1 2]\n", "значения списка разделяются запятыми, а список закрывается «]»: [1, 2, 3]", 1, 8},
    {"t = {a=1,}\n", "после последней пары в { } запятая не ставится: {a = 1, b = 2}", 1, 10},
    {"t = {a=1,,b=2}\n", "в { } лишняя запятая: между запятыми должна стоять пара ключ = значение", 1, 10},
    {"t = {a=1 b=2}\n", "пары в { } разделяются запятыми: {a = 1, b = 2}", 1, 10},
    {"t = {a=1\n}\n", nullptr, 1, 0},
    {"n = 0x\n",
     "после приставки 0x (шестнадцатеричное число), 0o (восьмеричное) или 0b (двоичное) ожидаются цифры этой "
     "системы, например 0x1F, 0o17, 0b101; обычное число пишется без приставки", 1, 7},
    {"n = 0o9\n", nullptr, 1, 7},
    {"n = -0x10\n", "у числа с приставкой 0x, 0o или 0b не бывает знака", 1, 5},
    {"n = 1__000\n", "знак «_» в числе ставится только между цифрами и по одному: 1_000 (или без него: 1000)", 1, 7},
    {"n = 1_e2\n", "знак «_» в числе ставится только между цифрами и по одному: 1_000 (или без него: 1000)", 1, 7},
    {"n = _1\n", "знак «_» в числе ставится только между цифрами и по одному: 1_000 (или без него: 1000)", 1, 5},
    {"n = 1e99999\n", "число 1e99999 слишком велико (или слишком мало) для записи дробью", 1, 0},
    {"= \"x\"\n", "перед «=» нет имени ключа: пишите ключ = значение", 1, 1},
    {"a = 1 b\n", nullptr, 1, 7},
    {"[]\n", "у таблицы в квадратных скобках нет имени", 1, 2},
    {"[x]\n[x]\n", "таблица [x] задана дважды: соберите её ключи под одним заголовком", 2, 1},
    {"a = 1\na = 2\n", "ключ «a» задан дважды: оставьте одно значение", 2, 5},
    {"d = 2025-02-10T25:00:00\n", nullptr, 1, 18},
    {"d = 2025-02-10T10:61:00\n", nullptr, 1, 21},
    {"d = 2025-02-10 10:00\n", nullptr, 1, 21},
    {"d = 2025-02-10T10:00:00+25:00\n", nullptr, 1, 27},
    {"t = 10:00\n", nullptr, 1, 10},
    {"d = 2025-02-10T\n", "непонятное значение: текст пишите в кавычках, дату — ГГГГ-ММ-ДД, число — цифрами, да или нет — true или false", 1, 5},
    {"b = True\n", "ожидается true или false (без кавычек), а текст — в кавычках", 1, 5},
    {"k =\n", nullptr, 1, 0},
    {"s = 'abc", "строка не закрыта кавычкой до конца файла", 1, 0},
    {"s = 'abc\n", "строка не закрыта кавычкой до конца строки", 1, 9},
    {"s = \"a\x01\"\n", "в строке недопустимый управляющий символ: удалите его", 1, 7},
    {"x = \"a\" # \x01\n", "в комментарии недопустимый управляющий символ: удалите его", 1, 0},
    {"a.= 1\n", "ожидается имя ключа", 1, 3},
};

}  // namespace

TEST_CASE("every toml++ error reads in Russian with the fix at its place", "[toml]") {
  for (const Case& c : kCases) {
    INFO(c.toml);
    Result<Value> r = ParseToml(c.toml, "content/program.toml");
    REQUIRE_FALSE(r.ok());
    const std::string& message = r.status().message();
    INFO(message);
    if (c.message) CHECK(message == c.message);
    CHECK(EnglishWordIn(message).empty());
    CHECK(r.status().where().path == "content/program.toml");
    CHECK(r.status().where().line == c.line);
    if (c.column) CHECK(r.status().where().column == c.column);

    // The same text as a page's front matter: the same sentence, lines counted in the page. (A text
    // cut without a line break would end at a line break there.)
    if (!std::string_view(c.toml).ends_with('\n')) continue;
    Diagnostics diags;
    Result<MarkdownFile> page = ParseMarkdown(std::string("+++\n") + c.toml + "\n+++\nТекст\n", "content/about.md",
                                              1 << 20, diags);
    REQUIRE_FALSE(page.ok());
    CHECK(page.status().message() == message);
    CHECK(page.status().where().line == c.line + 1);
  }
}

TEST_CASE("times and date-times say what is accepted", "[toml]") {
  for (const char* text : {"d = 2025-02-10 10:00\n", "t = 10:00\n", "d = 2025-02-10T25:00:00\n"}) {
    Result<Value> r = ParseToml(text, "p.toml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("2025-09-01T10:00:00 или 2025-09-01T10:00:00+03:00 (учитывается только дата)") !=
          std::string::npos);
  }
  Result<Value> hour = ParseToml("d = 2025-02-10T25:00:00\n", "p.toml");
  CHECK(hour.status().message().starts_with("часов может быть от 00 до 23, а записано 25; "));
  // An accepted date-time is a date: the time of day is not used anywhere.
  Result<Value> ok = ParseToml("d = 2025-02-10T10:00:00+03:00\n", "p.toml");
  REQUIRE(ok.ok());
  CHECK(ok->Find("d")->kind == Value::Kind::kDate);
  CHECK(ok->Find("d")->date == Date{2025, 2, 10});
}

TEST_CASE("an unknown toml++ description becomes a general Russian sentence", "[toml]") {
  for (const char* english : {"Error while parsing something new: expected a widget, saw 'q'",
                              "An unspecified error occurred", "",
                              "Error while parsing key-value pair: totally new problem"}) {
    std::string message = TranslateTomlError(english);
    INFO(message);
    CHECK(EnglishWordIn(message).empty());
    CHECK((message.find("ошибка в записи TOML") != std::string::npos ||
           message.find("ключ = значение") != std::string::npos));
  }
  CHECK(TranslateTomlError("Error while parsing something new: expected a widget, saw 'q'") ==
        "ошибка в записи TOML: встречено «q»; проверьте кавычки, скобки, запятые и «=» в этой строке");
}

}  // namespace nastavnik::load
