#include <algorithm>
#include <set>
#include <unordered_map>

#include "compiler/sema/fargate.h"
#include "compiler/sema/readers.h"

// Rules that need more than one block: sizes, route targets, dependencies between components.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

// Components by name, built once so cross-block rules stay linear in the size of the file.
template <typename T>
class ByName {
 public:
  explicit ByName(const std::vector<T>& items) {
    for (const auto& item : items) index_.emplace(item.name, &item);
  }
  const T* Find(const std::string& name) const {
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string, const T*> index_;
};

void CheckWorkload(const Workload& w, Context& ctx) {
  std::string help;
  if (!FargateSizeValid(w.cpu, w.memory, &help)) {
    bool cpu_bad = w.cpu != 256 && w.cpu != 512 && w.cpu != 1024 && w.cpu != 2048 && w.cpu != 4096 && w.cpu != 8192 &&
                   w.cpu != 16384;
    std::string memory = w.memory % 1024 == 0 ? std::to_string(w.memory / 1024) + " GiB" : std::to_string(w.memory) + " MiB";
    // When `memory` was left out, the memory is a default the user never wrote: point at `cpu` and
    // ask for a memory that fits it, rather than suggesting another cpu for the default.
    bool defaulted = !cpu_bad && !w.Has("memory");
    if (defaulted) {
      memory = "the default " + memory;
      help = "set `memory`: " + help.substr(0, help.find(';'));
    }
    ctx.sink.Report(Kind::kFargateSize, cpu_bad || defaulted ? w.At("cpu") : w.At("memory"),
                    cpu_bad ? "cpu " + std::to_string(w.cpu) + " is not a Fargate task size"
                            : "cpu " + std::to_string(w.cpu) + " cannot have " + memory + " of memory on Fargate",
                    help);
  }
  int sidecar_cpu = 0;
  int sidecar_memory = 0;
  for (const auto& sidecar : w.sidecars) {
    sidecar_cpu += sidecar.cpu;
    sidecar_memory += sidecar.memory;
  }
  if (sidecar_cpu >= w.cpu || sidecar_memory >= w.memory) {
    bool cpu = sidecar_cpu >= w.cpu;
    std::string reserved = cpu ? std::to_string(sidecar_cpu) + " of the task's " + std::to_string(w.cpu) + " cpu units"
                               : std::to_string(sidecar_memory) + " MiB of the task's " + std::to_string(w.memory) + " MiB";
    ctx.sink.Report(Kind::kOutOfRange, w.sidecars.empty() ? w.name_range : w.sidecars.back().name_range,
                    "sidecars reserve " + reserved + ", leaving nothing for the `" + w.name + "` container",
                    "lower the sidecars' `" + std::string(cpu ? "cpu" : "memory") + "` or raise the task's");
  }
  std::set<int> ports;
  for (const Container* c : [&] {
         std::vector<const Container*> all = {&w.main};
         for (const auto& s : w.sidecars) all.push_back(&s);
         return all;
       }()) {
    if (c->port != 0 && !ports.insert(c->port).second) {
      ctx.sink.Report(Kind::kConflict, c->At("port"), "port " + std::to_string(c->port) + " is used by two containers of `" +
                      w.name + "`", "containers of one task share a network namespace; give each its own port");
    }
  }
}

// What needs public subnets and an internet gateway in a new VPC, each where the file asks for it.
struct PublicNeed {
  base::Range range;
  std::string message;
  std::string help;
};

std::vector<PublicNeed> PublicNeeds(const Model& m) {
  const Network& net = m.network;
  std::vector<PublicNeed> needs;
  if (net.nat != NatMode::kNone) {
    // `nat = single` is the default: without a written `nat`, point at the `public = false` that clashes.
    needs.push_back({net.Has("nat") ? net.At("nat") : net.At("public"),
                     net.Has("nat") ? "NAT gateways need public subnets" : "the default `nat = single` needs a public subnet",
                     "set `nat = none` and list the AWS services the tasks call in `endpoints`"});
  }
  for (const auto& in : m.ingresses) {
    if (in.kind == IngressKind::kAlb && !in.internal) {
      needs.push_back({in.name_range, "ingress `" + in.name + "` is an internet-facing load balancer",
                       "set `internal = true` on it"});
    } else if (in.kind == IngressKind::kCloudFront) {
      needs.push_back({in.At("kind"), "ingress `" + in.name + "` reaches its CloudFront VPC origin through an internet gateway",
                       "remove `public = false`: CloudFront's VPC origins need an internet gateway in the VPC"});
    }
  }
  if (m.bastion) {
    needs.push_back({m.bastion->name_range, "bastion `" + m.bastion->name + "` needs a public subnet",
                     "remove the bastion (ECS Exec reaches tasks without one), or remove `public = false`"});
  }
  return needs;
}

void CheckNewNetwork(Context& ctx) {
  Network& net = ctx.model.network;
  std::vector<PublicNeed> needs = PublicNeeds(ctx.model);
  if (!net.Has("public")) {
    net.public_access = !needs.empty();
  } else if (!net.public_access) {
    for (const auto& need : needs) {
      ctx.sink.Report(Kind::kPrivateNetwork, need.range, need.message + ", but `public = false` leaves the VPC no public subnet or internet gateway",
                      need.help);
    }
  }
  if (net.nat == NatMode::kNone) {
    bool has_ecr = std::find(net.endpoints.begin(), net.endpoints.end(), "ecr") != net.endpoints.end();
    bool has_logs = std::find(net.endpoints.begin(), net.endpoints.end(), "logs") != net.endpoints.end();
    if ((!ctx.model.services.empty() || !ctx.model.tasks.empty()) && (!has_ecr || !has_logs)) {
      ctx.sink.Report(Kind::kMissingDependency, net.At("nat"),
                      "without NAT, tasks need VPC endpoints to pull images and write logs",
                      "add `endpoints = [ecr, logs, s3, secretsmanager]`, or use `nat = single`");
    }
  }
}

void CheckIngress(const Ingress& ingress, const ByName<Service>& services, Context& ctx) {
  if (ingress.routes.empty()) {
    // Routes that were written but are invalid have been reported already.
    if (!ingress.Has("route")) {
      ctx.sink.Report(Kind::kMissingDependency, ingress.name_range, "ingress `" + ingress.name + "` has no routes",
                      "add `route \"/\" -> SERVICE`");
    }
    return;
  }
  std::map<std::string, const Route*> seen;
  for (const auto& route : ingress.routes) {
    auto [it, inserted] = seen.emplace(route.host + route.path, &route);
    if (!inserted) {
      auto& d = ctx.sink.Report(Kind::kConflict, route.range, "route `" + route.host + route.path + "` is declared twice",
                                "each host and path goes to one service; remove one route");
      d.notes.push_back({it->second->range, "first declared here"});
    }
    // Only the first route of an nlb_apigw is judged by its path; the others are reported below as
    // surplus, once each rather than twice.
    bool first = &route == &ingress.routes.front();
    if (ingress.kind == IngressKind::kNlbApiGw && first && (route.path != "/" || !route.host.empty())) {
      ctx.sink.Report(Kind::kConflict, route.range, "an nlb_apigw ingress forwards everything to one service",
                      "an NLB cannot route by path or host: use `route \"/\" -> SERVICE`, or `kind = alb`");
    }
    const Service* service = services.Find(route.service);
    if (service && service->main.port == 0) {
      auto& d = ctx.sink.Report(Kind::kMissingDependency, route.range,
                                "route targets `" + route.service + "`, which has no `port`",
                                "add `port = 8080` (the container port) to `service " + route.service + "`");
      d.notes.push_back({service->name_range, "service declared here"});
    }
  }
  if (ingress.kind == IngressKind::kCloudFront && ingress.waf && ctx.model.app.region != "us-east-1") {
    // A CLOUDFRONT-scope web ACL exists only in us-east-1, and one stack cannot create it elsewhere.
    ctx.sink.Report(Kind::kConflict, ingress.At("waf"), "a CloudFront web ACL must be created in us-east-1, and this app is in `" +
                    ctx.model.app.region + "`", "deploy the app in `us-east-1`, or create the web ACL separately and drop `waf`");
  }
  if (ingress.kind == IngressKind::kNlbApiGw && ingress.routes.size() > 1) {
    ctx.sink.Report(Kind::kConflict, ingress.routes[1].range, "an nlb_apigw ingress has exactly one route",
                    "use one `route \"/\" -> SERVICE`, or one nlb_apigw ingress per service");
  }
}

}  // namespace

void CheckModel(Context& ctx) {
  Model& m = ctx.model;
  const ByName<Service> services(m.services);
  for (const auto& service : m.services) {
    CheckWorkload(service, ctx);
    if (service.scale && service.scale->min > service.scale->max) {
      ctx.sink.Report(Kind::kBadRange, service.scale->range, "scale minimum " + std::to_string(service.scale->min) +
                      " is larger than the maximum " + std::to_string(service.scale->max), "write `MIN..MAX` with MIN <= MAX");
    }
    if (service.scale && service.scale->metric == ScaleMetric::kRequests) {
      bool behind_alb = false;
      for (const auto& ingress : m.ingresses) {
        for (const auto& route : ingress.routes) {
          behind_alb = behind_alb || (route.service == service.name && ingress.kind != IngressKind::kNlbApiGw);
        }
      }
      if (!behind_alb) {
        ctx.sink.Report(Kind::kMissingDependency, service.scale->range,
                        "scaling on requests needs an ALB route to `" + service.name + "`",
                        "route an alb or cloudfront ingress to it, or scale `on cpu 60%`");
      }
    }
    for (const auto& ref : service.connects) {
      const Service* target = services.Find(ref.component);
      if (target && target->main.port == 0) {
        ctx.sink.Report(Kind::kMissingDependency, ref.range, "`" + ref.component + "` has no `port` to connect to",
                        "add `port = ...` to `service " + ref.component + "`");
      }
      if (ref.component == service.name) {
        ctx.sink.Report(Kind::kConflict, ref.range, "a service cannot connect to itself", "remove it from `connects`");
      }
    }
  }
  for (const auto& task : m.tasks) CheckWorkload(task, ctx);
  for (const auto& ingress : m.ingresses) CheckIngress(ingress, services, ctx);
  bool needs_two_zones = !m.databases.empty() || !m.caches.empty() || !m.streams.empty();
  if (needs_two_zones && !m.network.Existing() && m.network.zones < 2) {
    ctx.sink.Report(Kind::kMissingDependency, m.network.At("zones"),
                    "databases, caches and streams need subnets in at least two zones",
                    "set `zones = 2` or more in `network`");
  }
  if (!m.network.Existing()) CheckNewNetwork(ctx);
  if (m.bastion && m.network.Existing() && m.network.public_subnets.empty() && m.network.public_subnet_tags.empty()) {
    ctx.sink.Report(Kind::kMissingDependency, m.bastion->name_range, "a bastion needs a public subnet",
                    "add `public_subnets = [...]` to the existing `network`");
  }
  for (const auto& pipeline : m.pipelines) {
    const Service* service = services.Find(pipeline.service);
    if (service && service->main.image.registry != pipeline.registry && !pipeline.registry.empty()) {
      ctx.sink.Report(Kind::kConflict, pipeline.At("registry"), "service `" + pipeline.service + "` does not run images from registry `" +
                      pipeline.registry + "`", "set the service's `image = registry." + pipeline.registry + ":\"TAG\"`");
    }
  }
}

}  // namespace ecsgen::sema
