// A reader for the rule file's fixed shape only (objects, arrays, strings): the rules are ours,
// embedded at build time, so a malformed file is a build mistake the tests catch.
#include "base/grammar/rules.h"

#include <map>
#include <memory>

#include "base/grammar/letters.h"
#include "base/utf8.h"

namespace nastavnik::grammar {
namespace {

struct Value {
  std::u32string text;
  std::vector<Value> items;
  std::map<std::u32string, Value> fields;
};

class Reader {
 public:
  explicit Reader(std::u32string s) : s_(std::move(s)) {}

  Value Read() {
    Skip();
    Value v;
    if (i_ >= s_.size()) return v;
    char32_t c = s_[i_];
    if (c == U'{') {
      ++i_;
      while (Skip(), i_ < s_.size() && s_[i_] != U'}') {
        std::u32string key = Read().text;
        Skip();
        if (i_ < s_.size() && s_[i_] == U':') ++i_;
        v.fields[key] = Read();
        Skip();
        if (i_ < s_.size() && s_[i_] == U',') ++i_;
      }
      ++i_;
    } else if (c == U'[') {
      ++i_;
      while (Skip(), i_ < s_.size() && s_[i_] != U']') {
        v.items.push_back(Read());
        Skip();
        if (i_ < s_.size() && s_[i_] == U',') ++i_;
      }
      ++i_;
    } else if (c == U'"') {
      ++i_;
      while (i_ < s_.size() && s_[i_] != U'"') {
        if (s_[i_] == U'\\') ++i_;
        if (i_ < s_.size()) v.text.push_back(s_[i_++]);
      }
      ++i_;
    } else {
      while (i_ < s_.size() && s_[i_] != U',' && s_[i_] != U'}' && s_[i_] != U']') v.text.push_back(s_[i_++]);
    }
    return v;
  }

 private:
  void Skip() {
    while (i_ < s_.size() && (s_[i_] == U' ' || s_[i_] == U'\n' || s_[i_] == U'\r' || s_[i_] == U'\t')) ++i_;
  }
  std::u32string s_;
  size_t i_ = 0;
};

// Words are looked up with ё written as е (see declension.cc), so the tests are too.
std::u32string WithoutYo(std::u32string w) {
  for (char32_t& c : w)
    if (c == U'ё') c = U'е';
  return w;
}

std::vector<Rule> ToRules(const Value& list) {
  std::vector<Rule> out;
  for (const Value& v : list.items) {
    Rule r;
    auto field = [&](const char32_t* name) -> const Value* {
      auto it = v.fields.find(name);
      return it == v.fields.end() ? nullptr : &it->second;
    };
    if (const Value* g = field(U"gender")) {
      r.gender = g->text == U"male" ? RuleGender::kMale
                 : g->text == U"female" ? RuleGender::kFemale : RuleGender::kAndrogynous;
    }
    if (const Value* t = field(U"test"))
      for (const Value& x : t->items) r.tests.push_back(WithoutYo(x.text));
    if (const Value* m = field(U"mods"))
      for (size_t k = 0; k < m->items.size() && k < 5; ++k) r.mods[k] = m->items[k].text;
    if (const Value* tags = field(U"tags"))
      for (const Value& x : tags->items) r.first_word_only = r.first_word_only || x.text == U"first_word";
    out.push_back(std::move(r));
  }
  return out;
}

RuleSet ToRuleSet(const Value& v) {
  RuleSet set;
  if (auto it = v.fields.find(U"exceptions"); it != v.fields.end()) set.exceptions = ToRules(it->second);
  if (auto it = v.fields.find(U"suffixes"); it != v.fields.end()) set.suffixes = ToRules(it->second);
  return set;
}

}  // namespace

const Rules& PetrovichRules() {
  static const Rules rules = [] {
    Value root = Reader(utf8::Decode(kPetrovichRulesJson)).Read();
    Rules r;
    r.last = ToRuleSet(root.fields[U"lastname"]);
    r.first = ToRuleSet(root.fields[U"firstname"]);
    r.middle = ToRuleSet(root.fields[U"middlename"]);
    return r;
  }();
  return rules;
}

}  // namespace nastavnik::grammar
