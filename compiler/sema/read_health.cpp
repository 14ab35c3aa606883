#include <regex>

#include "compiler/sema/cursor.h"
#include "compiler/sema/readers.h"

// The load balancer health check of a service: a path and optional clauses in any order.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

// `200`, `200,204`, `200-299` or a mix: what both ALB and NLB accept as a matcher, limited to the
// 200..499 codes an ALB allows (an NLB allows up to 599, but a service that answers 5xx is not healthy).
bool ValidCodes(const std::string& codes) {
  static const std::regex shape("^[0-9]{3}(-[0-9]{3})?(,[0-9]{3}(-[0-9]{3})?)*$");
  if (!std::regex_match(codes, shape)) return false;
  static const std::regex code("[0-9]{3}");
  for (auto it = std::sregex_iterator(codes.begin(), codes.end(), code); it != std::sregex_iterator(); ++it) {
    int value = std::stoi(it->str());  // three digits: cannot throw
    if (value < 200 || value > 499) return false;
  }
  return true;
}

}  // namespace

void ReadHealth(Cursor& c, HealthCheck& health, diagnostics::DiagnosticSink& sink) {
  base::Range at = c.Here();
  auto path = c.ExpectString();
  if (!path) return;
  if (path->empty() || (*path)[0] != '/') {
    sink.Report(Kind::kBadString, at, "health check path must start with `/`", "write e.g. `health = \"/health\"`");
    return;
  }
  health.path = *path;
  health.written = true;
  std::vector<std::string> seen;
  base::Range timeout_at;
  static const std::vector<std::string> clauses = {"every", "timeout", "healthy", "unhealthy", "codes"};
  HealthCheck repeated;  // a repeated clause is reported, and its value read into this and dropped
  while (!c.AtEnd() && !c.failed()) {
    base::Range clause_at = c.Here();
    auto clause = c.ExpectWord(clauses);
    if (!clause) return;
    HealthCheck* into = &health;
    if (std::find(seen.begin(), seen.end(), *clause) != seen.end()) {
      sink.Report(Kind::kDuplicateAttribute, clause_at, "`" + *clause + "` is given twice in `health`", "keep one");
      into = &repeated;
    }
    seen.push_back(*clause);
    if (*clause == "every") {
      if (auto v = c.ExpectSecondsIn(5, 300, "every")) into->interval = static_cast<int>(*v);
    } else if (*clause == "timeout") {
      if (into == &health) timeout_at = c.Here();
      if (auto v = c.ExpectSecondsIn(2, 120, "timeout")) into->timeout = static_cast<int>(*v);
    } else if (*clause == "codes") {
      base::Range codes_at = c.Here();
      auto codes = c.ExpectString();
      if (!codes) return;
      if (!ValidCodes(*codes)) {
        sink.Report(Kind::kBadString, codes_at, "`" + *codes + "` is not a list of HTTP codes from 200 to 499",
                    "write e.g. `codes \"200\"`, `codes \"200,204\"` or `codes \"200-299\"`");
        return;
      }
      into->codes = *codes;
    } else {
      auto count = c.ExpectInt(2, 10);
      if (!count) return;
      (*clause == "healthy" ? into->healthy_threshold : into->unhealthy_threshold) = static_cast<int>(*count);
    }
  }
  // A check that may take as long as the pause between checks would overlap the next one.
  if (health.timeout >= health.interval) {
    sink.Report(Kind::kOutOfRange, timeout_at.valid() ? timeout_at : at,
                "the health check `timeout` (" + std::to_string(health.timeout) + "s) must be shorter than its interval (" +
                    std::to_string(health.interval) + "s)",
                "lower `timeout` or raise `every`");
  }
}

}  // namespace ecsgen::sema
