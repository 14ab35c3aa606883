#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// Security groups and the rules derived from edges. Every rule is its own SecurityGroupIngress/Egress
// resource, so groups that reference each other never form a dependency cycle.
namespace ecsgen::emit::cloudformation {

namespace {

// CloudFormation adds an allow-all egress rule to a group declared without SecurityGroupEgress. This
// rule (the one CDK uses for allowAllOutbound: false) matches no real traffic and replaces it, so only
// the derived egress rules below remain.
Json NoEgressPlaceholder() {
  return Json::array({Json{{"CidrIp", "255.255.255.255/32"},
                           {"Description", "Disallow all traffic"},
                           {"FromPort", 252},
                           {"IpProtocol", "icmp"},
                           {"ToPort", 86}}});
}

// Prefix lists of AWS services ("s3") have region-specific ids that no intrinsic function can look up.
Json PrefixList(Template& t, const std::string& name) {
  std::string parameter = LogicalId("PrefixList", name);
  t.Parameter(parameter, "String",
              "id of the AWS-managed prefix list of " + name +
                  " in this region (aws ec2 describe-managed-prefix-lists), e.g. pl-0123456789abcdef0");
  return Ref(parameter);
}

Json Rule(Template& t, const ir::SgRule& r) {
  Json props = Json::object();
  props["GroupId"] = GetAtt(LogicalId("SecurityGroup", r.group), "GroupId");
  props["IpProtocol"] = r.protocol;
  props["FromPort"] = r.protocol == "-1" ? -1 : r.from_port;
  props["ToPort"] = r.protocol == "-1" ? -1 : r.to_port;
  switch (r.peer_kind) {
    case ir::PeerKind::kGroup:
      props[r.ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"] =
          GetAtt(LogicalId("SecurityGroup", r.peer), "GroupId");
      break;
    case ir::PeerKind::kCidr:
      props[r.peer.find(':') == std::string::npos ? "CidrIp" : "CidrIpv6"] = r.peer;
      break;
    case ir::PeerKind::kVpcCidr: props["CidrIp"] = VpcCidr(t); break;
    case ir::PeerKind::kPrefixList:
      props[r.ingress ? "SourcePrefixListId" : "DestinationPrefixListId"] = PrefixList(t, r.peer);
      break;
  }
  props["Description"] = r.description;
  return props;
}

}  // namespace

void EmitSecurityGroups(Template& t) {
  for (const auto& g : t.app.security_groups) {
    t.Add(LogicalId("SecurityGroup", g.id), "AWS::EC2::SecurityGroup",
          {{"GroupName", g.name},
           {"GroupDescription", g.description},
           {"VpcId", VpcId(t)},
           {"SecurityGroupEgress", NoEgressPlaceholder()},
           {"Tags", t.Tags(g.name)}});
  }
  for (const auto& r : t.app.sg_rules) {
    t.Add(LogicalId(r.ingress ? "Ingress" : "Egress", r.id),
          r.ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress", Rule(t, r));
  }
}

}  // namespace ecsgen::emit::cloudformation
