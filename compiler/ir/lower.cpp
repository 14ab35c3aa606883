#include "compiler/ir/lower.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "compiler/ir/lowering.h"

namespace ecsgen::ir {

namespace {
// EC2 accepts only a-zA-Z0-9, spaces and ._-:/()#,@[]+=&;{}!$* in group and rule descriptions. A
// table, since every one of a big app's tens of thousands of rules passes through here.
std::string Ec2Description(const std::string& text) {
  static const std::array<bool, 256> allowed = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) table[c] = std::isalnum(c) != 0;
    for (char c : std::string_view(" ._-:/()#,@[]+=&;{}!$*")) table[static_cast<unsigned char>(c)] = true;
    return table;
  }();
  std::string out;
  out.reserve(std::min<size_t>(text.size(), 255));
  for (char c : text) {
    if (allowed[static_cast<unsigned char>(c)]) out += c;
    if (out.size() == 255) break;
  }
  return out;
}
}  // namespace

Statement Allow(std::string sid, std::vector<std::string> actions, std::vector<ObjectRef> resources) {
  Statement s;
  s.sid = std::move(sid);
  s.actions = std::move(actions);
  s.resources = std::move(resources);
  return s;
}

ObjectRef RefTo(ObjectKind kind, const std::string& id, Attribute attribute) {
  ObjectRef r;
  r.kind = kind;
  r.id = id;
  r.attribute = attribute;
  return r;
}

Lowering::Lowering(const sema::Model& model, App& app) : model(model), app(app) {
  // Names are unique within a model (sema reads only the first block of a name), so the index finds
  // what a scan would.
  for (const auto& secret : model.secrets) secrets_.emplace(secret.name, &secret);
  for (const auto& database : model.databases) databases_.emplace(database.name, &database);
}

const sema::Secret* Lowering::FindSecret(const std::string& name) const {
  auto found = secrets_.find(name);
  return found != secrets_.end() ? found->second : nullptr;
}

const sema::Database* Lowering::FindDatabase(const std::string& name) const {
  auto found = databases_.find(name);
  return found != databases_.end() ? found->second : nullptr;
}

std::string Lowering::Name(std::string_view suffix, size_t limit) const {
  return ShortName(Dashed(app.name) + (suffix.empty() ? "" : "-" + Dashed(suffix)), limit);
}

void Lowering::Group(const std::string& id, const std::string& name, const std::string& description,
                     base::Range origin) {
  if (!group_ids_.insert(id).second) return;
  SecurityGroup group;
  group.id = id;
  group.origin = origin;
  group.name = ShortName(name, 255);
  group.description = Ec2Description(description);
  app.security_groups.push_back(std::move(group));
}

void Lowering::AddRule(SgRule rule) {
  // One edge can be implied twice (a service referencing db.host and db.password): keep one rule.
  if (!rule_ids_.insert(rule.id).second) return;
  rule.description = Ec2Description(rule.description);
  app.sg_rules.push_back(std::move(rule));
}

void Lowering::Connect(const std::string& from, const std::string& to, int port, const std::string& what,
                       base::Range origin) {
  std::string p = std::to_string(port);
  SgRule in;
  in.id = to + "_from_" + from + "_" + p;
  in.origin = origin;
  in.group = to;
  in.ingress = true;
  in.from_port = in.to_port = port;
  in.peer_kind = PeerKind::kGroup;
  in.peer = from;
  in.description = what;
  AddRule(in);
  SgRule out = in;
  out.id = from + "_to_" + to + "_" + p;
  out.group = from;
  out.ingress = false;
  out.peer = to;
  AddRule(out);
}

void Lowering::IngressCidr(const std::string& group, const std::string& cidr, int port, const std::string& what,
                           base::Range origin) {
  SgRule in;
  in.id = group + "_from_" + (cidr.empty() ? "vpc" : cidr == "0.0.0.0/0" ? "world" : Id(cidr)) + "_" + std::to_string(port);
  std::replace(in.id.begin(), in.id.end(), '.', '_');
  std::replace(in.id.begin(), in.id.end(), '/', '_');
  in.origin = origin;
  in.group = group;
  in.from_port = in.to_port = port;
  in.peer_kind = cidr.empty() ? PeerKind::kVpcCidr : PeerKind::kCidr;
  in.peer = cidr;
  in.description = what;
  AddRule(in);
}

void Lowering::Egress(const std::string& group, PeerKind kind, const std::string& peer, int port,
                      const std::string& what, base::Range origin) {
  SgRule out;
  std::string peer_id = kind == PeerKind::kVpcCidr ? "vpc" : kind == PeerKind::kPrefixList ? peer
                        : peer == "0.0.0.0/0" ? "world" : peer;
  out.id = group + "_to_" + peer_id + "_" + std::to_string(port);
  std::replace(out.id.begin(), out.id.end(), '.', '_');
  std::replace(out.id.begin(), out.id.end(), '/', '_');
  out.origin = origin;
  out.group = group;
  out.ingress = false;
  out.from_port = out.to_port = port;
  out.peer_kind = kind;
  out.peer = peer;
  out.description = what;
  AddRule(out);
}

void Lowering::EndpointPath(const std::string& group, base::Range origin) {
  // The endpoints' group admits exactly the groups that get this path, never the VPC CIDR.
  const std::string& endpoints = app.network.endpoint_security_group;
  if (!endpoints.empty()) Connect(group, endpoints, 443, "HTTPS to the VPC interface endpoints", origin);
}

void Lowering::AwsApiEgress(const std::string& group, base::Range origin) {
  const Network& net = app.network;
  bool through_endpoints = !net.existing && net.nat == Network::Nat::kNone;
  EndpointPath(group, origin);
  if (!through_endpoints) {
    // Through NAT to AWS APIs and registries: HTTPS only.
    Egress(group, PeerKind::kCidr, "0.0.0.0/0", 443, "HTTPS to AWS APIs and image registries", origin);
    return;
  }
  for (const auto& endpoint : net.endpoints) {
    if (endpoint.kind == EndpointKind::kGateway) {
      Egress(group, PeerKind::kPrefixList, endpoint.service, 443, "HTTPS to the " + endpoint.service + " gateway endpoint",
             origin);
    }
  }
}

ObjectRef Lowering::Ref(const sema::Ref& ref) const {
  ObjectRef out;
  out.id = Id(ref.component);
  const std::string& a = ref.attribute;
  switch (ref.kind) {
    case sema::ComponentKind::kSecret: {
      out.kind = ObjectKind::kSecret;
      if (const sema::Secret* secret = FindSecret(ref.component)) {
        if (secret->store == sema::SecretStore::kSsm) out.kind = ObjectKind::kSsmParameter;
        out.literal = secret->arn;
      }
      out.attribute = Attribute::kArn;
      return out;
    }
    case sema::ComponentKind::kParameter:
      out.kind = ObjectKind::kSsmParameter;
      out.attribute = Attribute::kArn;
      return out;
    case sema::ComponentKind::kDatabase:
      if (a == "password" || a == "username") {
        out.kind = ObjectKind::kDatabaseSecret;
        out.attribute = Attribute::kArn;
        out.json_key = a;
        return out;
      }
      out.kind = ObjectKind::kDatabase;
      out.attribute = a == "host" ? Attribute::kHost : a == "port" ? Attribute::kPort : a == "name" ? Attribute::kDbName
                                                                                         : Attribute::kUrl;
      return out;
    case sema::ComponentKind::kCache:
      if (a == "auth_token") {
        out.kind = ObjectKind::kCacheSecret;
        out.attribute = Attribute::kArn;
        return out;
      }
      out.kind = ObjectKind::kCache;
      out.attribute = a == "host" ? Attribute::kHost : a == "port" ? Attribute::kPort : Attribute::kUrl;
      return out;
    case sema::ComponentKind::kStream:
      out.kind = ObjectKind::kStream;
      out.attribute = a == "arn" ? Attribute::kArn : Attribute::kBrokers;
      return out;
    case sema::ComponentKind::kBucket:
      out.kind = ObjectKind::kBucket;
      out.attribute = a == "arn" ? Attribute::kArn : Attribute::kName;
      return out;
    case sema::ComponentKind::kService:
      out.kind = ObjectKind::kService;
      out.attribute = a == "host" ? Attribute::kHost : a == "port" ? Attribute::kPort : Attribute::kUrl;
      return out;
    default:
      out.kind = ObjectKind::kSecret;
      return out;
  }
}

namespace {

template <typename T>
void ByName(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.name < b.name; });
}

// Block order carries no meaning in the language, so output must not depend on it: components are
// lowered in name order (routes keep their source order; they are statements of one ingress).
sema::Model Canonical(const sema::Model& in) {
  sema::Model m = in;
  ByName(m.registries);
  ByName(m.ingresses);
  ByName(m.services);
  ByName(m.tasks);
  ByName(m.volumes);
  ByName(m.databases);
  ByName(m.secrets);
  ByName(m.parameters);
  ByName(m.caches);
  ByName(m.streams);
  ByName(m.buckets);
  ByName(m.pipelines);
  return m;
}

}  // namespace

App Lower(const sema::Model& source) {
  const sema::Model model = Canonical(source);
  App app;
  app.id = Id(model.app.name);
  app.origin = model.app.name_range;
  app.name = model.app.name;
  app.region = model.app.region;
  app.partition = PartitionOf(app.region);
  app.source_path = model.source_path;
  app.env = model.env;
  app.tags = model.app.tags;
  if (model.app.state) {
    const auto& s = *model.app.state;
    app.state = StateBackend{s.bucket, s.key, s.region.empty() ? model.app.region : s.region, s.lock_table};
  }
  app.production = model.app.production;
  app.disposable = model.app.disposable;
  app.kms_key = true;  // see the end of this function
  Lowering l(model, app);
  LowerNetwork(l);
  LowerCluster(l);
  LowerRegistries(l);
  LowerSecrets(l);
  LowerData(l);
  LowerWorkloads(l);
  LowerIngresses(l);
  LowerBastion(l);
  LowerPipelines(l);
  LowerAllows(l);
  LowerAccessLogs(l);
  // Encrypted with a key the app controls, by default: every log group and generated secret uses the
  // app key (CloudWatch Logs and Secrets Manager would otherwise use AWS-managed keys).
  for (auto& group : app.log_groups) group.kms = true;
  for (auto& lb : app.load_balancers) lb.deletion_protection = !app.disposable;
  return app;
}

}  // namespace ecsgen::ir
