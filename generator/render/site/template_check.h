// Stage 4 (render): refuses site templates that ask for a person's field the site may not
// publish (152-ФЗ). A school can override any theme template; this check is what keeps an
// edited mentors.html from printing {{phone}} or {{birth_date}} of a child.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/program.h"

namespace nastavnik::render::site {

/// One error per tag naming a field that is internal or forbidden for everyone by law, at the
/// tag's line and column in file (e.g. "themes/default/mentors.html"). Fields a school made
/// stricter through [privacy] are not errors here: PublishPerson withholds their data, so the
/// default theme keeps working when a school hides, say, experience_years.
std::vector<Status> CheckTemplateFields(const std::string& file, const std::string& text);

/// Runs the check on every site template ("theme/…" in templates) and reports to diags.
void CheckSiteTemplates(const std::map<std::string, std::string>& templates, const std::string& theme,
                        Diagnostics& diags);

}  // namespace nastavnik::render::site
