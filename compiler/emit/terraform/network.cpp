#include "compiler/emit/terraform/builder.h"

// network.tf.json: VPC, subnets, internet and NAT gateways, routes, endpoints; or lookups of an existing VPC.
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "network.tf.json";

Json TagsNamed(const std::string& name) { return Json{{"Name", name}}; }

void EmitExisting(Builder& b) {
  const ir::Network& net = b.app().network;
  Json& vpc = b.Data(kFile, "aws_vpc", "main");
  if (!net.vpc_id.empty()) vpc["id"] = net.vpc_id;
  else for (const auto& [k, v] : net.vpc_tags) vpc["tags"][k] = v;
  auto lookup = [&](const char* name, const std::vector<std::pair<std::string, std::string>>& tags) {
    Json& subnets = b.Data(kFile, "aws_subnets", name);
    subnets["filter"] = Json::array({Json{{"name", "vpc-id"}, {"values", Json::array({b.VpcId()})}}});
    for (const auto& [k, v] : tags) subnets["tags"][k] = v;
  };
  if (net.private_subnets.empty()) lookup("private", net.private_subnet_tags);
  if (net.public_subnets.empty() && !net.public_subnet_tags.empty()) lookup("public", net.public_subnet_tags);
}

}  // namespace

void EmitNetwork(Builder& b) {
  const ir::App& app = b.app();
  const ir::Network& net = app.network;
  if (net.existing) return EmitExisting(b);
  Json& vpc = b.Resource(kFile, "aws_vpc", "main");
  vpc["cidr_block"] = net.cidr;
  vpc["enable_dns_support"] = true;
  vpc["enable_dns_hostnames"] = true;
  vpc["tags"] = TagsNamed(app.name);
  bool nat = net.nat != ir::Network::Nat::kNone;
  // A private-only VPC (no public subnets) has no internet gateway and no route to one.
  if (!net.public_subnets.empty()) {
    b.Resource(kFile, "aws_internet_gateway", "main") = Json{{"vpc_id", "${aws_vpc.main.id}"}, {"tags", TagsNamed(app.name)}};
    Json& public_rt = b.Resource(kFile, "aws_route_table", "public");
    public_rt["vpc_id"] = "${aws_vpc.main.id}";
    public_rt["tags"] = TagsNamed(app.name + "-public");
    b.Resource(kFile, "aws_route", "public_internet") = Json{{"route_table_id", "${aws_route_table.public.id}"},
                                                             {"destination_cidr_block", "0.0.0.0/0"},
                                                             {"gateway_id", "${aws_internet_gateway.main.id}"}};
  }
  for (const auto& s : net.public_subnets) {
    Json& subnet = b.Resource(kFile, "aws_subnet", s.id);
    subnet["vpc_id"] = "${aws_vpc.main.id}";
    subnet["cidr_block"] = s.cidr;
    subnet["availability_zone"] = b.Zone(s.zone);
    subnet["map_public_ip_on_launch"] = false;
    subnet["tags"] = TagsNamed(app.name + "-" + s.id);
    b.Resource(kFile, "aws_route_table_association", s.id) =
        Json{{"subnet_id", "${aws_subnet." + s.id + ".id}"}, {"route_table_id", "${aws_route_table.public.id}"}};
  }
  int nat_count = !nat ? 0 : net.nat == ir::Network::Nat::kSingle ? 1 : net.zones;
  for (int i = 0; i < nat_count; ++i) {
    std::string n = std::to_string(i);
    b.Resource(kFile, "aws_eip", "nat_" + n) = Json{{"domain", "vpc"}, {"tags", TagsNamed(app.name + "-nat-" + n)}};
    Json& gw = b.Resource(kFile, "aws_nat_gateway", "nat_" + n);
    gw["allocation_id"] = "${aws_eip.nat_" + n + ".id}";
    gw["subnet_id"] = "${aws_subnet.public_" + n + ".id}";
    gw["tags"] = TagsNamed(app.name + "-nat-" + n);
    gw["depends_on"] = Json::array({"aws_internet_gateway.main"});
  }
  for (const auto& s : net.private_subnets) {
    Json& subnet = b.Resource(kFile, "aws_subnet", s.id);
    subnet["vpc_id"] = "${aws_vpc.main.id}";
    subnet["cidr_block"] = s.cidr;
    subnet["availability_zone"] = b.Zone(s.zone);
    subnet["tags"] = TagsNamed(app.name + "-" + s.id);
    Json& rt = b.Resource(kFile, "aws_route_table", s.id);
    rt["vpc_id"] = "${aws_vpc.main.id}";
    rt["tags"] = TagsNamed(app.name + "-" + s.id);
    b.Resource(kFile, "aws_route_table_association", s.id) =
        Json{{"subnet_id", "${aws_subnet." + s.id + ".id}"}, {"route_table_id", "${aws_route_table." + s.id + ".id}"}};
    if (nat_count > 0) {
      std::string gw = "nat_" + std::to_string(nat_count == 1 ? 0 : s.zone);
      b.Resource(kFile, "aws_route", s.id + "_nat") = Json{{"route_table_id", "${aws_route_table." + s.id + ".id}"},
                                                           {"destination_cidr_block", "0.0.0.0/0"},
                                                           {"nat_gateway_id", "${aws_nat_gateway." + gw + ".id}"}};
    }
  }
  for (const auto& e : net.endpoints) {
    Json& endpoint = b.Resource(kFile, "aws_vpc_endpoint", e.id);
    endpoint["vpc_id"] = "${aws_vpc.main.id}";
    endpoint["service_name"] = "com.amazonaws." + app.region + "." + e.service;
    if (e.kind == ir::EndpointKind::kGateway) {
      endpoint["vpc_endpoint_type"] = "Gateway";
      Json tables = Json::array();
      for (const auto& s : net.private_subnets) tables.push_back("${aws_route_table." + s.id + ".id}");
      endpoint["route_table_ids"] = tables;
    } else {
      endpoint["vpc_endpoint_type"] = "Interface";
      endpoint["private_dns_enabled"] = true;
      endpoint["subnet_ids"] = b.SubnetIds(false);
      endpoint["security_group_ids"] = Json::array({b.GroupId(net.endpoint_security_group)});
    }
    endpoint["tags"] = TagsNamed(app.name + "-" + e.id);
  }
  b.Output("vpc_id", "${aws_vpc.main.id}", "the VPC of the application");
}

}  // namespace ecsgen::emit::terraform
