#include <string>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// The fronts of the other ingress kinds: API Gateway (REST or HTTP API) through a VPC link to an NLB,
// and CloudFront with a VPC origin to an internal ALB.
namespace ecsgen::emit::cloudformation {

namespace {

// Managed CloudFront policies (fixed ids, the same in every account).
constexpr const char* kCachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
constexpr const char* kCachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";
constexpr const char* kAllViewerExceptHost = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

const char* kAccessLogFormat =
    R"({"requestId":"$context.requestId","ip":"$context.identity.sourceIp","method":"$context.httpMethod",)"
    R"("path":"$context.path","status":"$context.status","latency":"$context.responseLatency"})";

void EmitHttpApi(Template& t, const ir::Ingress& in, const ir::ApiGateway& api) {
  std::string prefix = LogicalId("Api", in.id);
  const ir::LoadBalancer* lb = t.app.FindLoadBalancer(api.load_balancer);
  t.Add(prefix, "AWS::ApiGatewayV2::Api", {{"Name", api.name}, {"ProtocolType", "HTTP"}});
  Json groups = Json::array();
  if (lb && !lb->security_group.empty()) groups.push_back(GetAtt(LogicalId("SecurityGroup", lb->security_group), "GroupId"));
  t.Add(prefix + "VpcLink", "AWS::ApiGatewayV2::VpcLink",
        {{"Name", api.name}, {"SubnetIds", SubnetIds(t, false)}, {"SecurityGroupIds", groups}});
  t.Add(prefix + "Integration", "AWS::ApiGatewayV2::Integration",
        {{"ApiId", Ref(prefix)},
         {"IntegrationType", "HTTP_PROXY"},
         {"IntegrationMethod", "ANY"},
         {"ConnectionType", "VPC_LINK"},
         {"ConnectionId", Ref(prefix + "VpcLink")},
         {"IntegrationUri", Ref(LogicalId("Listener", api.listener))},
         {"PayloadFormatVersion", "1.0"}});
  t.Add(prefix + "Route", "AWS::ApiGatewayV2::Route",
        {{"ApiId", Ref(prefix)}, {"RouteKey", "$default"}, {"Target", Sub("integrations/${" + prefix + "Integration}")}});
  Json stage = {{"ApiId", Ref(prefix)}, {"StageName", "$default"}, {"AutoDeploy", true}};
  if (!api.log_group.empty()) {
    stage["AccessLogSettings"] =
        Json{{"DestinationArn", GetAtt(LogicalId("LogGroup", api.log_group), "Arn")}, {"Format", kAccessLogFormat}};
  }
  t.Add(prefix + "Stage", "AWS::ApiGatewayV2::Stage", stage);
  t.Output(prefix + "Url", GetAtt(prefix, "ApiEndpoint"), "URL of API `" + api.name + "`");
}

void EmitRestApi(Template& t, const ir::Ingress& in, const ir::ApiGateway& api) {
  std::string prefix = LogicalId("Api", in.id);
  std::string lb = LogicalId("LoadBalancer", api.load_balancer);
  t.Add(prefix, "AWS::ApiGateway::RestApi",
        {{"Name", api.name}, {"EndpointConfiguration", Json{{"Types", Json::array({"REGIONAL"})}}}});
  t.Add(prefix + "VpcLink", "AWS::ApiGateway::VpcLink", {{"Name", api.name}, {"TargetArns", Json::array({Ref(lb)})}});
  t.Add(prefix + "Proxy", "AWS::ApiGateway::Resource",
        {{"RestApiId", Ref(prefix)}, {"ParentId", GetAtt(prefix, "RootResourceId")}, {"PathPart", "{proxy+}"}});
  auto method = [&](const std::string& name, Json resource, const std::string& path) {
    Json integration = {{"Type", "HTTP_PROXY"},
                        {"IntegrationHttpMethod", "ANY"},
                        {"ConnectionType", "VPC_LINK"},
                        {"ConnectionId", Ref(prefix + "VpcLink")},
                        {"Uri", Sub("http://${" + lb + ".DNSName}:" + std::to_string(api.port) + path)}};
    Json props = {{"RestApiId", Ref(prefix)}, {"ResourceId", std::move(resource)}, {"HttpMethod", "ANY"},
                  {"AuthorizationType", "NONE"}};
    if (path != "/") {
      props["RequestParameters"] = Json{{"method.request.path.proxy", true}};
      integration["RequestParameters"] = Json{{"integration.request.path.proxy", "method.request.path.proxy"}};
    }
    props["Integration"] = integration;
    t.Add(prefix + name, "AWS::ApiGateway::Method", props);
  };
  method("RootMethod", GetAtt(prefix, "RootResourceId"), "/");
  method("ProxyMethod", Ref(prefix + "Proxy"), "/{proxy}");
  // A deployment snapshots the methods, so it must come after them.
  t.Add(prefix + "Deployment", "AWS::ApiGateway::Deployment", {{"RestApiId", Ref(prefix)}})["DependsOn"] =
      Json::array({prefix + "RootMethod", prefix + "ProxyMethod"});
  Json stage = {{"RestApiId", Ref(prefix)}, {"DeploymentId", Ref(prefix + "Deployment")}, {"StageName", "live"}};
  if (!api.log_group.empty()) {
    stage["AccessLogSetting"] =
        Json{{"DestinationArn", GetAtt(LogicalId("LogGroup", api.log_group), "Arn")}, {"Format", kAccessLogFormat}};
  }
  t.Add(prefix + "Stage", "AWS::ApiGateway::Stage", stage);
  t.Output(prefix + "Url", Sub("https://${" + prefix + "}.execute-api.${AWS::Region}.amazonaws.com/live"),
           "URL of API `" + api.name + "`");
}

void EmitCloudFront(Template& t, const ir::Ingress& in, const ir::CloudFront& cdn) {
  std::string prefix = LogicalId("Cdn", in.id);
  std::string lb = LogicalId("LoadBalancer", cdn.load_balancer);
  const ir::LoadBalancer* alb = t.app.FindLoadBalancer(cdn.load_balancer);
  bool https = false;
  if (alb) {
    for (const auto& l : alb->listeners) https = https || l.protocol == "HTTPS";
  }
  t.Add(prefix + "VpcOrigin", "AWS::CloudFront::VpcOrigin",
        {{"VpcOriginEndpointConfig", Json{{"Name", alb ? alb->name : in.id},
                                          {"Arn", Ref(lb)},
                                          {"HTTPPort", 80},
                                          {"HTTPSPort", 443},
                                          {"OriginProtocolPolicy", https ? "https-only" : "http-only"}}}});
  Json origin = {{"Id", "alb"},
                 {"DomainName", GetAtt(lb, "DNSName")},
                 {"VpcOriginConfig", Json{{"VpcOriginId", GetAtt(prefix + "VpcOrigin", "Id")}}}};
  if (!cdn.origin_secret.empty()) {
    origin["OriginCustomHeaders"] =
        Json::array({Json{{"HeaderName", cdn.header_name}, {"HeaderValue", ResolveSecret(t, cdn.origin_secret)}}});
  }
  Json all_methods = Json::array({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"});
  Json config = {{"Enabled", true},
                 {"Comment", "ecsgen: ingress " + in.id + " of " + t.app.name},
                 {"HttpVersion", "http2and3"},
                 {"Origins", Json::array({origin})},
                 {"DefaultCacheBehavior", Json{{"TargetOriginId", "alb"},
                                               {"ViewerProtocolPolicy", "redirect-to-https"},
                                               {"AllowedMethods", all_methods},
                                               {"CachedMethods", Json::array({"GET", "HEAD"})},
                                               {"CachePolicyId", kCachingDisabled},
                                               {"OriginRequestPolicyId", kAllViewerExceptHost},
                                               {"Compress", true}}}};
  if (!cdn.cached_paths.empty()) {
    Json behaviors = Json::array();
    for (const auto& path : cdn.cached_paths) {
      behaviors.push_back(Json{{"PathPattern", path},
                               {"TargetOriginId", "alb"},
                               {"ViewerProtocolPolicy", "redirect-to-https"},
                               {"AllowedMethods", Json::array({"GET", "HEAD"})},
                               {"CachePolicyId", kCachingOptimized},
                               {"Compress", true}});
    }
    config["CacheBehaviors"] = behaviors;
  }
  if (!cdn.aliases.empty()) config["Aliases"] = cdn.aliases;
  if (!cdn.access_log_prefix.empty() && t.app.log_bucket) {
    // Standard logs go to the bucket's global domain name, written through its ACL (kept enabled for this).
    config["Logging"] = Json{{"Bucket", GetAtt(LogicalId("Bucket", t.app.log_bucket->id), "DomainName")},
                             {"IncludeCookies", false},
                             {"Prefix", cdn.access_log_prefix}};
  }
  if (cdn.certificate.empty()) {
    config["ViewerCertificate"] = Json{{"CloudFrontDefaultCertificate", true}};
  } else {
    config["ViewerCertificate"] = Json{{"AcmCertificateArn", cdn.certificate},
                                       {"SslSupportMethod", "sni-only"},
                                       {"MinimumProtocolVersion", "TLSv1.2_2021"}};
  }
  if (cdn.waf) {
    // Sema admits `waf` only for apps in us-east-1, where a CLOUDFRONT-scope web ACL lives.
    Json visibility = {{"CloudWatchMetricsEnabled", true}, {"SampledRequestsEnabled", true}, {"MetricName", cdn.name}};
    // AWS's baseline rule groups: common exploits, and known bad inputs (Log4j and the like).
    Json rules = Json::array();
    int priority = 0;
    for (const char* group : {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"}) {
      Json rule_visibility = visibility;
      rule_visibility["MetricName"] = cdn.name + "-" + group;
      rules.push_back(Json{{"Name", group},
                           {"Priority", ++priority},
                           {"OverrideAction", Json{{"None", Json::object()}}},
                           {"Statement", Json{{"ManagedRuleGroupStatement", Json{{"Name", group}, {"VendorName", "AWS"}}}}},
                           {"VisibilityConfig", rule_visibility}});
    }
    t.Add(prefix + "WebAcl", "AWS::WAFv2::WebACL",
          {{"Name", cdn.name},
           {"Description", "ecsgen ingress " + cdn.id + " of app " + t.app.name},
           {"Scope", "CLOUDFRONT"},
           {"DefaultAction", Json{{"Allow", Json::object()}}},
           {"Rules", rules},
           {"VisibilityConfig", visibility}});
    config["WebACLId"] = GetAtt(prefix + "WebAcl", "Arn");
  }
  t.Add(prefix, "AWS::CloudFront::Distribution", {{"DistributionConfig", config}, {"Tags", t.Tags(t.app.name + "-" + in.id)}});
  t.Output(prefix + "DomainName", GetAtt(prefix, "DomainName"), "CloudFront domain of ingress `" + in.id + "`");
}

}  // namespace

void EmitEdges(Template& t) {
  for (const auto& in : t.app.ingresses) {
    if (in.api) {
      if (in.api->http_api) EmitHttpApi(t, in, *in.api);
      else EmitRestApi(t, in, *in.api);
    }
    if (in.cdn) EmitCloudFront(t, in, *in.cdn);
  }
}

}  // namespace ecsgen::emit::cloudformation
