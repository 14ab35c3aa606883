#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compiler/base/source.h"

// The checked model: every name resolved, units normalised (sizes in MiB, durations in seconds),
// defaults applied and the selected env overlay merged. Lowering reads only this.
namespace ecsgen::sema {

// An IPv4 CIDR block.
struct Cidr {
  uint32_t address = 0;
  int prefix = 0;
  std::string ToString() const;
};

// Fields every component shares: its name and where each of its attributes was written.
struct Component {
  std::string name;
  base::Range range;       // the whole block
  base::Range name_range;  // the label, or the kind keyword for unnamed blocks
  std::map<std::string, base::Range, std::less<>> attribute_ranges;
  // Where attribute `key` was written, or the block's name when it was defaulted.
  base::Range At(std::string_view key) const;
  bool Has(std::string_view key) const { return attribute_ranges.count(key) != 0; }
};

// The component kinds, used by references.
enum class ComponentKind {
  kService, kTask, kVolume, kDatabase, kSecret, kParameter, kCache, kStream, kBucket, kRegistry, kIngress,
  kBastion, kPipeline
};
std::string_view KindName(ComponentKind kind);

// `db.password`, `flask_key`, `cache.url`: a component and one of its exported attributes.
struct Ref {
  ComponentKind kind = ComponentKind::kSecret;
  std::string component;
  std::string attribute;  // "" for the component itself (a secret or parameter's value)
  base::Range range;
  bool IsSecretValue() const;  // true when the referenced value is secret material
};

struct StateBackend {
  std::string bucket;
  std::string key;
  std::string region;  // defaults to the app region
  std::string lock_table;  // DynamoDB table; empty means S3 native locking
};

struct App : Component {
  std::string region;
  std::vector<std::pair<std::string, std::string>> tags;
  std::optional<StateBackend> state;
  bool production = false;   // `production = true`, or set by an env overlay
  bool disposable = false;   // no deletion protection, no retained data: only for throw-away stacks
  int log_retention_days = 30;
  bool access_logs = true;         // `access_logs = false` turns off every access log of the app
  int access_log_retention_days = 90;  // lifecycle expiry of the access-log bucket
};

enum class NatMode { kNone, kSingle, kPerZone };

struct Network : Component {
  // A new VPC…
  Cidr cidr{0x0A000000u, 16};
  int zones = 2;
  NatMode nat = NatMode::kSingle;
  std::vector<std::string> endpoints;  // interface/gateway endpoint short names: ecr, logs, s3, ...
  // Public subnets, an internet gateway and its route: `public = ...`, or derived by CheckModel from
  // what needs them (NAT, an internet-facing ALB, CloudFront's VPC origin, a bastion).
  bool public_access = true;
  // …or an existing one, by ids or by tags.
  std::string vpc_id;
  std::vector<std::string> public_subnets;
  std::vector<std::string> private_subnets;
  std::vector<std::pair<std::string, std::string>> vpc_tags;
  std::vector<std::pair<std::string, std::string>> private_subnet_tags;
  std::vector<std::pair<std::string, std::string>> public_subnet_tags;
  bool Existing() const { return !vpc_id.empty() || !vpc_tags.empty(); }
};

struct Capacity {
  int fargate = 1;
  int fargate_spot = 0;
  int base = 0;
};

struct Cluster : Component {
  bool insights = true;
  bool exec = false;
  Capacity capacity;
};

struct Registry : Component {
  bool scan_on_push = true;
  bool immutable = true;
  int keep_images = 30;
};

enum class IngressKind { kAlb, kNlbApiGw, kCloudFront };
enum class ApiKind { kRest, kHttp };

// `route "/api/*" -> api` or `route "shop.example.com/api/*" -> api` (host and path).
struct Route {
  std::string host;  // empty: any host
  std::string path;  // "/" or "/prefix/*" or an exact path
  std::string service;
  base::Range range;
};

struct Ingress : Component {
  IngressKind kind = IngressKind::kAlb;
  bool internal = false;
  std::string certificate;   // ACM ARN; empty means HTTP only
  bool redirect_http = true; // with a certificate, port 80 redirects to 443
  ApiKind api = ApiKind::kRest;
  bool waf = false;
  std::vector<std::string> aliases;  // CloudFront alternate domain names
  std::vector<Route> routes;
  int idle_timeout = 60;
  bool access_logs = true;  // load balancer / CloudFront access logs into the app's log bucket
};

// A container image: `registry.web:"1.4.2"` or `"public.ecr.aws/nginx/nginx:1.27"`.
struct Image {
  std::string registry;  // registry component name, or empty for a literal URI
  std::string uri;       // literal image without tag handling
  std::string tag;       // tag for a registry image
  base::Range range;
};

enum class EnvKind { kLiteral, kRef };
struct EnvValue {
  std::string name;
  EnvKind kind = EnvKind::kLiteral;
  std::string literal;
  Ref ref;
  base::Range range;
};

struct Mount {
  std::string volume;
  std::string path;
  bool read_only = false;
  base::Range range;
};

// `allow "203.0.113.0/24" port 8080`, `allow 10.1.0.0/16 port 5000..5100 udp`, `allow "0.0.0.0/0" all`:
// an explicit ingress from a network that no derived edge covers. Checks judge how wide it is.
struct AllowRule {
  std::string cidr;              // IPv4 or IPv6 CIDR as written
  std::string protocol = "tcp";  // "tcp", "udp" or "-1" (every protocol and port)
  int from_port = 0;
  int to_port = 0;
  base::Range range;  // the statement
};

enum class ScaleMetric { kCpu, kMemory, kRequests };
struct Scale {
  int min = 1;
  int max = 1;
  ScaleMetric metric = ScaleMetric::kCpu;
  int target = 60;  // percent for cpu/memory, requests per target per minute for requests
  base::Range range;
};

struct HealthCheck {
  std::string path = "/";       // HTTP path for the load balancer
  bool written = false;         // `health` was written: an NLB then checks HTTP on `path`, not just TCP
  std::string command;          // container-level health command (CMD-SHELL), optional
  int interval = 30;            // seconds
  int timeout = 5;              // seconds, less than interval
  int healthy_threshold = 3;
  int unhealthy_threshold = 3;
  std::string codes = "200-399";  // HTTP codes that count as healthy
};

// One container of a task: the main one or a sidecar.
struct Container : Component {
  Image image;
  int cpu = 0;         // 0: share of the task
  int memory = 0;      // MiB, 0: share of the task
  int port = 0;        // 0: no port
  std::vector<std::string> command;
  std::vector<EnvValue> env;
  std::vector<EnvValue> secrets;  // kind is always kRef
  std::optional<HealthCheck> health;
  bool essential = true;
  bool read_only_root = false;
  std::string user;
};

struct Deployment {
  int min_healthy = 100;
  int max_percent = 200;
  bool circuit_breaker = true;
  int grace_period = 60;
};

// What services and tasks share: one task definition with a main container and sidecars.
struct Workload : Component {
  int cpu = 256;
  int memory = 512;  // MiB
  std::string architecture = "X86_64";
  Container main;
  std::vector<Container> sidecars;
  std::vector<Mount> mounts;
  bool exec = false;   // ECS Exec (also on when the cluster enables it)
  std::vector<std::string> managed_policies;  // AWS managed policy ARNs for the task role
  std::vector<AllowRule> allows;
};

struct Service : Workload {
  int desired = 1;
  std::optional<Scale> scale;
  Deployment deployment;
  bool spot = false;
  std::string connect_name;              // Service Connect DNS name; empty: not in the mesh
  std::vector<Ref> connects;             // services this one calls through Service Connect
  std::vector<Ref> uses;                 // buckets, streams, caches, databases used beyond env/secrets
  HealthCheck health;                    // load balancer health check
};

struct Task : Workload {
  bool init_process = true;
  std::vector<std::pair<std::string, std::string>> allowed_tags;  // task role scoped by these tags
};

struct Volume : Component {
  std::string path;  // root directory of the access point
  // POSIX ids go up to 4294967295, beyond int.
  int64_t uid = 1000;
  int64_t gid = 1000;
  std::string permissions = "0755";
  std::string throughput = "bursting";  // bursting | elastic
};

enum class DbEngine { kPostgres, kMysql };
struct Database : Component {
  DbEngine engine = DbEngine::kPostgres;
  std::string version;  // "16.4"
  std::string instance_class = "db.t4g.micro";
  int storage_min = 20;  // GiB
  int storage_max = 100; // GiB
  std::string storage_type = "gp3";
  bool multi_az = false;
  int backup_days = 7;
  std::string backup_window;       // "03:00-04:00"
  std::string maintenance_window;  // "sun:04:00-sun:05:00"
  std::vector<std::pair<std::string, std::string>> parameters;
  std::vector<std::string> log_exports;
  std::string db_name;  // initial database name
  std::string username = "app";
  bool deletion_protection = true;
  std::vector<AllowRule> allows;
};

enum class SecretStore { kSecretsManager, kSsm };
struct Secret : Component {
  int generate = 0;        // length of a generated value; 0 when referencing an existing secret
  std::string arn;         // an existing secret's ARN (or SSM parameter name)
  SecretStore store = SecretStore::kSecretsManager;
  std::string description;
};

// A plain (non-secret) SSM parameter, String or StringList.
struct Parameter : Component {
  std::string value;
  std::string ssm_name;  // full SSM name; empty means /APP/NAME
};

enum class CacheEngine { kRedis, kValkey };
struct Cache : Component {
  CacheEngine engine = CacheEngine::kValkey;
  std::string version;
  std::string node_type = "cache.t4g.micro";
  int replicas = 1;
  std::vector<AllowRule> allows;
};

struct Stream : Component {
  std::string kafka_version = "3.6.0";
  std::string broker_type = "kafka.t3.small";
  int brokers = 2;
  int storage = 100;  // GiB per broker
  std::vector<AllowRule> allows;
};

struct Bucket : Component {
  bool versioning = true;
  int expire_days = 0;  // 0: never
  bool access_logs = true;  // S3 server access logs into the app's log bucket
};

struct Bastion : Component {
  std::vector<Cidr> ssh_from;
  std::string instance_type = "t3.micro";
  bool allow_world = false;  // an explicit acknowledgement of 0.0.0.0/0
  std::vector<std::string> reaches;  // databases the bastion may connect to
};

struct Pipeline : Component {
  std::string service;   // the service redeployed after the build
  std::string registry;  // where the image is pushed
  std::string source_bucket;  // bucket component holding the source archive
  std::string source_key = "source.zip";
  std::string compute = "BUILD_GENERAL1_SMALL";
};

// The whole application after sema.
struct Model {
  std::string source_path;
  std::string env;  // selected overlay, or ""
  App app;
  Network network;
  Cluster cluster;
  std::vector<Registry> registries;
  std::vector<Ingress> ingresses;
  std::vector<Service> services;
  std::vector<Task> tasks;
  std::vector<Volume> volumes;
  std::vector<Database> databases;
  std::vector<Secret> secrets;
  std::vector<Parameter> parameters;
  std::vector<Cache> caches;
  std::vector<Stream> streams;
  std::vector<Bucket> buckets;
  std::optional<Bastion> bastion;
  std::vector<Pipeline> pipelines;
};

}  // namespace ecsgen::sema
