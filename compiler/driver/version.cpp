#include "compiler/driver/version.h"

#ifndef ECSGEN_VERSION
#define ECSGEN_VERSION "0.0.0"
#endif
#ifndef ECSGEN_GIT_REV
#define ECSGEN_GIT_REV "unknown"
#endif

namespace ecsgen::driver {

std::string VersionString() { return std::string(ECSGEN_VERSION) + " (git " + ECSGEN_GIT_REV + ")"; }

}  // namespace ecsgen::driver
