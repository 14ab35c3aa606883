#include "compiler/emit/terraform/builder.h"

// data.tf.json, databases and friends: RDS instances, SSM parameters, ElastiCache replication groups, MSK.
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "data.tf.json";

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Performance Insights is not offered on the smallest burstable classes.
bool SupportsPerformanceInsights(const std::string& instance_class) {
  bool burstable = instance_class.rfind("db.t", 0) == 0;
  return !(burstable && (EndsWith(instance_class, ".micro") || EndsWith(instance_class, ".small")));
}

void EmitDatabase(Builder& b, const ir::Database& d) {
  const ir::App& app = b.app();
  b.Resource(kFile, "aws_db_subnet_group", d.id) =
      Json{{"name", d.identifier}, {"description", "private subnets of database " + d.id}, {"subnet_ids", b.SubnetIds(false)}};

  Json& group = b.Resource(kFile, "aws_db_parameter_group", d.id);
  // A prefix, so a replacement (new family on a major upgrade) can be created before the old one goes.
  group["name_prefix"] = d.identifier + "-";
  group["family"] = d.family;
  group["description"] = "parameters of database " + d.id;
  if (!d.parameters.empty()) {
    Json parameters = Json::array();
    // Applied at the next reboot: static parameters accept nothing else, dynamic ones accept it too.
    for (const auto& [name, value] : d.parameters) {
      parameters.push_back(Json{{"name", name}, {"value", value}, {"apply_method", "pending-reboot"}});
    }
    group["parameter"] = parameters;
  }
  group["lifecycle"] = Json::array({Json{{"create_before_destroy", true}}});

  Json& db = b.Resource(kFile, "aws_db_instance", d.id);
  db["identifier"] = d.identifier;
  db["engine"] = d.engine;
  db["engine_version"] = d.version;
  db["instance_class"] = d.instance_class;
  db["allocated_storage"] = d.storage_min;
  if (d.storage_max > d.storage_min) db["max_allocated_storage"] = d.storage_max;  // storage autoscaling
  db["storage_type"] = d.storage_type;
  db["storage_encrypted"] = true;
  db["port"] = d.port;
  if (!d.db_name.empty()) db["db_name"] = d.db_name;
  db["username"] = d.username;
  // RDS generates the password and keeps it in Secrets Manager: it never enters the Terraform state.
  db["manage_master_user_password"] = true;
  db["iam_database_authentication_enabled"] = true;
  db["db_subnet_group_name"] = "${aws_db_subnet_group." + d.id + ".name}";
  db["parameter_group_name"] = "${aws_db_parameter_group." + d.id + ".name}";
  db["vpc_security_group_ids"] = Json::array({b.GroupId(d.security_group)});
  db["publicly_accessible"] = false;
  db["multi_az"] = d.multi_az;
  db["backup_retention_period"] = d.backup_days;
  if (!d.backup_window.empty()) db["backup_window"] = d.backup_window;
  if (!d.maintenance_window.empty()) db["maintenance_window"] = d.maintenance_window;
  if (!d.log_exports.empty()) db["enabled_cloudwatch_logs_exports"] = d.log_exports;
  db["copy_tags_to_snapshot"] = true;
  db["auto_minor_version_upgrade"] = true;
  db["deletion_protection"] = d.deletion_protection;
  if (app.disposable) {
    db["skip_final_snapshot"] = true;
  } else {
    db["skip_final_snapshot"] = false;
    db["final_snapshot_identifier"] = d.identifier + "-final";
  }
  if (SupportsPerformanceInsights(d.instance_class)) {
    db["performance_insights_enabled"] = true;
    db["performance_insights_retention_period"] = 7;
  }
  b.Output("database_" + d.id + "_endpoint", "${aws_db_instance." + d.id + ".address}", "database " + d.id + " host");
  b.Output("database_" + d.id + "_secret_arn", "${aws_db_instance." + d.id + ".master_user_secret[0].secret_arn}",
           "Secrets Manager secret with the master credentials of database " + d.id);
}

void EmitParameter(Builder& b, const ir::Parameter& p) {
  Json& parameter = b.Resource(kFile, "aws_ssm_parameter", p.id);
  parameter["name"] = p.name;
  parameter["type"] = "String";
  parameter["value"] = p.value;
}

void EmitCache(Builder& b, const ir::Cache& c) {
  b.Resource(kFile, "aws_elasticache_subnet_group", c.id) =
      Json{{"name", c.name}, {"description", "private subnets of cache " + c.id}, {"subnet_ids", b.SubnetIds(false)}};
  // ElastiCache has no write-only AUTH token argument. The token is generated into its Secrets Manager
  // secret (write-only, secrets.tf.json) and read back at apply time: it is in the state, marked sensitive.
  // The read depends on the secret version being created, so a plan never calls AWS for it.
  Json& token = b.Data(kFile, "aws_secretsmanager_secret_version", c.auth_secret);
  token["secret_id"] = "${aws_secretsmanager_secret." + c.auth_secret + ".id}";
  token["depends_on"] = Json::array({"aws_secretsmanager_secret_version." + c.auth_secret});

  Json& rg = b.Resource(kFile, "aws_elasticache_replication_group", c.id);
  rg["replication_group_id"] = c.name;
  rg["description"] = "cache " + c.id + " of app " + b.app().name;
  rg["engine"] = c.engine;
  rg["engine_version"] = c.version;
  rg["node_type"] = c.node_type;
  rg["port"] = 6379;
  rg["num_cache_clusters"] = 1 + c.replicas;
  rg["automatic_failover_enabled"] = c.replicas > 0;
  rg["multi_az_enabled"] = c.replicas > 0;
  rg["subnet_group_name"] = "${aws_elasticache_subnet_group." + c.id + ".name}";
  rg["security_group_ids"] = Json::array({b.GroupId(c.security_group)});
  rg["at_rest_encryption_enabled"] = "true";  // a bool in provider 5.x, a string in 6.x: "true" is both
  rg["transit_encryption_enabled"] = true;
  rg["auth_token"] = "${data.aws_secretsmanager_secret_version." + c.auth_secret + ".secret_string}";
  rg["auth_token_update_strategy"] = "ROTATE";
  rg["snapshot_retention_limit"] = b.app().disposable ? 0 : 1;
  rg["apply_immediately"] = false;
  b.Output("cache_" + c.id + "_endpoint", "${aws_elasticache_replication_group." + c.id + ".primary_endpoint_address}",
           "cache " + c.id + " primary endpoint (TLS, AUTH)");
}

void EmitStream(Builder& b, const ir::Stream& s) {
  Json& msk = b.Resource(kFile, "aws_msk_cluster", s.id);
  msk["cluster_name"] = s.name;
  msk["kafka_version"] = s.kafka_version;
  msk["number_of_broker_nodes"] = s.brokers;
  Json subnets = b.SubnetIds(false);
  msk["broker_node_group_info"] = Json::array(
      {Json{{"instance_type", s.broker_type},
            {"client_subnets", subnets},
            {"security_groups", Json::array({b.GroupId(s.security_group)})},
            {"storage_info", Json::array({Json{{"ebs_storage_info", Json::array({Json{{"volume_size", s.storage}}})}}})}}});
  // TLS only between clients and brokers and inside the cluster; at rest with the AWS managed key.
  msk["encryption_info"] =
      Json::array({Json{{"encryption_in_transit", Json::array({Json{{"client_broker", "TLS"}, {"in_cluster", true}}})}}});
  // IAM access control: tasks authenticate with their task role (kafka-cluster:* grants), port 9098.
  msk["client_authentication"] =
      Json::array({Json{{"unauthenticated", false}, {"sasl", Json::array({Json{{"iam", true}, {"scram", false}}})}}});
  msk["logging_info"] = Json::array({Json{
      {"broker_logs",
       Json::array({Json{{"cloudwatch_logs",
                          Json::array({Json{{"enabled", true},
                                            {"log_group", "${aws_cloudwatch_log_group.stream_" + s.id + ".name}"}}})}}})}}});
  b.Output("stream_" + s.id + "_brokers", "${aws_msk_cluster." + s.id + ".bootstrap_brokers_sasl_iam}",
           "stream " + s.id + " bootstrap brokers (IAM, TLS)");
}

}  // namespace

void EmitDatabases(Builder& b) {
  const ir::App& app = b.app();
  for (const auto& d : app.databases) EmitDatabase(b, d);
  for (const auto& p : app.parameters) EmitParameter(b, p);
  for (const auto& c : app.caches) EmitCache(b, c);
  for (const auto& s : app.streams) EmitStream(b, s);
}

}  // namespace ecsgen::emit::terraform
