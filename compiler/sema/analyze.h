#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diagnostics/sink.h"
#include "compiler/sema/model.h"

namespace ecsgen::sema {

// Checks the AST and builds the model, with the overlay `env` applied when it is not empty.
// Returns nullopt when the file had errors that leave no usable model; errors are in the sink
// either way, all of them.
std::optional<Model> Analyze(const ast::File& file, const std::string& source_path, const std::string& env,
                             diagnostics::DiagnosticSink& sink);

// True for the keywords of top-level blocks (`service`, `database`, ..., `env`).
bool IsTopLevelKind(std::string_view keyword);

// A name that fits every AWS resource name it becomes part of (app, components, sidecars): a lowercase
// letter, then lowercase letters, digits, `-` and `_`, at most 32 characters, with no two of `-`/`_` in
// a row and none at the end (`_` becomes `-`, and RDS and ElastiCache ids reject `--` and a final `-`).
bool ValidName(std::string_view name);
// The help line that states the rule above.
inline constexpr const char* kNameRule =
    "start with a lowercase letter; use lowercase letters, digits, and single `-` or `_` between them; "
    "at most 32 characters";

// The names of the env overlays the file declares, in source order.
std::vector<std::string> EnvNames(const ast::File& file);

}  // namespace ecsgen::sema
