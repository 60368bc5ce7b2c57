// Stage 2 (model): checks of the organisation's requisites (ИНН, ОГРН, address) that the
// personal-data consents print.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "model/program.h"

namespace nastavnik::model {

/// A legal entity's ИНН: ten digits, the last one the control digit.
bool IsValidLegalInn(const std::string& inn);
/// ОГРН: thirteen digits, the last one the first twelve modulo 11 (its last digit).
bool IsValidOgrn(const std::string& ogrn);
/// A Russian message naming what is wrong, or "" when the number is valid.
std::string InnProblem(const std::string& inn);
std::string OgrnProblem(const std::string& ogrn);
/// Errors at [organization] for a missing address, ИНН or ОГРН when there are consents to make.
void CheckConsentRequisites(const Program& program, Diagnostics& diags);

}  // namespace nastavnik::model
