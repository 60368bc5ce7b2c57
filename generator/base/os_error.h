// Operating-system errors as Russian sentences. strerror() and std::error_code::message() speak
// English (or the locale's language), and a curator must read why a file could not be written:
// every write path turns its errno into a message through here.
#pragma once

#include <string>
#include <system_error>

namespace nastavnik {

/// The reason alone, e.g. "на диске нет места" for ENOSPC; an unknown code gives its number.
std::string OsReason(int error_number);
/// "<action> <path>: <reason>", e.g. OsError("не удалось записать", "out/a.pdf", ENOSPC).
/// An empty path is named as such rather than printed as nothing.
std::string OsError(const std::string& action, const std::string& path, int error_number);
/// The same for a std::filesystem failure (its code is an errno in the generic category).
std::string OsError(const std::string& action, const std::string& path, const std::error_code& error);

}  // namespace nastavnik
