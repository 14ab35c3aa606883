#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "compiler/ir/ir.h"
#include "compiler/ir/names.h"
#include "compiler/sema/model.h"

namespace ecsgen::ir {

// State shared by the lowering steps (one file per family): the model being read, the IR being
// built, and helpers that keep derived names and security-group paths consistent.
class Lowering {
 public:
  Lowering(const sema::Model& model, App& app);

  const sema::Model& model;
  App& app;

  // "<app>-<suffix>" shortened to `limit` characters.
  std::string Name(std::string_view suffix, size_t limit) const;

  // Adds a security group once (by id).
  void Group(const std::string& id, const std::string& name, const std::string& description, base::Range origin);
  // The edge `from` -> `to` on `port`: ingress on `to` from `from` and egress on `from` to `to`.
  void Connect(const std::string& from, const std::string& to, int port, const std::string& what, base::Range origin);
  // Ingress on `group` from a CIDR (or the VPC CIDR when `cidr` is empty), e.g. listener ports.
  void IngressCidr(const std::string& group, const std::string& cidr, int port, const std::string& what,
                   base::Range origin);
  // Egress from `group` to a CIDR, a prefix list or the VPC CIDR.
  void Egress(const std::string& group, PeerKind kind, const std::string& peer, int port, const std::string& what,
              base::Range origin);
  // Egress a task needs to reach AWS APIs and registries: through NAT or to the VPC endpoints.
  void AwsApiEgress(const std::string& group, base::Range origin);
  // The path from `group` to the interface endpoints, if the VPC has any: their private DNS answers the
  // AWS API names for everything in the VPC, NAT or not, so every caller of AWS APIs needs it.
  void EndpointPath(const std::string& group, base::Range origin);

  // The security group ids of data components, shared by their lowering and their clients' edges.
  static std::string DatabaseGroup(const std::string& name) { return "db_" + Id(name); }
  static std::string VolumeGroup(const std::string& name) { return "efs_" + Id(name); }
  static std::string CacheGroup(const std::string& name) { return "cache_" + Id(name); }
  static std::string StreamGroup(const std::string& name) { return "stream_" + Id(name); }
  static std::string ServiceGroup(const std::string& name) { return "svc_" + Id(name); }
  static std::string TaskGroup(const std::string& name) { return "task_" + Id(name); }

  // Resolves a model reference to an IR object reference (what env/secrets render).
  ObjectRef Ref(const sema::Ref& ref) const;
  // The model's secret or database of that name, or null. Every workload resolves its references
  // through these, so they look up an index instead of scanning (a scan made lowering quadratic).
  const sema::Secret* FindSecret(const std::string& name) const;
  const sema::Database* FindDatabase(const std::string& name) const;

  // What AddTargetGroups looks up, kept across ingresses so that lowering 5,000 routes over 10,000
  // services stays linear; each use first indexes what was added since the last one.
  struct TargetGroupIndex {
    std::unordered_set<std::string> ids;  // of app.target_groups
    size_t ids_indexed = 0;
    std::unordered_map<std::string, const sema::Service*> model_services;  // by name
    std::unordered_map<std::string, size_t> services;                      // by id, position in app.services
    size_t services_indexed = 0;
  };
  TargetGroupIndex target_groups;

 private:
  void AddRule(SgRule rule);
  // Ids already added, so adding stays linear in the size of the app (10,000 services, 50,000 rules).
  std::unordered_set<std::string> group_ids_;
  std::unordered_set<std::string> rule_ids_;
  std::unordered_map<std::string_view, const sema::Secret*> secrets_;
  std::unordered_map<std::string_view, const sema::Database*> databases_;
};

// An allow statement, and a reference to one object: the two shapes every derived grant is built from.
Statement Allow(std::string sid, std::vector<std::string> actions, std::vector<ObjectRef> resources);
ObjectRef RefTo(ObjectKind kind, const std::string& id, Attribute attribute = Attribute::kArn);

void LowerNetwork(Lowering& l);
void LowerCluster(Lowering& l);
void LowerRegistries(Lowering& l);
void LowerSecrets(Lowering& l);
void LowerWorkloads(Lowering& l);
void LowerIngresses(Lowering& l);
// Shared by the ingress kinds (lower_ingress.cpp): target groups per routed service, rules by specificity,
// and a complete ALB (internal for CloudFront fronts).
void AddTargetGroups(Lowering& l, const sema::Ingress& in, bool network, const std::string& lb_group);
std::vector<ListenerRule> RouteRules(Lowering& l, const sema::Ingress& in, const std::string& prefix,
                                     std::string* default_target);
void LowerAlb(Lowering& l, const sema::Ingress& in, bool internal);
// The fronts of the other ingress kinds (lower_edge.cpp).
void LowerNlbApiGateway(Lowering& l, const sema::Ingress& in, Ingress& out);
void LowerCloudFront(Lowering& l, const sema::Ingress& in, Ingress& out);
// The stateful components: volumes, databases, parameters, caches, streams, buckets.
void LowerData(Lowering& l);
void LowerBastion(Lowering& l);
// Explicit `allow` statements, after every security group exists (lower_allow.cpp).
void LowerAllows(Lowering& l);
void LowerPipelines(Lowering& l);
// The app's access-log bucket and each logger's prefix in it, after every logger exists (lower_logs.cpp).
void LowerAccessLogs(Lowering& l);

}  // namespace ecsgen::ir
