#include "compiler/ir/ir.h"

namespace ecsgen::ir {

namespace {
template <typename T>
const T* FindById(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}
}  // namespace

std::string PartitionOf(const std::string& region) {
  // Most specific prefix first: us-isob- and us-isof- before us-iso-.
  static const std::pair<const char*, const char*> kPartitions[] = {
      {"cn-", "aws-cn"},         {"us-gov-", "aws-us-gov"}, {"us-isob-", "aws-iso-b"},
      {"us-isof-", "aws-iso-f"}, {"eu-isoe-", "aws-iso-e"}, {"us-iso-", "aws-iso"}};
  for (const auto& [prefix, partition] : kPartitions) {
    if (region.rfind(prefix, 0) == 0) return partition;
  }
  return "aws";
}

const SecurityGroup* App::FindGroup(const std::string& id) const { return FindById(security_groups, id); }
const Role* App::FindRole(const std::string& id) const { return FindById(roles, id); }
const Secret* App::FindSecret(const std::string& id) const { return FindById(secrets, id); }
const Service* App::FindService(const std::string& id) const { return FindById(services, id); }
const LoadBalancer* App::FindLoadBalancer(const std::string& id) const { return FindById(load_balancers, id); }
const Database* App::FindDatabase(const std::string& id) const { return FindById(databases, id); }

std::unordered_map<std::string, std::vector<App::Forwarder>> App::ForwardersByTargetGroup() const {
  std::unordered_map<std::string, std::vector<Forwarder>> index;
  for (const auto& lb : load_balancers) {
    for (const auto& l : lb.listeners) {
      if (!l.default_target_group.empty()) index[l.default_target_group].push_back({false, l.id});
      for (const auto& r : l.rules) index[r.target_group].push_back({true, r.id});
    }
  }
  return index;
}

}  // namespace ecsgen::ir
