#include <map>
#include <set>

#include "compiler/graph/graph.h"

namespace ecsgen::graph {
namespace {

std::string Mib(int mib) { return mib % 1024 == 0 ? std::to_string(mib / 1024) + " GiB" : std::to_string(mib) + " MiB"; }

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string Cidrs(const std::vector<ir::Subnet>& subnets) {
  std::vector<std::string> cidrs;
  for (const auto& s : subnets) cidrs.push_back(s.cidr.empty() ? s.existing : s.cidr);
  return Join(cidrs, ", ");
}

// Collects nodes and remembers which node owns each security group, so rules map to components.
class Builder {
 public:
  explicit Builder(const ir::App& app) : app_(app) {}

  Diagram Run() {
    const auto& net = app_.network;
    d_.title = "app " + app_.name + (app_.env.empty() ? "" : " (env " + app_.env + ")") + " in " + app_.region;
    d_.vpc_label = net.existing ? "existing VPC " + net.vpc_id : "VPC " + net.cidr + ", " + std::to_string(net.zones) + " zones";
    d_.public_label = "public subnets\n" + Cidrs(net.public_subnets);
    d_.private_label = "private subnets\n" + Cidrs(net.private_subnets);
    Ingress();
    Workloads();
    Data();
    Rules();
    Access();
    return d_;
  }

 private:
  void Add(const std::string& id, const std::string& label, Shape shape, Place place, const std::string& group = "") {
    d_.nodes.push_back({id, label, shape, place});
    if (!group.empty()) owner_[group] = id;
  }
  void Connect(const std::string& from, const std::string& to, const std::string& label, bool dashed) {
    d_.edges.push_back({from, to, label, dashed});
  }

  void Ingress() {
    Add("internet", "internet", Shape::kEllipse, Place::kOutside);
    for (const auto& lb : app_.load_balancers) {
      std::vector<std::string> listeners;
      for (const auto& l : lb.listeners) listeners.push_back(l.protocol + ":" + std::to_string(l.port));
      std::string kind = std::string(lb.network ? "NLB " : "ALB ") + (lb.internal ? "internal" : "internet-facing");
      Add("lb_" + lb.id, kind + "\n" + lb.name + "\n" + Join(listeners, " "), Shape::kBox,
          lb.internal ? Place::kPrivate : Place::kPublic, lb.security_group);
    }
    for (const auto& in : app_.ingresses) {
      if (in.cdn) {
        std::string id = "cdn_" + in.id;
        Add(id, "CloudFront\n" + (in.cdn->aliases.empty() ? in.id : Join(in.cdn->aliases, ", ")) +
                    (in.cdn->waf ? "\nWAF" : ""), Shape::kEllipse, Place::kOutside);
        Connect("internet", id, "HTTPS 443", false);
        Connect(id, "lb_" + in.cdn->load_balancer, "VPC origin " + std::to_string(in.cdn->origin_port), false);
      }
      if (in.api) {
        std::string id = "api_" + in.id;
        Add(id, std::string(in.api->http_api ? "HTTP API" : "REST API") + "\n" + in.api->name, Shape::kEllipse,
            Place::kOutside, in.api->security_group);
        Connect("internet", id, "HTTPS 443", false);
        Connect(id, "lb_" + in.api->load_balancer, "VPC link " + std::to_string(in.api->port), false);
      }
    }
    if (app_.network.nat != ir::Network::Nat::kNone && !app_.network.existing) {
      bool per_zone = app_.network.nat == ir::Network::Nat::kPerZone;
      Add("nat", per_zone ? "NAT gateway per zone" : "NAT gateway", Shape::kBox, Place::kPublic);
    }
    if (app_.bastion) Add("bastion", "bastion\n" + app_.bastion->instance_type, Shape::kBox, Place::kPublic, app_.bastion->security_group);
  }

  void Workloads() {
    for (const auto& s : app_.services) {
      std::string count = s.scale ? std::to_string(s.scale->first) + ".." + std::to_string(s.scale->second)
                                  : std::to_string(s.desired);
      std::string tasks = count == "1" ? " task" : " tasks";
      Add("svc_" + s.id, "service " + s.id + "\ncpu " + std::to_string(s.task.cpu) + ", " + Mib(s.task.memory) + ", " +
                             count + tasks + (s.spot ? ", spot" : ""), Shape::kBox, Place::kPrivate, s.security_group);
    }
    for (const auto& t : app_.tasks) {
      Add("task_" + t.id, "task " + t.id + "\ncpu " + std::to_string(t.task.cpu) + ", " + Mib(t.task.memory), Shape::kBox,
          Place::kPrivate, t.security_group);
    }
    if (!app_.network.endpoint_security_group.empty()) {
      Add("endpoints", "VPC endpoints", Shape::kBox, Place::kPrivate, app_.network.endpoint_security_group);
    }
  }

  void Data() {
    for (const auto& db : app_.databases) {
      Add("db_" + db.id, "database " + db.id + "\n" + db.engine + " " + db.version + ", " + db.instance_class +
                             (db.multi_az ? ", multi-AZ" : ""), Shape::kCylinder, Place::kPrivate, db.security_group);
    }
    for (const auto& v : app_.volumes) {
      Add("efs_" + v.id, "volume " + v.id + "\nEFS " + v.path, Shape::kFolder, Place::kPrivate, v.security_group);
    }
    for (const auto& c : app_.caches) {
      Add("cache_" + c.id, "cache " + c.id + "\n" + c.engine + " " + c.node_type, Shape::kCylinder, Place::kPrivate,
          c.security_group);
    }
    for (const auto& s : app_.streams) {
      Add("msk_" + s.id, "stream " + s.id + "\nMSK " + std::to_string(s.brokers) + " x " + s.broker_type, Shape::kCylinder,
          Place::kPrivate, s.security_group);
    }
    for (const auto& b : app_.buckets) Add("s3_" + b.id, "bucket " + b.id + "\nS3", Shape::kCylinder, Place::kOutside);
  }

  // Security-group rules grouped by (source, target) component; ports of one pair share an edge.
  void Rules() {
    std::map<std::pair<std::string, std::string>, std::set<std::string>> paths, egress;
    for (const auto& r : app_.sg_rules) {
      auto own = owner_.find(r.group);
      if (own == owner_.end()) continue;
      std::string ports = (r.protocol == "-1" ? std::string("all") : r.protocol) +
                          (r.protocol == "-1" ? "" : " " + std::to_string(r.from_port)) +
                          (r.to_port != r.from_port && r.protocol != "-1" ? "-" + std::to_string(r.to_port) : "");
      std::string peer;
      if (r.peer_kind == ir::PeerKind::kGroup) {
        auto p = owner_.find(r.peer);
        if (p == owner_.end()) continue;
        peer = p->second;
      } else {
        peer = r.peer_kind == ir::PeerKind::kPrefixList ? r.peer : r.peer_kind == ir::PeerKind::kVpcCidr ? "vpc_cidr" : "internet";
      }
      // A group-to-group path appears as an ingress rule on the target; its egress twin adds nothing.
      if (r.ingress) paths[{peer, own->second}].insert(ports);
      else if (r.peer_kind != ir::PeerKind::kGroup) egress[{own->second, peer}].insert(ports);
    }
    for (const auto& [ends, ports] : paths) {
      if (ends.first == "vpc_cidr") AddPeer("vpc_cidr", "VPC CIDR");
      Connect(ends.first, ends.second, Join({ports.begin(), ports.end()}, ", "), false);
    }
    // Private egress to the internet leaves through the NAT gateway; drawing it so shows the real path.
    bool nat = HasNode("nat");
    bool via_nat = false;
    for (const auto& [ends, ports] : egress) {
      if (ends.second != "internet") AddPeer(ends.second, ends.second == "vpc_cidr" ? "VPC CIDR" : ends.second + " (AWS)");
      bool through = nat && ends.second == "internet" && ends.first != "bastion";
      via_nat = via_nat || through;
      Connect(ends.first, through ? "nat" : ends.second, "egress " + Join({ports.begin(), ports.end()}, ", "), true);
    }
    if (via_nat) Connect("nat", "internet", "egress", true);
  }

  // Buckets have no security group: services reach them through their task role.
  void Access() {
    for (const auto& s : app_.services) {
      const ir::Role* role = app_.FindRole(s.task.task_role);
      if (role == nullptr) continue;
      std::set<std::string> buckets;
      for (const auto& st : role->statements) {
        for (const auto& ref : st.resources) {
          if (ref.kind == ir::ObjectKind::kBucket) buckets.insert(ref.id);
        }
      }
      for (const auto& b : buckets) Connect("svc_" + s.id, "s3_" + b, "IAM", true);
    }
  }

  bool HasNode(const std::string& id) const {
    for (const auto& n : d_.nodes) {
      if (n.id == id) return true;
    }
    return false;
  }

  void AddPeer(const std::string& id, const std::string& label) {
    if (HasNode(id)) return;
    Add(id, label, Shape::kEllipse, id == "vpc_cidr" ? Place::kPrivate : Place::kOutside);
  }

  const ir::App& app_;
  Diagram d_;
  std::map<std::string, std::string> owner_;
};

}  // namespace

Diagram Build(const ir::App& app) { return Builder(app).Run(); }

}  // namespace ecsgen::graph
