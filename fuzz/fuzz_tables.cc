// libFuzzer entry for the tables target; the body is fuzz/targets.h's CheckTables (scripts/fuzz.sh runs it).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return nastavnik::fuzz::RunOrAbort(nastavnik::fuzz::CheckTables, data, size);
}
