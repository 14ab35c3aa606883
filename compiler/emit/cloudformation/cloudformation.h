#pragma once

#include "compiler/emit/output.h"
#include "compiler/ir/ir.h"

namespace ecsgen::emit::cloudformation {

// One CloudFormation template (template.json) for the whole application.
Output Emit(const ir::App& app);

}  // namespace ecsgen::emit::cloudformation
