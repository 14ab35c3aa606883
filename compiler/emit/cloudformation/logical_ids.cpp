#include "compiler/emit/cloudformation/logical_ids.h"

#include <cctype>
#include <cstdio>

#include "compiler/base/text.h"
#include "compiler/ir/names.h"

namespace ecsgen::emit::cloudformation {

std::string LogicalId(std::string_view prefix, std::string_view id, std::string_view suffix) {
  std::string raw = std::string(prefix) + ir::Camel(id) + std::string(suffix);
  std::string out;
  for (char c : raw) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  }
  if (out.size() > 255) {
    // Keep long ids unique and stable: a prefix plus a hash of the whole id.
    char hash[9];
    std::snprintf(hash, sizeof hash, "%08x", base::StableHash(raw));
    out = out.substr(0, 247) + hash;
  }
  return out;
}

std::string LogicalIdOf(const ir::App& app, ir::ObjectKind kind, const std::string& id) {
  using K = ir::ObjectKind;
  switch (kind) {
    case K::kVpc: return "Vpc";
    case K::kSubnet: return LogicalId("Subnet", id);
    case K::kSecurityGroup: return LogicalId("SecurityGroup", id);
    case K::kLogGroup: return LogicalId("LogGroup", id);
    case K::kCluster: return "Cluster";
    case K::kRegistry: return LogicalId("Repository", id);
    case K::kRole: return LogicalId("Role", id);
    case K::kSecret: return LogicalId("Secret", id);
    case K::kSsmParameter: return LogicalId("Parameter", id);
    case K::kDatabase:
    case K::kDatabaseSecret: return LogicalId("Database", id);
    case K::kFileSystem: return LogicalId("FileSystem", id);
    case K::kAccessPoint: return LogicalId("AccessPoint", id);
    case K::kLoadBalancer: return LogicalId("LoadBalancer", id);
    case K::kTargetGroup: return LogicalId("TargetGroup", id);
    case K::kCache: return LogicalId("Cache", id);
    case K::kCacheSecret: {
      for (const auto& cache : app.caches) {
        if (cache.id == id && !cache.auth_secret.empty()) return LogicalId("Secret", cache.auth_secret);
      }
      return LogicalId("Cache", id, "AuthToken");
    }
    case K::kStream:
    case K::kStreamTopics:
    case K::kStreamGroups: return LogicalId("Stream", id);
    case K::kBucket: return LogicalId("Bucket", id);
    case K::kService: return LogicalId("Service", id);
    case K::kTaskDefinition:
      return LogicalId(app.FindService(id) ? "Service" : "Task", id, "TaskDefinition");
    case K::kKmsKey: return "KmsKey";
    case K::kNamespace: return "ServiceConnectNamespace";
    case K::kCodeBuild: return LogicalId("Pipeline", id, "Project");
  }
  return LogicalId("Unknown", id);
}

}  // namespace ecsgen::emit::cloudformation
