// libFuzzer entry for the csv target; the body is fuzz/targets.h's CheckCsv (scripts/fuzz.sh runs it).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return nastavnik::fuzz::RunOrAbort(nastavnik::fuzz::CheckCsv, data, size);
}
