#include "compiler/emit/terraform/builder.h"

// data.tf.json: EFS volumes, RDS databases, parameters, caches, streams, buckets; ops.tf.json: bastion, pipelines.
namespace ecsgen::emit::terraform {

void EmitData(Builder& b) {
  EmitStorage(b);
  EmitDatabases(b);
  EmitOps(b);
}

}  // namespace ecsgen::emit::terraform
