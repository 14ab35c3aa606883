#pragma once

#include "compiler/emit/output.h"
#include "compiler/ir/ir.h"

namespace ecsgen::emit::terraform {

// Terraform JSON for the whole application: versions, providers, one file per concern, outputs.
Output Emit(const ir::App& app);

}  // namespace ecsgen::emit::terraform
