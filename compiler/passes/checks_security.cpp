#include <algorithm>
#include <cctype>

#include "compiler/ir/names.h"
#include "compiler/passes/registry.h"

// Security checks: what the emitted infrastructure would expose beyond the app's derived edges.
namespace ecsgen::passes {

using diagnostics::Kind;

namespace {

bool IsWorld(const std::string& cidr) { return cidr.size() >= 2 && cidr.substr(cidr.size() - 2) == "/0"; }

int PrefixOf(const std::string& cidr) {
  size_t slash = cidr.find('/');
  return slash == std::string::npos ? 0 : std::atoi(cidr.c_str() + slash + 1);
}

std::string Ports(const ir::SgRule& rule) {
  if (rule.protocol == "-1") return "every port and protocol";
  if (rule.from_port == rule.to_port) return "port " + std::to_string(rule.from_port);
  return "ports " + std::to_string(rule.from_port) + "-" + std::to_string(rule.to_port);
}

// "service `web`" for the component whose security group `group` is, for messages.
std::string Owner(const ir::App& app, const std::string& group) {
  for (const auto& s : app.services) if (s.security_group == group) return "service `" + s.name + "`";
  for (const auto& t : app.tasks) if (t.security_group == group) return "task `" + t.id + "`";
  for (const auto& d : app.databases) if (d.security_group == group) return "database `" + d.id + "`";
  for (const auto& k : app.caches) if (k.security_group == group) return "cache `" + k.id + "`";
  for (const auto& k : app.streams) if (k.security_group == group) return "stream `" + k.id + "`";
  for (const auto& v : app.volumes) if (v.security_group == group) return "volume `" + v.id + "`";
  for (const auto& lb : app.load_balancers) if (lb.security_group == group) return "load balancer `" + lb.name + "`";
  return "security group `" + group + "`";
}

bool PublicListenerRule(const ir::App& app, const ir::SgRule& rule) {
  if (rule.protocol != "tcp" || rule.from_port != rule.to_port || (rule.from_port != 80 && rule.from_port != 443)) {
    return false;
  }
  return std::any_of(app.load_balancers.begin(), app.load_balancers.end(),
                     [&](const ir::LoadBalancer& lb) { return !lb.internal && lb.security_group == rule.group; });
}

void SgOpenWorld(const CheckContext& c) {
  for (const auto& rule : c.app.sg_rules) {
    if (!rule.ingress || rule.peer_kind != ir::PeerKind::kCidr || !IsWorld(rule.peer)) continue;
    if (PublicListenerRule(c.app, rule)) continue;
    // The bastion's SSH rule is judged by bastion-ssh-world, which knows about `allow_world`.
    if (c.app.bastion && rule.group == c.app.bastion->security_group && rule.from_port == 22) continue;
    c.Report(Kind::kSgOpenWorld, rule.origin, Owner(c.app, rule.group) + " admits " + rule.peer + " on " + Ports(rule),
             "route the service through an `ingress`, or allow only the networks that need it, e.g. "
             "`allow \"203.0.113.0/24\" port 8080`");
  }
}

void SgAllPorts(const CheckContext& c) {
  for (const auto& rule : c.app.sg_rules) {
    bool all = rule.protocol == "-1" || (rule.from_port <= 1 && rule.to_port >= 65535);
    if (!rule.ingress || !all) continue;
    c.Report(Kind::kSgAllPorts, rule.origin, Owner(c.app, rule.group) + " opens " + Ports(rule) + " to " + rule.peer,
             "name the one port the peer uses, e.g. `port 8080`, or a short range `port 8000..8010`");
  }
}

void SgAllowWide(const CheckContext& c) {
  for (const auto& rule : c.app.sg_rules) {
    if (!rule.ingress || rule.peer_kind != ir::PeerKind::kCidr || IsWorld(rule.peer) || rule.protocol == "-1") continue;
    bool v6 = rule.peer.find(':') != std::string::npos;
    int prefix = PrefixOf(rule.peer);
    int ports = rule.to_port - rule.from_port + 1;
    if (ports >= 65535) continue;  // sg-all-ports reports it
    if (prefix < (v6 ? 32 : 16)) {
      c.Report(Kind::kSgAllowWide, rule.origin, "`allow` admits all of " + rule.peer,
               std::string("narrow it to the networks that connect, at most a /") + (v6 ? "32" : "16"));
    } else if (ports > 100) {
      c.Report(Kind::kSgAllowWide, rule.origin, "`allow` opens " + std::to_string(ports) + " ports",
               "open only the ports the peer uses");
    }
  }
}

bool IsDataGroup(const ir::App& app, const std::string& group) {
  auto owns = [&](const auto& items) {
    return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.security_group == group; });
  };
  if (owns(app.databases) || owns(app.caches) || owns(app.streams) || owns(app.volumes)) return true;
  for (const char* prefix : {"db_", "cache_", "stream_", "efs_"}) {
    if (group.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

void DataOpenAccess(const CheckContext& c) {
  for (const auto& rule : c.app.sg_rules) {
    if (!rule.ingress || rule.peer_kind != ir::PeerKind::kCidr || !IsDataGroup(c.app, rule.group)) continue;
    c.Report(Kind::kDataOpenAccess, rule.origin, Owner(c.app, rule.group) + " admits " + rule.peer,
             "remove the `allow`; reference the component from the services that use it, or reach a database "
             "through the bastion (`reaches = [...]`)");
  }
}

void BastionSshWorld(const CheckContext& c) {
  if (!c.model.bastion) return;
  const sema::Bastion& b = *c.model.bastion;
  for (const auto& cidr : b.ssh_from) {
    if (cidr.prefix != 0) continue;
    auto severity = b.allow_world ? diagnostics::Severity::kWarning : diagnostics::Severity::kError;
    c.sink.Report(Kind::kBastionSshWorld, severity, c.Where(b, "ssh_from"),
                  "bastion `" + b.name + "` accepts SSH from " + cidr.ToString(),
                  "list the networks of the people who use it, e.g. `ssh_from = [203.0.113.0/24]`");
  }
}

// PASSWORD, SECRET, TOKEN, ... anywhere, or KEY as the last word (API_KEY, SECRET_KEY), as `_`-separated words.
bool SecretLooking(const std::string& name) {
  std::string upper;
  for (char ch : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= upper.size()) {
    size_t end = upper.find('_', start);
    if (end == std::string::npos) end = upper.size();
    words.push_back(upper.substr(start, end - start));
    start = end + 1;
  }
  for (const auto& w : words) {
    for (const char* marker : {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL"}) {
      if (w == marker) return true;
    }
  }
  return words.size() > 1 && (words.back() == "KEY" || (words.back() == "ID" && words[words.size() - 2] == "KEY"));
}

void EnvSecretLiteral(const CheckContext& c) {
  auto scan = [&](const ir::TaskDefinition& task) {
    for (const auto& container : task.containers) {
      for (const auto& var : container.env) {
        if (var.ref || var.literal.empty() || !SecretLooking(var.name)) continue;
        c.Report(Kind::kEnvSecretLiteral, var.origin, "`" + var.name + "` looks like a secret but has a literal value in `env`",
                 "declare `secret NAME { arn = \"...\" }` (or `generate = 32`) and write `secrets = { " + var.name + " = NAME }`");
      }
    }
  };
  for (const auto& s : c.app.services) scan(s.task);
  for (const auto& t : c.app.tasks) scan(t.task);
}

void HttpNoRedirect(const CheckContext& c) {
  for (const auto& in : c.model.ingresses) {
    if (in.certificate.empty() || in.redirect_http || in.internal || in.kind != sema::IngressKind::kAlb) continue;
    c.Report(Kind::kHttpNoRedirect, c.Where(in, "redirect_http"), "ingress `" + in.name + "` leaves port 80 without a redirect to HTTPS",
             "remove `redirect_http = false`; port 80 then answers with a redirect to 443");
  }
}

void IngressNoTls(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& in : c.model.ingresses) {
    if (!in.certificate.empty() || in.internal || in.kind != sema::IngressKind::kAlb) continue;
    c.Report(Kind::kIngressNoTls, in.name_range, "public ingress `" + in.name + "` serves plain HTTP in production",
             "add `certificate = \"arn:aws:acm:" + c.app.region + ":ACCOUNT:certificate/ID\"`");
  }
}

std::string PolicyName(const std::string& arn) { return arn.substr(arn.rfind('/') + 1); }

bool AdminPolicy(const std::string& arn) {
  std::string name = PolicyName(arn);
  return name == "AdministratorAccess" || name == "PowerUserAccess" || name == "IAMFullAccess";
}

// Actions AWS offers only on `*`; every other statement of a derived role names its resources.
bool RequiresAnyResource(const std::string& action) {
  return action == "ecr:GetAuthorizationToken" || action.rfind("ssmmessages:", 0) == 0 ||
         action == "logs:DescribeLogGroups";
}

void IamWildcard(const CheckContext& c) {
  auto workloads = [&](auto&& visit) {
    for (const auto& s : c.model.services) visit(static_cast<const sema::Workload&>(s));
    for (const auto& t : c.model.tasks) visit(static_cast<const sema::Workload&>(t));
  };
  workloads([&](const sema::Workload& w) {
    for (const auto& arn : w.managed_policies) {
      if (!AdminPolicy(arn)) continue;
      c.Report(Kind::kIamWildcard, c.Where(w, "managed_policies"), "`" + w.name + "` attaches " + PolicyName(arn) + " to its task role",
               "remove it; reference what `" + w.name + "` uses (`uses = [...]`, `secrets = {...}`) and ecsgen grants exactly that");
    }
  });
  for (const auto& role : c.app.roles) {
    for (const auto& s : role.statements) {
      if (!s.allow) continue;
      bool wildcard_action = std::any_of(s.actions.begin(), s.actions.end(),
                                         [](const std::string& a) { return a.find('*') != std::string::npos; });
      // `*` narrowed by a resource-tag condition (a task's `allowed_tags`) is scoped, not a wildcard.
      bool needless_any = s.any_resource && s.conditions.empty() &&
                          !std::all_of(s.actions.begin(), s.actions.end(), RequiresAnyResource);
      if (!wildcard_action && !needless_any) continue;
      c.Report(Kind::kIamWildcard, role.origin, "role `" + role.name + "` statement `" + s.sid + "` allows " +
               (wildcard_action ? "wildcard actions" : "actions on `*`") + " it does not need",
               "this is a bug in ecsgen's derived policy; please report it with this file");
    }
  }
}

void IamBroadPolicy(const CheckContext& c) {
  auto visit = [&](const sema::Workload& w) {
    for (const auto& arn : w.managed_policies) {
      std::string name = PolicyName(arn);
      if (AdminPolicy(arn) || name.size() < 10 || name.substr(name.size() - 10) != "FullAccess") continue;
      c.Report(Kind::kIamBroadPolicy, c.Where(w, "managed_policies"), "`" + w.name + "` attaches " + name + " to its task role",
               "reference the resources instead (`uses = [...]`), so the role gets actions on those ARNs only");
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

void ExecProduction(const CheckContext& c) {
  if (!c.app.production) return;
  if (c.model.cluster.exec) {
    c.Report(Kind::kExecProduction, c.Where(c.model.cluster, "exec"), "ECS Exec is enabled for the whole production cluster",
             "enable it in a non-production env overlay, or suppress with the reason shells are needed");
    return;
  }
  auto visit = [&](const sema::Workload& w) {
    if (w.exec) {
      c.Report(Kind::kExecProduction, c.Where(w, "exec"), "ECS Exec is enabled for `" + w.name + "` in production",
               "enable it in a non-production env overlay, or suppress with the reason shells are needed");
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

void ContainerRoot(const CheckContext& c) {
  if (!c.app.production) return;
  auto visit = [&](const sema::Workload& w) {
    for (const sema::Container* k : Containers(w)) {
      bool root = k->user.empty() || k->user == "root" || k->user == "0" || k->user.rfind("0:", 0) == 0 ||
                  k->user.rfind("root:", 0) == 0;
      if (!root) continue;
      c.Report(Kind::kContainerRoot, k->user.empty() ? k->name_range : k->At("user"),
               "container `" + k->name + "` runs as root in production", "set `user = \"1000:1000\"` (a user the image can run as)");
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

void WritableRootFs(const CheckContext& c) {
  if (!c.app.production) return;
  auto visit = [&](const sema::Workload& w) {
    for (const sema::Container* k : Containers(w)) {
      if (k->read_only_root) continue;
      c.Report(Kind::kWritableRootFs, k->name_range, "container `" + k->name + "` has a writable root file system in production",
               "set `read_only_root = true` and write to a mounted volume");
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

void ImageMutableTag(const CheckContext& c) {
  if (!c.app.production) return;
  auto visit = [&](const sema::Workload& w) {
    for (const sema::Container* k : Containers(w)) {
      const sema::Image& image = k->image;
      std::string tag = image.tag;
      if (image.registry.empty()) {
        size_t slash = image.uri.rfind('/');
        size_t colon = image.uri.rfind(':');
        bool digest = image.uri.find('@') != std::string::npos;
        if (digest) continue;
        tag = colon == std::string::npos || (slash != std::string::npos && colon < slash) ? "" : image.uri.substr(colon + 1);
      }
      if (!tag.empty() && tag != "latest") continue;
      c.Report(Kind::kImageMutableTag, image.range,
               "image of `" + k->name + "` uses " + (tag.empty() ? "no tag (`latest`)" : "the tag `latest`") + " in production",
               "pin a version tag such as `:1.4.2`, or a digest `@sha256:...`");
    }
  };
  for (const auto& s : c.model.services) visit(s);
  for (const auto& t : c.model.tasks) visit(t);
}

void RegistryMutableTags(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& r : c.model.registries) {
    if (r.immutable) continue;
    c.Report(Kind::kRegistryMutableTags, c.Where(r, "immutable"), "registry `" + r.name + "` allows overwriting tags in production",
             "remove `immutable = false`; push every build under a new tag");
  }
}

void RegistryNoScan(const CheckContext& c) {
  for (const auto& r : c.model.registries) {
    if (r.scan_on_push) continue;
    c.Report(Kind::kRegistryNoScan, c.Where(r, "scan_on_push"), "registry `" + r.name + "` does not scan images on push",
             "remove `scan_on_push = false`; basic scanning is free");
  }
}

void SecretShort(const CheckContext& c) {
  for (const auto& s : c.model.secrets) {
    if (s.generate == 0 || s.generate >= 32) continue;
    c.Report(Kind::kSecretShort, c.Where(s, "generate"), "secret `" + s.name + "` is generated with " +
             std::to_string(s.generate) + " characters", "use `generate = 32` or more");
  }
}

}  // namespace

const std::vector<Check>& SecurityChecks() {
  static const std::vector<Check> checks = {
      {Kind::kSgOpenWorld, SgOpenWorld},         {Kind::kSgAllPorts, SgAllPorts},
      {Kind::kSgAllowWide, SgAllowWide},         {Kind::kDataOpenAccess, DataOpenAccess},
      {Kind::kBastionSshWorld, BastionSshWorld}, {Kind::kEnvSecretLiteral, EnvSecretLiteral},
      {Kind::kHttpNoRedirect, HttpNoRedirect},   {Kind::kIngressNoTls, IngressNoTls},
      {Kind::kIamWildcard, IamWildcard},         {Kind::kIamBroadPolicy, IamBroadPolicy},
      {Kind::kExecProduction, ExecProduction},   {Kind::kContainerRoot, ContainerRoot},
      {Kind::kWritableRootFs, WritableRootFs},   {Kind::kImageMutableTag, ImageMutableTag},
      {Kind::kRegistryMutableTags, RegistryMutableTags}, {Kind::kRegistryNoScan, RegistryNoScan},
      {Kind::kSecretShort, SecretShort},         {Kind::kAccessLogsOff, AccessLogsOff},
  };
  return checks;
}

}  // namespace ecsgen::passes
