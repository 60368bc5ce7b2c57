// Base: a thread-safe memo for the grammar's pure functions. A document repeats the same few
// names and phrases on every page (the school, the director, the curator), and the paperwork is
// rendered on two threads; a bound keeps a long `serve` session from growing without end.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

namespace nastavnik::grammar {

template <typename Value>
class Memo {
 public:
  template <typename Make>
  Value Get(const std::string& key, Make make) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (auto it = values_.find(key); it != values_.end()) return it->second;
    }
    Value value = make();
    std::lock_guard<std::mutex> lock(mutex_);
    if (values_.size() < kMaxEntries) values_.emplace(key, value);
    return value;
  }

 private:
  static constexpr size_t kMaxEntries = 100000;
  std::mutex mutex_;
  std::unordered_map<std::string, Value> values_;
};

}  // namespace nastavnik::grammar
