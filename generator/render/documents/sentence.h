// Stage 4 (render): turning a school's phrases into parts of a sentence: the letter case at its
// start, and a list run into the text.
#pragma once

#include <string>
#include <vector>

namespace nastavnik::render::documents {

/// «первый год…» → «Первый год…»: a phrase that opens a sentence.
std::string Capitalized(const std::string& phrase);
/// «Приказ о…» → «приказ о…», a phrase run into a sentence after a colon; an abbreviation
/// («ОГЭ сдан») or a word in capitals keeps its case.
std::string LowerFirst(const std::string& phrase);
/// «a, b и c»; «a; b; c» when an item holds a comma, a colon or an «и» of its own.
std::string JoinedList(const std::vector<std::string>& items);

}  // namespace nastavnik::render::documents
