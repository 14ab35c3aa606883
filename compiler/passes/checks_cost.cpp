#include "compiler/passes/registry.h"

// Cost checks: informational notes about settings that cost money for little benefit.
namespace ecsgen::passes {

using diagnostics::Kind;

namespace {

// A NAT gateway-month in us-east-1 (0.045 USD an hour); data processing comes on top.
constexpr int kNatMonthUsd = 32;

void NatPerZone(const CheckContext& c) {
  const ir::Network& net = c.app.network;
  if (net.existing || net.nat != ir::Network::Nat::kPerZone || net.zones < 2) return;
  c.Report(Kind::kNatPerZone, c.Where(c.model.network, "nat"),
           Plural(net.zones, "NAT gateway") + " cost about " + std::to_string(net.zones * kNatMonthUsd) + " USD a month",
           "`nat = single` costs about " + std::to_string(kNatMonthUsd) + " USD a month (" +
               std::to_string((net.zones - 1) * kNatMonthUsd) + " USD less, plus 0.045 USD/GB processed either way) "
               "but loses outbound traffic when its zone fails; keep per_zone if that matters");
}

void NatUnused(const CheckContext& c) {
  const ir::Network& net = c.app.network;
  // Only a written network block: a file of a single database or bucket is not worth a note.
  if (net.existing || net.nat == ir::Network::Nat::kNone || !c.model.network.name_range.valid()) return;
  if (!c.model.services.empty() || !c.model.tasks.empty() || !c.model.pipelines.empty()) return;
  c.Report(Kind::kNatUnused, c.Where(c.model.network, "nat"), "the NAT gateway serves no service, task or pipeline",
           "set `nat = none` to save about " + std::to_string(kNatMonthUsd) + " USD a month");
}

void MultiAzNonProduction(const CheckContext& c) {
  if (c.app.production) return;
  for (const auto& db : c.model.databases) {
    if (!db.multi_az) continue;
    c.Report(Kind::kMultiAzNonProduction, c.Where(db, "multi_az"), "non-production database `" + db.name +
             "` pays for a standby", "set `multi_az = true` only in the production env overlay");
  }
}

}  // namespace

const std::vector<Check>& CostChecks() {
  static const std::vector<Check> checks = {
      {Kind::kNatPerZone, NatPerZone},
      {Kind::kNatUnused, NatUnused},
      {Kind::kMultiAzNonProduction, MultiAzNonProduction},
  };
  return checks;
}

}  // namespace ecsgen::passes
