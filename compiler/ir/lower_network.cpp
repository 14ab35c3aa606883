#include <algorithm>

#include "compiler/ir/cidr.h"
#include "compiler/ir/lowering.h"

// The network: a new VPC with private (and, unless private-only, public) subnets per zone, NAT and
// endpoints, or an existing one.
namespace ecsgen::ir {

namespace {

// The endpoint services behind each short name of the language.
std::vector<Endpoint> EndpointsFor(const std::string& name, base::Range origin) {
  auto interface = [&](const std::string& service) {
    Endpoint e;
    e.id = Id(service);
    std::replace(e.id.begin(), e.id.end(), '.', '_');
    e.origin = origin;
    e.service = service;
    return e;
  };
  if (name == "ecr") return {interface("ecr.api"), interface("ecr.dkr")};
  if (name == "efs") return {interface("elasticfilesystem")};
  if (name == "s3") {
    Endpoint e = interface("s3");
    e.kind = EndpointKind::kGateway;
    return {e};
  }
  return {interface(name)};
}

}  // namespace

void LowerNetwork(Lowering& l) {
  const sema::Network& in = l.model.network;
  Network& net = l.app.network;
  net.id = "main";
  net.origin = in.name_range.valid() ? in.name_range : l.model.app.name_range;
  net.existing = in.Existing();
  if (net.existing) {
    net.vpc_id = in.vpc_id;
    net.vpc_tags = in.vpc_tags;
    net.private_subnet_tags = in.private_subnet_tags;
    net.public_subnet_tags = in.public_subnet_tags;
    for (size_t i = 0; i < in.private_subnets.size(); ++i) {
      Subnet s;
      s.id = "private_" + std::to_string(i);
      s.origin = in.At("private_subnets");
      s.zone = static_cast<int>(i);
      s.existing = in.private_subnets[i];
      net.private_subnets.push_back(s);
    }
    for (size_t i = 0; i < in.public_subnets.size(); ++i) {
      Subnet s;
      s.id = "public_" + std::to_string(i);
      s.origin = in.At("public_subnets");
      s.is_public = true;
      s.zone = static_cast<int>(i);
      s.existing = in.public_subnets[i];
      net.public_subnets.push_back(s);
    }
    return;
  }
  net.cidr = in.cidr.ToString();
  net.zones = in.zones;
  net.nat = in.nat == sema::NatMode::kNone ? Network::Nat::kNone
            : in.nat == sema::NatMode::kPerZone ? Network::Nat::kPerZone : Network::Nat::kSingle;
  for (int zone = 0; zone < in.zones; ++zone) {
    Subnet pub;
    pub.id = "public_" + std::to_string(zone);
    pub.origin = in.At("zones");
    pub.is_public = true;
    pub.zone = zone;
    pub.cidr = PublicSubnetCidr(in.cidr, zone);
    // A private-only VPC keeps the public blocks free, so turning `public` on later moves no subnet.
    if (in.public_access) net.public_subnets.push_back(pub);
    Subnet priv = pub;
    priv.id = "private_" + std::to_string(zone);
    priv.is_public = false;
    priv.cidr = PrivateSubnetCidr(in.cidr, zone);
    net.private_subnets.push_back(priv);
  }
  bool any_interface = false;
  for (const auto& name : in.endpoints) {
    for (auto& endpoint : EndpointsFor(name, in.At("endpoints"))) {
      any_interface = any_interface || endpoint.kind == EndpointKind::kInterface;
      net.endpoints.push_back(endpoint);
    }
  }
  if (any_interface) {
    net.endpoint_security_group = "endpoints";
    l.Group("endpoints", l.Name("endpoints", 255), "VPC interface endpoints, HTTPS from the app's tasks only",
            in.At("endpoints"));
  }
}

}  // namespace ecsgen::ir
