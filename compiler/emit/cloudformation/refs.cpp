#include "compiler/emit/cloudformation/refs.h"

#include "compiler/emit/cloudformation/logical_ids.h"

namespace ecsgen::emit::cloudformation {

namespace {

// What a reference resolves to before suffixes: a Ref (attribute empty), a GetAtt, a whole Fn::Sub
// text, or a literal.
struct Base {
  std::string logical;
  std::string attribute;
  std::string sub;
  std::string literal;
  bool is_literal = false;

  std::string Expr() const {
    if (is_literal) return literal;
    if (!sub.empty()) return sub;
    return "${" + logical + (attribute.empty() ? "" : "." + attribute) + "}";
  }
  Json Value() const {
    if (is_literal) return literal;
    if (!sub.empty()) return Sub(sub);
    return attribute.empty() ? Ref(logical) : GetAtt(logical, attribute);
  }
};

const std::string kArnPrefix = "arn:${AWS::Partition}:";
const std::string kRegionAccount = ":${AWS::Region}:${AWS::AccountId}:";

Base Literal(std::string text) { return Base{"", "", "", std::move(text), true}; }

// SSM parameter ARNs are built from the name; a parameter created here is referenced so ordering holds.
Base SsmParameter(const ir::App& app, const std::string& logical, const std::string& id, ir::Attribute attribute) {
  for (const auto& p : app.parameters) {
    if (p.id != id) continue;
    if (attribute == ir::Attribute::kName) return Base{logical, "", "", "", false};
    std::string slash = !p.name.empty() && p.name[0] == '/' ? "" : "/";
    return Base{logical, "", kArnPrefix + "ssm" + kRegionAccount + "parameter" + slash + "${" + logical + "}", "", false};
  }
  std::string name;
  if (const ir::Secret* s = app.FindSecret(id)) name = s->name;
  if (attribute == ir::Attribute::kName) return Literal(name);
  std::string slash = !name.empty() && name[0] == '/' ? "" : "/";
  return Base{"", "", kArnPrefix + "ssm" + kRegionAccount + "parameter" + slash + name, "", false};
}

Base Resolve(Template& t, const ir::ObjectRef& ref, base::Range origin) {
  using K = ir::ObjectKind;
  using A = ir::Attribute;
  const std::string logical = LogicalIdOf(t.app, ref.kind, ref.id);
  auto ref_to = [&] { return Base{logical, "", "", "", false}; };
  auto att = [&](const std::string& attribute) { return Base{logical, attribute, "", "", false}; };
  auto sub = [&](const std::string& text) { return Base{logical, "", text, "", false}; };
  const A a = ref.attribute;
  switch (ref.kind) {
    case K::kVpc: return a == A::kId && t.app.network.existing ? Literal(t.app.network.vpc_id) : ref_to();
    case K::kSubnet: return ref_to();
    case K::kSecurityGroup: return att("GroupId");
    case K::kLogGroup:
      if (a == A::kArn) {
        return ref.wildcard_suffix ? att("Arn")
                                   : sub(kArnPrefix + "logs" + kRegionAccount + "log-group:${" + logical + "}");
      }
      return ref_to();
    case K::kCluster:
    case K::kRole:
    case K::kCodeBuild: return a == A::kArn ? att("Arn") : ref_to();
    case K::kRegistry: return a == A::kArn ? att("Arn") : a == A::kUrl ? att("RepositoryUri") : ref_to();
    case K::kSecret:
    case K::kCacheSecret: return ref_to();
    case K::kSsmParameter: return SsmParameter(t.app, logical, ref.id, a);
    case K::kDatabase: {
      const ir::Database* db = t.app.FindDatabase(ref.id);
      if (a == A::kHost) return att("Endpoint.Address");
      if (a == A::kPort) return att("Endpoint.Port");
      if (a == A::kDbName) return Literal(db ? db->db_name : "");
      if (a == A::kUsername) return Literal(db ? db->username : "");
      if (a == A::kArn) return att("DBInstanceArn");
      if (a == A::kUrl) {
        std::string scheme = db && db->engine == "mysql" ? "mysql" : "postgresql";
        return sub(scheme + "://${" + logical + ".Endpoint.Address}:${" + logical + ".Endpoint.Port}/" +
                   (db ? db->db_name : ""));
      }
      return ref_to();
    }
    case K::kDatabaseSecret: return att("MasterUserSecret.SecretArn");
    case K::kFileSystem:
    case K::kAccessPoint:
    case K::kKmsKey:
    case K::kBucket:
      if (a == A::kArn) return att("Arn");
      if (a == A::kUrl && ref.kind == K::kBucket) return sub("s3://${" + logical + "}");
      return ref_to();
    case K::kLoadBalancer:
      return a == A::kDnsName ? att("DNSName") : a == A::kName ? att("LoadBalancerFullName") : ref_to();
    case K::kTargetGroup: return a == A::kName ? att("TargetGroupFullName") : ref_to();
    case K::kCache:
      if (a == A::kHost) return att("PrimaryEndPoint.Address");
      if (a == A::kPort) return att("PrimaryEndPoint.Port");
      if (a == A::kArn) return sub(kArnPrefix + "elasticache" + kRegionAccount + "replicationgroup:${" + logical + "}");
      return sub("rediss://${" + logical + ".PrimaryEndPoint.Address}:${" + logical + ".PrimaryEndPoint.Port}");
    case K::kStreamTopics:
    case K::kStreamGroups:
      for (const auto& s : t.app.streams) {
        if (s.id == ref.id) {
          return Base{"", "", kArnPrefix + "kafka" + kRegionAccount + (ref.kind == K::kStreamTopics ? "topic/" : "group/") +
                                  s.name + "/*", "", false};
        }
      }
      return Literal("");
    case K::kStream:
      if (a == A::kBrokers) {
        t.Report(origin, "CloudFormation cannot read the bootstrap brokers of an MSK cluster",
                      "AWS::MSK::Cluster has no attribute for its brokers; use the terraform target, or pass the "
                      "broker list as a literal after the first deployment");
        return Literal("");
      }
      return ref_to();
    case K::kService: {
      const ir::Service* svc = t.app.FindService(ref.id);
      std::string host = svc ? (svc->connect_name.empty() ? svc->name : svc->connect_name) : ref.id;
      std::string port = svc ? std::to_string(svc->connect_port ? svc->connect_port : svc->task.containers.empty()
                                                                                        ? 0
                                                                                        : svc->task.containers[0].port)
                             : "0";
      if (a == A::kHost) return Literal(host);
      if (a == A::kPort) return Literal(port);
      if (a == A::kName) return att("Name");
      if (a == A::kArn) return ref_to();
      return Literal("http://" + host + ":" + port);
    }
    case K::kTaskDefinition: return ref_to();
    case K::kNamespace: return a == A::kArn ? att("Arn") : att("Id");
  }
  return ref_to();
}

}  // namespace

Json Ref(const std::string& logical_id) { return Json{{"Ref", logical_id}}; }
Json GetAtt(const std::string& logical_id, const std::string& attribute) {
  return Json{{"Fn::GetAtt", Json::array({logical_id, attribute})}};
}
Json Sub(const std::string& text) { return Json{{"Fn::Sub", text}}; }

Json Render(Template& t, const ir::ObjectRef& ref, base::Range origin) {
  Base base = ref.literal.empty() ? Resolve(t, ref, origin) : Literal(ref.literal);
  if (!ref.json_key.empty()) {
    // ECS reads one key of a JSON secret with `<arn>:<key>::` (no version stage, no version id).
    std::string text = base.Expr() + ":" + ref.json_key + "::";
    return base.is_literal ? Json(text) : Sub(text);
  }
  if (!ref.object_key.empty()) {
    std::string text = base.Expr() + "/" + ref.object_key;
    return base.is_literal ? Json(text) : Sub(text);
  }
  if (ref.wildcard_suffix) {
    // A log group's GetAtt Arn already ends with `:*` (all its streams).
    if (ref.kind == ir::ObjectKind::kLogGroup && ref.literal.empty()) return base.Value();
    std::string text = base.Expr() + (ref.kind == ir::ObjectKind::kLogGroup ? ":*" : "/*");
    return base.is_literal ? Json(text) : Sub(text);
  }
  return base.Value();
}

Json ResolveSecret(Template& t, const std::string& secret_id) {
  const ir::Secret* secret = t.app.FindSecret(secret_id);
  if (secret && !secret->existing_arn.empty()) {
    return "{{resolve:secretsmanager:" + secret->existing_arn + ":SecretString}}";
  }
  return Sub("{{resolve:secretsmanager:${" + LogicalId("Secret", secret_id) + "}:SecretString}}");
}

}  // namespace ecsgen::emit::cloudformation
