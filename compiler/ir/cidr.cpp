#include "compiler/ir/cidr.h"

namespace ecsgen::ir {

std::string SubnetBlock(const sema::Cidr& vpc, int block) {
  int prefix = vpc.prefix + 4;
  uint32_t size = prefix >= 32 ? 1u : (1u << (32 - prefix));
  sema::Cidr subnet{vpc.address + static_cast<uint32_t>(block) * size, prefix};
  return subnet.ToString();
}

std::string PublicSubnetCidr(const sema::Cidr& vpc, int zone) { return SubnetBlock(vpc, zone); }

std::string PrivateSubnetCidr(const sema::Cidr& vpc, int zone) { return SubnetBlock(vpc, 8 + zone); }

}  // namespace ecsgen::ir
