#include "compiler/emit/terraform/builder.h"

// edge.tf.json: API Gateway (REST or HTTP API through a VPC link) and CloudFront fronts.
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "edge.tf.json";

// One JSON line per request in the access log.
std::string AccessLogFormat(bool http_api) {
  Json format = {{"requestId", "$context.requestId"},
                 {"ip", "$context.identity.sourceIp"},
                 {"requestTime", "$context.requestTime"},
                 {"httpMethod", "$context.httpMethod"},
                 {"path", http_api ? "$context.path" : "$context.resourcePath"},
                 {"status", "$context.status"},
                 {"responseLength", "$context.responseLength"},
                 {"integrationError", "$context.integrationErrorMessage"}};
  return format.dump();
}

std::string LogArn(const ir::ApiGateway& api) { return "${aws_cloudwatch_log_group." + api.log_group + ".arn}"; }

// REST API: a VPC link to the NLB, `ANY /` and `ANY /{proxy+}` as HTTP_PROXY integrations through it,
// a deployment redeployed when any of them changes, and a stage with access logging.
// Prerequisite (not emitted): REST access logging needs the account-level API Gateway CloudWatch role
// (`aws_api_gateway_account`). It is one setting per account and region, so a stack that owned it would
// fight every other stack that does; set it once per account (see docs/language.md, ingress).
void RestApi(Builder& b, const ir::ApiGateway& api) {
  std::string rest = "${aws_api_gateway_rest_api." + api.id + ".id}";
  std::string nlb_dns = "${aws_lb." + api.load_balancer + ".dns_name}";
  std::string port = std::to_string(api.port);
  Json& link = b.Resource(kFile, "aws_api_gateway_vpc_link", api.id);
  link["name"] = api.vpc_link_name;
  link["target_arns"] = Json::array({"${aws_lb." + api.load_balancer + ".arn}"});

  Json& rest_api = b.Resource(kFile, "aws_api_gateway_rest_api", api.id);
  rest_api["name"] = api.name;
  rest_api["description"] = "ecsgen ingress " + api.id + " of app " + b.app().name;
  rest_api["endpoint_configuration"] = Json::array({Json{{"types", Json::array({"REGIONAL"})}}});

  Json& proxy = b.Resource(kFile, "aws_api_gateway_resource", api.id + "_proxy");
  proxy["rest_api_id"] = rest;
  proxy["parent_id"] = "${aws_api_gateway_rest_api." + api.id + ".root_resource_id}";
  proxy["path_part"] = "{proxy+}";

  struct Path {
    std::string suffix, resource, uri;
    bool proxy;
  };
  std::vector<Path> paths = {
      {"_root", "${aws_api_gateway_rest_api." + api.id + ".root_resource_id}", "http://" + nlb_dns + ":" + port + "/", false},
      {"_proxy", "${aws_api_gateway_resource." + api.id + "_proxy.id}", "http://" + nlb_dns + ":" + port + "/{proxy}", true}};
  Json depends = Json::array();
  Json triggers = Json::array({"${aws_api_gateway_resource." + api.id + "_proxy.id}"});
  for (const auto& p : paths) {
    std::string name = api.id + p.suffix;
    Json& method = b.Resource(kFile, "aws_api_gateway_method", name);
    method["rest_api_id"] = rest;
    method["resource_id"] = p.resource;
    method["http_method"] = "ANY";
    method["authorization"] = "NONE";
    if (p.proxy) method["request_parameters"] = Json{{"method.request.path.proxy", true}};
    Json& integration = b.Resource(kFile, "aws_api_gateway_integration", name);
    integration["rest_api_id"] = rest;
    integration["resource_id"] = p.resource;
    integration["http_method"] = "${aws_api_gateway_method." + name + ".http_method}";
    integration["type"] = "HTTP_PROXY";
    integration["integration_http_method"] = "ANY";
    integration["uri"] = p.uri;
    integration["connection_type"] = "VPC_LINK";
    integration["connection_id"] = "${aws_api_gateway_vpc_link." + api.id + ".id}";
    if (p.proxy) integration["request_parameters"] = Json{{"integration.request.path.proxy", "method.request.path.proxy"}};
    depends.push_back("aws_api_gateway_integration." + name);
    triggers.push_back("${aws_api_gateway_method." + name + ".id}");
    triggers.push_back("${aws_api_gateway_integration." + name + ".id}");
    triggers.push_back("${aws_api_gateway_integration." + name + ".uri}");
  }
  std::string hash = "${sha1(jsonencode([";
  for (size_t i = 0; i < triggers.size(); ++i) {
    std::string t = triggers[i].get<std::string>();
    hash += (i ? ", " : "") + t.substr(2, t.size() - 3);
  }
  hash += "]))}";
  Json& deployment = b.Resource(kFile, "aws_api_gateway_deployment", api.id);
  deployment["rest_api_id"] = rest;
  deployment["triggers"] = Json{{"redeployment", hash}};
  deployment["lifecycle"] = Json::array({Json{{"create_before_destroy", true}}});
  deployment["depends_on"] = depends;

  Json& stage = b.Resource(kFile, "aws_api_gateway_stage", api.id);
  stage["rest_api_id"] = rest;
  stage["deployment_id"] = "${aws_api_gateway_deployment." + api.id + ".id}";
  stage["stage_name"] = api.stage;
  stage["xray_tracing_enabled"] = false;
  stage["access_log_settings"] = Json::array({Json{{"destination_arn", LogArn(api)}, {"format", AccessLogFormat(false)}}});

  b.Output("ingress_" + api.id + "_url", "${aws_api_gateway_stage." + api.id + ".invoke_url}",
           "invoke URL of the REST API of ingress " + api.id);
}

// HTTP API: a VPC link with its own ENIs and group, one HTTP_PROXY integration to the NLB listener,
// the `$default` route and the auto-deployed `$default` stage with access logging (no account role needed).
void HttpApi(Builder& b, const ir::ApiGateway& api) {
  std::string id = "${aws_apigatewayv2_api." + api.id + ".id}";
  Json& link = b.Resource(kFile, "aws_apigatewayv2_vpc_link", api.id);
  link["name"] = api.vpc_link_name;
  link["subnet_ids"] = b.SubnetIds(false);
  link["security_group_ids"] = Json::array({b.GroupId(api.security_group)});

  Json& http = b.Resource(kFile, "aws_apigatewayv2_api", api.id);
  http["name"] = api.name;
  http["description"] = "ecsgen ingress " + api.id + " of app " + b.app().name;
  http["protocol_type"] = "HTTP";

  Json& integration = b.Resource(kFile, "aws_apigatewayv2_integration", api.id);
  integration["api_id"] = id;
  integration["integration_type"] = "HTTP_PROXY";
  integration["integration_method"] = "ANY";
  integration["integration_uri"] = "${aws_lb_listener." + api.listener + ".arn}";
  integration["connection_type"] = "VPC_LINK";
  integration["connection_id"] = "${aws_apigatewayv2_vpc_link." + api.id + ".id}";
  integration["payload_format_version"] = "1.0";

  Json& route = b.Resource(kFile, "aws_apigatewayv2_route", api.id);
  route["api_id"] = id;
  route["route_key"] = "$default";
  route["target"] = "integrations/${aws_apigatewayv2_integration." + api.id + ".id}";

  Json& stage = b.Resource(kFile, "aws_apigatewayv2_stage", api.id);
  stage["api_id"] = id;
  stage["name"] = "$default";
  stage["auto_deploy"] = true;
  stage["access_log_settings"] = Json::array({Json{{"destination_arn", LogArn(api)}, {"format", AccessLogFormat(true)}}});

  b.Output("ingress_" + api.id + "_url", "${aws_apigatewayv2_stage." + api.id + ".invoke_url}",
           "invoke URL of the HTTP API of ingress " + api.id);
}

Json Behaviour(const ir::CloudFront& cdn, const std::string& origin_id, const std::string& cache_policy,
               const std::string& path) {
  Json behaviour = Json::object();
  if (!path.empty()) behaviour["path_pattern"] = path;
  behaviour["target_origin_id"] = origin_id;
  behaviour["viewer_protocol_policy"] = cdn.viewer_protocol_policy;
  behaviour["allowed_methods"] = Json::array({"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"});
  behaviour["cached_methods"] = Json::array({"GET", "HEAD"});
  behaviour["cache_policy_id"] = cache_policy;
  behaviour["origin_request_policy_id"] = cdn.origin_request_policy;
  behaviour["compress"] = true;
  return behaviour;
}

// CloudFront with a VPC origin on the internal ALB. The origin header value is read back from its
// generated secret by a data source ordered after the (write-only) secret version: the value never
// appears in the .ecs source or the generated files, but it is in the Terraform state, as it is in
// CloudFront's and the listener rule's configuration anyway.
void Distribution(Builder& b, const ir::CloudFront& cdn) {
  const ir::App& app = b.app();
  const ir::Secret* secret = app.FindSecret(cdn.origin_secret);
  if (secret && secret->existing_arn.empty()) {
    Json& value = b.Data(kFile, "aws_secretsmanager_secret_version", cdn.origin_secret);
    value["secret_id"] = "${aws_secretsmanager_secret." + cdn.origin_secret + ".id}";
    value["version_id"] = "${aws_secretsmanager_secret_version." + cdn.origin_secret + ".version_id}";
  }

  Json& origin = b.Resource(kFile, "aws_cloudfront_vpc_origin", cdn.id);
  bool https = cdn.origin_protocol == "https-only";
  origin["vpc_origin_endpoint_config"] = Json::array({Json{
      {"name", cdn.name},
      {"arn", "${aws_lb." + cdn.load_balancer + ".arn}"},
      {"http_port", https ? 80 : cdn.origin_port},
      {"https_port", https ? cdn.origin_port : 443},
      {"origin_protocol_policy", cdn.origin_protocol},
      {"origin_ssl_protocols", Json::array({Json{{"items", Json::array({"TLSv1.2"})}, {"quantity", 1}}})}}});

  if (cdn.waf) {
    // CLOUDFRONT scope exists only in us-east-1; sema rejects `waf` in other regions (see the docs).
    Json& acl = b.Resource(kFile, "aws_wafv2_web_acl", cdn.id);
    acl["name"] = cdn.name;
    acl["description"] = "ecsgen ingress " + cdn.id + " of app " + app.name;
    acl["scope"] = "CLOUDFRONT";
    acl["default_action"] = Json::array({Json{{"allow", Json::array({Json::object()})}}});
    Json visibility = {{"cloudwatch_metrics_enabled", true}, {"sampled_requests_enabled", true}};
    visibility["metric_name"] = cdn.name;
    // AWS's baseline rule groups: common exploits, and known bad inputs (Log4j and the like).
    Json rules = Json::array();
    int priority = 0;
    for (const char* group : {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"}) {
      Json rule_visibility = visibility;
      rule_visibility["metric_name"] = cdn.name + "-" + group;
      rules.push_back(Json{
          {"name", group},
          {"priority", ++priority},
          {"override_action", Json::array({Json{{"none", Json::array({Json::object()})}}})},
          {"statement", Json::array({Json{{"managed_rule_group_statement",
                                           Json::array({Json{{"name", group}, {"vendor_name", "AWS"}}})}}})},
          {"visibility_config", Json::array({rule_visibility})}});
    }
    acl["rule"] = rules;
    acl["visibility_config"] = Json::array({visibility});
  }

  std::string origin_id = "alb-" + cdn.load_balancer;
  Json& dist = b.Resource(kFile, "aws_cloudfront_distribution", cdn.id);
  dist["enabled"] = true;
  dist["comment"] = "ecsgen ingress " + cdn.id + " of app " + app.name;
  dist["is_ipv6_enabled"] = true;
  dist["http_version"] = "http2and3";
  dist["price_class"] = cdn.price_class;
  if (!cdn.aliases.empty()) dist["aliases"] = cdn.aliases;
  if (cdn.waf) dist["web_acl_id"] = "${aws_wafv2_web_acl." + cdn.id + ".arn}";
  dist["origin"] = Json::array({Json{
      {"origin_id", origin_id},
      {"domain_name", "${aws_lb." + cdn.load_balancer + ".dns_name}"},
      {"vpc_origin_config", Json::array({Json{{"vpc_origin_id", "${aws_cloudfront_vpc_origin." + cdn.id + ".id}"}}})},
      {"custom_header", Json::array({Json{{"name", cdn.header_name}, {"value", b.HeaderValue(cdn.origin_secret)}}})}}});
  dist["default_cache_behavior"] = Json::array({Behaviour(cdn, origin_id, cdn.cache_policy, "")});
  if (!cdn.cached_paths.empty()) {
    Json ordered = Json::array();
    for (const auto& path : cdn.cached_paths) ordered.push_back(Behaviour(cdn, origin_id, cdn.cached_policy, path));
    dist["ordered_cache_behavior"] = ordered;
  }
  if (!cdn.access_log_prefix.empty() && app.log_bucket) {
    const std::string& logs = app.log_bucket->id;
    dist["logging_config"] = Json::array({Json{{"bucket", "${aws_s3_bucket." + logs + ".bucket_domain_name}"},
                                               {"include_cookies", false},
                                               {"prefix", cdn.access_log_prefix}}});
    // Standard logs are written through the bucket ACL, which the ownership controls must enable first.
    dist["depends_on"] = Json::array({"aws_s3_bucket_ownership_controls." + logs});
  }
  dist["restrictions"] = Json::array({Json{{"geo_restriction", Json::array({Json{{"restriction_type", "none"}, {"locations", Json::array()}}})}}});
  if (cdn.certificate.empty()) {
    dist["viewer_certificate"] = Json::array({Json{{"cloudfront_default_certificate", true}}});
  } else {
    dist["viewer_certificate"] = Json::array({Json{{"acm_certificate_arn", cdn.certificate},
                                                   {"ssl_support_method", "sni-only"},
                                                   {"minimum_protocol_version", cdn.minimum_tls}}});
  }

  b.Output("ingress_" + cdn.id + "_domain_name", "${aws_cloudfront_distribution." + cdn.id + ".domain_name}",
           "CloudFront domain name of ingress " + cdn.id);
  b.Output("ingress_" + cdn.id + "_url", "https://${aws_cloudfront_distribution." + cdn.id + ".domain_name}",
           "URL of ingress " + cdn.id);
}

}  // namespace

void EmitEdge(Builder& b) {
  for (const auto& in : b.app().ingresses) {
    if (in.api) {
      if (in.api->http_api) HttpApi(b, *in.api);
      else RestApi(b, *in.api);
    }
    if (in.cdn) Distribution(b, *in.cdn);
  }
}

}  // namespace ecsgen::emit::terraform
