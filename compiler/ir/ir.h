#pragma once

#include <cstdint>
#include <unordered_map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compiler/base/source.h"

// The target-neutral IR: the application as a graph of cloud objects with every derived decision
// already made (subnet CIDRs, security-group rules from edges, IAM statements on exact resources,
// listener rule priorities, names shortened to AWS limits). It knows nothing of Terraform or
// CloudFormation: emitters are pure functions of it. Every element carries the source range that
// caused it, so checks on the IR point at the .ecs text.
namespace ecsgen::ir {

// Fields every element has: a stable logical id (snake_case, unique per element kind) and its origin.
struct Element {
  std::string id;
  base::Range origin;
};

// A reference from one element to an attribute of another, rendered by each emitter in its own way
// (`${aws_db_instance.db.address}` or `{"Fn::GetAtt": ["DbDatabase", "Endpoint.Address"]}`).
enum class ObjectKind {
  kVpc, kSubnet, kSecurityGroup, kLogGroup, kCluster, kRegistry, kRole, kSecret, kSsmParameter, kDatabase,
  kDatabaseSecret, kFileSystem, kAccessPoint, kLoadBalancer, kTargetGroup, kCache, kCacheSecret, kStream, kBucket,
  kService, kTaskDefinition, kKmsKey, kNamespace, kCodeBuild,
  kStreamTopics, kStreamGroups  // every topic / consumer group of one MSK cluster (IAM resource ARNs)
};
enum class Attribute {
  kArn, kId, kName, kHost, kPort, kUrl, kDbName, kUsername, kBrokers, kDnsName, kEndpoint,
  kLogStreamPrefix
};
struct ObjectRef {
  ObjectKind kind = ObjectKind::kSecret;
  std::string id;
  Attribute attribute = Attribute::kArn;
  std::string literal;  // a literal ARN/name when the object is not created here (existing secret)
  std::string json_key; // for secrets injected from one key of a JSON secret (RDS master password)
  bool wildcard_suffix = false;  // ARN followed by `:*` or `/*` (log streams, bucket objects)
  std::string object_key;  // one object of a bucket: the ARN followed by `/<object_key>`
};

// ---- application --------------------------------------------------------------------------------

struct StateBackend {
  std::string bucket, key, region, lock_table;
};

// ---- network ------------------------------------------------------------------------------------

struct Subnet : Element {
  bool is_public = false;
  int zone = 0;          // index into the region's zones
  std::string cidr;      // empty for existing subnets
  std::string existing;  // subnet id when the network exists already
};

enum class EndpointKind { kInterface, kGateway };
struct Endpoint : Element {
  std::string service;  // "ecr.api", "ecr.dkr", "logs", "s3", ...
  EndpointKind kind = EndpointKind::kInterface;
};

struct Network : Element {
  bool existing = false;
  std::string vpc_id;                                    // existing by id
  std::vector<std::pair<std::string, std::string>> vpc_tags;  // existing by tags
  std::vector<std::pair<std::string, std::string>> private_subnet_tags, public_subnet_tags;
  std::string cidr;
  int zones = 2;
  std::vector<Subnet> public_subnets;
  std::vector<Subnet> private_subnets;
  enum class Nat { kNone, kSingle, kPerZone } nat = Nat::kSingle;
  std::vector<Endpoint> endpoints;
  std::string endpoint_security_group;  // id of the SG on interface endpoints, if any
};

// ---- security groups, derived from edges -------------------------------------------------------

struct SecurityGroup : Element {
  std::string name;         // AWS name, <= 255
  std::string description;  // ASCII only, as EC2 requires
};

enum class PeerKind { kGroup, kCidr, kPrefixList, kVpcCidr };
struct SgRule : Element {
  std::string group;     // security group id this rule belongs to
  bool ingress = true;
  std::string protocol = "tcp";  // "tcp", "udp" or "-1" (all; only on explicit user allows)
  int from_port = 0;
  int to_port = 0;
  PeerKind peer_kind = PeerKind::kGroup;
  std::string peer;      // group id, CIDR, or prefix-list name ("s3")
  std::string description;
};

// ---- IAM ----------------------------------------------------------------------------------------

struct Statement {
  std::string sid;
  bool allow = true;
  std::vector<std::string> actions;
  std::vector<ObjectRef> resources;  // empty with `any_resource` means "*"
  bool any_resource = false;         // only where AWS requires `*` (ecr:GetAuthorizationToken, ssmmessages)
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> conditions;  // op -> (key, value)
};

struct Role : Element {
  std::string name;        // <= 64
  std::string principal;   // "ecs-tasks.amazonaws.com", "codebuild.amazonaws.com", ...
  std::vector<Statement> statements;
  std::vector<std::string> managed_policy_arns;
};

// ---- logging, cluster, registry -----------------------------------------------------------------

struct LogGroup : Element {
  std::string name;  // "/ecs/app/service"
  int retention_days = 30;
  bool kms = false;  // encrypted with the app's KMS key (ECS Exec audit log)
};

struct Cluster : Element {
  std::string name;
  bool insights = true;
  bool exec = false;
  std::string exec_log_group;  // log group id for the ECS Exec audit log
  int fargate_weight = 1, spot_weight = 0, base = 0;
};

struct Registry : Element {
  std::string name;
  bool scan_on_push = true;
  bool immutable = true;
  int keep_images = 30;
};

// ---- workloads ----------------------------------------------------------------------------------

struct EnvVar {
  std::string name;
  std::string literal;
  std::optional<ObjectRef> ref;  // a reference rendered by the emitter
  base::Range origin;
};

struct SecretVar {
  std::string name;
  ObjectRef source;  // secret / SSM parameter / database secret (with json_key)
  base::Range origin;
};

struct MountPoint {
  std::string volume;  // volume id
  std::string path;
  bool read_only = false;
};

struct Container {
  std::string name;
  std::string image_registry;  // registry id, or empty for a literal image
  std::string image;           // literal image, or the tag for a registry image
  int cpu = 0;
  int memory = 0;
  int port = 0;
  std::vector<std::string> command;
  std::vector<EnvVar> env;
  std::vector<SecretVar> secrets;
  std::vector<MountPoint> mounts;
  bool essential = true;
  std::string health_command;
  bool read_only_root = false;
  std::string user;
  std::string log_group;  // log group id
  std::string log_prefix;
  base::Range origin;
};

struct TaskVolume {
  std::string volume;  // volume id (EFS file system + access point)
};

struct TaskDefinition : Element {
  std::string family;
  int cpu = 256;
  int memory = 512;
  std::string architecture = "X86_64";
  std::vector<Container> containers;
  std::vector<TaskVolume> volumes;
  std::string execution_role;  // role id
  std::string task_role;       // role id
  bool init_process = false;
};

struct ScalingPolicy {
  enum class Metric { kCpu, kMemory, kRequests } metric = Metric::kCpu;
  int target = 60;
  std::string load_balancer;  // for requests: the ALB id
  std::string target_group;   // for requests: the target group id
};

struct LoadBalancerAttachment {
  std::string target_group;  // target group id
  std::string container;
  int port = 0;
};

struct Service : Element {
  std::string name;  // ECS service name
  TaskDefinition task;
  int desired = 1;
  int min_healthy = 100, max_percent = 200;
  bool circuit_breaker = true;
  int grace_period = 60;  // only when attached to a load balancer
  bool spot = false;
  bool exec = false;
  std::string security_group;
  std::vector<LoadBalancerAttachment> attachments;
  std::optional<std::pair<int, int>> scale;  // min, max
  std::vector<ScalingPolicy> policies;
  // Service Connect: the port name/alias other services use; empty when not in the mesh.
  std::string connect_name;
  int connect_port = 0;
  bool connect_client = false;
};

// A task definition without a service (debug toolkit, one-off job).
struct Task : Element {
  TaskDefinition task;
  std::string security_group;
};

// ---- ingress ------------------------------------------------------------------------------------

struct TargetGroup : Element {
  std::string name;  // <= 32, unique, stable
  int port = 0;
  std::string protocol = "HTTP";  // HTTP for ALB, TCP for NLB
  std::string health_path = "/";
  bool health_http = true;  // false: an NLB checks that the port accepts TCP connections, nothing more
  int health_interval = 30, health_timeout = 5, healthy = 3, unhealthy = 3;
  std::string health_codes = "200-399";
  std::string service;  // service id
};

struct ListenerRule : Element {
  int priority = 1;
  std::vector<std::string> hosts;
  std::vector<std::string> paths;
  std::string header_name, header_value_secret;  // CloudFront origin header (secret id), if any
  std::string target_group;
};

struct Listener : Element {
  int port = 80;
  std::string protocol = "HTTP";  // HTTP, HTTPS, TCP
  std::string certificate;
  std::string ssl_policy;
  enum class Default { kForward, kRedirectHttps, kFixed403, kFixed404 } default_action = Default::kForward;
  std::string default_target_group;
  std::vector<ListenerRule> rules;
};

struct LoadBalancer : Element {
  std::string name;  // <= 32
  bool network = false;  // NLB when true
  bool internal = false;
  std::string security_group;
  int idle_timeout = 60;
  bool deletion_protection = true;  // off only for disposable apps
  std::vector<Listener> listeners;
  std::string access_log_prefix;  // key prefix in the app's log bucket; empty: access logs off
};

struct ApiGateway : Element {
  std::string name;
  bool http_api = false;  // apigatewayv2 HTTP API instead of REST
  std::string load_balancer;  // NLB id
  std::string listener;        // listener id (HTTP API integrations target it)
  int port = 0;                // NLB listener port (REST integrations call http://<nlb dns>:<port>/{proxy})
  std::string log_group;       // access log group id
  std::string stage = "default";  // REST stage name; HTTP APIs use the auto-deployed `$default` stage
  std::string security_group;  // HTTP API VPC link ENIs' group (REST VPC links have none)
  std::string vpc_link_name;
  // REST access logging needs the account-level CloudWatch role (API Gateway "account settings"). It is
  // account-global, so ecsgen never creates it: it is a documented prerequisite.
};

struct CloudFront : Element {
  std::string load_balancer;  // internal ALB id
  std::string origin_secret;  // secret id holding the origin header value
  std::string header_name = "X-Origin-Verify";
  std::string certificate;    // ACM ARN in us-east-1, empty for the default certificate
  std::vector<std::string> aliases;
  bool waf = false;           // a CLOUDFRONT-scope web ACL (AWS managed common rule set); needs us-east-1
  std::vector<std::string> cached_paths;  // GET/HEAD cached (static) path patterns
  std::string name;                       // VPC origin / web ACL name
  std::string origin_protocol = "http-only";  // the ALB listener CloudFront calls: http-only or https-only
  int origin_port = 80;
  std::string viewer_protocol_policy = "redirect-to-https";
  std::string price_class = "PriceClass_100";
  std::string access_log_prefix;  // standard logs into the app's log bucket under this prefix; empty: off
  std::string minimum_tls = "TLSv1.2_2021";  // with a certificate
  // AWS managed policies: fixed ids, no lookup.
  std::string cache_policy = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";           // CachingDisabled
  std::string origin_request_policy = "b689b0a8-53d0-40ab-baf2-68738e2966ac";  // AllViewerExceptHostHeader
  std::string cached_policy = "658327ea-f89d-4fab-a63d-7e88639e58f6";          // CachingOptimized (cached_paths)
};

struct Ingress : Element {
  std::string kind;  // "alb", "nlb_apigw", "cloudfront"
  std::string load_balancer;
  std::optional<ApiGateway> api;
  std::optional<CloudFront> cdn;
};

// ---- data ---------------------------------------------------------------------------------------

struct Volume : Element {
  std::string security_group;
  std::string path;
  int64_t uid = 1000, gid = 1000;  // POSIX ids, 0..4294967295
  std::string permissions = "0755";
  std::string throughput = "bursting";
};

struct Database : Element {
  std::string identifier;  // <= 63
  std::string engine;      // "postgres" | "mysql"
  std::string version;
  std::string family;      // parameter group family, "postgres16"
  std::string instance_class;
  int storage_min = 20, storage_max = 100;
  std::string storage_type = "gp3";
  bool multi_az = false;
  int backup_days = 7;
  std::string backup_window, maintenance_window;
  std::vector<std::pair<std::string, std::string>> parameters;
  std::vector<std::string> log_exports;
  std::string db_name, username;
  bool deletion_protection = true;
  int port = 5432;
  std::string security_group;
};

struct Secret : Element {
  std::string name;  // "app/name"
  int generate = 0;
  bool alphanumeric = false;  // generate letters and digits only (ALB header conditions treat `*` `?` as wildcards)
  std::string existing_arn;
  bool ssm = false;
  std::string description;
};

struct Parameter : Element {
  std::string name;
  std::string value;
};

struct Cache : Element {
  std::string name;  // <= 40
  std::string engine, version, node_type;
  int replicas = 1;
  std::string security_group;
  std::string auth_secret;  // secret id holding the AUTH token
};

struct Stream : Element {
  std::string name;
  std::string kafka_version, broker_type;
  int brokers = 2, storage = 100;
  std::string security_group;
};

struct Bucket : Element {
  std::string name_prefix;
  bool versioning = true;
  int expire_days = 0;
  std::string access_log_prefix;  // S3 server access logs into the app's log bucket; empty: off
};

// The app's access-log bucket, made when any component logs into it: a private bucket like the others,
// plus who may deliver into it. It does not log its own access (that would log its log deliveries).
struct LogBucket : Bucket {
  // CloudFront standard logs are written with ACLs, so with a CloudFront logger the bucket keeps ACLs
  // (object ownership BucketOwnerPreferred) instead of disabling them.
  bool acl_delivery = false;
  // The regional Elastic Load Balancing account that writes ALB logs in regions opened before August
  // 2022; empty in newer regions, where the logdelivery.elasticloadbalancing service principal writes them.
  std::string elb_account;
};

struct Bastion : Element {
  std::string instance_type;
  std::string security_group;
  std::string role;
};

struct Pipeline : Element {
  std::string name;
  std::string service, registry, source_bucket, source_key, compute;
  std::string role;
  std::string events_role;
  std::string log_group;
};

// ---- the whole application ----------------------------------------------------------------------

struct App : Element {
  std::string name;
  std::string region;
  // The ARN partition of `region` (PartitionOf): Terraform writes ARNs with it, as CloudFormation
  // writes ${AWS::Partition}.
  std::string partition = "aws";
  std::string source_path;
  std::string env;
  std::vector<std::pair<std::string, std::string>> tags;
  std::optional<StateBackend> state;
  bool production = false;
  bool disposable = false;
  bool kms_key = false;  // an app KMS key exists (ECS Exec audit log, SSM SecureString)

  Network network;
  Cluster cluster;
  std::vector<SecurityGroup> security_groups;
  std::vector<SgRule> sg_rules;
  std::vector<Role> roles;
  std::vector<LogGroup> log_groups;
  std::vector<Registry> registries;
  std::vector<Service> services;
  std::vector<Task> tasks;
  std::vector<LoadBalancer> load_balancers;
  std::vector<TargetGroup> target_groups;
  std::vector<Ingress> ingresses;
  std::vector<Volume> volumes;
  std::vector<Database> databases;
  std::vector<Secret> secrets;
  std::vector<Parameter> parameters;
  std::vector<Cache> caches;
  std::vector<Stream> streams;
  std::vector<Bucket> buckets;
  std::optional<Bastion> bastion;
  std::vector<Pipeline> pipelines;
  std::optional<LogBucket> log_bucket;  // absent when nothing logs access (or every logger opted out)
  std::string service_connect_namespace;  // empty when no service uses Service Connect

  // Lookups by id; nullptr when absent.
  const SecurityGroup* FindGroup(const std::string& id) const;
  const Role* FindRole(const std::string& id) const;
  const Secret* FindSecret(const std::string& id) const;
  const Service* FindService(const std::string& id) const;
  const LoadBalancer* FindLoadBalancer(const std::string& id) const;
  const Database* FindDatabase(const std::string& id) const;
  // What forwards to each target group: a listener's default action or a listener rule. A service
  // can only register into a target group once one of them exists, which neither Terraform nor
  // CloudFormation infers from the service's own arguments. One pass over the listeners.
  struct Forwarder {
    bool rule = false;  // a listener rule (else the listener itself)
    std::string id;     // the listener's or the rule's id
  };
  std::unordered_map<std::string, std::vector<Forwarder>> ForwardersByTargetGroup() const;
};

// The ARN partition a region belongs to: "aws-cn" for cn-*, "aws-us-gov" for us-gov-*, the ISO
// partitions for their regions, "aws" for every other (and for no region).
std::string PartitionOf(const std::string& region);

}  // namespace ecsgen::ir
