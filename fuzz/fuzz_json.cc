// libFuzzer entry for the json target; the body is fuzz/targets.h's CheckJson (scripts/fuzz.sh runs it).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return nastavnik::fuzz::RunOrAbort(nastavnik::fuzz::CheckJson, data, size);
}
