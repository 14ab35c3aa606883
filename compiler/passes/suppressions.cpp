#include <algorithm>
#include <string>

#include "compiler/base/text.h"
#include "compiler/passes/passes.h"

// `# ecsgen:allow ID reason`: a reviewed exception to one check, written next to the code it excuses.
namespace ecsgen::passes {

using diagnostics::Category;
using diagnostics::Kind;

namespace {

constexpr std::string_view kMarker = "ecsgen:allow";

struct Suppression {
  std::string id;
  std::string reason;
  base::Range range;
  const diagnostics::KindInfo* kind = nullptr;
  bool used = false;
};

std::string Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

bool Suppressible(const diagnostics::KindInfo& info) {
  return info.category == Category::kSecurity || info.category == Category::kCorrectness ||
         info.category == Category::kReliability || info.category == Category::kCost;
}

std::vector<std::string> CheckIds() {
  std::vector<std::string> ids;
  for (const auto& info : diagnostics::AllKinds()) {
    if (Suppressible(info)) ids.emplace_back(info.id);
  }
  return ids;
}

// The suppressions among the comments; malformed ones are reported and left out.
std::vector<Suppression> Parse(const std::vector<ast::Comment>& comments, diagnostics::DiagnosticSink& sink) {
  std::vector<Suppression> out;
  for (const auto& comment : comments) {
    std::string text = Trim(comment.text);
    if (text.rfind(kMarker, 0) != 0) continue;
    std::string rest = Trim(std::string_view(text).substr(kMarker.size()));
    size_t space = rest.find_first_of(" \t");
    Suppression s;
    s.id = rest.substr(0, space);
    s.reason = space == std::string::npos ? "" : Trim(std::string_view(rest).substr(space));
    s.range = comment.range;
    s.kind = diagnostics::FindKind(s.id);
    if (s.id.empty()) {
      sink.Report(Kind::kUnknownSuppression, s.range, "`ecsgen:allow` names no check",
                  "write `# ecsgen:allow CHECK-ID reason`; `ecsgen check --list` lists the IDs");
      continue;
    }
    if (!s.kind || !Suppressible(*s.kind)) {
      std::string message = s.kind ? "`" + s.id + "` is not a check and cannot be suppressed"
                                   : "`" + s.id + "` is not a check ID" + base::DidYouMean(s.id, CheckIds());
      sink.Report(Kind::kUnknownSuppression, s.range, message,
                  s.kind ? "fix the error instead; only security, correctness, reliability and cost checks can be allowed"
                         : "`ecsgen check --list` lists every check ID");
      continue;
    }
    if (s.reason.empty()) {
      sink.Report(Kind::kSuppressionReason, s.range, "suppression of `" + s.id + "` gives no reason",
                  "say why the exception is safe: `# ecsgen:allow " + s.id + " <reason>`");
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

// A comment on line L covers a diagnostic on line L (end of line) or L + 1 (the line above).
bool Covers(const Suppression& s, const diagnostics::Diagnostic& d) {
  if (&Info(d.kind) != s.kind) return false;
  uint32_t line = d.range.begin.line;
  return line == s.range.begin.line || line == s.range.begin.line + 1;
}

}  // namespace

void ApplySuppressions(const std::vector<ast::Comment>& comments, diagnostics::DiagnosticSink& sink, bool report_unused) {
  std::vector<Suppression> suppressions = Parse(comments, sink);
  auto& diagnostics = sink.mutable_diagnostics();
  diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                   [&](const diagnostics::Diagnostic& d) {
                                     bool suppressed = false;
                                     for (auto& s : suppressions) {
                                       if (Covers(s, d)) suppressed = s.used = true;
                                     }
                                     return suppressed;
                                   }),
                    diagnostics.end());
  if (!report_unused) return;
  for (const auto& s : suppressions) {
    if (s.used) continue;
    sink.Report(Kind::kUnusedSuppression, s.range, "suppression of `" + s.id + "` matches no diagnostic",
                "remove the comment, or move it onto or above the line that `" + s.id + "` reports");
  }
}

void MergeSuppressionUse(diagnostics::DiagnosticSink& base, diagnostics::DiagnosticSink& overlay) {
  auto unused = [](const diagnostics::Diagnostic& d) { return d.kind == Kind::kUnusedSuppression; };
  auto& in_base = base.mutable_diagnostics();
  auto& in_overlay = overlay.mutable_diagnostics();
  in_base.erase(std::remove_if(in_base.begin(), in_base.end(),
                               [&](const diagnostics::Diagnostic& d) {
                                 return unused(d) && std::none_of(in_overlay.begin(), in_overlay.end(), [&](const auto& o) {
                                          return unused(o) && o.range == d.range;
                                        });
                               }),
                in_base.end());
  in_overlay.erase(std::remove_if(in_overlay.begin(), in_overlay.end(), unused), in_overlay.end());
}

}  // namespace ecsgen::passes
