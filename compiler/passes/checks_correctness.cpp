#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "compiler/ir/names.h"
#include "compiler/passes/registry.h"

// Correctness checks: settings that the deployment would reject, or that silently do nothing.
namespace ecsgen::passes {

using diagnostics::Kind;

namespace {

// Availability zones a new account can use, per region (AWS documentation, 2024).
const std::map<std::string, int, std::less<>>& RegionZones() {
  static const std::map<std::string, int, std::less<>> zones = {
      {"af-south-1", 3},     {"ap-east-1", 3},      {"ap-northeast-1", 3}, {"ap-northeast-2", 4}, {"ap-northeast-3", 3},
      {"ap-south-1", 3},     {"ap-south-2", 3},     {"ap-southeast-1", 3}, {"ap-southeast-2", 3}, {"ap-southeast-3", 3},
      {"ap-southeast-4", 3}, {"ca-central-1", 3},   {"ca-west-1", 3},      {"eu-central-1", 3},   {"eu-central-2", 3},
      {"eu-north-1", 3},     {"eu-south-1", 3},     {"eu-south-2", 3},     {"eu-west-1", 3},      {"eu-west-2", 3},
      {"eu-west-3", 3},      {"il-central-1", 3},   {"me-central-1", 3},   {"me-south-1", 3},     {"sa-east-1", 3},
      {"us-east-1", 6},      {"us-east-2", 3},      {"us-west-1", 2},      {"us-west-2", 4},      {"us-gov-east-1", 3},
      {"us-gov-west-1", 3},
  };
  return zones;
}

// "16.4" -> 16, "8.0.39" -> 8 (with minor 0).
std::pair<int, int> MajorMinor(const std::string& version) {
  int major = std::atoi(version.c_str());
  size_t dot = version.find('.');
  int minor = dot == std::string::npos ? 0 : std::atoi(version.c_str() + dot + 1);
  return {major, minor};
}

// The services some ingress routes to, collected once per check: asking every ingress for every
// service was quadratic (10,000 services and 5,000 routes).
std::unordered_set<std::string> RoutedServices(const sema::Model& m) {
  std::unordered_set<std::string> routed;
  for (const auto& in : m.ingresses) {
    for (const auto& route : in.routes) routed.insert(route.service);
  }
  return routed;
}

void ZonesExceedRegion(const CheckContext& c) {
  const sema::Network& net = c.model.network;
  auto it = RegionZones().find(c.model.app.region);
  if (net.Existing() || it == RegionZones().end() || net.zones <= it->second) return;
  c.Report(Kind::kZonesExceedRegion, c.Where(net, "zones"),
           "region `" + it->first + "` has " + Plural(it->second, "availability zone") + ", not " + std::to_string(net.zones),
           "set `zones = " + std::to_string(it->second) + "` or fewer");
}

void NameTooLong(const CheckContext& c) {
  for (const auto& db : c.model.databases) {
    if (db.engine == sema::DbEngine::kMysql && db.username.size() > 16) {
      c.Report(Kind::kNameTooLong, c.Where(db, "username"), "MySQL master user `" + db.username + "` has " +
               std::to_string(db.username.size()) + " characters; RDS allows 16", "use a shorter `username`, e.g. `\"app\"`");
    }
  }
  // Derived names are shortened by lowering; anything over a limit here is a bug in ecsgen.
  auto limit = [&](const std::string& name, size_t max, base::Range origin, const char* what) {
    if (name.size() <= max) return;
    c.Report(Kind::kNameTooLong, origin, std::string(what) + " name `" + name + "` exceeds " + std::to_string(max) + " characters",
             "this is a bug in ecsgen's name shortening; please report it with this file");
  };
  for (const auto& lb : c.app.load_balancers) limit(lb.name, 32, lb.origin, "load balancer");
  for (const auto& tg : c.app.target_groups) limit(tg.name, 32, tg.origin, "target group");
  for (const auto& role : c.app.roles) limit(role.name, 64, role.origin, "role");
  for (const auto& db : c.app.databases) limit(db.identifier, 63, db.origin, "database");
  for (const auto& cache : c.app.caches) limit(cache.name, 40, cache.origin, "cache");
}

void HealthCheckPath(const CheckContext& c) {
  std::unordered_set<std::string> routed = RoutedServices(c.model);
  for (const auto& s : c.model.services) {
    if (s.Has("health") || s.main.port == 0 || !routed.count(s.name)) continue;
    c.Report(Kind::kHealthCheckPath, s.name_range, "the load balancer checks `/` on `" + s.name + "`, which sets no `health`",
             "add `health = \"/health\"` (a cheap path that answers 200)");
  }
}

void HealthCheckUnused(const CheckContext& c) {
  std::unordered_set<std::string> routed = RoutedServices(c.model);
  for (const auto& s : c.model.services) {
    if (!s.Has("health") || routed.count(s.name)) continue;
    c.Report(Kind::kHealthCheckUnused, s.At("health"), "`health` on `" + s.name + "` is never checked: no ingress routes to it",
             "use `health_command = \"...\"` for a container health check, or route to the service");
  }
}

std::string ArnRegion(const std::string& arn) {
  // arn:aws:acm:REGION:ACCOUNT:certificate/ID
  size_t a = arn.find(':', arn.find(':', arn.find(':') + 1) + 1);
  size_t b = a == std::string::npos ? a : arn.find(':', a + 1);
  return b == std::string::npos ? "" : arn.substr(a + 1, b - a - 1);
}

void CertificateRegion(const CheckContext& c) {
  for (const auto& in : c.model.ingresses) {
    if (in.certificate.empty()) continue;
    std::string region = ArnRegion(in.certificate);
    bool cdn = in.kind == sema::IngressKind::kCloudFront;
    std::string want = cdn ? "us-east-1" : c.model.app.region;
    if (region.empty() || region == want) continue;
    c.Report(Kind::kCertificateRegion, c.Where(in, "certificate"),
             "certificate of `" + in.name + "` is in " + region + "; " + (cdn ? "CloudFront" : "the load balancer") +
                 " needs one in " + want,
             "request or import the certificate in ACM in " + want);
  }
}

void DbEngineVersion(const CheckContext& c) {
  for (const auto& db : c.model.databases) {
    auto [major, minor] = MajorMinor(db.version);
    bool postgres = db.engine == sema::DbEngine::kPostgres;
    bool ok = postgres ? major >= 11 && major <= 17 : (major == 5 && minor == 7) || (major == 8 && (minor == 0 || minor == 4));
    if (ok) continue;
    c.Report(Kind::kDbEngineVersion, c.Where(db, "engine"), std::string(postgres ? "PostgreSQL " : "MySQL ") + db.version +
             " is not offered by RDS", postgres ? "use PostgreSQL 16 or 17, e.g. `engine = postgres \"17.6\"`"
                                                : "use MySQL 8.0 or 8.4, e.g. `engine = mysql \"8.4.7\"`");
  }
}

void DbClassEngine(const CheckContext& c) {
  static const std::set<std::string> previous = {"t1", "m1", "m2", "m3", "r3"};
  for (const auto& db : c.model.databases) {
    std::string family = db.instance_class.substr(3, db.instance_class.find('.', 3) - 3);
    auto [major, minor] = MajorMinor(db.version);
    bool postgres = db.engine == sema::DbEngine::kPostgres;
    std::string engine = std::string(postgres ? "PostgreSQL " : "MySQL ") + db.version;
    std::string problem;
    if (previous.count(family)) problem = "db." + family + " is a previous generation that RDS no longer creates";
    else if (family == "t2" && postgres && major >= 13) problem = "db.t2 does not run " + engine;
    else if (family.find('g') != std::string::npos && ((postgres && major < 12) || (!postgres && major < 8)))
      problem = "Graviton class db." + family + " does not run " + engine;
    if (problem.empty()) continue;
    (void)minor;
    c.Report(Kind::kDbClassEngine, c.Where(db, "class"), problem, "use a current class such as `\"db.t4g.micro\"` or `\"db.m7g.large\"`");
  }
}

void ServiceUnreachable(const CheckContext& c) {
  std::unordered_set<std::string> routed = RoutedServices(c.model);
  std::set<std::string> targets;
  for (const auto& s : c.model.services) {
    for (const auto& ref : s.connects) targets.insert(ref.component);
  }
  for (const auto& s : c.model.services) {
    if (s.main.port == 0 || routed.count(s.name) || targets.count(s.name) || !s.allows.empty()) continue;
    c.Report(Kind::kServiceUnreachable, s.At("port"), "`" + s.name + "` listens on port " + std::to_string(s.main.port) +
             " but no ingress routes to it and no service connects to it",
             "add `route \"/\" -> " + s.name + "` to an ingress or `connects = [" + s.name + "]` to a caller; remove `port` for a worker");
  }
}

void CacheEngineVersion(const CheckContext& c) {
  for (const auto& cache : c.model.caches) {
    auto [major, minor] = MajorMinor(cache.version);
    bool redis = cache.engine == sema::CacheEngine::kRedis;
    bool ok = redis ? (major == 6 && (minor == 0 || minor == 2)) || (major == 7 && minor <= 1)
                    : (major == 7 && minor == 2) || major == 8;
    if (ok) continue;
    c.Report(Kind::kCacheEngineVersion, c.Where(cache, "engine"), std::string(redis ? "Redis " : "Valkey ") + cache.version +
             " is not offered by ElastiCache", redis ? "use `engine = redis \"7.1\"`" : "use `engine = valkey \"8.0\"`");
  }
}

void StreamBrokers(const CheckContext& c) {
  const sema::Network& net = c.model.network;
  int subnets = std::min(3, net.Existing() ? static_cast<int>(std::max<size_t>(net.private_subnets.size(), 1)) : net.zones);
  for (const auto& s : c.model.streams) {
    if (subnets == 0 || s.brokers % subnets == 0) continue;
    int created = subnets * ((s.brokers + subnets - 1) / subnets);
    c.Report(Kind::kStreamBrokers, c.Where(s, "brokers"), "stream `" + s.name + "` asks for " + Plural(s.brokers, "broker") +
             " over " + Plural(subnets, "zone") + "; MSK needs a multiple of " + std::to_string(subnets) + ", so " +
             std::to_string(created) + " are created", "write `brokers = " + std::to_string(created) + "` to say what is paid for");
  }
}

void DesiredOutsideScale(const CheckContext& c) {
  for (const auto& s : c.model.services) {
    if (!s.scale || !s.Has("desired") || (s.desired >= s.scale->min && s.desired <= s.scale->max)) continue;
    bool above = s.desired > s.scale->max;
    c.Report(Kind::kDesiredOutsideScale, s.At("desired"), "desired " + std::to_string(s.desired) + " is " +
             (above ? "above the scale maximum " + std::to_string(s.scale->max) : "below the scale minimum " + std::to_string(s.scale->min)),
             "remove `desired` (the scale minimum applies), or widen `scale`");
  }
}

void DeploymentNoRoom(const CheckContext& c) {
  for (const auto& s : c.app.services) {
    if (s.min_healthy < 100 || s.max_percent > 100) continue;
    const sema::Service* m = nullptr;
    for (const auto& candidate : c.model.services) {
      if (ir::Id(candidate.name) == s.id) m = &candidate;
    }
    c.Report(Kind::kDeploymentNoRoom, m ? m->At("max_percent") : s.origin, "deployments of `" + s.name +
             "` can neither stop an old task (min_healthy 100%) nor start a new one (max_percent 100%)",
             "set `max_percent = 200%`, or lower `min_healthy`");
  }
}

void GraceUnused(const CheckContext& c) {
  std::unordered_set<std::string> routed = RoutedServices(c.model);
  for (const auto& s : c.model.services) {
    if (!s.Has("grace") || routed.count(s.name)) continue;
    c.Report(Kind::kGraceUnused, s.At("grace"), "`grace` on `" + s.name + "` has no effect: no load balancer checks it",
             "remove `grace`, or route an ingress to the service");
  }
}

void ExecReadOnlyRoot(const CheckContext& c) {
  auto visit = [&](const sema::Workload& w) {
    if (!w.exec && !c.model.cluster.exec) return;
    for (const sema::Container* k : Containers(w)) {
      if (!k->read_only_root) continue;
      c.Report(Kind::kExecReadOnlyRoot, k->At("read_only_root"), "ECS Exec sessions into `" + k->name +
               "` will fail: its root file system is read-only", "turn off `exec` for it, or remove `read_only_root = true`");
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

void MountPathClash(const CheckContext& c) {
  auto visit = [&](const sema::Workload& w) {
    std::map<std::string, const sema::Mount*> seen;
    for (const auto& mount : w.mounts) {
      auto [it, inserted] = seen.emplace(mount.path, &mount);
      if (inserted) continue;
      auto& d = c.sink.Report(Kind::kMountPathClash, mount.range, "`" + w.name + "` mounts two volumes at `" + mount.path + "`",
                              "give each mount its own path");
      d.notes.push_back({it->second->range, "first mounted here"});
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

}  // namespace

const std::vector<Check>& CorrectnessChecks() {
  static const std::vector<Check> checks = {
      {Kind::kZonesExceedRegion, ZonesExceedRegion},     {Kind::kNameTooLong, NameTooLong},
      {Kind::kHealthCheckPath, HealthCheckPath},         {Kind::kHealthCheckUnused, HealthCheckUnused},
      {Kind::kCertificateRegion, CertificateRegion},     {Kind::kDbEngineVersion, DbEngineVersion},
      {Kind::kDbClassEngine, DbClassEngine},             {Kind::kServiceUnreachable, ServiceUnreachable},
      {Kind::kCacheEngineVersion, CacheEngineVersion},   {Kind::kStreamBrokers, StreamBrokers},
      {Kind::kDesiredOutsideScale, DesiredOutsideScale}, {Kind::kDeploymentNoRoom, DeploymentNoRoom},
      {Kind::kGraceUnused, GraceUnused},                 {Kind::kExecReadOnlyRoot, ExecReadOnlyRoot},
      {Kind::kMountPathClash, MountPathClash},
  };
  return checks;
}

}  // namespace ecsgen::passes
