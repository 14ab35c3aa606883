#include <regex>

#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// The `env` and `secrets` maps of services, tasks and sidecars: literal values and references.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

const std::vector<ComponentKind> kEnvKinds = {ComponentKind::kDatabase, ComponentKind::kCache, ComponentKind::kStream,
                                              ComponentKind::kBucket, ComponentKind::kService,
                                              ComponentKind::kParameter, ComponentKind::kSecret};
const std::vector<ComponentKind> kSecretKinds = {ComponentKind::kSecret, ComponentKind::kDatabase,
                                                 ComponentKind::kCache, ComponentKind::kParameter};

bool ValidEnvName(const std::string& name) {
  static const std::regex pattern("^[A-Za-z_][A-Za-z0-9_]*$");
  return std::regex_match(name, pattern);
}

}  // namespace

// `{ NAME = "literal" | component.attribute }`. Secrets take references only; one without secret
// material (`db.url`, as DESIGN's sketch writes it) goes to `plain` with a warning, since injecting it
// from a secret store is impossible and refusing it would fail a file that means no harm.
void ReadEnvMap(Cursor& c, std::vector<EnvValue>& out, std::vector<EnvValue>* plain, Context& ctx) {
  const bool secrets = plain != nullptr;
  const ast::Atom* map = c.Take(ast::AtomKind::kMap);
  if (!map) return c.Mismatch(secrets ? "a map like `{ DB_PASSWORD = db.password }`" : "a map like `{ MODE = \"production\" }`");
  std::set<std::string> seen;
  for (const auto& block : map->map->blocks) {
    ctx.sink.Report(Kind::kTypeMismatch, block.range, "`" + c.what() + "` takes `NAME = value` entries, not blocks",
                    "write `" + block.kind + " = ...`");
  }
  for (const auto& statement : map->map->statements) {
    ctx.sink.Report(Kind::kTypeMismatch, statement.range, "`" + c.what() + "` takes `NAME = value` entries",
                    "write `" + statement.keyword + " = ...`");
  }
  for (const auto& attribute : map->map->attributes) {
    if (!ValidEnvName(attribute.key)) {
      ctx.sink.Report(Kind::kBadString, attribute.key_range, "`" + attribute.key + "` is not a valid variable name",
                      "use letters, digits and `_`, not starting with a digit");
      continue;
    }
    if (!seen.insert(attribute.key).second) {
      ctx.sink.Report(Kind::kDuplicateAttribute, attribute.key_range, "`" + attribute.key + "` is set twice in `" + c.what() + "`",
                      "keep one");
      continue;
    }
    Cursor inner(attribute.value, attribute.key, ctx.sink);
    EnvValue value;
    value.name = attribute.key;
    value.range = attribute.value.range;
    if (const ast::Atom* literal = inner.Take(ast::AtomKind::kString)) {
      if (secrets) {
        ctx.sink.Report(Kind::kTypeMismatch, literal->range, "`secrets` takes references, not literal values",
                        "declare `secret NAME { generate = 32 }` (or `arn = ...`) and write `" + attribute.key + " = NAME`");
        continue;
      }
      value.literal = literal->text;
    } else if (const ast::Atom* path = inner.Peek(); path && path->kind == ast::AtomKind::kPath) {
      inner.Take(ast::AtomKind::kPath);
      auto ref = ctx.Resolve(*path, secrets ? kSecretKinds : kEnvKinds, c.what());
      if (!ref) continue;
      if (!secrets && ref->IsSecretValue()) {
        ctx.sink.Report(Kind::kSecretInEnv, path->range, "`" + path->text + "` is secret material and cannot go in `env`",
                        "move `" + attribute.key + " = " + path->text + "` to `secrets`");
        continue;
      }
      value.kind = EnvKind::kRef;
      value.ref = *ref;
      if (secrets && !ref->IsSecretValue() && ref->kind != ComponentKind::kParameter) {
        ctx.sink.Report(Kind::kNotSecret, path->range,
                        "`" + path->text + "` holds no secret; it is passed as a plain environment variable",
                        "move `" + attribute.key + " = " + path->text + "` to `env`");
        if (inner.Finish("one reference")) plain->push_back(std::move(value));
        continue;
      }
    } else if (const ast::Atom* number = inner.Take(ast::AtomKind::kInt); number && !secrets) {
      value.literal = number->text;
    } else {
      inner.Mismatch(secrets ? "a reference like `db.password`" : "a string or a reference like `db.host`");
      continue;
    }
    if (!inner.Finish(secrets ? "one reference" : "one string or reference")) continue;
    out.push_back(std::move(value));
  }
}

}  // namespace ecsgen::sema
