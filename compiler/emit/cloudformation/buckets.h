#pragma once

#include <string>

#include "compiler/emit/cloudformation/template.h"

// The S3 buckets of an app: the data buckets (data.cpp) and the access-log bucket (logs_bucket.cpp) share
// one shape, so both are written by one function.
namespace ecsgen::emit::cloudformation {

// A private bucket: encryption (SSE-S3), public access blocked, object ownership `ownership`, versioning,
// lifecycle, and a policy that denies requests without TLS followed by `statements`; server access logs go
// to the app's log bucket when `bucket.access_log_prefix` is set. Returns the bucket resource.
Json& EmitPrivateBucket(Template& t, const ir::Bucket& bucket, const std::string& ownership, const Json& statements);

// The app's access-log bucket with the policy statements that let each log delivery service write.
void EmitLogBucket(Template& t);

}  // namespace ecsgen::emit::cloudformation
