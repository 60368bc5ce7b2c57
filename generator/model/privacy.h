// Stage 2 (model): the privacy class of every field of a participant (152-ФЗ, DATA.md «Privacy»).
// The site asks here before it publishes anything about a person, and the template check asks
// here which names a site template may not mention.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/tree.h"
#include "model/program.h"

namespace nastavnik::model {

/// The class of a person's field; staff (педагоги) have public names and posts by law.
/// Names that are not person fields at all return kPublic.
FieldClass ClassOfField(const std::string& field, bool staff, const PrivacySettings& privacy);

/// Whether the site may publish this field of this person: its class is public, or needs
/// consent and the person's record gives it (consent_publish «да»).
bool MayPublish(const Person& person, const std::string& field, const PrivacySettings& privacy);

/// Every name a template could use for a person's data, published or not.
const std::vector<std::string>& PersonFieldNames();

/// Fields the school may move to a stricter class through [privacy].
const std::vector<std::string>& PublishableFieldNames();

/// Reads [privacy] { consent = [...], internal = [...] }, refusing unknown fields (with a hint)
/// and any attempt to loosen a class.
void ReadPrivacy(const load::Value* table, PrivacySettings& privacy, Diagnostics& diags);

}  // namespace nastavnik::model
