// Stage 2 (model): the contacts and links the site prints, checked before they reach a page:
// a phone that dials, an e-mail a mail program opens, an absolute base_url, and a menu that
// links only to pages and to http(s), mailto and tel addresses.
#pragma once

#include "base/diagnostics.h"
#include "load/tree.h"
#include "model/program.h"

namespace nastavnik::model {

/// Reports each bad value at its key in program.toml. Empty values are allowed: a field left
/// out is not shown.
void CheckSiteContacts(const load::Value& root, const Program& program, Diagnostics& diags);

/// Whether a menu address may be shown; its message when not ("" when it may).
std::string MenuUrlProblem(const std::string& url);

}  // namespace nastavnik::model
