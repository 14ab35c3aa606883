#pragma once

#include "compiler/base/source.h"
#include "compiler/diagnostics/sink.h"

namespace ecsgen::syntax {

// Checks that the raw bytes can be lexed at all (size, NUL bytes, UTF-8). False means do not parse.
bool PrecheckBytes(const base::SourceFile& file, diagnostics::DiagnosticSink& sink);

// The position (line, code-point column) of a byte offset.
base::Position PositionOfByte(const base::SourceFile& file, size_t offset);

}  // namespace ecsgen::syntax
