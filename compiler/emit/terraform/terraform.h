#pragma once

#include "compiler/emit/output.h"
#include "compiler/ir/ir.h"

namespace ecsgen::emit::terraform {

// Terraform JSON for the whole application: versions, providers, one file per concern, outputs.
// `merged_document` also builds Output::merged (what `-o -` prints); writing files does not need it.
Output Emit(const ir::App& app, bool merged_document = true);

}  // namespace ecsgen::emit::terraform
