// libFuzzer entry for the xlsx target; the body is fuzz/targets.h's CheckXlsx (scripts/fuzz.sh runs it).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return nastavnik::fuzz::RunOrAbort(nastavnik::fuzz::CheckXlsx, data, size);
}
