#include <algorithm>

#include "compiler/ir/names.h"
#include "compiler/passes/registry.h"

// Reliability checks: what turns a routine failure (a zone, a task, a bad deploy) into an outage in production.
namespace ecsgen::passes {

using diagnostics::Kind;

namespace {

const sema::Service* ModelService(const CheckContext& c, const ir::Service& s) {
  for (const auto& candidate : c.model.services) {
    if (ir::Id(candidate.name) == s.id) return &candidate;
  }
  return nullptr;
}

void DbSingleAz(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& db : c.model.databases) {
    if (db.multi_az) continue;
    c.Report(Kind::kDbSingleAz, c.Where(db, "multi_az"), "production database `" + db.name + "` runs in one zone",
             "set `multi_az = true` for a standby with automatic failover");
  }
}

void NoCircuitBreaker(const CheckContext& c) {
  for (const auto& s : c.app.services) {
    if (s.circuit_breaker) continue;
    const sema::Service* m = ModelService(c, s);
    c.Report(Kind::kNoCircuitBreaker, m ? m->At("circuit_breaker") : s.origin, "`" + s.name + "` deploys without a circuit breaker",
             "remove `circuit_breaker = false`; failed deployments then roll back on their own");
  }
}

int MinTasks(const ir::Service& s) { return s.scale ? std::max(s.desired, s.scale->first) : s.desired; }

void SingleTask(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& s : c.app.services) {
    if (MinTasks(s) != 1 || s.spot) continue;  // spot-single reports the Spot case
    const sema::Service* m = ModelService(c, s);
    base::Range at = m && m->scale ? m->scale->range : m ? m->At("desired") : s.origin;
    c.Report(Kind::kSingleTask, at, "production service `" + s.name + "` runs one task",
             "set `desired = 2` or `scale = 2..N on cpu 60%` so tasks spread over two zones");
  }
}

void SpotSingle(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& s : c.app.services) {
    if (MinTasks(s) != 1 || !s.spot) continue;
    const sema::Service* m = ModelService(c, s);
    c.Report(Kind::kSpotSingle, m ? m->At("spot") : s.origin, "production service `" + s.name + "` runs one task on Fargate Spot",
             "run 2 or more tasks (`desired = 2`), or remove `spot = true`");
  }
}

void CacheNoReplica(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& cache : c.model.caches) {
    if (cache.replicas > 0) continue;
    c.Report(Kind::kCacheNoReplica, c.Where(cache, "replicas"), "production cache `" + cache.name + "` has no replica",
             "set `replicas = 1` or more for automatic failover");
  }
}

void DbBackupShort(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& db : c.model.databases) {
    if (db.backup_days >= 7) continue;
    c.Report(Kind::kDbBackupShort, c.Where(db, "backups"), "production database `" + db.name + "` keeps backups for " +
             Plural(db.backup_days, "day"), "set `backups = 7 days` or more");
  }
}

void MinHealthyZero(const CheckContext& c) {
  if (!c.app.production) return;
  for (const auto& s : c.app.services) {
    if (s.min_healthy > 0) continue;
    const sema::Service* m = ModelService(c, s);
    c.Report(Kind::kMinHealthyZero, m ? m->At("min_healthy") : s.origin, "deployments of `" + s.name + "` may stop every task",
             "set `min_healthy = 50%` or more");
  }
}

void DbDeletionProtection(const CheckContext& c) {
  if (!c.app.production || c.app.disposable) return;
  for (const auto& db : c.model.databases) {
    if (db.deletion_protection) continue;
    c.Report(Kind::kDbDeletionProtection, c.Where(db, "deletion_protection"), "production database `" + db.name +
             "` has no deletion protection", "remove `deletion_protection = false`");
  }
}

void LogRetentionShort(const CheckContext& c) {
  if (!c.app.production || c.model.app.log_retention_days >= 30) return;
  c.Report(Kind::kLogRetentionShort, c.Where(c.model.app, "log_retention"), "production logs are kept for " +
           Plural(c.model.app.log_retention_days, "day"), "set `log_retention = 30 days` or more");
}

}  // namespace

const std::vector<Check>& ReliabilityChecks() {
  static const std::vector<Check> checks = {
      {Kind::kDbSingleAz, DbSingleAz},         {Kind::kNoCircuitBreaker, NoCircuitBreaker},
      {Kind::kSingleTask, SingleTask},         {Kind::kSpotSingle, SpotSingle},
      {Kind::kCacheNoReplica, CacheNoReplica}, {Kind::kDbBackupShort, DbBackupShort},
      {Kind::kMinHealthyZero, MinHealthyZero}, {Kind::kDbDeletionProtection, DbDeletionProtection},
      {Kind::kLogRetentionShort, LogRetentionShort},
  };
  return checks;
}

}  // namespace ecsgen::passes
