#include "compiler/sema/model.h"

namespace ecsgen::sema {

std::string Cidr::ToString() const {
  return std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 255) + "." +
         std::to_string((address >> 8) & 255) + "." + std::to_string(address & 255) + "/" + std::to_string(prefix);
}

base::Range Component::At(std::string_view key) const {
  auto it = attribute_ranges.find(key);
  return it != attribute_ranges.end() ? it->second : name_range;
}

std::string_view KindName(ComponentKind kind) {
  switch (kind) {
    case ComponentKind::kService: return "service";
    case ComponentKind::kTask: return "task";
    case ComponentKind::kVolume: return "volume";
    case ComponentKind::kDatabase: return "database";
    case ComponentKind::kSecret: return "secret";
    case ComponentKind::kParameter: return "parameter";
    case ComponentKind::kCache: return "cache";
    case ComponentKind::kStream: return "stream";
    case ComponentKind::kBucket: return "bucket";
    case ComponentKind::kRegistry: return "registry";
    case ComponentKind::kIngress: return "ingress";
    case ComponentKind::kBastion: return "bastion";
    case ComponentKind::kPipeline: return "pipeline";
  }
  return "component";
}

bool Ref::IsSecretValue() const {
  switch (kind) {
    case ComponentKind::kSecret: return true;
    case ComponentKind::kDatabase: return attribute == "password" || attribute == "username";
    case ComponentKind::kCache: return attribute == "auth_token";
    default: return false;
  }
}

}  // namespace ecsgen::sema
