#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "compiler/ir/lowering.h"

// Access logs: every load balancer, CloudFront distribution and bucket logs into one bucket per app,
// unless the file opts out (`access_logs = false` on the app, the ingress or the bucket).
namespace ecsgen::ir {

namespace {

// The Elastic Load Balancing accounts that deliver ALB access logs in the regions opened before August
// 2022 (AWS's "enable access logs" guide). Regions opened later are absent: there the bucket policy names
// the logdelivery.elasticloadbalancing.amazonaws.com service principal instead.
const std::map<std::string, std::string>& ElbAccounts() {
  static const std::map<std::string, std::string> accounts = {
      {"af-south-1", "098369216593"},     {"ap-east-1", "754344448648"},      {"ap-northeast-1", "582318560864"},
      {"ap-northeast-2", "600734575887"}, {"ap-northeast-3", "383597477331"}, {"ap-south-1", "718504428378"},
      {"ap-southeast-1", "114774131450"}, {"ap-southeast-2", "783225319266"}, {"ap-southeast-3", "589379963580"},
      {"ca-central-1", "985666609251"},   {"cn-north-1", "638102146993"},     {"cn-northwest-1", "037604701340"},
      {"eu-central-1", "054676820928"},   {"eu-north-1", "897822967062"},     {"eu-south-1", "635631232127"},
      {"eu-west-1", "156460612806"},      {"eu-west-2", "652711504416"},      {"eu-west-3", "009996457667"},
      {"me-south-1", "076674570225"},     {"sa-east-1", "507241528517"},      {"us-east-1", "127311923021"},
      {"us-east-2", "033677994240"},      {"us-gov-east-1", "190560391635"},  {"us-gov-west-1", "048591011584"},
      {"us-west-1", "027434742980"},      {"us-west-2", "797873946194"},
  };
  return accounts;
}

// Load balancers and the ingress each one serves, so an ingress's `access_logs` reaches its load balancer.
std::unordered_map<std::string, const sema::Ingress*> IngressesById(const Lowering& l) {
  std::unordered_map<std::string, const sema::Ingress*> out;
  for (const auto& in : l.model.ingresses) out[Id(in.name)] = &in;
  return out;
}

bool CloudFrontLogsDeliverable(const std::string& region) {
  // CloudFront standard logging cannot write to a bucket in these (opt-in) regions; the log bucket lives
  // in the app's region, so a CloudFront ingress of an app there has no standard logs.
  static const std::vector<std::string> unsupported = {
      "af-south-1",     "ap-east-1",    "ap-south-2",   "ap-southeast-3", "ap-southeast-4",
      "ap-southeast-5", "ap-southeast-7", "ca-west-1",  "eu-central-2",   "eu-south-1",
      "eu-south-2",     "il-central-1", "me-central-1", "me-south-1",   "mx-central-1"};
  return std::find(unsupported.begin(), unsupported.end(), region) == unsupported.end();
}

}  // namespace

void LowerAccessLogs(Lowering& l) {
  const sema::App& model_app = l.model.app;
  if (!model_app.access_logs) return;
  auto ingresses = IngressesById(l);
  bool any = false, cloudfront = false;
  for (auto& lb : l.app.load_balancers) {
    auto it = ingresses.find(lb.id);
    if (it == ingresses.end() || !it->second->access_logs) continue;
    lb.access_log_prefix = std::string(lb.network ? "nlb/" : "alb/") + Dashed(lb.id);
    any = true;
  }
  for (auto& ingress : l.app.ingresses) {
    auto it = ingresses.find(ingress.id);
    if (!ingress.cdn || it == ingresses.end() || !it->second->access_logs) continue;
    if (!CloudFrontLogsDeliverable(l.app.region)) continue;  // the check access-logs-off says why
    ingress.cdn->access_log_prefix = "cloudfront/" + Dashed(ingress.id) + "/";
    any = cloudfront = true;
  }
  std::unordered_map<std::string, const sema::Bucket*> model_buckets;
  for (const auto& b : l.model.buckets) model_buckets[Id(b.name)] = &b;
  for (auto& bucket : l.app.buckets) {
    auto it = model_buckets.find(bucket.id);
    if (it == model_buckets.end() || !it->second->access_logs) continue;
    bucket.access_log_prefix = "s3/" + Dashed(bucket.id) + "/";
    any = true;
  }
  if (!any) return;

  LogBucket logs;
  // User bucket ids come from names; a bucket named `access_logs` keeps its id and the log bucket takes
  // the next free `access_logs_N` (a suffix, not a `_`, which logical ids would drop).
  logs.id = "access_logs";
  for (int n = 2; std::any_of(l.app.buckets.begin(), l.app.buckets.end(), [&](const Bucket& b) { return b.id == logs.id; });
       ++n) {
    logs.id = "access_logs_" + std::to_string(n);
  }
  logs.origin = model_app.Has("access_logs") ? model_app.At("access_logs") : model_app.name_range;
  // bucket_prefix is at most 37 characters; S3 appends a unique suffix.
  std::string prefix = l.Name("logs", 36);
  std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  logs.name_prefix = prefix + "-";
  // Versioned like every bucket (a deleted log is recoverable until it expires), and expired so logs do
  // not grow without bound; the noncurrent versions expire after the same time.
  logs.versioning = true;
  logs.expire_days = model_app.access_log_retention_days;
  logs.acl_delivery = cloudfront;
  auto account = ElbAccounts().find(l.app.region);
  if (account != ElbAccounts().end()) logs.elb_account = account->second;
  l.app.log_bucket = logs;
}

}  // namespace ecsgen::ir
