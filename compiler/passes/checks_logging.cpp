#include "compiler/ir/names.h"
#include "compiler/passes/registry.h"

// The access-log check of the security category (registered in checks_security.cpp's table): every
// production component that could log requests and does not.
namespace ecsgen::passes {

using diagnostics::Kind;

void AccessLogsOff(const CheckContext& c) {
  if (!c.app.production) return;
  const sema::App& app = c.model.app;
  if (!app.access_logs) {
    c.Report(Kind::kAccessLogsOff, c.Where(app, "access_logs"), "access logs are off for the whole production app",
             "remove `access_logs = false`, or turn logs off only where you must (`access_logs = false` on an "
             "ingress or bucket)");
    return;
  }
  for (const auto& in : c.model.ingresses) {
    if (!in.access_logs) {
      c.Report(Kind::kAccessLogsOff, c.Where(in, "access_logs"), "ingress `" + in.name + "` keeps no access log in production",
               "remove `access_logs = false`; requests are then logged into the app's access-log bucket");
      continue;
    }
    for (const auto& ingress : c.app.ingresses) {
      if (ingress.id != ir::Id(in.name) || !ingress.cdn || !ingress.cdn->access_log_prefix.empty()) continue;
      c.Report(Kind::kAccessLogsOff, in.name_range,
               "CloudFront cannot deliver the standard logs of ingress `" + in.name + "` to a bucket in " + c.app.region,
               "keep the app in a region CloudFront delivers logs to, or suppress this with the reason");
    }
  }
  for (const auto& bucket : c.model.buckets) {
    if (bucket.access_logs) continue;
    c.Report(Kind::kAccessLogsOff, c.Where(bucket, "access_logs"), "bucket `" + bucket.name + "` keeps no access log in production",
             "remove `access_logs = false`; requests are then logged into the app's access-log bucket");
  }
}

}  // namespace ecsgen::passes
