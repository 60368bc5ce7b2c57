// Stage 2 (model): no page, news item or public document names a person the site may not show
// (152-ФЗ). A pupil's «Фамилия Имя» typed into a news item by hand leaks as surely as a template
// printing it, and the roster is at hand to check against.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/sources.h"
#include "model/program.h"

namespace nastavnik::model {

/// One error per mention, at the file:line:column where the name starts, of the full name of a
/// person whose name the site may not publish (MayPublish: no consent, or kept internal), in the
/// text as a reader sees it (after Markdown, across line ends and emphasis): published pages and
/// news with their titles and descriptions, the public documents' templates, the theme's HTML.
/// A name is «Фамилия Имя Отчество», «Имя Отчество Фамилия», «Фамилия Имя» or «Имя Фамилия»,
/// compared after the duplicate check's folding (NFC, ё→е, case, spaces). A name that a person
/// the site shows, the curator or an official (director, approver) also bears is no error: the
/// text may mean them. Drafts are not checked: nothing publishes them.
void CheckPublishedNames(const Program& program, const load::Sources& sources, Diagnostics& diags);

/// The document templates whose PDFs the site publishes (render/documents/paperwork_set.cc marks
/// the same documents as published).
const std::vector<std::string>& PublicDocumentTemplates();

}  // namespace nastavnik::model
