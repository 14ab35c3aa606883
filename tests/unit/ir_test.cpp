#include <catch2/catch.hpp>
#include <cstdio>

#include "compiler/ir/cidr.h"
#include "compiler/ir/lower.h"
#include "compiler/ir/names.h"
#include "compiler/sema/analyze.h"
#include "unit_helpers.h"

using namespace ecsgen;

namespace {

// Lowers `text`, which must be free of errors.
ir::App LowerText(const std::string& text) {
  auto unit = testing::Parse(text);
  diagnostics::DiagnosticSink sink;
  auto model = sema::Analyze(unit->ast, "test.ecs", "", sink);
  REQUIRE(model);
  REQUIRE(sink.ErrorCount() == 0);
  return ir::Lower(*model);
}

const ir::Role& RoleNamed(const ir::App& app, const std::string& id) {
  const ir::Role* role = app.FindRole(id);
  REQUIRE(role != nullptr);
  return *role;
}

const ir::Statement* StatementNamed(const ir::Role& role, const std::string& sid) {
  for (const auto& s : role.statements) {
    if (s.sid == sid) return &s;
  }
  return nullptr;
}

const char* kTwoServices = R"(app shop {
  region = "eu-north-1"
}
registry web {}
ingress public {
  certificate = "arn:aws:acm:eu-north-1:123456789012:certificate/abc"
  route "/"              -> web
  route "/api/*"         -> api
  route "/api/v2/*"      -> api
  route "/exact"         -> web
  route "admin.example.com/*" -> web
}
service web {
  image   = registry.web:"1.0.0"
  port    = 8080
  secrets = { KEY = session }
}
service api {
  image = "public.ecr.aws/nginx/nginx:1.27"
  port  = 8000
}
secret session { generate = 32 }
database db {}
)";

}  // namespace

TEST_CASE("subnet CIDRs: public block i, private block 8+i, prefix + 4") {
  sema::Cidr vpc{0x0A000000u, 16};  // 10.0.0.0/16
  CHECK(ir::PublicSubnetCidr(vpc, 0) == "10.0.0.0/20");
  CHECK(ir::PublicSubnetCidr(vpc, 1) == "10.0.16.0/20");
  CHECK(ir::PrivateSubnetCidr(vpc, 0) == "10.0.128.0/20");
  CHECK(ir::PrivateSubnetCidr(vpc, 5) == "10.0.208.0/20");
  sema::Cidr small{0xC0A80A00u, 24};  // 192.168.10.0/24: /28 subnets, the smallest AWS allows
  CHECK(ir::PublicSubnetCidr(small, 2) == "192.168.10.32/28");
  CHECK(ir::PrivateSubnetCidr(small, 2) == "192.168.10.160/28");
}

TEST_CASE("lowering gives every zone one public and one private subnet inside the VPC") {
  ir::App app = LowerText("app shop {\n  region = \"eu-north-1\"\n}\nnetwork {\n  cidr = 10.20.0.0/16\n  zones = 3\n}\n");
  REQUIRE(app.network.public_subnets.size() == 3);
  REQUIRE(app.network.private_subnets.size() == 3);
  CHECK(app.network.public_subnets[2].cidr == "10.20.32.0/20");
  CHECK(app.network.private_subnets[2].cidr == "10.20.160.0/20");
  CHECK(app.network.private_subnets[2].zone == 2);
}

TEST_CASE("names longer than the AWS limit are shortened with a stable hash suffix") {
  std::string long_name = "a-very-long-application-name-with-a-service";
  std::string short_name = ir::ShortName(long_name, 32);
  CHECK(short_name.size() <= 32);
  CHECK(short_name == ir::ShortName(long_name, 32));                     // stable
  CHECK(short_name != ir::ShortName(long_name + "-other", 32));          // distinct inputs stay distinct
  CHECK(short_name.back() != '-');
  CHECK(ir::ShortName("short", 32) == "short");
  CHECK(ir::ShortName("ends-with-", 32) == "ends-with");
  CHECK(ir::Dashed("flask_key") == "flask-key");
  CHECK(ir::Id("web-api") == "web_api");
  CHECK(ir::Camel("web_api") == "WebApi");
}

TEST_CASE("listener rules are ordered by specificity, the catch-all is the default action") {
  ir::App app = LowerText(kTwoServices);
  REQUIRE(app.load_balancers.size() == 1);
  const ir::Listener& https = app.load_balancers[0].listeners[0];
  CHECK(https.protocol == "HTTPS");
  CHECK(https.default_action == ir::Listener::Default::kForward);
  CHECK(https.default_target_group == "public_web");
  REQUIRE(https.rules.size() == 4);
  // host rules first, then exact paths, then longer prefixes before shorter ones
  CHECK(https.rules[0].hosts == std::vector<std::string>{"admin.example.com"});
  CHECK(https.rules[1].paths == std::vector<std::string>{"/exact"});
  CHECK(https.rules[2].paths == std::vector<std::string>{"/api/v2", "/api/v2/*"});
  CHECK(https.rules[3].paths == std::vector<std::string>{"/api", "/api/*"});
  for (size_t i = 1; i < https.rules.size(); ++i) CHECK(https.rules[i - 1].priority < https.rules[i].priority);
  // with a certificate, port 80 only redirects
  REQUIRE(app.load_balancers[0].listeners.size() == 2);
  CHECK(app.load_balancers[0].listeners[1].default_action == ir::Listener::Default::kRedirectHttps);
}

TEST_CASE("IAM statements name exact resources; only AWS-required actions use *") {
  ir::App app = LowerText(kTwoServices);
  const ir::Role& exec = RoleNamed(app, "web_execution");
  const ir::Statement* pull = StatementNamed(exec, "PullImages");
  REQUIRE(pull != nullptr);
  REQUIRE(pull->resources.size() == 1);
  CHECK(pull->resources[0].kind == ir::ObjectKind::kRegistry);
  CHECK(pull->resources[0].id == "web");
  const ir::Statement* token = StatementNamed(exec, "EcrAuth");
  REQUIRE(token != nullptr);
  CHECK(token->any_resource);  // ecr:GetAuthorizationToken has no resource-level permissions
  const ir::Statement* secrets = StatementNamed(exec, "ReadSecrets");
  REQUIRE(secrets != nullptr);
  REQUIRE(secrets->resources.size() == 1);
  CHECK(secrets->resources[0].id == "session");
  const ir::Statement* logs = StatementNamed(exec, "WriteLogs");
  REQUIRE(logs != nullptr);
  CHECK(logs->resources[0].kind == ir::ObjectKind::kLogGroup);
  CHECK(logs->resources[0].wildcard_suffix);
  for (const auto& s : exec.statements) {
    if (s.any_resource) CHECK(s.actions == std::vector<std::string>{"ecr:GetAuthorizationToken"});
  }
  // api pulls a public image and reads no secret: no ECR and no secrets grant at all
  const ir::Role& api_exec = RoleNamed(app, "api_execution");
  CHECK(StatementNamed(api_exec, "PullImages") == nullptr);
  CHECK(StatementNamed(api_exec, "ReadSecrets") == nullptr);
  // every task role denies IAM
  const ir::Statement* deny = StatementNamed(RoleNamed(app, "web_task"), "DenyIam");
  REQUIRE(deny != nullptr);
  CHECK_FALSE(deny->allow);
}

TEST_CASE("edges become security-group paths and nothing else") {
  ir::App app = LowerText(kTwoServices);
  // the database is declared but referenced by no one: no rule targets it
  for (const auto& r : app.sg_rules) CHECK(r.group != "db_db");
  bool lb_to_web = false;
  bool web_from_lb = false;
  for (const auto& r : app.sg_rules) {
    if (r.group == "lb_public" && !r.ingress && r.peer == "svc_web" && r.from_port == 8080) lb_to_web = true;
    if (r.group == "svc_web" && r.ingress && r.peer == "lb_public" && r.from_port == 8080) web_from_lb = true;
    if (r.ingress && r.group != "lb_public") CHECK(r.peer_kind == ir::PeerKind::kGroup);  // SG-to-SG only
  }
  CHECK(lb_to_web);
  CHECK(web_from_lb);
}

TEST_CASE("access logs: one log bucket, a prefix per logger, the ALB writer of the region") {
  const char* text = R"(app shop {
  region = "%s"
}
ingress public {
  route "/" -> web
}
service web {
  image = "nginx:1.27.2"
  port  = 8080
}
bucket uploads {}
bucket scratch { access_logs = false }
)";
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, text, "eu-north-1");
  ir::App app = LowerText(buffer);
  REQUIRE(app.log_bucket);
  CHECK(app.log_bucket->elb_account == "897822967062");  // regions before August 2022: the ELB account
  CHECK(app.log_bucket->expire_days == 90);
  CHECK_FALSE(app.log_bucket->acl_delivery);              // no CloudFront: ACLs stay disabled
  CHECK(app.log_bucket->access_log_prefix.empty());       // the log bucket does not log itself
  REQUIRE(app.load_balancers.size() == 1);
  CHECK(app.load_balancers[0].access_log_prefix == "alb/public");
  REQUIRE(app.buckets.size() == 2);
  CHECK(app.buckets[0].id == "scratch");
  CHECK(app.buckets[0].access_log_prefix.empty());
  CHECK(app.buckets[1].access_log_prefix == "s3/uploads/");

  std::snprintf(buffer, sizeof buffer, text, "eu-central-2");
  CHECK(LowerText(buffer).log_bucket->elb_account.empty());  // newer regions: the service principal
}

TEST_CASE("access logs: `access_logs = false` on the app leaves no log bucket") {
  ir::App app = LowerText(R"(app shop {
  region      = "eu-north-1"
  access_logs = false
}
bucket uploads {}
)");
  CHECK_FALSE(app.log_bucket);
  CHECK(app.buckets[0].access_log_prefix.empty());
}

TEST_CASE("access logs: a user bucket named `access_logs` keeps its id; the log bucket takes the next") {
  ir::App app = LowerText(R"(app shop {
  region = "eu-north-1"
}
bucket access_logs {}
)");
  REQUIRE(app.log_bucket);
  CHECK(app.log_bucket->id == "access_logs_2");
  CHECK(app.buckets[0].access_log_prefix == "s3/access-logs/");
}

namespace {

// Whether `app` has the security-group rule `id`.
bool HasRule(const ir::App& app, const std::string& id) {
  for (const auto& r : app.sg_rules) {
    if (r.id == id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("interface endpoints admit every caller of AWS APIs in the VPC, with or without NAT") {
  const char* text = R"(app shop {
  region = "eu-north-1"
}
network {
  nat       = %s
  endpoints = [ecr, logs, ssm, s3]
}
service web {
  image = "nginx:1.27.2"
}
bastion admin {
  ssh_from = [203.0.113.0/24]
}
)";
  for (const char* nat : {"single", "none"}) {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, text, nat);
    ir::App app = LowerText(buffer);
    CHECK(HasRule(app, "endpoints_from_svc_web_443"));
    CHECK(HasRule(app, "svc_web_to_endpoints_443"));
    CHECK(HasRule(app, "endpoints_from_bastion_443"));  // private DNS answers the bastion's SSM agent too
  }
}

TEST_CASE("a new VPC has public subnets exactly when something needs them, unless `public` says") {
  const char* text = R"(app shop {
  region = "eu-north-1"
}
network {
  nat       = none
  endpoints = [ecr, logs]%s
}
service api {
  image = "nginx:1.27.2"
  port  = 8080
}
ingress gateway {
  kind = nlb_apigw
  route "/" -> api
}
)";
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, text, "");
  ir::App derived = LowerText(buffer);
  CHECK(derived.network.public_subnets.empty());
  CHECK(derived.network.private_subnets.size() == 2);
  CHECK(derived.network.private_subnets[1].cidr == "10.0.144.0/20");  // the public blocks stay free
  std::snprintf(buffer, sizeof buffer, text, "\n  public    = true");
  CHECK(LowerText(buffer).network.public_subnets.size() == 2);
  // The default `nat = single` needs public subnets for its gateway.
  CHECK(LowerText("app shop {\n  region = \"eu-north-1\"\n}\n").network.public_subnets.size() == 2);
}

TEST_CASE("allowed_tags grant the task role ECS and Logs reads on resources with those tags only") {
  ir::App app = LowerText(R"(app platform {
  region = "eu-west-1"
}
task debug {
  image        = "nicolaka/netshoot:v0.13"
  allowed_tags = { Environment = "prod" }
}
)");
  const ir::Role& role = RoleNamed(app, "debug_task");
  const ir::Statement* inspect = StatementNamed(role, "InspectTagged");
  REQUIRE(inspect != nullptr);
  CHECK(inspect->any_resource);
  REQUIRE(inspect->conditions.size() == 1);
  CHECK(inspect->conditions[0].first == "StringEquals");
  CHECK(inspect->conditions[0].second.first == "aws:ResourceTag/Environment");
  CHECK(role.statements.back().sid == "DenyIam");
}
