// libFuzzer entry for the toml target; the body is fuzz/targets.h's CheckToml (scripts/fuzz.sh runs it).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return nastavnik::fuzz::RunOrAbort(nastavnik::fuzz::CheckToml, data, size);
}
