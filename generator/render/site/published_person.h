// Stage 4 (render): the one gate between a participant's record and the public site. Every
// person the site shows passes through PublishPerson, which keeps only the fields their privacy
// class allows (DATA.md «Privacy»): staff's public fields, consent fields only with consent.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/program.h"

namespace nastavnik::render::site {

struct PublishedPerson {
  /// Field name → text, only for fields that may be published: full_name, role, position,
  /// subject, experience_years ("24 года"), photo.
  std::map<std::string, std::string> fields;
  std::vector<std::string> strengths;  // empty unless publishable
};

/// Nothing when the person may not be named on the site at all. photo is the site path of the
/// person's photo if one was supplied ("photos/P001.jpg"); it is kept only where allowed.
std::optional<PublishedPerson> PublishPerson(const model::Person& person, const model::PrivacySettings& privacy,
                                             const std::string& photo = "");

}  // namespace nastavnik::render::site
