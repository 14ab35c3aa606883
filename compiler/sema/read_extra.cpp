#include <algorithm>
#include <regex>

#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// Readers for cache, stream, bucket, bastion and pipeline.
namespace ecsgen::sema {

using diagnostics::Kind;

void ReadCache(const ast::Block& block, Context& ctx) {
  Cache cache;
  Name(block, cache);
  BlockReader r(block.body, "cache " + cache.name, cache, ctx.sink);
  cache.version = "7.2";
  r.Custom("engine", [&](Cursor& c) {
    auto engine = c.ExpectWord({"redis", "valkey"});
    if (!engine) return;
    cache.engine = *engine == "redis" ? CacheEngine::kRedis : CacheEngine::kValkey;
    cache.version = cache.engine == CacheEngine::kRedis ? "7.1" : "7.2";
    if (c.PeekIs(ast::AtomKind::kString)) {
      if (auto version = c.ExpectVersion("7.1")) cache.version = *version;
    }
  });
  r.Custom("node_type", [&](Cursor& c) {
    base::Range at = c.Here();
    auto type = c.ExpectString();
    if (!type) return;
    if (type->rfind("cache.", 0) != 0) {
      ctx.sink.Report(Kind::kBadString, at, "`" + *type + "` is not an ElastiCache node type", "write e.g. `\"cache.t4g.small\"`");
      return;
    }
    cache.node_type = *type;
  });
  r.Int("replicas", cache.replicas, 0, 5);
  ReadAllows(r, cache.allows, ctx);
  r.Finish();
  ctx.model.caches.push_back(std::move(cache));
}

void ReadStream(const ast::Block& block, Context& ctx) {
  Stream stream;
  Name(block, stream);
  BlockReader r(block.body, "stream " + stream.name, stream, ctx.sink);
  r.String("kafka_version", stream.kafka_version);
  r.Custom("broker_type", [&](Cursor& c) {
    base::Range at = c.Here();
    auto type = c.ExpectString();
    if (!type) return;
    if (type->rfind("kafka.", 0) != 0) {
      ctx.sink.Report(Kind::kBadString, at, "`" + *type + "` is not an MSK broker type", "write e.g. `\"kafka.m5.large\"`");
      return;
    }
    stream.broker_type = *type;
  });
  r.Int("brokers", stream.brokers, 1, 30);
  r.SizeGiB("storage", stream.storage, 1, 16384);
  ReadAllows(r, stream.allows, ctx);
  r.Finish();
  ctx.model.streams.push_back(std::move(stream));
}

void ReadBucket(const ast::Block& block, Context& ctx) {
  Bucket bucket;
  Name(block, bucket);
  BlockReader r(block.body, "bucket " + bucket.name, bucket, ctx.sink);
  r.Bool("versioning", bucket.versioning);
  r.DurationDays("expire", bucket.expire_days, 1, 36500);
  r.Bool("access_logs", bucket.access_logs);
  r.Finish();
  ctx.model.buckets.push_back(std::move(bucket));
}

void ReadBastion(const ast::Block& block, Context& ctx) {
  if (ctx.model.bastion) {
    auto& d = ctx.sink.Report(Kind::kDuplicateBlock, block.kind_range, "only one bastion is supported", "remove one");
    d.notes.push_back({ctx.model.bastion->name_range, "first bastion here"});
    return;
  }
  Bastion bastion;
  Name(block, bastion);
  BlockReader r(block.body, "bastion " + bastion.name, bastion, ctx.sink);
  r.Require("ssh_from", "ssh_from = [203.0.113.0/24]");
  r.Custom("ssh_from", [&](Cursor& c) {
    const ast::Atom* list = c.Take(ast::AtomKind::kList);
    if (!list) return c.Mismatch("a list of CIDRs like `[203.0.113.0/24]`");
    for (const auto& item : list->items) {
      Cursor inner(item, "ssh_from", ctx.sink);
      auto cidr = inner.ExpectCidr();
      if (!cidr || !inner.FinishItem("one CIDR")) continue;
      bool again = std::any_of(bastion.ssh_from.begin(), bastion.ssh_from.end(),
                               [&](const sema::Cidr& earlier) { return earlier.ToString() == cidr->ToString(); });
      if (again) {
        ctx.sink.Report(Kind::kDuplicateAttribute, item.range, cidr->ToString() + " is listed twice in `ssh_from`",
                        "remove the repetition");
        continue;
      }
      bastion.ssh_from.push_back(*cidr);
    }
    if (list->items.empty()) {
      ctx.sink.Report(Kind::kOutOfRange, list->range, "`ssh_from` is empty", "list the networks allowed to connect, e.g. `[203.0.113.0/24]`");
    }
  });
  r.Custom("instance_type", [&](Cursor& c) {
    base::Range at = c.Here();
    auto type = c.ExpectString();
    if (!type) return;
    static const std::regex pattern("^[a-z][a-z0-9-]*\\.[a-z0-9]+$");
    if (!std::regex_match(*type, pattern)) {
      ctx.sink.Report(Kind::kBadString, at, "`" + *type + "` is not an EC2 instance type", "write e.g. `\"t3.micro\"`");
      return;
    }
    bastion.instance_type = *type;
  });
  r.Bool("allow_world", bastion.allow_world);
  r.Custom("reaches", [&](Cursor& c) {
    const ast::Atom* list = c.Take(ast::AtomKind::kList);
    if (!list) return c.Mismatch("a list of databases like `[db]`");
    for (const auto& item : list->items) {
      Cursor inner(item, "reaches", ctx.sink);
      const ast::Atom* atom = inner.Peek();
      if (!atom || atom->kind != ast::AtomKind::kPath) {
        inner.Mismatch("a database name");
        continue;
      }
      inner.Take(ast::AtomKind::kPath);
      auto name = ctx.ResolveName(*atom, ComponentKind::kDatabase, "reaches");
      if (!inner.FinishItem("one database name") || !name) continue;
      if (std::find(bastion.reaches.begin(), bastion.reaches.end(), *name) != bastion.reaches.end()) {
        ctx.sink.Report(Kind::kDuplicateAttribute, item.range, "`" + *name + "` is listed twice in `reaches`",
                        "remove the repetition");
        continue;
      }
      bastion.reaches.push_back(*name);
    }
  });
  r.Finish();
  ctx.model.bastion = std::move(bastion);
}

void ReadPipeline(const ast::Block& block, Context& ctx) {
  Pipeline pipeline;
  Name(block, pipeline);
  BlockReader r(block.body, "pipeline " + pipeline.name, pipeline, ctx.sink);
  auto name_of = [&](std::string_view key, ComponentKind kind, std::string& out) {
    r.Custom(key, [&](Cursor& c) {
      const ast::Atom* atom = c.Peek();
      if (!atom || atom->kind != ast::AtomKind::kPath) return c.Mismatch("a " + std::string(KindName(kind)) + " name");
      c.Take(ast::AtomKind::kPath);
      if (auto name = ctx.ResolveName(*atom, kind, key)) out = *name;
    });
  };
  r.Require("service", "service = web");
  r.Require("registry", "registry = web");
  r.Require("source", "source = sources");
  name_of("service", ComponentKind::kService, pipeline.service);
  name_of("registry", ComponentKind::kRegistry, pipeline.registry);
  name_of("source", ComponentKind::kBucket, pipeline.source_bucket);
  r.String("source_key", pipeline.source_key);
  r.Word<std::string>("compute", pipeline.compute, {{"small", "BUILD_GENERAL1_SMALL"}, {"medium", "BUILD_GENERAL1_MEDIUM"},
                                                      {"large", "BUILD_GENERAL1_LARGE"}});
  r.Finish();
  ctx.model.pipelines.push_back(std::move(pipeline));
}

}  // namespace ecsgen::sema
