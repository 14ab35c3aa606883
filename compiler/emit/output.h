#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compiler/base/source.h"
#include "compiler/emit/text.h"

namespace ecsgen::emit {

// One file an emitter produces, already serialised (deterministic: ordered_json, fixed indentation).
struct OutputFile {
  std::string name;  // relative to the output directory, e.g. "network.tf.json" or "template.json"
  Text content;  // in chunks: at 10,000 services a file is over 100 MB
};

// A construct the target cannot express; the driver turns each into a `target-unsupported` error.
struct Unsupported {
  base::Range origin;
  std::string message;
  std::string help;
};

// What an emitter returns: the files, the merged document (`-o -`), and the count for the summary line.
struct Output {
  std::vector<OutputFile> files;
  // The files as one JSON document, serialised without a trailing newline: the template, or Terraform's
  // files merged as Terraform reads them. Empty unless the emitter was asked for it.
  Text merged;
  size_t resource_count = 0;
  std::vector<Unsupported> unsupported;

  // `merged` as a tree, for tests and fuzzing. Parsing into ordered_json looks every key up, so this is
  // quadratic in a section's size: the driver prints `merged` as it is.
  nlohmann::ordered_json Document() const { return nlohmann::ordered_json::parse(merged.Join()); }
};

// Appends a member to a JSON object without looking the key up. nlohmann's ordered_json finds keys by
// a linear scan, so `object[key] = value` over 100,000 resources is quadratic; callers guarantee
// that keys are unique (resource names are unique per type by construction).
template <typename BasicJson>
void AppendMember(BasicJson& object, std::string key, BasicJson value) {
  if (!object.is_object()) object = BasicJson::object();
  object.template get_ref<typename BasicJson::object_t&>().push_back({std::move(key), std::move(value)});
}

}  // namespace ecsgen::emit
