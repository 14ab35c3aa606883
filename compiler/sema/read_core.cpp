#include <algorithm>
#include <cctype>
#include <string_view>
#include <regex>

#include "compiler/base/text.h"
#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// Readers for the application-wide blocks: app, network, cluster, registry.
namespace ecsgen::sema {

using diagnostics::Kind;

void Name(const ast::Block& block, Component& component) {
  component.name = block.label.value_or("");
  component.range = block.range;
  component.name_range = block.label ? block.label_range : block.kind_range;
}

namespace {

// AWS tag rules (the same for every taggable resource): key 1..128 and value 0..256 characters of
// letters, digits, spaces and `_ . : / = + - @`, and no key in the reserved `aws:` namespace. Checked
// here because a quoted key can hold anything and AWS would refuse it only at apply.
std::string TagProblem(const std::string& key, const std::string& value) {
  auto allowed = [](const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char ch) {
      auto c = static_cast<unsigned char>(ch);
      return c >= 0x80 || std::isalnum(c) || std::string_view(" _.:/=+-@").find(ch) != std::string_view::npos;
    });
  };
  if (key.empty() || base::CodePoints(key) > 128) return "tag keys have 1 to 128 characters";
  if (base::CodePoints(value) > 256) return "tag values have at most 256 characters";
  if (!allowed(key) || !allowed(value)) return "tags use letters, digits, spaces and `_ . : / = + - @` only";
  std::string prefix = key.substr(0, 4);
  std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](unsigned char c) { return std::tolower(c); });
  if (prefix == "aws:") return "the `aws:` prefix is reserved for AWS's own tags";
  return "";
}

bool ValidRegion(const std::string& region) {
  static const std::regex pattern("^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$");
  return std::regex_match(region, pattern);
}

void ReadState(Cursor& c, App& app, diagnostics::DiagnosticSink& sink) {
  if (!c.TakeWord("s3")) return c.Mismatch("`s3 { bucket = \"...\", key = \"...\" }`");
  const ast::Atom* map = c.Take(ast::AtomKind::kMap);
  if (!map) return c.Mismatch("`s3 { bucket = \"...\", key = \"...\" }`");
  StateBackend state;
  Component holder;
  holder.name_range = map->range;
  BlockReader reader(*map->map, "state", holder, sink);
  reader.Require("bucket", "bucket = \"shop-tfstate\"");
  reader.Require("key", "key = \"prod/shop.tfstate\"");
  reader.String("bucket", state.bucket);
  reader.String("key", state.key);
  reader.String("region", state.region);
  reader.String("lock_table", state.lock_table);
  if (!state.lock_table.empty()) {
    sink.Report(Kind::kDeprecated, holder.At("lock_table"),
                "DynamoDB state locking is deprecated since Terraform 1.11; S3 native locking is used instead",
                "remove `lock_table`; the state bucket itself holds the lock (`use_lockfile = true`)");
    state.lock_table.clear();
  }
  reader.Finish();
  app.state = state;
}

}  // namespace

void ReadApp(const ast::Block& block, Context& ctx) {
  App& app = ctx.model.app;
  Name(block, app);
  if (!block.label) {
    ctx.sink.Report(Kind::kMissingName, block.kind_range, "`app` needs a name", "write `app shop { ... }`");
  }
  BlockReader r(block.body, "app", app, ctx.sink);
  if (r.Require("region", "region = \"eu-north-1\"")) {
    r.String("region", app.region);
    if (!app.region.empty() && !ValidRegion(app.region)) {
      ctx.sink.Report(Kind::kBadString, app.At("region"), "`" + app.region + "` is not an AWS region name",
                      "regions look like `eu-north-1` or `us-east-1`");
    }
  }
  r.StringMap("tags", app.tags, TagProblem);
  r.Custom("state", [&](Cursor& c) { ReadState(c, app, ctx.sink); });
  r.Bool("production", app.production);
  r.Bool("disposable", app.disposable);
  r.Custom("log_retention", [&](Cursor& c) {
    size_t start = c.Mark();
    auto seconds = c.ExpectDurationSeconds();
    if (!seconds) return;
    base::Range at = c.Since(start);
    static const std::vector<int64_t> allowed = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731,
                                                 1096, 1827, 2192, 2557, 2922, 3288, 3653};
    int64_t days = *seconds / 86400;
    if (*seconds % 86400 != 0 || std::find(allowed.begin(), allowed.end(), days) == allowed.end()) {
      ctx.sink.Report(Kind::kOutOfRange, at, "CloudWatch Logs cannot keep logs for exactly that long",
                      "use one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, "
                      "2192, 2557, 2922, 3288 or 3653 days");
      return;
    }
    app.log_retention_days = static_cast<int>(days);
  });
  r.Bool("access_logs", app.access_logs);
  r.DurationDays("access_log_retention", app.access_log_retention_days, 1, 36500);
  r.Finish();
}

void ReadNetwork(const ast::Block& block, Context& ctx) {
  Network& net = ctx.model.network;
  Name(block, net);
  net.name = "network";
  BlockReader r(block.body, "network", net, ctx.sink);
  r.Cidr("cidr", net.cidr);
  r.Int("zones", net.zones, 1, 6);
  r.Word<NatMode>("nat", net.nat, {{"none", NatMode::kNone}, {"single", NatMode::kSingle}, {"per_zone", NatMode::kPerZone}});
  r.WordList("endpoints", net.endpoints,
             {"ecr", "logs", "s3", "secretsmanager", "ssm", "ssmmessages", "ecs", "kms", "sts", "efs"});
  r.Bool("public", net.public_access);
  r.String("vpc_id", net.vpc_id);
  r.StringList("public_subnets", net.public_subnets);
  r.StringList("private_subnets", net.private_subnets);
  r.StringMap("vpc_tags", net.vpc_tags);
  r.StringMap("private_subnet_tags", net.private_subnet_tags);
  r.StringMap("public_subnet_tags", net.public_subnet_tags);
  r.Finish();
  if (!net.vpc_id.empty() && !net.vpc_tags.empty()) {
    ctx.sink.Report(Kind::kConflict, net.At("vpc_tags"), "`vpc_id` and `vpc_tags` both name the existing VPC",
                    "keep one of them");
  }
  if (net.Existing()) {
    for (const char* key : {"cidr", "zones", "nat", "endpoints", "public"}) {
      if (net.Has(key)) {
        ctx.sink.Report(Kind::kConflict, net.At(key), std::string("`") + key + "` describes a new VPC, but this network uses an existing one",
                        "remove it, or remove `vpc_id`/`vpc_tags` to create a VPC");
      }
    }
    if (net.private_subnets.empty() && net.private_subnet_tags.empty()) {
      ctx.sink.Report(Kind::kMissingAttribute, net.name_range, "an existing network needs its private subnets",
                      "add `private_subnets = [\"subnet-...\", \"subnet-...\"]` or `private_subnet_tags = { tier = \"private\" }`");
    }
  } else {
    for (const char* key : {"public_subnets", "private_subnets", "private_subnet_tags", "public_subnet_tags"}) {
      if (net.Has(key)) {
        ctx.sink.Report(Kind::kConflict, net.At(key), std::string("`") + key + "` needs an existing VPC (`vpc_id` or `vpc_tags`)",
                        "add `vpc_id = \"vpc-...\"`, or remove it to let ecsgen create the subnets");
      }
    }
    if (net.cidr.prefix < 16 || net.cidr.prefix > 24) {
      if (net.Has("cidr")) {
        ctx.sink.Report(Kind::kOutOfRange, net.At("cidr"), "a VPC CIDR must have a prefix from /16 to /24",
                        "AWS allows VPCs between /16 and /28; ecsgen needs room for 2 subnets per zone, e.g. `10.0.0.0/16`");
      }
    }
  }
}

void ReadCluster(const ast::Block& block, Context& ctx) {
  Cluster& cluster = ctx.model.cluster;
  Name(block, cluster);
  cluster.name = "cluster";
  BlockReader r(block.body, "cluster", cluster, ctx.sink);
  r.Bool("insights", cluster.insights);
  r.Bool("exec", cluster.exec);
  r.Custom("capacity", [&](Cursor& c) {
    const ast::Atom* map = c.Take(ast::AtomKind::kMap);
    if (!map) return c.Mismatch("a map like `{ fargate = 1, fargate_spot = 3, base = 1 }`");
    Component holder;
    holder.name_range = map->range;
    BlockReader inner(*map->map, "capacity", holder, ctx.sink);
    inner.Int("fargate", cluster.capacity.fargate, 0, 1000);
    inner.Int("fargate_spot", cluster.capacity.fargate_spot, 0, 1000);
    inner.Int("base", cluster.capacity.base, 0, 100000);
    inner.Finish();
    if (cluster.capacity.fargate == 0 && cluster.capacity.fargate_spot == 0) {
      ctx.sink.Report(Kind::kOutOfRange, map->range, "capacity weights cannot both be 0",
                      "give `fargate` or `fargate_spot` a weight of at least 1");
    }
  });
  r.Finish();
}

void ReadRegistry(const ast::Block& block, Context& ctx) {
  Registry registry;
  Name(block, registry);
  BlockReader r(block.body, "registry " + registry.name, registry, ctx.sink);
  r.Bool("scan_on_push", registry.scan_on_push);
  r.Bool("immutable", registry.immutable);
  r.Int("keep_images", registry.keep_images, 1, 10000);
  r.Finish();
  ctx.model.registries.push_back(std::move(registry));
}

}  // namespace ecsgen::sema
