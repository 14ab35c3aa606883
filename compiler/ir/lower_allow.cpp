#include "compiler/ir/lowering.h"

// Explicit `allow` statements: ingress rules from a CIDR on the component's own security group. They
// carry the statement as origin, so checks (sg-open-world, sg-all-ports, ...) point at what was written.
namespace ecsgen::ir {

namespace {

void AddAllows(Lowering& l, const std::string& group, const std::string& what,
               const std::vector<sema::AllowRule>& allows) {
  int index = 0;
  for (const auto& allow : allows) {
    SgRule rule;
    rule.id = group + "_allow_" + std::to_string(++index);
    rule.origin = allow.range;
    rule.group = group;
    rule.ingress = true;
    rule.protocol = allow.protocol;
    rule.from_port = allow.from_port;
    rule.to_port = allow.to_port;
    rule.peer_kind = PeerKind::kCidr;
    rule.peer = allow.cidr;
    rule.description = "explicit allow on " + what;
    l.app.sg_rules.push_back(rule);
  }
}

}  // namespace

void LowerAllows(Lowering& l) {
  const sema::Model& m = l.model;
  for (const auto& s : m.services) AddAllows(l, Lowering::ServiceGroup(s.name), "service " + s.name, s.allows);
  for (const auto& t : m.tasks) AddAllows(l, Lowering::TaskGroup(t.name), "task " + t.name, t.allows);
  for (const auto& d : m.databases) AddAllows(l, Lowering::DatabaseGroup(d.name), "database " + d.name, d.allows);
  for (const auto& c : m.caches) AddAllows(l, Lowering::CacheGroup(c.name), "cache " + c.name, c.allows);
  for (const auto& s : m.streams) AddAllows(l, Lowering::StreamGroup(s.name), "stream " + s.name, s.allows);
}

}  // namespace ecsgen::ir
