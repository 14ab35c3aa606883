#include "compiler/emit/terraform/builder.h"

// edge.tf.json: API Gateway (REST or HTTP API through a VPC link) and CloudFront fronts.
namespace ecsgen::emit::terraform {

void EmitEdge(Builder& b) { (void)b; }

}  // namespace ecsgen::emit::terraform
