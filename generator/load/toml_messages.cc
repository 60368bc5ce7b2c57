#include "load/toml_messages.h"

#include <cstdlib>

#include "base/text.h"

namespace nastavnik::load {
namespace {

// The pieces of a description a Russian sentence may quote.
struct Parts {
  bool at_line_end = false;
  std::string scope;   // "date", "string", "decimal integer"…
  std::string detail;  // the English after the scope
  std::string saw;     // what toml++ says it met: a character or a number ("" when none)
  std::string value;   // the first '…' quoted in the detail
  long long limit = 0; // N of "between 1 and N"
};

bool Has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

std::string QuotedAfter(const std::string& s, size_t from) {
  size_t open = s.find('\'', from);
  if (open == std::string::npos) return "";
  size_t close = s.find('\'', open + 1);
  if (close == open + 1 && close + 1 < s.size() && s[close + 1] == '\'') close = open + 2;  // '''
  return close == std::string::npos ? "" : s.substr(open + 1, close - open - 1);
}

Parts Split(std::string_view description) {
  Parts p;
  std::string d(description);
  constexpr std::string_view kLead = "Error while parsing ";
  size_t colon = d.find(": ");
  if (d.starts_with(kLead) && colon != std::string::npos) {
    p.scope = d.substr(kLead.size(), colon - kLead.size());
    p.detail = d.substr(colon + 2);
  } else {
    p.detail = d;
  }
  if (size_t saw = p.detail.rfind("saw "); saw != std::string::npos) {
    std::string rest = p.detail.substr(saw + 4);
    if (rest.starts_with("'")) {
      p.saw = QuotedAfter(rest, 0);
    } else if (rest.starts_with("comma")) {
      p.saw = ",";
    } else if (!rest.empty() && (rest[0] == '-' || (rest[0] >= '0' && rest[0] <= '9'))) {
      p.saw = rest.substr(0, rest.find_first_not_of("-0123456789"));
    }
  }
  p.value = QuotedAfter(p.detail, 0);
  if (size_t b = p.detail.find("between 1 and "); b != std::string::npos) {
    p.limit = std::atoll(p.detail.c_str() + b + 14);
  }
  return p;
}

const char kDateForm[] = "дата пишется ГГГГ-ММ-ДД, например 2025-09-01";
const char kTimeForm[] =
    "время пишется полностью, с секундами: 10:00:00; дата со временем — 2025-09-01T10:00:00 или "
    "2025-09-01T10:00:00+03:00 (учитывается только дата), а время само по себе можно записать "
    "текстом в кавычках: \"10:00\"";
const char kUnderscore[] =
    "знак «_» в числе ставится только между цифрами и по одному: 1_000 (или без него: 1000)";
const char kFloat[] =
    "неверное число (дробь пишется через точку: 0.7); дату или текст пишите в кавычках: \"01.09.2025\"";
const char kLeadingZero[] =
    "число не может начинаться с нуля; дату или текст пишите в кавычках: \"01.09.2025\"";
const char kNeedValue[] = "после «=» ожидается значение";

std::string DateMessage(const Parts& p) {
  if (Has(p.detail, "expected day between")) {
    return "такой даты нет: в этом месяце " + text::Plural(p.limit, "день", "дня", "дней") +
           ", а указано число " + p.saw + "; " + kDateForm;
  }
  if (Has(p.detail, "expected month between")) {
    return "месяца " + p.saw + " нет: месяц — от 01 до 12; " + kDateForm;
  }
  return std::string("дата записана неверно: год — четыре цифры, месяц и день — по две; ") + kDateForm +
         ", а дату в другом виде пишите в кавычках: \"01.09.2025\"";
}

std::string TimeMessage(const Parts& p) {
  const char* what = Has(p.detail, "expected hour between")     ? "часов может быть от 00 до 23"
                     : Has(p.detail, "expected minute between") ? "минут может быть от 00 до 59"
                     : Has(p.detail, "expected second between") ? "секунд может быть от 00 до 59"
                                                                 : nullptr;
  if (what) return std::string(what) + ", а записано " + p.saw + "; " + kTimeForm;
  return std::string("время записано неверно: ") + kTimeForm;
}

std::string IntegerMessage(const Parts& p) {
  if (Has(p.detail, "not representable")) {
    return "число " + p.value +
           " слишком большое: целое число по модулю не больше 9223372036854775807; номер телефона, "
           "ИНН или счёт пишите в кавычках как текст: \"" + p.value + "\"";
  }
  if (Has(p.detail, "underscores")) return kUnderscore;
  if (Has(p.detail, "leading zeroes")) return kLeadingZero;
  if (Has(p.detail, "exceeds length limit")) return "слишком длинное число; длинный номер пишите в кавычках как текст";
  if (Has(p.detail, "expected '0'")) return "у числа с приставкой 0x, 0o или 0b не бывает знака";
  if (p.scope != "decimal integer") {
    return "после приставки 0x (шестнадцатеричное число), 0o (восьмеричное) или 0b (двоичное) ожидаются "
           "цифры этой системы, например 0x1F, 0o17, 0b101; обычное число пишется без приставки";
  }
  return "неверное число; текст пишите в кавычках";
}

std::string FloatMessage(const Parts& p) {
  if (Has(p.detail, "underscores")) return kUnderscore;
  if (Has(p.detail, "leading zeroes")) return kLeadingZero;
  if (Has(p.detail, "could not be interpreted") || Has(p.detail, "unspecified error")) {
    return "число " + p.value + " слишком велико (или слишком мало) для записи дробью";
  }
  if (Has(p.detail, "exceeds") || Has(p.detail, "precision")) {
    return "слишком длинное число: оставьте не больше 16 цифр или пишите его в кавычках как текст";
  }
  if (Has(p.scope, "hexadecimal")) return "дробное число пишется в десятичной записи: 0.75";
  return kFloat;
}

std::string StringMessage(const Parts& p) {
  if (Has(p.detail, "escape sequence")) {
    return "в строке «" + p.value +
           "» — неизвестное сочетание: после «\\» допустимы только \\n, \\t, \\\", \\\\ и \\u с четырьмя "
           "цифрами (\\u00E9); саму обратную черту пишите дважды (\"C:\\\\папка\") или берите строку в "
           "одинарные кавычки: 'C:\\папка'";
  }
  if (Has(p.detail, "control character")) {
    return p.at_line_end ? "строка не закрыта кавычкой до конца строки"
                         : "в строке недопустимый управляющий символ: удалите его";
  }
  if (Has(p.detail, "line-ending backslashes") || Has(p.detail, "expected space or tab")) {
    return "после «\\» в конце строки не должно быть другого текста";
  }
  if (Has(p.detail, "end-of-file")) return "строка не закрыта кавычкой до конца файла";
  return "строка в кавычках записана неверно: проверьте кавычки и обратную черту «\\»";
}

std::string UnicodeMessage(const Parts& p) {
  if (Has(p.detail, "expected hex digit")) {
    return "после \\u ожидаются ровно четыре шестнадцатеричные цифры (\\u00E9), после \\U — восемь "
           "(\\U0001F600)";
  }
  return "такого символа в Юникоде нет: проверьте код после \\u или \\U (или впишите сам символ)";
}

std::string ArrayMessage(const Parts& p) {
  if (Has(p.detail, "expected value or closing ']', saw comma")) {
    return "в списке лишняя запятая: между запятыми должно стоять значение, например [1, 2, 3]";
  }
  if (Has(p.detail, "end-of-file")) return "список не закрыт: ожидается «]»";
  return "значения списка разделяются запятыми, а список закрывается «]»: [1, 2, 3]";
}

std::string InlineTableMessage(const Parts& p) {
  if (Has(p.detail, "dangling comma")) {
    return "после последней пары в { } запятая не ставится: {a = 1, b = 2}";
  }
  if (p.saw == ",") return "в { } лишняя запятая: между запятыми должна стоять пара ключ = значение";
  if (Has(p.detail, "expected comma")) return "пары в { } разделяются запятыми: {a = 1, b = 2}";
  return "таблица в { } пишется в одну строку и закрывается «}»: {a = 1, b = 2}; длинную запишите "
         "под заголовком [имя]";
}

std::string RootTableMessage(const Parts& p) {
  if (p.saw == "=") return "перед «=» нет имени ключа: пишите ключ = значение";
  return "строка должна быть парой ключ = значение, заголовком [таблица] или комментарием после #" +
         (p.saw.empty() ? std::string() : "; здесь встречено «" + p.saw + "»");
}

std::string Redefined(const Parts& p) {
  if (p.scope == "table header" && !p.value.empty()) {
    return "таблица [" + p.value + "] задана дважды: соберите её ключи под одним заголовком";
  }
  if (!p.value.empty()) return "ключ «" + p.value + "» задан дважды: оставьте одно значение";
  return "ключ задан дважды: оставьте одно значение";
}

std::string KeyValueMessage(const Parts& p) {
  if (Has(p.detail, "expected '='")) return "после имени ключа ожидается «=»";
  if (Has(p.detail, "expected a comment or whitespace")) {
    return "после значения ожидается конец строки (дробь пишется через точку: 0.7; текст — в кавычках)";
  }
  if (Has(p.detail, "value-terminator")) return "после значения ожидается конец строки";
  return "строка обрывается: ожидается ключ = значение";
}

std::string ValueMessage(const Parts& p) {
  if (Has(p.detail, "underscores")) return kUnderscore;
  if (Has(p.detail, "could not determine value type")) {
    return "непонятное значение: текст пишите в кавычках, дату — ГГГГ-ММ-ДД, число — цифрами, "
           "да или нет — true или false";
  }
  return kNeedValue;
}

std::string Fallback(const Parts& p) {
  return "ошибка в записи TOML" + (p.saw.empty() ? std::string() : ": встречено «" + p.saw + "»") +
         "; проверьте кавычки, скобки, запятые и «=» в этой строке";
}

}  // namespace

std::string TranslateTomlError(std::string_view description, bool at_line_end) {
  Parts p = Split(description);
  p.at_line_end = at_line_end;
  const std::string& s = p.scope;
  // Problems that read the same whatever toml++ was parsing.
  if (Has(p.detail, "cannot redefine existing")) return Redefined(p);
  if (Has(p.detail, "maximum nested value depth")) return "слишком глубокая вложенность";
  if (Has(p.detail, "after '\\r'")) {
    return "одиночный символ возврата каретки: сохраните файл с обычными переводами строк";
  }
  if (s == "date") return DateMessage(p);
  if (s == "time" || s == "date-time") return TimeMessage(p);
  if (s == "date-time offset") {
    return "часовой пояс записан неверно: после времени пишется Z или смещение от -23:59 до +23:59, "
           "например 2025-09-01T10:00:00+03:00 (учитывается только дата)";
  }
  if (s.ends_with("integer")) return IntegerMessage(p);
  if (s.ends_with("floating-point")) return FloatMessage(p);
  if (s == "string" || s == "literal string") return StringMessage(p);
  if (s == "unicode scalar sequence") return UnicodeMessage(p);
  if (s == "array") return ArrayMessage(p);
  if (s == "inline table") return InlineTableMessage(p);
  if (s == "root table") return RootTableMessage(p);
  if (s == "key") return "ожидается имя ключа";
  if (s == "key-value pair") return KeyValueMessage(p);
  if (s == "value") return ValueMessage(p);
  if (s == "boolean") return "ожидается true или false (без кавычек), а текст — в кавычках";
  if (s == "comment") return "в комментарии недопустимый управляющий символ: удалите его";
  if (s == "table header") {
    if (Has(p.detail, "blank bare keys")) return "у таблицы в квадратных скобках нет имени";
    return "заголовок таблицы не закрыт: ожидается «]» в той же строке";
  }
  if (Has(p.detail, "end-of-file")) return "файл обрывается: не закрыта строка, массив или таблица";
  return Fallback(p);
}

}  // namespace nastavnik::load
