#pragma once

#include <string>
#include <string_view>

namespace ecsgen::ir {

// `name` when it fits in `limit` characters, else a prefix of it plus `-` and a 6-hex-digit hash of the
// whole name, so shortened names stay unique and stable across runs. Never ends with a hyphen.
std::string ShortName(std::string_view name, size_t limit);

// A logical id from a user name: lowercase, `-` becomes `_` (Terraform and CloudFormation both accept it).
std::string Id(std::string_view name);

// A resource name from a user name: `_` becomes `-` (ALB, target group and RDS names reject `_`).
std::string Dashed(std::string_view name);

// "web_api" -> "WebApi": CloudFormation logical ids and IAM statement ids.
std::string Camel(std::string_view name);

}  // namespace ecsgen::ir
