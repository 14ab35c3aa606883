#pragma once

#include <string>

#include "compiler/ir/ir.h"

namespace ecsgen::ir {

// A readable text form of the IR (`ecsgen compile --dump-ir`): one line per element with its origin.
std::string Dump(const App& app);

}  // namespace ecsgen::ir
