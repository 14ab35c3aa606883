#include "compiler/emit/terraform/builder.h"

// security.tf.json: security groups and one rule resource per derived edge.
namespace ecsgen::emit::terraform {

void EmitSecurity(Builder& b) {
  const ir::App& app = b.app();
  constexpr const char* kFile = "security.tf.json";
  for (const auto& g : app.security_groups) {
    Json& group = b.Resource(kFile, "aws_security_group", g.id);
    group["name"] = g.name;
    group["description"] = g.description;
    group["vpc_id"] = b.VpcId();
    group["tags"] = Json{{"Name", g.name}};
    b.Flush();  // see Builder::Flush
  }
  for (const auto& r : app.sg_rules) {
    Json& rule = b.Resource(kFile, r.ingress ? "aws_vpc_security_group_ingress_rule" : "aws_vpc_security_group_egress_rule",
                            r.id);
    rule["security_group_id"] = b.GroupId(r.group);
    rule["description"] = r.description;
    rule["ip_protocol"] = r.protocol;
    if (r.protocol != "-1") {
      rule["from_port"] = r.from_port;
      rule["to_port"] = r.to_port;
    }
    switch (r.peer_kind) {
      case ir::PeerKind::kGroup: rule["referenced_security_group_id"] = b.GroupId(r.peer); break;
      case ir::PeerKind::kCidr: rule["cidr_ipv4"] = r.peer; break;
      case ir::PeerKind::kVpcCidr: rule["cidr_ipv4"] = b.VpcCidr(); break;
      case ir::PeerKind::kPrefixList: rule["prefix_list_id"] = "${aws_vpc_endpoint." + r.peer + ".prefix_list_id}"; break;
    }
    b.Flush();
  }
}

}  // namespace ecsgen::emit::terraform
