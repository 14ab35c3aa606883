#include <algorithm>
#include <cctype>

#include "compiler/ir/lowering.h"

// Volumes, databases, parameters, caches, streams and buckets. Each stateful component gets its own
// security group here; the edges into it come from the workloads that reference it (lower_workload.cpp).
namespace ecsgen::ir {

namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// "16.4" -> "postgres16", "8.0.39" -> "mysql8.0": the RDS parameter group family of an engine version.
std::string Family(const std::string& engine, const std::string& version) {
  size_t dot = version.find('.');
  std::string major = version.substr(0, dot);
  if (engine == "mysql") {
    size_t second = dot == std::string::npos ? std::string::npos : version.find('.', dot + 1);
    return "mysql" + version.substr(0, second);
  }
  // PostgreSQL 10 and later name the family by the major version alone.
  return "postgres" + major;
}

void LowerVolumes(Lowering& l) {
  for (const auto& in : l.model.volumes) {
    Volume v;
    v.id = Id(in.name);
    v.origin = in.name_range;
    v.security_group = Lowering::VolumeGroup(in.name);
    v.path = in.path;
    v.uid = in.uid;
    v.gid = in.gid;
    v.permissions = in.permissions;
    v.throughput = in.throughput;
    l.Group(v.security_group, l.Name("efs-" + in.name, 255), "EFS volume " + in.name + ": NFS from its mounting tasks only",
            in.name_range);
    l.app.volumes.push_back(v);
  }
}

void LowerDatabases(Lowering& l) {
  for (const auto& in : l.model.databases) {
    Database d;
    d.id = Id(in.name);
    d.origin = in.name_range;
    d.identifier = Lower(l.Name(in.name, 63));
    d.engine = in.engine == sema::DbEngine::kMysql ? "mysql" : "postgres";
    d.version = in.version;
    d.family = Family(d.engine, d.version);
    d.instance_class = in.instance_class;
    d.storage_min = in.storage_min;
    d.storage_max = std::max(in.storage_max, in.storage_min);
    d.storage_type = in.storage_type;
    d.multi_az = in.multi_az;
    d.backup_days = in.backup_days;
    d.backup_window = in.backup_window;
    d.maintenance_window = in.maintenance_window;
    d.parameters = in.parameters;
    d.log_exports = in.log_exports;
    d.db_name = in.db_name;
    d.username = in.username;
    d.deletion_protection = in.deletion_protection && !l.model.app.disposable;
    d.port = in.engine == sema::DbEngine::kMysql ? 3306 : 5432;
    d.security_group = Lowering::DatabaseGroup(in.name);
    l.Group(d.security_group, l.Name("db-" + in.name, 255), "RDS database " + in.name + ": only from its clients",
            in.name_range);
    l.app.databases.push_back(d);
  }
}

void LowerParameters(Lowering& l) {
  for (const auto& in : l.model.parameters) {
    Parameter p;
    p.id = Id(in.name);
    p.origin = in.name_range;
    p.name = in.ssm_name.empty() ? "/" + l.app.name + "/" + in.name : in.ssm_name;
    p.value = in.value;
    l.app.parameters.push_back(p);
  }
}

void LowerCaches(Lowering& l) {
  for (const auto& in : l.model.caches) {
    Cache c;
    c.id = Id(in.name);
    c.origin = in.name_range;
    c.name = Lower(l.Name(in.name, 40));
    c.engine = in.engine == sema::CacheEngine::kRedis ? "redis" : "valkey";
    c.version = !in.version.empty() ? in.version : c.engine == "redis" ? "7.1" : "8.0";
    c.node_type = in.node_type;
    c.replicas = in.replicas;
    c.security_group = Lowering::CacheGroup(in.name);
    c.auth_secret = c.id + "_auth";
    l.Group(c.security_group, l.Name("cache-" + in.name, 255), "ElastiCache " + in.name + ": only from its clients",
            in.name_range);
    // The AUTH token: a generated Secrets Manager secret like any other, so both targets create it the same way.
    Secret token;
    token.id = c.auth_secret;
    token.origin = in.name_range;
    token.name = Dashed(l.app.name) + "/" + Dashed(in.name) + "-auth";
    token.generate = 64;
    token.description = "AUTH token of cache " + in.name + " of app " + l.app.name;
    l.app.secrets.push_back(token);
    l.app.caches.push_back(c);
  }
}

void LowerStreams(Lowering& l) {
  const Network& net = l.app.network;
  // Brokers are spread evenly over the client subnets: MSK wants a multiple of their count.
  int subnets = static_cast<int>(net.private_subnets.size());
  for (const auto& in : l.model.streams) {
    Stream s;
    s.id = Id(in.name);
    s.origin = in.name_range;
    s.name = l.Name(in.name, 64);
    s.kafka_version = in.kafka_version;
    s.broker_type = in.broker_type;
    s.brokers = in.brokers;
    if (subnets > 0 && s.brokers % subnets != 0) s.brokers += subnets - s.brokers % subnets;
    s.storage = in.storage;
    s.security_group = Lowering::StreamGroup(in.name);
    l.Group(s.security_group, l.Name("stream-" + in.name, 255), "MSK stream " + in.name + ": IAM/TLS from its clients",
            in.name_range);
    LogGroup logs;
    logs.id = "stream_" + s.id;
    logs.origin = in.name_range;
    logs.name = "/msk/" + l.app.name + "/" + in.name;
    logs.retention_days = l.model.app.log_retention_days;
    l.app.log_groups.push_back(logs);
    l.app.streams.push_back(s);
  }
}

void LowerBuckets(Lowering& l) {
  for (const auto& in : l.model.buckets) {
    Bucket b;
    b.id = Id(in.name);
    b.origin = in.name_range;
    // bucket_prefix is at most 37 characters; S3 appends a unique suffix.
    b.name_prefix = Lower(l.Name(in.name, 36)) + "-";
    b.versioning = in.versioning;
    b.expire_days = in.expire_days;
    l.app.buckets.push_back(b);
  }
}

}  // namespace

void LowerData(Lowering& l) {
  LowerVolumes(l);
  LowerDatabases(l);
  LowerParameters(l);
  LowerCaches(l);
  LowerStreams(l);
  LowerBuckets(l);
}

}  // namespace ecsgen::ir
