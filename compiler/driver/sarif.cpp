#include "compiler/driver/sarif.h"

#include "compiler/driver/version.h"

namespace ecsgen::driver {

namespace {
std::string_view Level(diagnostics::Severity severity) {
  switch (severity) {
    case diagnostics::Severity::kError: return "error";
    case diagnostics::Severity::kWarning: return "warning";
    case diagnostics::Severity::kInfo: return "note";
  }
  return "error";
}
}  // namespace

nlohmann::ordered_json Sarif(const std::vector<const Unit*>& units) {
  using nlohmann::ordered_json;
  ordered_json rules = ordered_json::array();
  for (const auto& info : diagnostics::AllKinds()) {
    rules.push_back({{"id", info.id},
                     {"name", info.id},
                     {"shortDescription", {{"text", info.summary}}},
                     {"fullDescription", {{"text", info.explanation}}},
                     {"defaultConfiguration", {{"level", Level(info.severity)}}},
                     {"properties", {{"category", diagnostics::CategoryName(info.category)}}}});
  }
  ordered_json results = ordered_json::array();
  for (const Unit* unit : units) {
    for (const auto& d : unit->sink.diagnostics()) {
      const auto& info = diagnostics::Info(d.kind);
      ordered_json location = {{"physicalLocation", {{"artifactLocation", {{"uri", unit->file->path()}}}}}};
      if (d.range.valid()) {
        location["physicalLocation"]["region"] = {{"startLine", d.range.begin.line},
                                                  {"startColumn", d.range.begin.column},
                                                  {"endLine", d.range.end.line},
                                                  {"endColumn", d.range.end.column}};
      }
      results.push_back({{"ruleId", info.id},
                         {"ruleIndex", static_cast<size_t>(d.kind)},
                         {"level", Level(d.severity)},
                         {"message", {{"text", d.message + (d.help.empty() ? "" : "\nhelp: " + d.help)}}},
                         {"locations", ordered_json::array({location})}});
    }
  }
  ordered_json run = {{"tool", {{"driver", {{"name", "ecsgen"},
                                            {"version", VersionString()},
                                            {"informationUri", "https://github.com/ecsgen/ecsgen"},
                                            {"rules", rules}}}}},
                      {"results", results}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", ordered_json::array({run})}};
}

}  // namespace ecsgen::driver
