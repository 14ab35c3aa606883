#include "compiler/ir/dump.h"

#include <sstream>

namespace ecsgen::ir {

namespace {
std::string At(const base::Range& r) {
  return r.valid() ? "  @" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column) : "";
}
}  // namespace

std::string Dump(const App& app) {
  std::ostringstream o;
  o << "app " << app.name << " region=" << app.region << (app.env.empty() ? "" : " env=" + app.env)
    << (app.production ? " production" : "") << "\n";
  const Network& n = app.network;
  o << "network " << (n.existing ? "existing " + n.vpc_id : n.cidr) << " zones=" << n.zones
    << " nat=" << (n.nat == Network::Nat::kNone ? "none" : n.nat == Network::Nat::kSingle ? "single" : "per_zone") << "\n";
  for (const auto* list : {&n.public_subnets, &n.private_subnets}) {
    for (const auto& s : *list) o << "  subnet " << s.id << " zone=" << s.zone << " " << s.cidr << s.existing << "\n";
  }
  for (const auto& e : n.endpoints) o << "  endpoint " << e.service << At(e.origin) << "\n";
  o << "cluster " << app.cluster.name << (app.cluster.exec ? " exec" : "") << "\n";
  for (const auto& g : app.security_groups) {
    o << "security_group " << g.id << At(g.origin) << "\n";
    for (const auto& r : app.sg_rules) {
      if (r.group != g.id) continue;
      o << "  " << (r.ingress ? "in  from " : "out to   ") << r.peer << (r.peer.empty() ? "vpc" : "") << " "
        << r.protocol << "/" << r.from_port << At(r.origin) << "  # " << r.description << "\n";
    }
  }
  for (const auto& r : app.roles) {
    o << "role " << r.id << " (" << r.principal << ")" << At(r.origin) << "\n";
    for (const auto& s : r.statements) {
      o << "  " << (s.allow ? "allow " : "deny  ") << s.sid << ":";
      for (const auto& a : s.actions) o << " " << a;
      o << " on ";
      if (s.any_resource) o << "*";
      for (const auto& res : s.resources) o << res.id << (res.wildcard_suffix ? "/*" : "") << (res.object_key.empty() ? "" : "/" + res.object_key) << " ";
      o << "\n";
    }
  }
  for (const auto& s : app.services) {
    o << "service " << s.name << " desired=" << s.desired << " cpu=" << s.task.cpu << " memory=" << s.task.memory << At(s.origin) << "\n";
    for (const auto& c : s.task.containers) o << "  container " << c.name << " image=" << c.image_registry << (c.image_registry.empty() ? "" : ":") << c.image << " port=" << c.port << "\n";
  }
  for (const auto& lb : app.load_balancers) {
    o << "load_balancer " << lb.name << (lb.internal ? " internal" : " public") << (lb.network ? " nlb" : " alb") << At(lb.origin) << "\n";
    for (const auto& l : lb.listeners) {
      o << "  listener " << l.protocol << ":" << l.port << "\n";
      for (const auto& r : l.rules) o << "    rule " << r.priority << " -> " << r.target_group << At(r.origin) << "\n";
    }
  }
  for (const auto& l : app.log_groups) o << "log_group " << l.name << " retention=" << l.retention_days << "\n";
  if (app.log_bucket) {
    const LogBucket& b = *app.log_bucket;
    o << "access_log_bucket " << b.name_prefix << " expire=" << b.expire_days << (b.acl_delivery ? " acl" : "")
      << " alb_writer=" << (b.elb_account.empty() ? "logdelivery.elasticloadbalancing" : b.elb_account) << At(b.origin) << "\n";
    for (const auto& lb : app.load_balancers) {
      if (!lb.access_log_prefix.empty()) o << "  " << lb.name << " -> " << lb.access_log_prefix << "\n";
    }
    for (const auto& in : app.ingresses) {
      if (in.cdn && !in.cdn->access_log_prefix.empty()) o << "  cloudfront " << in.id << " -> " << in.cdn->access_log_prefix << "\n";
    }
    for (const auto& bucket : app.buckets) {
      if (!bucket.access_log_prefix.empty()) o << "  bucket " << bucket.id << " -> " << bucket.access_log_prefix << "\n";
    }
  }
  return o.str();
}

}  // namespace ecsgen::ir
