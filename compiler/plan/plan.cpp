#include "compiler/plan/plan.h"

#include <cstdio>
#include <sstream>

#include "compiler/plan/prices.h"

namespace ecsgen::plan {
namespace {

std::string Money(double usd) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%9.2f", usd);
  return buf;
}

std::string Pad(const std::string& text, size_t width) {
  return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

// One priced line of the cost table; `unpriced` marks an instance class missing from the table.
struct CostLine {
  std::string what;
  double usd = 0;
  std::string basis;
};

void Counts(std::ostringstream& out, const ir::App& app) {
  size_t albs = 0, nlbs = 0, listeners = 0;
  for (const auto& lb : app.load_balancers) {
    (lb.network ? nlbs : albs) += 1;
    listeners += lb.listeners.size();
  }
  size_t cdn = 0, api = 0;
  for (const auto& in : app.ingresses) {
    cdn += in.cdn ? 1 : 0;
    api += in.api ? 1 : 0;
  }
  const auto& net = app.network;
  size_t nat = net.nat == ir::Network::Nat::kNone || net.existing ? 0 : net.nat == ir::Network::Nat::kSingle ? 1 : net.zones;
  std::vector<std::pair<std::string, size_t>> rows = {
      {"subnets", net.public_subnets.size() + net.private_subnets.size()}, {"NAT gateways", nat},
      {"VPC endpoints", net.endpoints.size()}, {"services", app.services.size()}, {"standalone tasks", app.tasks.size()},
      {"application load balancers", albs}, {"network load balancers", nlbs}, {"listeners", listeners},
      {"target groups", app.target_groups.size()}, {"CloudFront distributions", cdn}, {"API gateways", api},
      {"security groups", app.security_groups.size()}, {"security group rules", app.sg_rules.size()},
      {"IAM roles", app.roles.size()}, {"log groups", app.log_groups.size()}, {"registries", app.registries.size()},
      {"databases", app.databases.size()}, {"volumes (EFS)", app.volumes.size()}, {"caches", app.caches.size()},
      {"streams (MSK)", app.streams.size()}, {"buckets", app.buckets.size()},
      {"access-log buckets", app.log_bucket ? 1u : 0u}, {"secrets", app.secrets.size()},
      {"SSM parameters", app.parameters.size()}, {"pipelines", app.pipelines.size()}, {"bastion hosts", app.bastion ? 1u : 0u}};
  out << "resources by kind\n";
  for (const auto& [kind, count] : rows) {
    if (count > 0) out << "  " << Pad(kind, 28) << count << "\n";
  }
}

void Exposure(std::ostringstream& out, const ir::App& app) {
  out << "\nexposed to the internet\n";
  size_t exposed = 0;
  for (const auto& lb : app.load_balancers) {
    if (lb.internal) continue;
    std::string listeners;
    for (const auto& l : lb.listeners) listeners += (listeners.empty() ? "" : ", ") + l.protocol + " " + std::to_string(l.port);
    out << "  " << (lb.network ? "NLB " : "ALB ") << lb.name << ": " << listeners << "\n";
    ++exposed;
  }
  for (const auto& in : app.ingresses) {
    if (in.cdn) out << "  CloudFront " << in.id << ": HTTPS 443" << (in.cdn->waf ? " (WAF)" : "") << "\n";
    if (in.api) out << "  API Gateway " << in.api->name << ": HTTPS 443\n";
    exposed += (in.cdn ? 1 : 0) + (in.api ? 1 : 0);
  }
  // Any other ingress rule open to an address range outside the VPC (a bastion's SSH, an explicit allow).
  for (const auto& r : app.sg_rules) {
    if (!r.ingress || r.peer_kind != ir::PeerKind::kCidr) continue;
    const ir::LoadBalancer* lb = nullptr;
    for (const auto& l : app.load_balancers) {
      if (l.security_group == r.group) lb = &l;
    }
    if (lb != nullptr && !lb->internal) continue;
    bool bastion = app.bastion && app.bastion->security_group == r.group;
    out << "  " << (bastion ? "bastion SSH" : "security group " + r.group) << ": " << r.protocol << " "
        << std::to_string(r.from_port) << " from " << r.peer << "\n";
    ++exposed;
  }
  if (exposed == 0) out << "  nothing: no listener or rule accepts connections from outside the VPC\n";
}

std::vector<CostLine> Costs(const ir::App& app) {
  std::vector<CostLine> lines;
  auto hourly = [&](const std::string& what, double count, double per_hour) {
    char basis[64];
    std::snprintf(basis, sizeof basis, "%g x $%g/h", count, per_hour);
    lines.push_back({what, count * per_hour * kHoursPerMonth, basis});
  };
  auto table = [&](const std::string& what, const std::map<std::string, double>& prices, const std::string& cls, double count) {
    auto it = prices.find(cls);
    if (it == prices.end()) lines.push_back({what, 0, "class " + cls + " not in the price table"});
    else hourly(what, count, it->second);
  };
  const auto& net = app.network;
  if (!net.existing && net.nat != ir::Network::Nat::kNone) {
    hourly("NAT gateways", net.nat == ir::Network::Nat::kSingle ? 1 : net.zones, kNatHour);
  }
  for (const auto& lb : app.load_balancers) hourly(std::string(lb.network ? "NLB " : "ALB ") + lb.name, 1, kLoadBalancerHour);
  size_t interface = 0;
  for (const auto& e : net.endpoints) interface += e.kind == ir::EndpointKind::kInterface ? 1 : 0;
  if (interface > 0) hourly("interface endpoints x zones", static_cast<double>(interface * net.zones), kEndpointHourPerZone);
  for (const auto& s : app.services) {
    double tasks = s.scale ? s.scale->first : s.desired;
    bool arm = s.task.architecture == "ARM64";
    double per_task = s.task.cpu / 1024.0 * (arm ? kFargateArmVcpuHour : kFargateVcpuHour) +
                      s.task.memory / 1024.0 * (arm ? kFargateArmGbHour : kFargateGbHour);
    hourly("Fargate " + s.id + " (min tasks" + (s.spot ? ", spot is ~70% less" : "") + ")", tasks, per_task);
  }
  for (const auto& db : app.databases) {
    table("RDS " + db.id + " " + db.instance_class + (db.multi_az ? " multi-AZ" : ""), RdsHour(), db.instance_class,
          db.multi_az ? 2 : 1);
    lines.push_back({"RDS " + db.id + " storage", db.storage_min * kGp3GbMonth * (db.multi_az ? 2 : 1),
                     std::to_string(db.storage_min) + " GB gp3"});
  }
  for (const auto& c : app.caches) table("ElastiCache " + c.id + " " + c.node_type, CacheHour(), c.node_type, c.replicas);
  for (const auto& s : app.streams) {
    table("MSK " + s.id + " brokers", MskHour(), s.broker_type, s.brokers);
    lines.push_back({"MSK " + s.id + " storage", s.brokers * s.storage * kMskGbMonth, std::to_string(s.storage) + " GB per broker"});
  }
  if (app.bastion) table("bastion " + app.bastion->instance_type, Ec2Hour(), app.bastion->instance_type, 1);
  for (const auto& in : app.ingresses) {
    if (in.cdn) lines.push_back({"CloudFront " + in.id, 0, "no fixed fee; per request and GB"});
    if (in.api) lines.push_back({"API Gateway " + in.api->name, 0, "no fixed fee; per request"});
  }
  size_t secrets = 0;
  for (const auto& s : app.secrets) secrets += s.existing_arn.empty() && !s.ssm ? 1 : 0;
  secrets += app.databases.size();
  if (secrets > 0) lines.push_back({"Secrets Manager secrets", secrets * kSecretMonth, std::to_string(secrets) + " x $0.40"});
  if (app.kms_key) lines.push_back({"KMS key", kKmsKeyMonth, "1 x $1"});
  return lines;
}

}  // namespace

std::string ExplainPlan(const ir::App& app) {
  std::ostringstream out;
  out << "plan for app " << app.name << (app.env.empty() ? "" : " (env " + app.env + ")") << " in " << app.region << "\n\n";
  Counts(out, app);
  Exposure(out, app);
  out << "\nestimated fixed monthly cost, USD\n";
  double total = 0;
  for (const auto& line : Costs(app)) {
    out << "  " << Pad(line.what, 44) << Money(line.usd) << "   " << line.basis << "\n";
    total += line.usd;
  }
  out << "  " << Pad("total before traffic", 44) << Money(total) << "\n\n"
      << "assumptions: us-east-1 on-demand list prices (2024, Linux, USD), 730 hours a month, tasks at their minimum\n"
      << "count; not included: data transfer, LCUs, requests, log ingestion, storage growth, taxes.\n";
  if (app.region != "us-east-1") out << "This app is in " << app.region << ": prices there are usually 5-20% higher.\n";
  return out.str();
}

}  // namespace ecsgen::plan
