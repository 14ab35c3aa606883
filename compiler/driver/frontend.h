#pragma once

#include <memory>
#include <optional>
#include <string>

#include "compiler/ast/ast.h"
#include "compiler/base/source.h"
#include "compiler/diagnostics/sink.h"
#include "compiler/sema/model.h"

namespace ecsgen::driver {

// Everything known about one input file after the front end: its text, AST, model and diagnostics.
struct Unit {
  std::unique_ptr<base::SourceFile> file;
  ast::File ast;
  diagnostics::DiagnosticSink sink;
  std::optional<sema::Model> model;
  bool readable = false;
};

// Reads `path` (reporting unreadable, oversized and binary input) and parses it.
std::unique_ptr<Unit> Load(const std::string& path);
// Reads text already in memory (stdin, tests, the fuzzer) and parses it.
std::unique_ptr<Unit> LoadText(const std::string& path, std::string text);
// True when the unit's text could be lexed (no input-category errors), so analysis is worthwhile.
bool Analyzable(const Unit& unit);

}  // namespace ecsgen::driver
