#include "compiler/sema/overlay.h"

#include <algorithm>

namespace ecsgen::sema {
namespace {

void MergeBody(ast::Body& target, const ast::Body& overlay, bool top_level, diagnostics::DiagnosticSink& sink) {
  // What the overlay sets twice is appended rather than merged a second time, so the block's reader
  // sees the repetition and reports it (`duplicate-attribute`, `duplicate-name`) instead of the second
  // silently replacing the first.
  std::vector<std::string> set_keys;
  for (const auto& attribute : overlay.attributes) {
    bool again = std::find(set_keys.begin(), set_keys.end(), attribute.key) != set_keys.end();
    set_keys.push_back(attribute.key);
    auto it = std::find_if(target.attributes.begin(), target.attributes.end(),
                           [&](const ast::Attribute& a) { return a.key == attribute.key; });
    if (it != target.attributes.end() && !again) *it = attribute;
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
  std::vector<const ast::Block*> merged;
  for (const auto& block : overlay.blocks) {
    if (top_level && block.kind == "env") {
      // Merging it would change the base file's own `env` block, which is never read: a silent no-op.
      sink.Report(diagnostics::Kind::kMisplacedStatement, block.kind_range, "an `env` overlay cannot contain an `env` block",
                  "overlays do not nest; write `env " + block.label.value_or("NAME") + " { ... }` at the top level");
      continue;
    }
    auto first = std::find_if(merged.begin(), merged.end(), [&](const ast::Block* b) {
      return b->kind == block.kind && b->label == block.label;
    });
    if (first != merged.end() && top_level) {
      // Appended at the top level, a second copy of a block the base lacks would add a component.
      std::string name = block.kind + (block.label ? " " + *block.label : "");
      auto& d = sink.Report(diagnostics::Kind::kDuplicateBlock, block.kind_range,
                            "the overlay changes `" + name + "` twice", "merge the two blocks into one");
      d.notes.push_back({(*first)->kind_range, "first changed here"});
      continue;
    }
    if (first != merged.end()) {
      target.blocks.push_back(block);
      continue;
    }
    merged.push_back(&block);
    auto it = std::find_if(target.blocks.begin(), target.blocks.end(), [&](const ast::Block& b) {
      // `app { ... }` in an overlay means the one app, whatever its name.
      bool singleton = !block.label && (block.kind == "app" || block.kind == "network" || block.kind == "cluster");
      return b.kind == block.kind && (b.label == block.label || singleton);
    });
    if (it != target.blocks.end()) {
      MergeBody(it->body, block.body, false, sink);
    } else if (top_level) {
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
