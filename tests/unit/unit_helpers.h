#pragma once

#include <memory>
#include <string>

#include "compiler/driver/frontend.h"

// Small helpers shared by the unit tests: parse text in memory and reach into the result.
namespace ecsgen::testing {

// Parses `text` as a file named test.ecs.
inline std::unique_ptr<driver::Unit> Parse(const std::string& text) { return driver::LoadText("test.ecs", text); }

// The value of `v = TEXT` inside a block, for tests of how values are read.
inline ast::Value ValueOf(const std::string& text) {
  auto unit = Parse("x {\n  v = " + text + "\n}\n");
  return unit->ast.body.blocks.at(0).body.attributes.at(0).value;
}

// The IDs of the diagnostics in a sink, in order, joined by spaces: "syntax fargate-size".
inline std::string Ids(const diagnostics::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.diagnostics()) out += (out.empty() ? "" : " ") + std::string(diagnostics::Info(d.kind).id);
  return out;
}

}  // namespace ecsgen::testing
