#include "compiler/emit/terraform/builder.h"

// ingress.tf.json: load balancers, target groups, listeners and listener rules.
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "ingress.tf.json";

Json DefaultAction(const ir::Listener& l) {
  switch (l.default_action) {
    case ir::Listener::Default::kForward:
      return Json{{"type", "forward"}, {"target_group_arn", "${aws_lb_target_group." + l.default_target_group + ".arn}"}};
    case ir::Listener::Default::kRedirectHttps:
      return Json{{"type", "redirect"},
                  {"redirect", Json::array({Json{{"port", "443"}, {"protocol", "HTTPS"}, {"status_code", "HTTP_301"}}})}};
    case ir::Listener::Default::kFixed403:
    case ir::Listener::Default::kFixed404: {
      bool forbidden = l.default_action == ir::Listener::Default::kFixed403;
      return Json{{"type", "fixed-response"},
                  {"fixed_response", Json::array({Json{{"content_type", "text/plain"},
                                                       {"message_body", forbidden ? "forbidden" : "not found"},
                                                       {"status_code", forbidden ? "403" : "404"}}})}};
    }
  }
  return Json::object();
}

void Rule(Builder& b, const ir::Listener& l, const ir::ListenerRule& r) {
  Json& rule = b.Resource(kFile, "aws_lb_listener_rule", r.id);
  rule["listener_arn"] = "${aws_lb_listener." + l.id + ".arn}";
  rule["priority"] = r.priority;
  rule["action"] = Json::array({Json{{"type", "forward"}, {"target_group_arn", "${aws_lb_target_group." + r.target_group + ".arn}"}}});
  Json conditions = Json::array();
  if (!r.hosts.empty()) conditions.push_back(Json{{"host_header", Json::array({Json{{"values", r.hosts}}})}});
  if (!r.paths.empty()) conditions.push_back(Json{{"path_pattern", Json::array({Json{{"values", r.paths}}})}});
  if (!r.header_name.empty()) {
    conditions.push_back(Json{{"http_header", Json::array({Json{{"http_header_name", r.header_name},
                                                                 {"values", Json::array({b.HeaderValue(r.header_value_secret)})}}})}});
  }
  rule["condition"] = conditions;
}

}  // namespace

void EmitIngress(Builder& b) {
  const ir::App& app = b.app();
  for (const auto& tg : app.target_groups) {
    Json& group = b.Resource(kFile, "aws_lb_target_group", tg.id);
    group["name"] = tg.name;
    group["port"] = tg.port;
    group["protocol"] = tg.protocol;
    group["target_type"] = "ip";
    group["vpc_id"] = b.VpcId();
    group["deregistration_delay"] = "30";
    Json health = {{"enabled", true},
                   {"healthy_threshold", tg.healthy},
                   {"unhealthy_threshold", tg.unhealthy},
                   {"interval", tg.health_interval}};
    if (tg.health_http) {
      health["path"] = tg.health_path;
      health["matcher"] = tg.health_codes;
      health["timeout"] = tg.health_timeout;
      // A TCP (NLB) target group checks TCP unless told otherwise.
      if (tg.protocol != "HTTP") health["protocol"] = "HTTP";
    } else {
      health["protocol"] = "TCP";
    }
    group["health_check"] = Json::array({health});
    b.Flush();  // see Builder::Flush
  }
  for (const auto& lb : app.load_balancers) {
    Json& balancer = b.Resource(kFile, "aws_lb", lb.id);
    balancer["name"] = lb.name;
    balancer["internal"] = lb.internal;
    balancer["load_balancer_type"] = lb.network ? "network" : "application";
    balancer["security_groups"] = Json::array({b.GroupId(lb.security_group)});
    balancer["subnets"] = b.SubnetIds(!lb.internal);
    balancer["enable_deletion_protection"] = lb.deletion_protection;
    if (!lb.network) {
      balancer["drop_invalid_header_fields"] = true;
      balancer["idle_timeout"] = lb.idle_timeout;
    }
    if (!lb.access_log_prefix.empty() && app.log_bucket) {
      const std::string& logs = app.log_bucket->id;
      balancer["access_logs"] =
          Json::array({Json{{"bucket", "${aws_s3_bucket." + logs + ".id}"}, {"prefix", lb.access_log_prefix}, {"enabled", true}}});
      // ELB writes a test object when logging is turned on: the bucket policy must allow it first.
      balancer["depends_on"] = Json::array({"aws_s3_bucket_policy." + logs});
    }
    for (const auto& l : lb.listeners) {
      Json& listener = b.Resource(kFile, "aws_lb_listener", l.id);
      listener["load_balancer_arn"] = "${aws_lb." + lb.id + ".arn}";
      listener["port"] = l.port;
      listener["protocol"] = l.protocol;
      if (!l.certificate.empty()) {
        listener["certificate_arn"] = l.certificate;
        listener["ssl_policy"] = l.ssl_policy;
      }
      listener["default_action"] = Json::array({DefaultAction(l)});
      for (const auto& r : l.rules) Rule(b, l, r);
    }
    std::string scheme = lb.listeners.empty() || lb.listeners[0].protocol != "HTTPS" ? "http" : "https";
    b.Output("ingress_" + lb.id + "_dns_name", "${aws_lb." + lb.id + ".dns_name}", "DNS name of load balancer " + lb.name);
    if (!lb.network && !lb.internal) {
      b.Output("ingress_" + lb.id + "_url", scheme + "://${aws_lb." + lb.id + ".dns_name}", "URL of ingress " + lb.id);
    }
  }
}

}  // namespace ecsgen::emit::terraform
