#include "compiler/sema/overlay.h"

#include <algorithm>

namespace ecsgen::sema {
namespace {

void MergeBody(ast::Body& target, const ast::Body& overlay, bool top_level, diagnostics::DiagnosticSink& sink) {
  for (const auto& attribute : overlay.attributes) {
    auto it = std::find_if(target.attributes.begin(), target.attributes.end(),
                           [&](const ast::Attribute& a) { return a.key == attribute.key; });
    if (it != target.attributes.end()) *it = attribute;
    else target.attributes.push_back(attribute);
  }
  std::vector<std::string> replaced;
  for (const auto& statement : overlay.statements) {
    if (std::find(replaced.begin(), replaced.end(), statement.keyword) == replaced.end()) {
      replaced.push_back(statement.keyword);
      std::erase_if(target.statements, [&](const ast::Statement& s) { return s.keyword == statement.keyword; });
    }
    target.statements.push_back(statement);
  }
  for (const auto& block : overlay.blocks) {
    auto it = std::find_if(target.blocks.begin(), target.blocks.end(), [&](const ast::Block& b) {
      // `app { ... }` in an overlay means the one app, whatever its name.
      bool singleton = !block.label && (block.kind == "app" || block.kind == "network" || block.kind == "cluster");
      return b.kind == block.kind && (b.label == block.label || singleton);
    });
    if (it != target.blocks.end()) {
      MergeBody(it->body, block.body, false, sink);
    } else if (top_level && block.kind != "env") {
      std::string name = block.kind + (block.label ? " " + *block.label : "");
      sink.Report(diagnostics::Kind::kOverlayTarget, block.kind_range,
                  "env overlay changes `" + name + "`, which the base file does not declare",
                  "declare `" + name + " { ... }` outside the env block, or fix the name");
    } else {
      target.blocks.push_back(block);
    }
  }
}

}  // namespace

ast::Body ApplyOverlay(const ast::Body& base, const ast::Body& overlay, diagnostics::DiagnosticSink& sink) {
  ast::Body merged = base;
  MergeBody(merged, overlay, true, sink);
  return merged;
}

}  // namespace ecsgen::sema
