// libFuzzer entry for the program target; the body is fuzz/targets.h's CheckProgram (scripts/fuzz.sh runs it).
#include "fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return nastavnik::fuzz::RunOrAbort(nastavnik::fuzz::CheckProgram, data, size);
}
