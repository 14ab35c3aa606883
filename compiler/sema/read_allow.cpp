#include <algorithm>
#include <regex>

#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// The `allow` statement of services, tasks, databases, caches and streams: an explicit ingress from a
// network outside the app. Sema only checks its shape; passes judge whether it is too wide.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

const char* kShape = "`allow \"CIDR\" port N`, `allow \"CIDR\" port N..M [udp]` or `allow \"CIDR\" all`";

// IPv4 CIDRs go through the language's own parser; IPv6 ones are checked for shape only.
bool ValidCidrText(const std::string& text, std::string* reason) {
  if (text.find(':') == std::string::npos) return ParseCidr(text, reason).has_value();
  static const std::regex v6("^[0-9A-Fa-f:]+/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8])$");
  if (std::regex_match(text, v6)) return true;
  *reason = "is not an IPv6 network and prefix";
  return false;
}

std::optional<AllowRule> ReadAllow(const ast::Statement& statement, Context& ctx) {
  Cursor c(statement.args, statement.range, "allow", ctx.sink);
  AllowRule rule;
  rule.range = statement.range;
  const ast::Atom* network = c.Peek();
  if (!network || (network->kind != ast::AtomKind::kString && network->kind != ast::AtomKind::kCidr)) {
    c.Mismatch(kShape);
    return std::nullopt;
  }
  c.Take(network->kind);
  std::string reason;
  if (!ValidCidrText(network->text, &reason)) {
    ctx.sink.Report(Kind::kBadCidr, network->range, "CIDR " + network->text + " " + reason,
                    "write a network and prefix, e.g. `\"203.0.113.0/24\"` or `\"2001:db8::/32\"`");
    return std::nullopt;
  }
  rule.cidr = network->text;
  if (c.TakeWord("all")) {
    rule.protocol = "-1";
    rule.from_port = 0;
    rule.to_port = 65535;
  } else if (c.TakeWord("port")) {
    auto from = c.ExpectInt(1, 65535);
    if (!from) return std::nullopt;
    rule.from_port = rule.to_port = static_cast<int>(*from);
    if (c.Take(ast::AtomKind::kDotDot)) {
      auto to = c.ExpectInt(1, 65535);
      if (!to) return std::nullopt;
      rule.to_port = static_cast<int>(*to);
      if (rule.to_port < rule.from_port) {
        ctx.sink.Report(Kind::kBadRange, statement.range, "port range starts after it ends", "write `port LOW..HIGH`");
        return std::nullopt;
      }
    }
    if (c.TakeWord("udp")) rule.protocol = "udp";
    else c.TakeWord("tcp");
  } else {
    c.Mismatch(kShape);
    return std::nullopt;
  }
  if (!c.Finish(kShape)) return std::nullopt;
  return rule;
}

}  // namespace

void ReadAllows(BlockReader& r, std::vector<AllowRule>& out, Context& ctx) {
  for (const ast::Statement* statement : r.Statements("allow")) {
    auto rule = ReadAllow(*statement, ctx);
    if (!rule) continue;
    // The same rule twice would be two identical security-group rules, which AWS refuses at apply.
    auto same = std::find_if(out.begin(), out.end(), [&](const AllowRule& earlier) {
      return earlier.cidr == rule->cidr && earlier.protocol == rule->protocol && earlier.from_port == rule->from_port &&
             earlier.to_port == rule->to_port;
    });
    if (same != out.end()) {
      auto& d = ctx.sink.Report(Kind::kDuplicateAttribute, statement->range, "this `allow` repeats an earlier one",
                                "remove the repetition");
      d.notes.push_back({same->range, "first written here"});
      continue;
    }
    out.push_back(*rule);
  }
}

}  // namespace ecsgen::sema
