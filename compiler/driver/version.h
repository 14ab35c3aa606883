#pragma once

#include <string>

namespace ecsgen::driver {

// "0.1.0 (git abc1234)"
std::string VersionString();

}  // namespace ecsgen::driver
