#pragma once

#include <string>
#include <string_view>

#include "compiler/ir/ir.h"

namespace ecsgen::emit::cloudformation {

// A CloudFormation logical id: `prefix` + Camel(`id`) + `suffix`, alphanumeric only and at most 255
// characters, so the same IR id always gives the same logical id ("svc_web" -> "SecurityGroupSvcWeb").
std::string LogicalId(std::string_view prefix, std::string_view id = "", std::string_view suffix = "");

// The logical id of the resource an object reference points at (the one its family emits).
std::string LogicalIdOf(const ir::App& app, ir::ObjectKind kind, const std::string& id);

}  // namespace ecsgen::emit::cloudformation
