#include "compiler/emit/terraform/builder.h"

// How each IR reference reads in Terraform. Resource names are the IR ids; the resource types per
// object kind are fixed here and used by the family files.
namespace ecsgen::emit::terraform {

namespace {

std::string Attr(const std::string& address, const std::string& attribute) { return "${" + address + "." + attribute + "}"; }

std::string DatabaseAttr(const ir::App& app, const std::string& id, ir::Attribute attribute) {
  std::string db = "aws_db_instance." + id;
  switch (attribute) {
    case ir::Attribute::kHost: return Attr(db, "address");
    case ir::Attribute::kPort: return Attr(db, "port");
    case ir::Attribute::kDbName: return Attr(db, "db_name");
    case ir::Attribute::kUsername: return Attr(db, "username");
    case ir::Attribute::kArn: return Attr(db, "arn");
    default: {
      // A connection URL without the password: the password comes through `secrets`.
      const ir::Database* found = app.FindDatabase(id);
      std::string scheme = found && found->engine == "mysql" ? "mysql" : "postgresql";
      return scheme + "://" + Attr(db, "username") + "@" + Attr(db, "address") + ":" + Attr(db, "port") + "/" +
             Attr(db, "db_name");
    }
  }
}

}  // namespace

std::string Builder::Ref(const ir::ObjectRef& ref) const {
  if (!ref.literal.empty()) return ref.literal;
  std::string out;
  const std::string& id = ref.id;
  switch (ref.kind) {
    case ir::ObjectKind::kLogGroup: out = Attr("aws_cloudwatch_log_group." + id, "arn"); break;
    case ir::ObjectKind::kRegistry: out = Attr("aws_ecr_repository." + id, "arn"); break;
    case ir::ObjectKind::kRole: out = Attr("aws_iam_role." + id, "arn"); break;
    case ir::ObjectKind::kSecret: out = Attr("aws_secretsmanager_secret." + id, "arn"); break;
    case ir::ObjectKind::kSsmParameter: out = Attr("aws_ssm_parameter." + id, "arn"); break;
    case ir::ObjectKind::kKmsKey: out = Attr("aws_kms_key." + id, "arn"); break;
    case ir::ObjectKind::kDatabase: out = DatabaseAttr(app_, id, ref.attribute); break;
    case ir::ObjectKind::kDatabaseSecret:
      out = Attr("aws_db_instance." + id, "master_user_secret[0].secret_arn");
      if (!ref.json_key.empty()) out += ":" + ref.json_key + "::";
      break;
    case ir::ObjectKind::kFileSystem: out = Attr("aws_efs_file_system." + id, "arn"); break;
    case ir::ObjectKind::kAccessPoint: out = Attr("aws_efs_access_point." + id, "arn"); break;
    case ir::ObjectKind::kCacheSecret: out = Attr("aws_secretsmanager_secret." + id + "_auth", "arn"); break;
    case ir::ObjectKind::kCache:
      if (ref.attribute == ir::Attribute::kPort) out = "6379";
      else if (ref.attribute == ir::Attribute::kHost) out = Attr("aws_elasticache_replication_group." + id, "primary_endpoint_address");
      else out = "rediss://" + Attr("aws_elasticache_replication_group." + id, "primary_endpoint_address") + ":6379";
      break;
    case ir::ObjectKind::kStreamTopics:
    case ir::ObjectKind::kStreamGroups:
      out = "arn:" + app_.partition + ":kafka:" + app_.region + ":" + "${data.aws_caller_identity.current.account_id}" + ":" +
            (ref.kind == ir::ObjectKind::kStreamTopics ? "topic" : "group") + "/" +
            Attr("aws_msk_cluster." + id, "cluster_name") + "/*";
      break;
    case ir::ObjectKind::kStream:
      out = ref.attribute == ir::Attribute::kArn ? Attr("aws_msk_cluster." + id, "arn")
                                                 : Attr("aws_msk_cluster." + id, "bootstrap_brokers_sasl_iam");
      break;
    case ir::ObjectKind::kBucket:
      out = Attr("aws_s3_bucket." + id, ref.attribute == ir::Attribute::kName ? "bucket" : "arn");
      break;
    case ir::ObjectKind::kService: {
      const ir::Service* svc = app_.FindService(id);
      std::string host = svc ? svc->connect_name : id;
      std::string port = svc ? std::to_string(svc->connect_port) : "80";
      if (ref.attribute == ir::Attribute::kArn) out = Attr("aws_ecs_service." + id, "id");  // the service ARN
      else if (ref.attribute == ir::Attribute::kHost) out = host;
      else if (ref.attribute == ir::Attribute::kPort) out = port;
      else out = "http://" + host + ":" + port;
      break;
    }
    case ir::ObjectKind::kLoadBalancer: out = Attr("aws_lb." + id, "arn"); break;
    case ir::ObjectKind::kTargetGroup: out = Attr("aws_lb_target_group." + id, "arn"); break;
    case ir::ObjectKind::kCluster: out = Attr("aws_ecs_cluster." + id, "arn"); break;
    case ir::ObjectKind::kTaskDefinition: out = Attr("aws_ecs_task_definition." + id, "arn"); break;
    case ir::ObjectKind::kCodeBuild: out = Attr("aws_codebuild_project." + id, "arn"); break;
    case ir::ObjectKind::kNamespace: out = Attr("aws_service_discovery_http_namespace." + id, "arn"); break;
    default: out = Attr(id, "arn"); break;
  }
  if (ref.wildcard_suffix) out += ref.kind == ir::ObjectKind::kLogGroup ? ":*" : "/*";
  if (!ref.object_key.empty()) out += "/" + ref.object_key;
  return out;
}

}  // namespace ecsgen::emit::terraform
