#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "compiler/base/source.h"
#include "compiler/diagnostics/diagnostic.h"

namespace ecsgen::diagnostics {

// Renders one diagnostic as text: location line, source snippet with a caret underline, notes, help.
std::string RenderText(const Diagnostic& diagnostic, const base::SourceFile& file, bool color);

// One JSON object per diagnostic: id, severity, file, line, column, end, message, help, notes.
nlohmann::ordered_json RenderJson(const Diagnostic& diagnostic, const base::SourceFile& file);

}  // namespace ecsgen::diagnostics
