#pragma once

#include <string>
#include <vector>

#include "compiler/ir/ir.h"

// `ecsgen graph`: the application as a diagram, built from the IR so it shows what will be deployed
// (derived security-group paths included), not what the file literally says.
namespace ecsgen::graph {

// Where a node is drawn: outside the VPC, or in its public or private subnets.
enum class Place { kOutside, kPublic, kPrivate };
enum class Shape { kBox, kCylinder, kEllipse, kFolder };

// One component: an ingress, a service, a data store, a network device.
struct Node {
  std::string id;
  std::string label;  // lines separated by '\n'
  Shape shape = Shape::kBox;
  Place place = Place::kPrivate;
};

// One path between components; security-group rules between the same two components become one edge.
struct Edge {
  std::string from, to;
  std::string label;
  bool dashed = false;  // egress to the internet, IAM-only access: no inbound security-group rule
};

// The diagram, in a stable order, with the labels of the network's clusters.
struct Diagram {
  std::string title;
  std::string vpc_label, public_label, private_label;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

Diagram Build(const ir::App& app);
std::string RenderDot(const Diagram& diagram);
std::string RenderMermaid(const Diagram& diagram);

}  // namespace ecsgen::graph
