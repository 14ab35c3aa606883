#include <algorithm>
#include "compiler/sema/context.h"

#include "compiler/base/text.h"

namespace ecsgen::sema {

using diagnostics::Kind;

const std::vector<std::string>& ExportedAttributes(ComponentKind kind) {
  static const std::vector<std::string> none = {};
  static const std::vector<std::string> value = {""};
  static const std::vector<std::string> database = {"host", "port", "url", "name", "username", "password"};
  static const std::vector<std::string> cache = {"host", "port", "url", "auth_token"};
  static const std::vector<std::string> stream = {"brokers", "arn"};
  static const std::vector<std::string> bucket = {"name", "arn"};
  static const std::vector<std::string> service = {"url", "host", "port"};
  switch (kind) {
    case ComponentKind::kSecret:
    case ComponentKind::kParameter: return value;
    case ComponentKind::kDatabase: return database;
    case ComponentKind::kCache: return cache;
    case ComponentKind::kStream: return stream;
    case ComponentKind::kBucket: return bucket;
    case ComponentKind::kService: return service;
    default: return none;
  }
}

namespace {
std::vector<std::string> KindWords(const std::vector<ComponentKind>& kinds) {
  std::vector<std::string> words;
  for (auto kind : kinds) words.emplace_back(KindName(kind));
  return words;
}
}  // namespace

std::optional<Ref> Context::Resolve(const ast::Atom& atom, const std::vector<ComponentKind>& allowed,
                                    std::string_view what, bool name_only) {
  if (atom.kind != ast::AtomKind::kPath || atom.path.size() > 2) {
    sink.Report(Kind::kTypeMismatch, atom.range, "`" + std::string(what) + "` expects a reference like `db.password`, found " +
                ast::Describe(atom), "name a component, optionally with one of its attributes");
    return std::nullopt;
  }
  // A place that takes names (`connects`, `uses`, `mount`) would silently drop the attribute of `api.url`.
  if (name_only && atom.path.size() == 2) {
    std::string noun = allowed.size() == 1 ? std::string(KindName(allowed[0])) : "component";
    sink.Report(Kind::kTypeMismatch, atom.range, "`" + std::string(what) + "` takes a " + noun + " name, not an attribute",
                "write just `" + atom.path[0] + "`");
    return std::nullopt;
  }
  const std::string& name = atom.path[0];
  bool registry_only = allowed.size() == 1 && allowed[0] == ComponentKind::kRegistry;
  auto it = symbols.find(registry_only ? SymbolKey(ComponentKind::kRegistry, name) : name);
  if (it == symbols.end()) {
    std::vector<std::string> candidates;
    for (const auto& [symbol, info] : symbols) {
      if (std::find(allowed.begin(), allowed.end(), info.kind) != allowed.end()) {
        candidates.push_back(info.kind == ComponentKind::kRegistry ? symbol.substr(9) : symbol);
      }
    }
    // Name the kind when only one fits, and suggest declaring the kind that exports the attribute
    // written (`db.password` suggests a database, not a secret).
    std::string kind = KindWords(allowed)[0];
    if (atom.path.size() == 2) {
      for (auto candidate : allowed) {
        const auto& exported = ExportedAttributes(candidate);
        if (std::find(exported.begin(), exported.end(), atom.path[1]) != exported.end()) {
          kind = std::string(KindName(candidate));
          break;
        }
      }
    }
    std::string noun = allowed.size() == 1 ? kind : "component";
    sink.Report(Kind::kUnknownReference, atom.range, "no " + noun + " named `" + name + "`" + base::DidYouMean(name, candidates),
                "declare it (e.g. `" + kind + " " + name + " { ... }`) or fix the name");
    return std::nullopt;
  }
  if (std::find(allowed.begin(), allowed.end(), it->second.kind) == allowed.end()) {
    auto& d = sink.Report(Kind::kWrongReferenceKind, atom.range,
                          "`" + name + "` is " + base::WithArticle(KindName(it->second.kind)) + "; `" + std::string(what) +
                              "` takes a " + base::QuotedList(KindWords(allowed)),
                          "reference a component of the right kind");
    d.notes.push_back({it->second.range, "`" + name + "` is declared here"});
    return std::nullopt;
  }
  Ref ref;
  ref.kind = it->second.kind;
  ref.component = name;
  ref.attribute = atom.path.size() == 2 ? atom.path[1] : "";
  ref.range = atom.range;
  if (name_only) return ref;
  const auto& exported = ExportedAttributes(ref.kind);
  if (std::find(exported.begin(), exported.end(), ref.attribute) == exported.end()) {
    std::vector<std::string> named;
    for (const auto& a : exported) {
      if (!a.empty()) named.push_back(a);
    }
    std::string help = named.empty() ? "reference the " + std::string(KindName(ref.kind)) + " by its name alone: `" + name + "`"
                                     : "use one of " + base::QuotedList(named) + ", e.g. `" + name + "." + named[0] + "`";
    sink.Report(Kind::kUnknownReference, atom.range,
                ref.attribute.empty() ? "`" + name + "` needs an attribute here"
                                      : "a " + std::string(KindName(ref.kind)) + " has no attribute `" + ref.attribute + "`" +
                                            base::DidYouMean(ref.attribute, named),
                help);
    return std::nullopt;
  }
  return ref;
}

std::optional<std::string> Context::ResolveName(const ast::Atom& atom, ComponentKind kind, std::string_view what) {
  auto ref = Resolve(atom, {kind}, what, /*name_only=*/true);
  if (!ref) return std::nullopt;
  return ref->component;
}

}  // namespace ecsgen::sema
