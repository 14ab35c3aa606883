#pragma once

#include <string>

namespace ecsgen::sema {

// True when Fargate runs a task of `cpu` units with `memory_mib`; otherwise `help` says what fits.
bool FargateSizeValid(int cpu, int memory_mib, std::string* help);

}  // namespace ecsgen::sema
