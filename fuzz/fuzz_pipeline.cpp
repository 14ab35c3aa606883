// libFuzzer target: the whole pipeline in memory on arbitrary bytes, as `ecsgen compile` runs it.
// Nothing reaches the disk; a crash, leak, sanitizer report or timeout in any phase is a finding.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "compiler/driver/analysis.h"
#include "compiler/driver/frontend.h"
#include "compiler/driver/report.h"
#include "compiler/emit/cloudformation/cloudformation.h"
#include "compiler/emit/terraform/terraform.h"

namespace {

using namespace ecsgen;

// Analyses the unit for one env into `sink` and, when the IR has no errors, runs both emitters on it.
void RunEnv(const driver::Unit& unit, const std::string& env, diagnostics::DiagnosticSink& sink) {
  driver::Analysis analysis = driver::AnalyzeFile(unit.ast, unit.file->path(), env, sink);
  if (!analysis.ir || sink.HasErrors()) return;
  // Serialising rejects invalid UTF-8 in any value the emitters built by throwing, and parsing the
  // merged document back checks it is one well-formed JSON document.
  emit::Output terraform = emit::terraform::Emit(*analysis.ir);
  (void)terraform.Document();
  emit::Output cloudformation = emit::cloudformation::Emit(*analysis.ir);
  (void)cloudformation.Document();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto unit = driver::LoadText("fuzz.ecs", std::string(reinterpret_cast<const char*>(data), size));
  if (driver::Analyzable(*unit)) {
    // The prod overlay starts from the parser's diagnostics, as `compile --env prod` would.
    diagnostics::DiagnosticSink prod = unit->sink;
    RunEnv(*unit, "", unit->sink);
    RunEnv(*unit, "prod", prod);
  }
  // Rendering points carets into the text, so every diagnostic's range is exercised too.
  unit->sink.Sort();
  std::ostringstream out;
  std::ostringstream err;
  driver::PrintDiagnostics({unit.get()}, driver::Format::kText, false, out, err);
  driver::PrintDiagnostics({unit.get()}, driver::Format::kJson, false, out, err);
  return 0;
}
