#pragma once

#include <string>

#include "compiler/emit/cloudformation/template.h"

namespace ecsgen::emit::cloudformation {

// `{"Ref": id}` and `{"Fn::GetAtt": [id, attribute]}`.
Json Ref(const std::string& logical_id);
Json GetAtt(const std::string& logical_id, const std::string& attribute);
Json Sub(const std::string& text);

// Renders an IR object reference as a CloudFormation value: a Ref, a GetAtt, an Fn::Sub (for JSON keys of
// secrets, `:*`/`/*` suffixes and derived ARNs or URLs) or the literal ARN of an existing object. A
// reference CloudFormation cannot resolve is recorded as unsupported at `origin`.
Json Render(Template& t, const ir::ObjectRef& ref, base::Range origin);

// A `{{resolve:secretsmanager:...}}` dynamic reference to the whole value of secret `secret_id`, so the
// value never appears in the template.
Json ResolveSecret(Template& t, const std::string& secret_id);

}  // namespace ecsgen::emit::cloudformation
