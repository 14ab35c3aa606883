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
