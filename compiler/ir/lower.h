#pragma once

#include "compiler/ir/ir.h"
#include "compiler/sema/model.h"

namespace ecsgen::ir {

// Lowers the checked model into the IR: derives the network layout, the security-group paths for
// every edge, IAM statements on exact resources, names within AWS limits and rule priorities.
App Lower(const sema::Model& model);

}  // namespace ecsgen::ir
