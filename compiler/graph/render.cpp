#include <sstream>

#include "compiler/graph/graph.h"

namespace ecsgen::graph {
namespace {

// Labels are ours (names are identifiers, versions, CIDRs), but escape anyway so a path never breaks the file.
std::string DotLabel(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "\\n";
    else if (c == '"' || c == '\\') out += std::string("\\") + c;
    else out += c;
  }
  return "\"" + out + "\"";
}

std::string DotShape(Shape shape) {
  switch (shape) {
    case Shape::kCylinder: return "cylinder";
    case Shape::kEllipse: return "ellipse";
    case Shape::kFolder: return "folder";
    default: return "box";
  }
}

void DotNodes(std::ostringstream& out, const Diagram& d, Place place, const std::string& indent) {
  for (const auto& n : d.nodes) {
    if (n.place != place) continue;
    out << indent << n.id << " [label=" << DotLabel(n.label) << ", shape=" << DotShape(n.shape);
    if (n.shape == Shape::kBox) out << ", style=\"rounded,filled\", fillcolor=\"#eef4fb\"";
    else if (n.shape == Shape::kCylinder || n.shape == Shape::kFolder) out << ", style=filled, fillcolor=\"#fdf3e1\"";
    out << "];\n";
  }
}

// Mermaid labels take no quotes or brackets inside `"..."`; line breaks are `<br/>`.
std::string MermaidLabel(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "<br/>";
    else if (c == '"') out += "#quot;";
    else out += c;
  }
  return "\"" + out + "\"";
}

std::string MermaidNode(const Node& n) {
  std::string label = MermaidLabel(n.label);
  switch (n.shape) {
    case Shape::kCylinder: return n.id + "[(" + label + ")]";
    case Shape::kEllipse: return n.id + "([" + label + "])";
    case Shape::kFolder: return n.id + "[/" + label + "/]";
    default: return n.id + "[" + label + "]";
  }
}

void MermaidNodes(std::ostringstream& out, const Diagram& d, Place place, const std::string& indent) {
  for (const auto& n : d.nodes) {
    if (n.place == place) out << indent << MermaidNode(n) << "\n";
  }
}

// An empty cluster (no public subnets' devices in a private-only app) is left out rather than drawn empty.
bool Any(const Diagram& d, Place place) {
  for (const auto& n : d.nodes) {
    if (n.place == place) return true;
  }
  return false;
}

}  // namespace

std::string RenderDot(const Diagram& d) {
  std::ostringstream out;
  out << "digraph ecsgen {\n"
      << "  graph [label=" << DotLabel(d.title) << ", labelloc=t, fontname=\"Helvetica\", rankdir=LR, nodesep=0.4];\n"
      << "  node [fontname=\"Helvetica\", fontsize=11];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  DotNodes(out, d, Place::kOutside, "  ");
  out << "  subgraph cluster_vpc {\n    label=" << DotLabel(d.vpc_label) << ";\n    style=rounded;\n";
  if (Any(d, Place::kPublic)) {
    out << "    subgraph cluster_public {\n      label=" << DotLabel(d.public_label)
        << ";\n      style=\"rounded,filled\";\n      fillcolor=\"#e9f7ec\";\n";
    DotNodes(out, d, Place::kPublic, "      ");
    out << "    }\n";
  }
  out << "    subgraph cluster_private {\n      label=" << DotLabel(d.private_label)
      << ";\n      style=\"rounded,filled\";\n      fillcolor=\"#f4f4f4\";\n";
  DotNodes(out, d, Place::kPrivate, "      ");
  out << "    }\n  }\n";
  for (const auto& e : d.edges) {
    out << "  " << e.from << " -> " << e.to << " [label=" << DotLabel(e.label);
    // Dashed edges (egress, IAM) do not rank nodes, so the layout reads left to right from the internet.
    if (e.dashed) out << ", style=dashed, color=\"#888888\", fontcolor=\"#666666\", constraint=false";
    out << "];\n";
  }
  out << "}\n";
  return out.str();
}

std::string RenderMermaid(const Diagram& d) {
  std::ostringstream out;
  out << "---\ntitle: " << d.title << "\n---\nflowchart LR\n";
  MermaidNodes(out, d, Place::kOutside, "  ");
  out << "  subgraph vpc[" << MermaidLabel(d.vpc_label) << "]\n";
  if (Any(d, Place::kPublic)) {
    out << "    subgraph public[" << MermaidLabel(d.public_label) << "]\n";
    MermaidNodes(out, d, Place::kPublic, "      ");
    out << "    end\n";
  }
  out << "    subgraph private[" << MermaidLabel(d.private_label) << "]\n";
  MermaidNodes(out, d, Place::kPrivate, "      ");
  out << "    end\n  end\n";
  for (const auto& e : d.edges) {
    out << "  " << e.from << (e.dashed ? " -.->|" : " -->|") << MermaidLabel(e.label) << "| " << e.to << "\n";
  }
  return out.str();
}

}  // namespace ecsgen::graph
