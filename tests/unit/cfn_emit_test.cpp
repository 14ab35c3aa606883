#include <catch2/catch.hpp>
#include <cctype>
#include <string>

#include "compiler/driver/frontend.h"
#include "compiler/emit/cloudformation/cloudformation.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"
#include "compiler/ir/lower.h"
#include "compiler/sema/analyze.h"

using ecsgen::emit::cloudformation::Json;
// The emitted document, parsed back (the emitters build ecsgen::emit::Json, a pooled variant).
using Doc = nlohmann::ordered_json;
namespace cfn = ecsgen::emit::cloudformation;

namespace {

const char* kApp = R"(app shop {
  region = "eu-north-1"
  tags   = { team = "payments" }
}
network {
  cidr  = 10.0.0.0/16
  zones = 2
  nat   = single
}
cluster { exec = true }
registry web {}
ingress public {
  kind        = alb
  certificate = "arn:aws:acm:eu-north-1:123456789012:certificate/abc"
  route "/"      -> web
  route "/api/*" -> api
}
service web {
  image   = registry.web:"1.0"
  cpu     = 256
  memory  = 512 MiB
  port    = 8080
  secrets = { SECRET_KEY = session_key }
}
service api {
  image  = registry.web:"1.0"
  cpu    = 256
  memory = 512 MiB
  port   = 8000
}
secret session_key { generate = 64 }
)";

ecsgen::ir::App LowerText(const std::string& text) {
  auto unit = ecsgen::driver::LoadText("shop.ecs", text);
  auto model = ecsgen::sema::Analyze(unit->ast, "shop.ecs", "", unit->sink);
  REQUIRE(model);
  REQUIRE_FALSE(unit->sink.HasErrors());
  return ecsgen::ir::Lower(*model);
}

}  // namespace

TEST_CASE("cloudformation: template skeleton and stable logical ids") {
  auto app = LowerText(kApp);
  auto out = cfn::Emit(app);
  const Doc doc = out.Document();
  CHECK(doc["AWSTemplateFormatVersion"] == "2010-09-09");
  CHECK(doc["Description"].get<std::string>().find("shop.ecs") != std::string::npos);
  CHECK_FALSE(doc.contains("Parameters"));
  REQUIRE(out.files.size() == 1);
  CHECK(out.files[0].name == "template.json");
  CHECK(out.resource_count == doc["Resources"].size());
  CHECK(out.unsupported.empty());
  for (const auto& [id, resource] : doc["Resources"].items()) {
    CHECK(id.size() <= 255);
    for (char c : id) CHECK(std::isalnum(static_cast<unsigned char>(c)));
  }
  CHECK(doc["Resources"].contains("ServiceWebTaskDefinition"));
  CHECK(doc["Resources"]["SubnetPrivate1"]["Properties"]["AvailabilityZone"]["Fn::Select"][0] == 1);
  // Deterministic: the same IR gives the same bytes.
  CHECK(cfn::Emit(app).files[0].content.Join() == out.files[0].content.Join());
  for (const auto& [name, output] : doc["Outputs"].items()) {
    CHECK(output["Export"]["Name"]["Fn::Sub"] == "${AWS::StackName}-" + name);
  }
}

TEST_CASE("cloudformation: security groups keep only derived egress") {
  auto doc = cfn::Emit(LowerText(kApp)).Document();
  const Doc& resources = doc["Resources"];
  const Doc& group = resources["SecurityGroupSvcWeb"]["Properties"];
  REQUIRE(group["SecurityGroupEgress"].size() == 1);
  CHECK(group["SecurityGroupEgress"][0]["CidrIp"] == "255.255.255.255/32");
  int ingress = 0, egress = 0;
  for (const auto& [id, r] : resources.items()) {
    if (r["Type"] == "AWS::EC2::SecurityGroupIngress") ++ingress;
    if (r["Type"] == "AWS::EC2::SecurityGroupEgress") ++egress;
    if (r["Type"] == "AWS::EC2::SecurityGroupIngress" || r["Type"] == "AWS::EC2::SecurityGroupEgress") {
      CHECK_FALSE(r["Properties"]["Description"].get<std::string>().empty());
    }
  }
  CHECK(ingress > 0);
  CHECK(egress > 0);
}

TEST_CASE("cloudformation: ordering only where CloudFormation cannot infer it") {
  auto doc = cfn::Emit(LowerText(kApp)).Document();
  const Doc& resources = doc["Resources"];
  CHECK(resources["ServiceWeb"]["DependsOn"] == Doc::array({"ListenerPublicHttps"}));
  CHECK(resources["ServiceApi"]["DependsOn"][0].get<std::string>().rfind("ListenerRulePublicHttps", 0) == 0);
  CHECK(resources["RoutePublicDefault"]["DependsOn"] == "InternetGatewayAttachment");
  CHECK_FALSE(resources["Vpc"].contains("DependsOn"));
}

TEST_CASE("cloudformation: secrets, roles, keys and retention") {
  auto app = LowerText(kApp);
  auto doc = cfn::Emit(app).Document();
  const Doc& resources = doc["Resources"];
  const Doc& generate = resources["SecretSessionKey"]["Properties"]["GenerateSecretString"];
  CHECK(generate["PasswordLength"] == 64);
  CHECK(generate["ExcludePunctuation"] == false);
  CHECK(generate["ExcludeCharacters"] == "\"@/\\");
  const Doc& statements = resources["RoleWebTask"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
  const Doc& deny = statements[statements.size() - 1];
  CHECK(deny["Effect"] == "Deny");
  CHECK(deny["Action"] == "iam:*");
  CHECK(deny["Resource"] == "*");
  CHECK(resources["KmsKey"]["Properties"]["EnableKeyRotation"] == true);
  CHECK(resources["LogGroupWeb"]["DeletionPolicy"] == "Retain");
  CHECK(resources["RepositoryWeb"]["UpdateReplacePolicy"] == "Retain");
  app.disposable = true;
  auto disposable = cfn::Emit(app).Document();
  CHECK_FALSE(disposable["Resources"]["LogGroupWeb"].contains("DeletionPolicy"));
}

TEST_CASE("cloudformation: object references") {
  auto app = LowerText(kApp);
  cfn::Template t(app);
  ecsgen::ir::ObjectRef password;
  password.kind = ecsgen::ir::ObjectKind::kDatabaseSecret;
  password.id = "db";
  password.json_key = "password";
  CHECK(cfn::Render(t, password, {}) == Json{{"Fn::Sub", "${DatabaseDb.MasterUserSecret.SecretArn}:password::"}});
  ecsgen::ir::ObjectRef logs;
  logs.kind = ecsgen::ir::ObjectKind::kLogGroup;
  logs.id = "web";
  logs.wildcard_suffix = true;
  CHECK(cfn::Render(t, logs, {}) == Json{{"Fn::GetAtt", Json::array({"LogGroupWeb", "Arn"})}});
  ecsgen::ir::ObjectRef objects;
  objects.kind = ecsgen::ir::ObjectKind::kBucket;
  objects.id = "assets";
  objects.wildcard_suffix = true;
  CHECK(cfn::Render(t, objects, {}) == Json{{"Fn::Sub", "${BucketAssets.Arn}/*"}});
  ecsgen::ir::ObjectRef existing;
  existing.literal = "arn:aws:secretsmanager:eu-north-1:123456789012:secret:x";
  CHECK(cfn::Render(t, existing, {}) == existing.literal);
  ecsgen::ir::ObjectRef brokers;
  brokers.kind = ecsgen::ir::ObjectKind::kStream;
  brokers.id = "events";
  brokers.attribute = ecsgen::ir::Attribute::kBrokers;
  cfn::Render(t, brokers, {});
  CHECK(t.unsupported.size() == 1);
}
