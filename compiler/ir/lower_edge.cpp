#include <algorithm>

#include "compiler/ir/lowering.h"

// API Gateway + NLB and CloudFront fronts (issue 4). Every decision is made here, in the IR, so that
// the Terraform and CloudFormation emitters only render it.
namespace ecsgen::ir {

namespace {

const sema::Service* RoutedService(const Lowering& l, const sema::Route& route) {
  for (const auto& s : l.model.services) {
    if (s.name == route.service) return &s;
  }
  return nullptr;
}

}  // namespace

// An internal NLB with a security group (supported since 2023) in the private subnets, a TCP listener on
// the service port forwarding to an ip target group, and an API Gateway reaching it through a VPC link.
// The NLB group admits the listener port only from the VPC CIDR (REST VPC links arrive over PrivateLink,
// from the NLB's own private addresses) or from the VPC link's group (HTTP API VPC link ENIs); the tasks
// admit only the NLB group (AddTargetGroups derives that edge).
void LowerNlbApiGateway(Lowering& l, const sema::Ingress& in, Ingress& out) {
  std::string id = Id(in.name);
  std::string group = "lb_" + id;
  if (in.routes.empty()) return;  // sema reports it
  const sema::Route& route = in.routes.front();
  const sema::Service* svc = RoutedService(l, route);
  if (!svc) return;
  int port = svc->main.port;
  bool http_api = in.api == sema::ApiKind::kHttp;

  l.Group(group, l.Name("lb-" + in.name, 255), "network load balancer of ingress " + in.name, in.name_range);
  ApiGateway api;
  api.id = id;
  api.origin = in.Has("api") ? in.At("api") : in.name_range;
  api.name = l.Name(in.name, 128);
  api.http_api = http_api;
  api.load_balancer = id;
  api.listener = id + "_tcp";
  api.port = port;
  api.vpc_link_name = l.Name(in.name + "-vpc-link", 128);
  if (http_api) {
    // HTTP API VPC links place ENIs in the private subnets with their own group: a precise edge.
    api.security_group = "vpclink_" + id;
    l.Group(api.security_group, l.Name("vpclink-" + in.name, 255), "API Gateway VPC link of ingress " + in.name,
            in.name_range);
    l.Connect(api.security_group, group, port, "API Gateway VPC link of `" + in.name + "` to its NLB", in.name_range);
  } else {
    l.IngressCidr(group, "", port, "NLB listener of `" + in.name + "` from the REST API VPC link", in.name_range);
  }
  AddTargetGroups(l, in, true, group);

  LoadBalancer lb;
  lb.id = id;
  lb.origin = in.name_range;
  lb.name = l.Name(in.name, 32);
  lb.network = true;
  lb.internal = true;
  lb.security_group = group;
  Listener listener;
  listener.id = api.listener;
  listener.origin = route.range;
  listener.port = port;
  listener.protocol = "TCP";
  listener.default_action = Listener::Default::kForward;
  listener.default_target_group = id + "_" + Id(route.service);
  lb.listeners.push_back(listener);
  l.app.load_balancers.push_back(lb);

  LogGroup logs;
  logs.id = "apigw_" + id;
  logs.origin = in.name_range;
  logs.name = "/aws/apigateway/" + l.app.name + "/" + in.name;
  logs.retention_days = l.model.app.log_retention_days;
  l.app.log_groups.push_back(logs);
  api.log_group = logs.id;
  out.api = api;
}

// An internal ALB in the private subnets behind a CloudFront distribution with a VPC origin.
// - The ALB listener answers 403 unless the request carries the secret origin header: every route
//   becomes a rule with a header condition, the catch-all route a `/*` rule.
// - The header value is a generated secret (never in the .ecs source), created like any generated secret.
// - The ALB group admits the listener port from the VPC CIDR: CloudFront's VPC origin ENIs live in the
//   VPC. The tighter `com.amazonaws.global.cloudfront.origin-facing` managed prefix list would need a
//   plan-time lookup (and counts 55 rules against the group quota); the internal scheme plus the header
//   check keep the ALB unreachable from anywhere but CloudFront and the VPC.
// - The ALB listener is plain HTTP inside the VPC: a viewer `certificate` is CloudFront's (us-east-1)
//   and cannot be attached to an ALB in another region.
void LowerCloudFront(Lowering& l, const sema::Ingress& in, Ingress& out) {
  std::string id = Id(in.name);
  sema::Ingress origin = in;
  origin.certificate.clear();
  LowerAlb(l, origin, true);

  Secret secret;
  secret.id = id + "_origin";
  secret.origin = in.name_range;
  secret.name = Dashed(l.app.name) + "/" + Dashed(in.name) + "-origin";
  secret.generate = 32;
  secret.alphanumeric = true;
  secret.description = "CloudFront origin header of ingress " + in.name + " of app " + l.app.name;
  l.app.secrets.push_back(secret);

  CloudFront cdn;
  cdn.id = id;
  cdn.origin = in.name_range;
  cdn.load_balancer = id;
  cdn.origin_secret = secret.id;
  cdn.certificate = in.certificate;
  cdn.aliases = in.aliases;
  cdn.waf = in.waf;
  cdn.name = l.Name(in.name, 64);

  for (auto& lb : l.app.load_balancers) {
    if (lb.id != id || lb.listeners.empty()) continue;
    Listener& main = lb.listeners.front();
    cdn.origin_port = main.port;
    cdn.origin_protocol = main.protocol == "HTTPS" ? "https-only" : "http-only";
    int last = 0;
    for (auto& rule : main.rules) {
      rule.header_name = cdn.header_name;
      rule.header_value_secret = secret.id;
      last = std::max(last, rule.priority);
    }
    if (!main.default_target_group.empty()) {
      ListenerRule rest;
      rest.priority = last + 10;
      rest.id = main.id + "_" + std::to_string(rest.priority);
      rest.origin = in.name_range;
      for (const auto& r : in.routes) {
        if (r.host.empty() && (r.path == "/" || r.path == "/*")) rest.origin = r.range;
      }
      rest.paths = {"/*"};
      rest.header_name = cdn.header_name;
      rest.header_value_secret = secret.id;
      rest.target_group = main.default_target_group;
      main.rules.push_back(rest);
      main.default_target_group.clear();
    }
    main.default_action = Listener::Default::kFixed403;
  }
  out.cdn = cdn;
}

}  // namespace ecsgen::ir
