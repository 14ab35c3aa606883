#include "compiler/emit/terraform/builder.h"

// data.tf.json: EFS volumes, RDS databases, parameters, caches, streams, buckets, bastion, pipelines.
namespace ecsgen::emit::terraform {

void EmitData(Builder& b) { (void)b; }

}  // namespace ecsgen::emit::terraform
