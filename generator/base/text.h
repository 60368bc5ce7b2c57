// Base: UTF-8 text helpers shared by every stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nastavnik::text {

/// Strips ASCII whitespace and no-break spaces from both ends.
std::string Trim(std::string_view s);
/// Splits on a separator byte, keeping empty fields.
std::vector<std::string> Split(std::string_view s, char separator);
/// Splits a list cell on ',' ';' or '|' and trims each part, dropping empty ones.
std::vector<std::string> SplitList(std::string_view s);
bool IsValidUtf8(std::string_view s);
/// Number of code points.
size_t Utf8Length(std::string_view s);
/// Lower case for Cyrillic and Latin letters (Unicode full case mapping, through utf8proc).
std::string ToLower(std::string_view s);
/// Unicode NFC.
std::string Nfc(std::string_view s);
/// ToLower and Nfc always through utf8proc; the two above skip it for plain Russian and ASCII
/// text with the same result (tests compare them). Ill-formed bytes become U+FFFD.
std::string ToLowerFull(std::string_view s);
std::string NfcFull(std::string_view s);
/// The key two spellings of one name share: NFC, lower case, ё→е, runs of spaces
/// (including no-break spaces) folded into one, trimmed.
std::string FoldKey(std::string_view s);
/// Levenshtein distance over code points, for "did you mean".
int EditDistance(std::string_view a, std::string_view b);
/// The candidate nearest to word, or "" when none is close enough to suggest.
std::string NearestWord(std::string_view word, const std::vector<std::string>& candidates);
/// "Иванов Пётр Сергеевич" → "П. С. Иванов" (initials before the surname, as signatures read).
std::string InitialsFirst(std::string_view full_name);
/// "Иванов Пётр Сергеевич" → "Иванов П. С.".
std::string SurnameInitials(std::string_view full_name);
/// "1 год", "3 года", "11 лет": n with the Russian plural form that agrees with it.
std::string Plural(long long n, const char* one, const char* few, const char* many);
/// x with the given decimals and a Russian decimal comma ("62,5"); trim_zeros drops trailing zeros
/// and a bare comma ("72,0" → "72"). Never "-0".
std::string DecimalComma(double x, int decimals, bool trim_zeros = false);
/// Appends field as an RFC 4180 CSV cell: in quotes, with quotes doubled, when it holds any
/// character of quote_if.
void AppendCsvField(std::string* out, std::string_view field, std::string_view quote_if);
/// Escapes & < > " ' for HTML text and attributes.
std::string EscapeHtml(std::string_view s);
/// EscapeHtml for words a reader sees: the space after "№" or "§" becomes a no-break space, so
/// «СОШ № 3» and «от 21.12.2021 № АЗ-1128» never leave the sign alone at a line end.
std::string EscapeHtmlProse(std::string_view s);

}  // namespace nastavnik::text
