#pragma once

#include <string>

#include "compiler/sema/model.h"

namespace ecsgen::ir {

// The subnets of a new VPC: the VPC is cut into 16 equal blocks (prefix + 4, so up to 6 zones fit
// with room to grow); public subnet of zone i is block i, private subnet of zone i is block 8 + i.
std::string PublicSubnetCidr(const sema::Cidr& vpc, int zone);
std::string PrivateSubnetCidr(const sema::Cidr& vpc, int zone);
std::string SubnetBlock(const sema::Cidr& vpc, int block);

}  // namespace ecsgen::ir
