#pragma once

#include <string>

#include "compiler/ir/ir.h"

// `ecsgen compile --explain-plan`: what the IR will create, what it exposes, what it costs before traffic.
namespace ecsgen::plan {

// A short human summary: resource counts by kind, everything reachable from outside the VPC, and the
// fixed monthly cost drivers priced from a small table whose assumptions are printed with it.
std::string ExplainPlan(const ir::App& app);

}  // namespace ecsgen::plan
