#include <string>

#include "compiler/emit/cloudformation/buckets.h"
#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"
#include "compiler/ir/names.h"

// The stateful components: EFS volumes, RDS databases, ElastiCache, MSK and S3. Each keeps its data
// when the stack is deleted or the resource replaced, unless the app is disposable.
namespace ecsgen::emit::cloudformation {

namespace {

Json GroupIds(const std::string& group) {
  return Json::array({GetAtt(LogicalId("SecurityGroup", group), "GroupId")});
}

void EmitVolume(Template& t, const ir::Volume& v) {
  std::string fs = LogicalId("FileSystem", v.id);
  std::string name = t.app.name + "-" + v.id;
  Json props = {{"Encrypted", true},
                {"PerformanceMode", "generalPurpose"},
                {"ThroughputMode", v.throughput},
                {"BackupPolicy", Json{{"Status", t.app.disposable ? "DISABLED" : "ENABLED"}}},
                // Clients must use TLS (the task definitions enable transit encryption).
                {"FileSystemPolicy",
                 Json{{"Version", "2012-10-17"},
                      {"Statement", Json::array({Json{{"Sid", "DenyInsecureTransport"},
                                                      {"Effect", "Deny"},
                                                      {"Principal", Json{{"AWS", "*"}}},
                                                      {"Action", "*"},
                                                      {"Resource", "*"},
                                                      {"Condition", Json{{"Bool", Json{{"aws:SecureTransport", "false"}}}}}}})}}},
                {"FileSystemTags", t.Tags(name)}};
  t.Keep(t.Add(fs, "AWS::EFS::FileSystem", props), "Retain");
  const auto& subnets = t.app.network.private_subnets;
  Json ids = SubnetIds(t, false);
  if (ids.is_array()) {
    for (size_t i = 0; i < ids.size(); ++i) {
      std::string suffix = i < subnets.size() ? ir::Camel(subnets[i].id) : std::to_string(i);
      t.Add(LogicalId("FileSystem", v.id, "MountTarget" + suffix), "AWS::EFS::MountTarget",
            {{"FileSystemId", Ref(fs)}, {"SubnetId", ids[i]}, {"SecurityGroups", GroupIds(v.security_group)}});
    }
  } else {
    t.Report(v.origin, "CloudFormation cannot create one EFS mount target per subnet of a subnet-list parameter",
                  "give the existing private subnets by id (`private_subnets = [...]`)");
  }
  t.Add(LogicalId("AccessPoint", v.id), "AWS::EFS::AccessPoint",
        {{"FileSystemId", Ref(fs)},
         {"PosixUser", Json{{"Uid", std::to_string(v.uid)}, {"Gid", std::to_string(v.gid)}}},
         {"RootDirectory",
          Json{{"Path", v.path},
               {"CreationInfo", Json{{"OwnerUid", std::to_string(v.uid)},
                                     {"OwnerGid", std::to_string(v.gid)},
                                     {"Permissions", v.permissions}}}}},
         {"AccessPointTags", t.Tags(name)}});
}

void EmitDatabase(Template& t, const ir::Database& db) {
  std::string id = LogicalId("Database", db.id);
  t.Add(id + "SubnetGroup", "AWS::RDS::DBSubnetGroup",
        {{"DBSubnetGroupDescription", "private subnets of database " + db.identifier},
         {"SubnetIds", SubnetIds(t, false)},
         {"Tags", t.Tags(db.identifier)}});
  Json parameters = Json::object();
  for (const auto& [key, value] : db.parameters) parameters[key] = value;
  Json group = {{"Family", db.family}, {"Description", "parameters of database " + db.identifier}};
  if (!parameters.empty()) group["Parameters"] = parameters;
  group["Tags"] = t.Tags(db.identifier);
  t.Add(id + "ParameterGroup", "AWS::RDS::DBParameterGroup", group);
  Json props = {{"DBInstanceIdentifier", db.identifier},
                {"Engine", db.engine},
                {"EngineVersion", db.version},
                {"DBInstanceClass", db.instance_class},
                {"AllocatedStorage", std::to_string(db.storage_min)},
                {"StorageType", db.storage_type},
                {"StorageEncrypted", true},
                {"MultiAZ", db.multi_az},
                {"DBName", db.db_name},
                {"MasterUsername", db.username},
                // RDS keeps the master password in Secrets Manager: it is never in the template.
                {"ManageMasterUserPassword", true},
                {"Port", std::to_string(db.port)},
                {"DBSubnetGroupName", Ref(id + "SubnetGroup")},
                {"DBParameterGroupName", Ref(id + "ParameterGroup")},
                {"VPCSecurityGroups", GroupIds(db.security_group)},
                {"PubliclyAccessible", false},
                {"EnableIAMDatabaseAuthentication", true},
                {"BackupRetentionPeriod", db.backup_days},
                {"DeletionProtection", db.deletion_protection},
                {"CopyTagsToSnapshot", true}};
  if (db.storage_max > db.storage_min) props["MaxAllocatedStorage"] = db.storage_max;
  if (!db.backup_window.empty()) props["PreferredBackupWindow"] = db.backup_window;
  if (!db.maintenance_window.empty()) props["PreferredMaintenanceWindow"] = db.maintenance_window;
  if (!db.log_exports.empty()) props["EnableCloudwatchLogsExports"] = db.log_exports;
  props["Tags"] = t.Tags(db.identifier);
  t.Keep(t.Add(id, "AWS::RDS::DBInstance", props), "Snapshot");
  t.Output(id + "Endpoint", GetAtt(id, "Endpoint.Address"), "endpoint of database `" + db.identifier + "`");
}

void EmitCache(Template& t, const ir::Cache& c) {
  std::string id = LogicalId("Cache", c.id);
  t.Add(id + "SubnetGroup", "AWS::ElastiCache::SubnetGroup",
        {{"Description", "private subnets of cache " + c.name}, {"SubnetIds", SubnetIds(t, false)}});
  int nodes = c.replicas < 1 ? 1 : c.replicas;
  Json props = {{"ReplicationGroupId", c.name},
                {"ReplicationGroupDescription", "cache " + c.name + " of " + t.app.name},
                {"Engine", c.engine},
                {"EngineVersion", c.version},
                {"CacheNodeType", c.node_type},
                {"NumCacheClusters", nodes},
                {"AutomaticFailoverEnabled", nodes > 1},
                {"MultiAZEnabled", nodes > 1},
                {"Port", 6379},
                {"CacheSubnetGroupName", Ref(id + "SubnetGroup")},
                {"SecurityGroupIds", GroupIds(c.security_group)},
                {"AtRestEncryptionEnabled", true},
                {"TransitEncryptionEnabled", true}};
  if (!c.auth_secret.empty()) props["AuthToken"] = ResolveSecret(t, c.auth_secret);
  props["Tags"] = t.Tags(c.name);
  t.Keep(t.Add(id, "AWS::ElastiCache::ReplicationGroup", props), "Snapshot");
}

void EmitStream(Template& t, const ir::Stream& s) {
  Json props = {{"ClusterName", s.name},
                {"KafkaVersion", s.kafka_version},
                {"NumberOfBrokerNodes", s.brokers},
                {"BrokerNodeGroupInfo",
                 Json{{"InstanceType", s.broker_type},
                      {"ClientSubnets", SubnetIds(t, false)},
                      {"SecurityGroups", GroupIds(s.security_group)},
                      {"StorageInfo", Json{{"EBSStorageInfo", Json{{"VolumeSize", s.storage}}}}}}},
                {"EncryptionInfo", Json{{"EncryptionInTransit", Json{{"ClientBroker", "TLS"}, {"InCluster", true}}}}},
                {"ClientAuthentication", Json{{"Sasl", Json{{"Iam", Json{{"Enabled", true}}}}}}},
                {"LoggingInfo", Json{{"BrokerLogs", Json{{"CloudWatchLogs", Json{{"Enabled", true},
                                                                               {"LogGroup", Ref(LogicalId("LogGroup", "stream_" + s.id))}}}}}}},
                {"Tags", Json{{"Name", s.name}}}};
  t.Keep(t.Add(LogicalId("Stream", s.id), "AWS::MSK::Cluster", props), "Retain");
}

}  // namespace

Json& EmitPrivateBucket(Template& t, const ir::Bucket& b, const std::string& ownership, const Json& statements) {
  std::string id = LogicalId("Bucket", b.id);
  // CloudFormation has no name prefix: the bucket gets a generated unique name (see the output).
  Json props = {{"BucketEncryption",
                 Json{{"ServerSideEncryptionConfiguration",
                       Json::array({Json{{"ServerSideEncryptionByDefault", Json{{"SSEAlgorithm", "AES256"}}},
                                         {"BucketKeyEnabled", true}}})}}},
                {"PublicAccessBlockConfiguration", Json{{"BlockPublicAcls", true},
                                                        {"BlockPublicPolicy", true},
                                                        {"IgnorePublicAcls", true},
                                                        {"RestrictPublicBuckets", true}}},
                {"OwnershipControls", Json{{"Rules", Json::array({Json{{"ObjectOwnership", ownership}}})}}},
                {"VersioningConfiguration", Json{{"Status", b.versioning ? "Enabled" : "Suspended"}}}};
  if (b.expire_days > 0) {
    Json rule = {{"Id", "expire"}, {"Status", "Enabled"}, {"ExpirationInDays", b.expire_days}};
    // Without this, expired objects of a versioned bucket would stay as noncurrent versions forever.
    if (b.versioning) rule["NoncurrentVersionExpiration"] = Json{{"NoncurrentDays", b.expire_days}};
    props["LifecycleConfiguration"] = Json{{"Rules", Json::array({rule})}};
  }
  if (!b.access_log_prefix.empty() && t.app.log_bucket) {
    props["LoggingConfiguration"] = Json{{"DestinationBucketName", Ref(LogicalId("Bucket", t.app.log_bucket->id))},
                                         {"LogFilePrefix", b.access_log_prefix}};
  }
  for (const auto& p : t.app.pipelines) {
    // A pipeline starts on EventBridge's "Object Created" events of its source bucket.
    if (p.source_bucket == b.id) {
      props["NotificationConfiguration"] = Json{{"EventBridgeConfiguration", Json{{"EventBridgeEnabled", true}}}};
    }
  }
  props["Tags"] = t.Tags(b.name_prefix);
  Json& bucket = t.Add(id, "AWS::S3::Bucket", props);
  t.Keep(bucket, "Retain");
  // Only TLS requests are accepted.
  Json all = Json::array({Json{{"Sid", "DenyInsecureTransport"},
                               {"Effect", "Deny"},
                               {"Principal", "*"},
                               {"Action", "s3:*"},
                               {"Resource", Json::array({GetAtt(id, "Arn"), Sub("${" + id + ".Arn}/*")})},
                               {"Condition", Json{{"Bool", Json{{"aws:SecureTransport", "false"}}}}}}});
  for (const auto& statement : statements) all.push_back(statement);
  t.Add(id + "Policy", "AWS::S3::BucketPolicy",
        {{"Bucket", Ref(id)}, {"PolicyDocument", Json{{"Version", "2012-10-17"}, {"Statement", all}}}});
  t.Output(id + "Name", Ref(id), "name of bucket `" + b.id + "`");
  return bucket;
}

void EmitData(Template& t) {
  for (const auto& v : t.app.volumes) EmitVolume(t, v);
  for (const auto& db : t.app.databases) EmitDatabase(t, db);
  for (const auto& c : t.app.caches) EmitCache(t, c);
  for (const auto& s : t.app.streams) EmitStream(t, s);
  EmitLogBucket(t);
  for (const auto& b : t.app.buckets) EmitPrivateBucket(t, b, "BucketOwnerEnforced", Json::array());
}

}  // namespace ecsgen::emit::cloudformation
