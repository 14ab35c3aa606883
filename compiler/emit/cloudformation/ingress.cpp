#include <string>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// Load balancers, listeners, listener rules and target groups.
namespace ecsgen::emit::cloudformation {

namespace {

Json Forward(const std::string& target_group) {
  return Json{{"Type", "forward"}, {"TargetGroupArn", Ref(LogicalId("TargetGroup", target_group))}};
}

Json DefaultAction(const ir::Listener& l) {
  using D = ir::Listener::Default;
  switch (l.default_action) {
    case D::kForward: return Forward(l.default_target_group);
    case D::kRedirectHttps:
      return Json{{"Type", "redirect"},
                  {"RedirectConfig", Json{{"Protocol", "HTTPS"}, {"Port", "443"}, {"StatusCode", "HTTP_301"}}}};
    case D::kFixed403:
    case D::kFixed404: {
      bool forbidden = l.default_action == D::kFixed403;
      return Json{{"Type", "fixed-response"},
                  {"FixedResponseConfig", Json{{"StatusCode", forbidden ? "403" : "404"},
                                               {"ContentType", "text/plain"},
                                               {"MessageBody", forbidden ? "forbidden" : "not found"}}}};
    }
  }
  return Json::object();
}

void EmitRule(Template& t, const ir::Listener& l, const ir::ListenerRule& r) {
  Json conditions = Json::array();
  if (!r.hosts.empty()) conditions.push_back(Json{{"Field", "host-header"}, {"HostHeaderConfig", Json{{"Values", r.hosts}}}});
  if (!r.paths.empty()) conditions.push_back(Json{{"Field", "path-pattern"}, {"PathPatternConfig", Json{{"Values", r.paths}}}});
  if (!r.header_name.empty()) {
    // The origin header's value is resolved from Secrets Manager at deploy time, never written here.
    conditions.push_back(Json{{"Field", "http-header"},
                              {"HttpHeaderConfig", Json{{"HttpHeaderName", r.header_name},
                                                        {"Values", Json::array({ResolveSecret(t, r.header_value_secret)})}}}});
  }
  t.Add(LogicalId("ListenerRule", r.id), "AWS::ElasticLoadBalancingV2::ListenerRule",
        {{"ListenerArn", Ref(LogicalId("Listener", l.id))},
         {"Priority", r.priority},
         {"Conditions", conditions},
         {"Actions", Json::array({Forward(r.target_group)})}});
}

void EmitTargetGroups(Template& t) {
  for (const auto& tg : t.app.target_groups) {
    Json props = {{"Name", tg.name}, {"Port", tg.port}, {"Protocol", tg.protocol}, {"TargetType", "ip"},
                  {"VpcId", VpcId(t)}, {"HealthCheckProtocol", tg.health_http ? "HTTP" : "TCP"}};
    if (tg.health_http) {
      props["HealthCheckPath"] = tg.health_path;
      props["Matcher"] = Json{{"HttpCode", tg.health_codes}};
    }
    props["HealthCheckIntervalSeconds"] = tg.health_interval;
    if (tg.health_http) props["HealthCheckTimeoutSeconds"] = tg.health_timeout;
    props["HealthyThresholdCount"] = tg.healthy;
    props["UnhealthyThresholdCount"] = tg.unhealthy;
    props["TargetGroupAttributes"] = Json::array({Json{{"Key", "deregistration_delay.timeout_seconds"}, {"Value", "30"}}});
    props["Tags"] = t.Tags(tg.name);
    t.Add(LogicalId("TargetGroup", tg.id), "AWS::ElasticLoadBalancingV2::TargetGroup", props);
  }
}

}  // namespace

void EmitLoadBalancers(Template& t) {
  EmitTargetGroups(t);
  for (const auto& lb : t.app.load_balancers) {
    std::string id = LogicalId("LoadBalancer", lb.id);
    Json attributes = Json::array();
    if (!lb.network) {
      attributes.push_back(Json{{"Key", "idle_timeout.timeout_seconds"}, {"Value", std::to_string(lb.idle_timeout)}});
      attributes.push_back(Json{{"Key", "routing.http.drop_invalid_header_fields.enabled"}, {"Value", "true"}});
    }
    attributes.push_back(Json{{"Key", "deletion_protection.enabled"}, {"Value", lb.deletion_protection ? "true" : "false"}});
    std::string logs = t.app.log_bucket ? LogicalId("Bucket", t.app.log_bucket->id) : "";
    if (!lb.access_log_prefix.empty() && !logs.empty()) {
      attributes.push_back(Json{{"Key", "access_logs.s3.enabled"}, {"Value", "true"}});
      attributes.push_back(Json{{"Key", "access_logs.s3.bucket"}, {"Value", Ref(logs)}});
      attributes.push_back(Json{{"Key", "access_logs.s3.prefix"}, {"Value", lb.access_log_prefix}});
    }
    Json props = {{"Name", lb.name},
                  {"Type", lb.network ? "network" : "application"},
                  {"Scheme", lb.internal ? "internal" : "internet-facing"},
                  {"Subnets", SubnetIds(t, !lb.internal)}};
    if (!lb.security_group.empty()) {
      props["SecurityGroups"] = Json::array({GetAtt(LogicalId("SecurityGroup", lb.security_group), "GroupId")});
    }
    if (!attributes.empty()) props["LoadBalancerAttributes"] = attributes;
    props["Tags"] = t.Tags(lb.name);
    Json& balancer = t.Add(id, "AWS::ElasticLoadBalancingV2::LoadBalancer", props);
    // ELB writes a test object when logging is turned on: the bucket policy must allow it first.
    if (!lb.access_log_prefix.empty() && !logs.empty()) balancer["DependsOn"] = Json::array({logs + "Policy"});
    for (const auto& l : lb.listeners) {
      Json listener = {{"LoadBalancerArn", Ref(id)}, {"Port", l.port}, {"Protocol", l.protocol}};
      if (!l.certificate.empty()) listener["Certificates"] = Json::array({Json{{"CertificateArn", l.certificate}}});
      if (!l.ssl_policy.empty()) listener["SslPolicy"] = l.ssl_policy;
      listener["DefaultActions"] = Json::array({DefaultAction(l)});
      t.Add(LogicalId("Listener", l.id), "AWS::ElasticLoadBalancingV2::Listener", listener);
      for (const auto& r : l.rules) EmitRule(t, l, r);
    }
    if (!lb.internal) {
      t.Output(LogicalId("LoadBalancer", lb.id, "DnsName"), GetAtt(id, "DNSName"),
               "DNS name of load balancer `" + lb.name + "` (point your domain here)");
    }
  }
}

}  // namespace ecsgen::emit::cloudformation
