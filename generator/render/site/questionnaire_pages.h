// Stage 4 (render): the blank questionnaires on the site: a list page (ankety.html) and a
// printable page per questionnaire with its PDF. The pages show the questions only; the site
// has no form and collects nothing.
#pragma once

#include <vector>

#include "render/site/site_page.h"

namespace nastavnik::render::site {

/// Nothing when the school has no questionnaires.
std::vector<PageOut> QuestionnairePages(const std::vector<PublicDocument>& forms, const html::HtmlContext& context);

}  // namespace nastavnik::render::site
