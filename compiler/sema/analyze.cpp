#include <algorithm>
#include "compiler/sema/analyze.h"

#include <functional>
#include <regex>

#include "compiler/base/text.h"
#include "compiler/sema/overlay.h"
#include "compiler/sema/readers.h"

namespace ecsgen::sema {
namespace {

using diagnostics::Kind;

struct BlockKind {
  std::string keyword;
  void (*read)(const ast::Block&, Context&);
  std::optional<ComponentKind> kind;  // named components; nullopt for the singletons
};

const std::vector<BlockKind>& BlockKinds() {
  static const std::vector<BlockKind> kinds = {
      {"app", ReadApp, std::nullopt},
      {"network", ReadNetwork, std::nullopt},
      {"cluster", ReadCluster, std::nullopt},
      {"registry", ReadRegistry, ComponentKind::kRegistry},
      {"ingress", ReadIngress, ComponentKind::kIngress},
      {"service", ReadService, ComponentKind::kService},
      {"task", ReadTask, ComponentKind::kTask},
      {"volume", ReadVolume, ComponentKind::kVolume},
      {"database", ReadDatabase, ComponentKind::kDatabase},
      {"secret", ReadSecret, ComponentKind::kSecret},
      {"parameter", ReadParameter, ComponentKind::kParameter},
      {"cache", ReadCache, ComponentKind::kCache},
      {"stream", ReadStream, ComponentKind::kStream},
      {"bucket", ReadBucket, ComponentKind::kBucket},
      {"bastion", ReadBastion, ComponentKind::kBastion},
      {"pipeline", ReadPipeline, ComponentKind::kPipeline},
  };
  return kinds;
}

const BlockKind* FindBlockKind(std::string_view keyword) {
  for (const auto& kind : BlockKinds()) {
    if (kind.keyword == keyword) return &kind;
  }
  return nullptr;
}

// Checks the shape of top-level blocks and names; fills the symbol table. Returns the blocks to read.
std::vector<const ast::Block*> CollectBlocks(const ast::Body& body, Context& ctx) {
  std::vector<const ast::Block*> blocks;
  std::map<std::string, const ast::Block*> singletons;
  std::vector<std::string> keywords;
  for (const auto& kind : BlockKinds()) keywords.push_back(kind.keyword);
  keywords.push_back("env");
  for (const auto& attribute : body.attributes) {
    ctx.sink.Report(Kind::kMisplacedStatement, attribute.key_range,
                    "attribute `" + attribute.key + "` outside any block",
                    "move it into the block it configures: `kind name { " + attribute.key + " = ... }`");
  }
  for (const auto& statement : body.statements) {
    // `service web` without braces parses as a statement; what is missing is the body, not the kind.
    if (std::find(keywords.begin(), keywords.end(), statement.keyword) != keywords.end()) {
      std::string name = statement.keyword;
      if (!statement.args.empty() && statement.args[0].kind == ast::AtomKind::kPath) name += " " + statement.args[0].text;
      ctx.sink.Report(Kind::kSyntaxError, statement.range, "expected `{` after `" + name + "`",
                      "blocks are written `" + statement.keyword + " NAME { ... }`");
      continue;
    }
    ctx.sink.Report(Kind::kUnknownBlock, statement.keyword_range,
                    "`" + statement.keyword + "` is not a block" + base::DidYouMean(statement.keyword, keywords),
                    "top-level blocks are written `kind name { ... }`");
  }
  for (const auto& block : body.blocks) {
    if (block.kind == "env") continue;
    const BlockKind* kind = FindBlockKind(block.kind);
    if (!kind) {
      ctx.sink.Report(Kind::kUnknownBlock, block.kind_range,
                      "unknown block `" + block.kind + "`" + base::DidYouMean(block.kind, keywords),
                      "blocks are " + base::QuotedList(keywords));
      continue;
    }
    if (!kind->kind) {
      if (kind->keyword != "app" && block.label) {
        ctx.sink.Report(Kind::kUnexpectedName, block.label_range, "`" + block.kind + "` takes no name",
                        "write `" + block.kind + " { ... }`");
      }
      // The app's name prefixes every resource name, so it follows the component rule. The block is
      // still read, so that its other mistakes are reported in the same run.
      if (kind->keyword == "app" && block.label && !ValidName(*block.label)) {
        ctx.sink.Report(Kind::kInvalidName, block.label_range, "`" + *block.label + "` is not a valid app name", kNameRule);
      }
      auto [it, inserted] = singletons.emplace(block.kind, &block);
      if (!inserted) {
        auto& d = ctx.sink.Report(Kind::kDuplicateBlock, block.kind_range, "`" + block.kind + "` appears twice",
                                  "merge the two blocks into one");
        d.notes.push_back({it->second->kind_range, "first `" + block.kind + "` here"});
        continue;
      }
      blocks.push_back(&block);
      continue;
    }
    if (!block.label) {
      ctx.sink.Report(Kind::kMissingName, block.kind_range, "`" + block.kind + "` needs a name",
                      "write `" + block.kind + " NAME { ... }`");
      continue;
    }
    if (!ValidName(*block.label)) {
      ctx.sink.Report(Kind::kInvalidName, block.label_range, "`" + *block.label + "` is not a valid component name",
                      kNameRule);
      continue;
    }
    auto [it, inserted] = ctx.symbols.emplace(Context::SymbolKey(*kind->kind, *block.label),
                                              Context::Symbol{*kind->kind, block.label_range});
    if (!inserted) {
      auto& d = ctx.sink.Report(Kind::kDuplicateName, block.label_range,
                                "the name `" + *block.label + "` is already used by " +
                                    base::WithArticle(KindName(it->second.kind)),
                                "component names are unique across kinds; rename one");
      d.notes.push_back({it->second.range, "first used here"});
      continue;
    }
    blocks.push_back(&block);
  }
  return blocks;
}

}  // namespace

bool ValidName(std::string_view name) {
  if (name.empty() || name.size() > 32 || !(name[0] >= 'a' && name[0] <= 'z')) return false;
  bool after_separator = false;
  for (char c : name) {
    bool separator = c == '-' || c == '_';
    if (!separator && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) return false;
    if (separator && after_separator) return false;
    after_separator = separator;
  }
  return !after_separator;
}

bool IsTopLevelKind(std::string_view keyword) { return keyword == "env" || FindBlockKind(keyword) != nullptr; }

std::vector<std::string> EnvNames(const ast::File& file) {
  std::vector<std::string> names;
  for (const auto& block : file.body.blocks) {
    if (block.kind == "env" && block.label && std::find(names.begin(), names.end(), *block.label) == names.end()) {
      names.push_back(*block.label);
    }
  }
  return names;
}

std::optional<Model> Analyze(const ast::File& file, const std::string& source_path, const std::string& env,
                             diagnostics::DiagnosticSink& sink) {
  Model model;
  model.source_path = source_path;
  model.env = env;
  Context ctx{sink, model, {}};

  const ast::Block* overlay = nullptr;
  for (const auto& block : file.body.blocks) {
    if (block.kind != "env") continue;
    if (!block.label) {
      sink.Report(Kind::kMissingName, block.kind_range, "`env` needs a name", "write `env prod { ... }`");
      continue;
    }
    // The name is typed after `--env` and becomes the value of the `env` tag on every resource.
    static const std::regex env_name("^[A-Za-z][A-Za-z0-9_.-]{0,63}$");
    if (!std::regex_match(*block.label, env_name)) {
      sink.Report(Kind::kInvalidName, block.label_range, "`" + *block.label + "` is not a valid env name",
                  "start with a letter; use letters, digits, `-`, `_` and `.`; at most 64 characters");
    }
    if (*block.label == env) {
      if (overlay) {
        auto& d = sink.Report(Kind::kDuplicateName, block.label_range, "env `" + env + "` is declared twice",
                              "merge the two overlays");
        d.notes.push_back({overlay->label_range, "first declared here"});
      }
      overlay = &block;
    }
  }
  if (!env.empty() && !overlay) {
    auto names = EnvNames(file);
    // `--env` comes from the command line, so no line of the file is to blame.
    sink.Report(Kind::kUnknownEnv, base::Range{},
                "this file has no env `" + env + "`" + base::DidYouMean(env, names),
                names.empty() ? "declare `env " + env + " { ... }` or drop `--env`"
                              : "declared envs: " + base::QuotedList(names, "and"));
    return std::nullopt;
  }

  ast::Body merged;
  const ast::Body* body = &file.body;
  if (overlay) {
    merged = ApplyOverlay(file.body, overlay->body, sink);
    body = &merged;
    // An env named prod or production is production unless the overlay's app says otherwise.
    model.app.production = env == "prod" || env == "production";
  }

  std::vector<const ast::Block*> blocks = CollectBlocks(*body, ctx);
  bool has_app = false;
  for (const ast::Block* block : blocks) {
    has_app = has_app || block->kind == "app";
    FindBlockKind(block->kind)->read(*block, ctx);
  }
  if (!has_app) {
    sink.Report(Kind::kMissingApp, base::Range{{1, 1}, {1, 2}}, "the file has no `app` block",
                "start the file with `app NAME { region = \"eu-north-1\" }`");
    return std::nullopt;
  }
  CheckModel(ctx);
  return model;
}

}  // namespace ecsgen::sema
