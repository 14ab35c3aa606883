#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "compiler/ir/lowering.h"

// Ingresses: load balancers, listeners, target groups and rule priorities; API Gateway and CloudFront
// fronts live in lower_edge.cpp.
namespace ecsgen::ir {

namespace {

// Rules are evaluated by priority, so more specific routes must come first: routes with a host before
// those without, exact paths before prefixes, longer prefixes before shorter, then source order.
std::vector<const sema::Route*> BySpecificity(const std::vector<sema::Route>& routes) {
  std::vector<const sema::Route*> ordered;
  for (const auto& r : routes) ordered.push_back(&r);
  std::stable_sort(ordered.begin(), ordered.end(), [](const sema::Route* a, const sema::Route* b) {
    if (a->host.empty() != b->host.empty()) return !a->host.empty();
    bool a_prefix = a->path.back() == '*', b_prefix = b->path.back() == '*';
    if (a_prefix != b_prefix) return !a_prefix;
    return a->path.size() > b->path.size();
  });
  return ordered;
}

// "/api/*" matches "/api/x" but not "/api" itself on an ALB; routing both is what users mean.
std::vector<std::string> PathPatterns(const std::string& path) {
  if (path.size() > 2 && path.substr(path.size() - 2) == "/*") return {path.substr(0, path.size() - 2), path};
  return {path};
}

}  // namespace

std::vector<ListenerRule> RouteRules(Lowering& l, const sema::Ingress& in, const std::string& prefix,
                                     std::string* default_target) {
  std::vector<ListenerRule> rules;
  int priority = 0;
  for (const sema::Route* route : BySpecificity(in.routes)) {
    std::string tg = Id(in.name) + "_" + Id(route->service);
    if (route->host.empty() && (route->path == "/" || route->path == "/*")) {
      *default_target = tg;
      continue;
    }
    ListenerRule rule;
    rule.priority = (++priority) * 10;
    rule.id = prefix + "_" + std::to_string(rule.priority);
    rule.origin = route->range;
    if (!route->host.empty()) rule.hosts.push_back(route->host);
    if (route->path != "/" && route->path != "/*") rule.paths = PathPatterns(route->path);
    rule.target_group = tg;
    rules.push_back(std::move(rule));
  }
  (void)l;
  return rules;
}

void AddTargetGroups(Lowering& l, const sema::Ingress& in, bool network, const std::string& lb_group) {
  Lowering::TargetGroupIndex& index = l.target_groups;
  std::unordered_set<std::string>& existing = index.ids;
  for (; index.ids_indexed < l.app.target_groups.size(); ++index.ids_indexed) {
    existing.insert(l.app.target_groups[index.ids_indexed].id);
  }
  auto& model_services = index.model_services;
  if (model_services.empty()) {
    for (const auto& s : l.model.services) model_services[s.name] = &s;
  }
  for (; index.services_indexed < l.app.services.size(); ++index.services_indexed) {
    index.services[l.app.services[index.services_indexed].id] = index.services_indexed;
  }
  for (const auto& route : in.routes) {
    std::string id = Id(in.name) + "_" + Id(route.service);
    if (!existing.insert(id).second) continue;
    auto found = model_services.find(route.service);
    if (found == model_services.end()) continue;
    const sema::Service* svc = found->second;
    TargetGroup tg;
    tg.id = id;
    tg.origin = route.range;
    tg.name = l.Name(in.name + "-" + route.service, 32);
    tg.port = svc->main.port;
    tg.protocol = network ? "TCP" : "HTTP";
    tg.health_path = svc->health.path;
    // An NLB has no HTTP routing, but it can check HTTP health when the service says where to look.
    tg.health_http = !network || svc->health.written;
    tg.health_interval = svc->health.interval;
    tg.health_timeout = svc->health.timeout;
    tg.healthy = svc->health.healthy_threshold;
    tg.unhealthy = svc->health.unhealthy_threshold;
    tg.health_codes = svc->health.codes;
    tg.service = Id(svc->name);
    l.app.target_groups.push_back(tg);
    ++index.ids_indexed;  // its id is in `existing` already
    l.Connect(lb_group, Lowering::ServiceGroup(svc->name), svc->main.port,
              "ingress `" + in.name + "` to `" + svc->name + "`", route.range);
    if (auto it = index.services.find(tg.service); it != index.services.end()) {
      Service& service = l.app.services[it->second];
      service.attachments.push_back(LoadBalancerAttachment{tg.id, Dashed(svc->name), svc->main.port});
      for (auto& policy : service.policies) {
        if (policy.metric == ScalingPolicy::Metric::kRequests && policy.target_group.empty() && !network) {
          policy.load_balancer = Id(in.name);
          policy.target_group = tg.id;
        }
      }
    }
  }
}

void LowerAlb(Lowering& l, const sema::Ingress& in, bool internal) {
  std::string id = Id(in.name);
  std::string group = "lb_" + id;
  l.Group(group, l.Name("lb-" + in.name, 255), "load balancer of ingress " + in.name, in.name_range);
  bool tls = !in.certificate.empty();
  if (internal) {
    l.IngressCidr(group, "", tls ? 443 : 80, "listener of internal ingress `" + in.name + "` from the VPC", in.name_range);
  } else {
    if (tls) l.IngressCidr(group, "0.0.0.0/0", 443, "HTTPS listener of `" + in.name + "`", in.At("certificate"));
    if (!tls || in.redirect_http) l.IngressCidr(group, "0.0.0.0/0", 80, "HTTP listener of `" + in.name + "`", in.name_range);
  }
  AddTargetGroups(l, in, false, group);

  LoadBalancer lb;
  lb.id = id;
  lb.origin = in.name_range;
  lb.name = l.Name(in.name, 32);
  lb.internal = internal;
  lb.security_group = group;
  lb.idle_timeout = in.idle_timeout;
  Listener main;
  main.id = id + (tls ? "_https" : "_http");
  main.origin = tls ? in.At("certificate") : in.name_range;
  main.port = tls ? 443 : 80;
  main.protocol = tls ? "HTTPS" : "HTTP";
  main.certificate = in.certificate;
  if (tls) main.ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06";
  main.rules = RouteRules(l, in, main.id, &main.default_target_group);
  main.default_action = main.default_target_group.empty() ? Listener::Default::kFixed404 : Listener::Default::kForward;
  lb.listeners.push_back(main);
  if (tls && in.redirect_http && !internal) {
    Listener redirect;
    redirect.id = id + "_http";
    redirect.origin = in.At("redirect_http");
    redirect.port = 80;
    redirect.protocol = "HTTP";
    redirect.default_action = Listener::Default::kRedirectHttps;
    lb.listeners.push_back(redirect);
  }
  l.app.load_balancers.push_back(lb);
}

void LowerIngresses(Lowering& l) {
  for (const auto& in : l.model.ingresses) {
    Ingress ingress;
    ingress.id = Id(in.name);
    ingress.origin = in.name_range;
    ingress.load_balancer = Id(in.name);
    switch (in.kind) {
      case sema::IngressKind::kAlb:
        ingress.kind = "alb";
        LowerAlb(l, in, in.internal);
        break;
      case sema::IngressKind::kNlbApiGw:
        ingress.kind = "nlb_apigw";
        LowerNlbApiGateway(l, in, ingress);
        break;
      case sema::IngressKind::kCloudFront:
        ingress.kind = "cloudfront";
        LowerCloudFront(l, in, ingress);
        break;
    }
    l.app.ingresses.push_back(std::move(ingress));
  }
}

}  // namespace ecsgen::ir
