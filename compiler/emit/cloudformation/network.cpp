#include <string>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"
#include "compiler/ir/names.h"

// The VPC: subnets over the region's zones, internet gateway, NAT gateways, route tables and endpoints;
// or an existing VPC given by id (literal) or by tags (parameters, since CloudFormation has no look-up).
namespace ecsgen::emit::cloudformation {

namespace {

std::string Tier(bool is_public) { return is_public ? "Public" : "Private"; }

std::string ZoneName(const std::string& app, const std::string& what, int zone) {
  return app + "-" + what + "-" + std::to_string(zone);
}

// Each private subnet has its own route table (like the Terraform target), so per-zone NAT and gateway
// endpoints need no other layout.
std::string PrivateRouteTable(const ir::Subnet& s) { return LogicalId("RouteTable", s.id); }

void EmitSubnets(Template& t) {
  const ir::Network& net = t.app.network;
  for (const auto* tier : {&net.public_subnets, &net.private_subnets}) {
    for (const auto& s : *tier) {
      Json props = {{"VpcId", Ref("Vpc")},
                    {"CidrBlock", s.cidr},
                    {"AvailabilityZone", Json{{"Fn::Select", Json::array({s.zone, Json{{"Fn::GetAZs", ""}}})}}},
                    {"MapPublicIpOnLaunch", false},
                    {"Tags", t.Tags(ZoneName(t.app.name, s.is_public ? "public" : "private", s.zone))}};
      t.Add(LogicalId("Subnet", s.id), "AWS::EC2::Subnet", props);
    }
  }
}

void EmitRouting(Template& t) {
  const ir::Network& net = t.app.network;
  // A private-only VPC (no public subnets) has no internet gateway and no route to one.
  if (!net.public_subnets.empty()) {
    t.Add("InternetGateway", "AWS::EC2::InternetGateway", {{"Tags", t.Tags(t.app.name)}});
    t.Add("InternetGatewayAttachment", "AWS::EC2::VPCGatewayAttachment",
          {{"VpcId", Ref("Vpc")}, {"InternetGatewayId", Ref("InternetGateway")}});
    t.Add("RouteTablePublic", "AWS::EC2::RouteTable", {{"VpcId", Ref("Vpc")}, {"Tags", t.Tags(t.app.name + "-public")}});
    // The route to the internet gateway fails until the gateway is attached, which CFN cannot infer.
    t.Add("RoutePublicDefault", "AWS::EC2::Route",
          {{"RouteTableId", Ref("RouteTablePublic")},
           {"DestinationCidrBlock", "0.0.0.0/0"},
           {"GatewayId", Ref("InternetGateway")}})["DependsOn"] = "InternetGatewayAttachment";
  }
  for (const auto& s : net.public_subnets) {
    t.Add(LogicalId("RouteTableAssociation", s.id), "AWS::EC2::SubnetRouteTableAssociation",
          {{"SubnetId", Ref(LogicalId("Subnet", s.id))}, {"RouteTableId", Ref("RouteTablePublic")}});
  }
  int nat_count = net.nat == ir::Network::Nat::kNone     ? 0
                  : net.nat == ir::Network::Nat::kSingle ? 1
                                                         : static_cast<int>(net.public_subnets.size());
  for (int i = 0; i < nat_count; ++i) {
    std::string n = std::to_string(i);
    std::string name = t.app.name + "-nat-" + n;
    // NAT gateways need the internet gateway attached, which CFN cannot infer from their properties.
    t.Add(LogicalId("NatEip", n), "AWS::EC2::EIP", {{"Domain", "vpc"}, {"Tags", t.Tags(name)}})["DependsOn"] =
        "InternetGatewayAttachment";
    t.Add(LogicalId("NatGateway", n), "AWS::EC2::NatGateway",
          {{"AllocationId", GetAtt(LogicalId("NatEip", n), "AllocationId")},
           {"SubnetId", Ref(LogicalId("Subnet", net.public_subnets[i].id))},
           {"Tags", t.Tags(name)}});
  }
  for (const auto& s : net.private_subnets) {
    std::string table = PrivateRouteTable(s);
    t.Add(table, "AWS::EC2::RouteTable", {{"VpcId", Ref("Vpc")}, {"Tags", t.Tags(t.app.name + "-" + ir::Dashed(s.id))}});
    t.Add(LogicalId("RouteTableAssociation", s.id), "AWS::EC2::SubnetRouteTableAssociation",
          {{"SubnetId", Ref(LogicalId("Subnet", s.id))}, {"RouteTableId", Ref(table)}});
    if (nat_count > 0) {
      std::string gateway = LogicalId("NatGateway", std::to_string(nat_count == 1 ? 0 : s.zone));
      t.Add(LogicalId("RouteNat", s.id), "AWS::EC2::Route",
            {{"RouteTableId", Ref(table)}, {"DestinationCidrBlock", "0.0.0.0/0"}, {"NatGatewayId", Ref(gateway)}});
    }
  }
}

void EmitEndpoints(Template& t) {
  const ir::Network& net = t.app.network;
  for (const auto& e : net.endpoints) {
    Json props = {{"VpcId", Ref("Vpc")}, {"ServiceName", Sub("com.amazonaws.${AWS::Region}." + e.service)}};
    if (e.kind == ir::EndpointKind::kGateway) {
      props["VpcEndpointType"] = "Gateway";
      Json tables = Json::array();
      for (const auto& s : net.private_subnets) tables.push_back(Ref(PrivateRouteTable(s)));
      props["RouteTableIds"] = tables;
    } else {
      props["VpcEndpointType"] = "Interface";
      props["PrivateDnsEnabled"] = true;
      props["SubnetIds"] = SubnetIds(t, false);
      props["SecurityGroupIds"] = Json::array({GetAtt(LogicalId("SecurityGroup", net.endpoint_security_group), "GroupId")});
    }
    t.Add(LogicalId("Endpoint", e.id), "AWS::EC2::VPCEndpoint", props);
  }
}

}  // namespace

Json VpcId(Template& t) {
  const ir::Network& net = t.app.network;
  if (!net.existing) return Ref("Vpc");
  if (!net.vpc_id.empty()) return net.vpc_id;
  t.Parameter("VpcId", "AWS::EC2::VPC::Id", "the existing VPC (CloudFormation cannot look it up by its tags)");
  return Ref("VpcId");
}

Json VpcCidr(Template& t) {
  if (!t.app.network.existing) return GetAtt("Vpc", "CidrBlock");
  t.Parameter("VpcCidr", "String", "the CIDR block of the existing VPC");
  return Ref("VpcCidr");
}

Json SubnetIds(Template& t, bool is_public) {
  const ir::Network& net = t.app.network;
  const auto& subnets = is_public ? net.public_subnets : net.private_subnets;
  if (net.existing && subnets.empty()) {
    std::string name = Tier(is_public) + "SubnetIds";
    t.Parameter(name, "List<AWS::EC2::Subnet::Id>",
                "the existing " + Tier(is_public) + " subnets (CloudFormation cannot look them up by their tags)");
    return Ref(name);
  }
  Json ids = Json::array();
  for (const auto& s : subnets) ids.push_back(s.existing.empty() ? Ref(LogicalId("Subnet", s.id)) : Json(s.existing));
  return ids;
}

void EmitNetwork(Template& t) {
  const ir::Network& net = t.app.network;
  if (net.existing) return;
  t.Add("Vpc", "AWS::EC2::VPC",
        {{"CidrBlock", net.cidr},
         {"EnableDnsHostnames", true},
         {"EnableDnsSupport", true},
         {"Tags", t.Tags(t.app.name)}});
  EmitSubnets(t);
  EmitRouting(t);
  EmitEndpoints(t);
  t.Output("VpcId", Ref("Vpc"), "the VPC of the application");
  Json priv = Json::array();
  for (const auto& s : net.private_subnets) priv.push_back(Ref(LogicalId("Subnet", s.id)));
  t.Output("PrivateSubnetIds", Json{{"Fn::Join", Json::array({",", priv})}}, "the private subnets (tasks run here)");
}

}  // namespace ecsgen::emit::cloudformation
