#pragma once

#include "compiler/emit/output.h"
#include "compiler/ir/ir.h"

namespace ecsgen::emit::cloudformation {

// One CloudFormation template (template.json) for the whole application. `merged_document` also
// fills Output::merged (what `-o -` prints); writing files does not need it.
Output Emit(const ir::App& app, bool merged_document = true);

}  // namespace ecsgen::emit::cloudformation
