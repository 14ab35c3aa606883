#include "compiler/emit/terraform/buckets.h"

// data.tf.json, storage: EFS file systems with their mount targets and access points, S3 buckets.
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "data.tf.json";

// A policy statement that refuses every request not made over TLS.
Json DenyInsecureTransport(const std::string& action, const Json& resources) {
  return Json{{"Sid", "DenyInsecureTransport"},
              {"Effect", "Deny"},
              {"Principal", Json{{"AWS", "*"}}},
              {"Action", action},
              {"Resource", resources},
              {"Condition", Json{{"Bool", Json{{"aws:SecureTransport", "false"}}}}}};
}

void EmitVolume(Builder& b, const ir::Volume& v) {
  const ir::App& app = b.app();
  Json& fs = b.Resource(kFile, "aws_efs_file_system", v.id);
  fs["creation_token"] = app.name + "-" + v.id;
  fs["encrypted"] = true;
  fs["performance_mode"] = "generalPurpose";
  fs["throughput_mode"] = v.throughput;
  // Cold files move to Infrequent Access and come back on first read.
  fs["lifecycle_policy"] = Json::array({Json{{"transition_to_ia", "AFTER_30_DAYS"}},
                                        Json{{"transition_to_primary_storage_class", "AFTER_1_ACCESS"}}});
  fs["tags"] = Json{{"Name", app.name + "-" + v.id}};

  b.Resource(kFile, "aws_efs_backup_policy", v.id) =
      Json{{"file_system_id", "${aws_efs_file_system." + v.id + ".id}"},
           {"backup_policy", Json::array({Json{{"status", app.disposable ? "DISABLED" : "ENABLED"}}})}};

  Json policy = {{"Version", "2012-10-17"},
                 {"Statement", Json::array({DenyInsecureTransport("*", "${aws_efs_file_system." + v.id + ".arn}")})}};
  b.Resource(kFile, "aws_efs_file_system_policy", v.id) =
      Json{{"file_system_id", "${aws_efs_file_system." + v.id + ".id}"}, {"policy", JsonString(policy)}};

  // One mount target per private subnet, in the volume's own security group.
  Json subnets = b.SubnetIds(false);
  auto mount_target = [&](const std::string& name) -> Json& {
    Json& mt = b.Resource(kFile, "aws_efs_mount_target", name);
    mt["file_system_id"] = "${aws_efs_file_system." + v.id + ".id}";
    mt["security_groups"] = Json::array({b.GroupId(v.security_group)});
    return mt;
  };
  if (subnets.is_array()) {
    for (size_t i = 0; i < subnets.size(); ++i) mount_target(v.id + "_" + std::to_string(i))["subnet_id"] = subnets[i];
  } else {
    // A list-valued expression (subnets found by tags): one target per element.
    std::string list = subnets.get<std::string>();
    list = list.substr(2, list.size() - 3);
    Json& mt = mount_target(v.id);
    mt["count"] = "${length(" + list + ")}";
    mt["subnet_id"] = "${" + list + "[count.index]}";
  }

  Json& ap = b.Resource(kFile, "aws_efs_access_point", v.id);
  ap["file_system_id"] = "${aws_efs_file_system." + v.id + ".id}";
  ap["posix_user"] = Json::array({Json{{"uid", v.uid}, {"gid", v.gid}}});
  ap["root_directory"] = Json::array(
      {Json{{"path", v.path},
            {"creation_info",
             Json::array({Json{{"owner_uid", v.uid}, {"owner_gid", v.gid}, {"permissions", v.permissions}}})}}});
  ap["tags"] = Json{{"Name", app.name + "-" + v.id}};
}

}  // namespace

void EmitPrivateBucket(Builder& b, const std::string& file, const ir::Bucket& bucket, const std::string& ownership,
                       const Json& statements) {
  const ir::App& app = b.app();
  const std::string& id = bucket.id;
  std::string ref = "${aws_s3_bucket." + id + ".id}";
  Json& s3 = b.Resource(file, "aws_s3_bucket", id);
  s3["bucket_prefix"] = bucket.name_prefix;
  s3["force_destroy"] = app.disposable;

  b.Resource(file, "aws_s3_bucket_public_access_block", id) =
      Json{{"bucket", ref}, {"block_public_acls", true}, {"block_public_policy", true},
           {"ignore_public_acls", true}, {"restrict_public_buckets", true}};
  b.Resource(file, "aws_s3_bucket_ownership_controls", id) =
      Json{{"bucket", ref}, {"rule", Json::array({Json{{"object_ownership", ownership}}})}};
  b.Resource(file, "aws_s3_bucket_server_side_encryption_configuration", id) =
      Json{{"bucket", ref},
           {"rule", Json::array({Json{{"apply_server_side_encryption_by_default",
                                       Json::array({Json{{"sse_algorithm", "AES256"}}})}}})}};
  b.Resource(file, "aws_s3_bucket_versioning", id) =
      Json{{"bucket", ref},
           {"versioning_configuration", Json::array({Json{{"status", bucket.versioning ? "Enabled" : "Suspended"}}})}};

  Json rules = Json::array();
  rules.push_back(Json{{"id", "abort-incomplete-uploads"},
                       {"status", "Enabled"},
                       {"filter", Json::array({Json{{"prefix", ""}}})},
                       {"abort_incomplete_multipart_upload", Json::array({Json{{"days_after_initiation", 7}}})}});
  if (bucket.expire_days > 0) {
    Json rule = {{"id", "expire"},
                 {"status", "Enabled"},
                 {"filter", Json::array({Json{{"prefix", ""}}})},
                 {"expiration", Json::array({Json{{"days", bucket.expire_days}}})}};
    if (bucket.versioning) {
      rule["noncurrent_version_expiration"] = Json::array({Json{{"noncurrent_days", bucket.expire_days}}});
    }
    rules.push_back(rule);
  }
  Json& lifecycle = b.Resource(file, "aws_s3_bucket_lifecycle_configuration", id);
  lifecycle["bucket"] = ref;
  lifecycle["rule"] = rules;
  lifecycle["depends_on"] = Json::array({"aws_s3_bucket_versioning." + id});

  std::string arn = "${aws_s3_bucket." + id + ".arn}";
  Json all = Json::array({DenyInsecureTransport("s3:*", Json::array({arn, arn + "/*"}))});
  for (const auto& statement : statements) all.push_back(statement);
  Json& bucket_policy = b.Resource(file, "aws_s3_bucket_policy", id);
  bucket_policy["bucket"] = ref;
  bucket_policy["policy"] = JsonString(Json{{"Version", "2012-10-17"}, {"Statement", all}});
  bucket_policy["depends_on"] = Json::array({"aws_s3_bucket_public_access_block." + id});

  if (!bucket.access_log_prefix.empty() && app.log_bucket) {
    b.Resource(file, "aws_s3_bucket_logging", id) =
        Json{{"bucket", ref},
             {"target_bucket", "${aws_s3_bucket." + app.log_bucket->id + ".id}"},
             {"target_prefix", bucket.access_log_prefix}};
  }
  b.Output("bucket_" + id + "_name", "${aws_s3_bucket." + id + ".bucket}", "the S3 bucket " + id);
}

void EmitStorage(Builder& b) {
  for (const auto& v : b.app().volumes) EmitVolume(b, v);
  EmitLogBucket(b);
  for (const auto& bucket : b.app().buckets) EmitPrivateBucket(b, kFile, bucket, "BucketOwnerEnforced", Json::array());
}

}  // namespace ecsgen::emit::terraform
