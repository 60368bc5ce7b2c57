// Stage 1 (load): toml++'s English error descriptions as Russian sentences with the fix. Kept
// apart from toml.cc (the one file that includes toml++) because it needs only the text.
#pragma once

#include <string>
#include <string_view>

namespace nastavnik::load {

/// toml++ 3.x describes an error as "Error while parsing <what>: <detail>". The result never
/// contains the English: a description no rule knows gets a general Russian sentence.
/// at_line_end: the error is at the end of a line (a string cut by the line break rather than by
/// a stray control character; toml++ words the two alike).
std::string TranslateTomlError(std::string_view description, bool at_line_end = false);

}  // namespace nastavnik::load
