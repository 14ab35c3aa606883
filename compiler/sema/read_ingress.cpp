#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// The ingress reader: load balancer kind, TLS, and routes to services.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

// `route "/api/*" -> api` or `route "api.example.com/v1/*" -> api`.
std::optional<Route> ReadRoute(const ast::Statement& statement, Context& ctx) {
  Cursor c(statement.args, statement.range, "route", ctx.sink);
  Route route;
  route.range = statement.range;
  base::Range pattern_range = c.Here();
  auto pattern = c.ExpectString();
  if (!pattern) return std::nullopt;
  if (!c.Take(ast::AtomKind::kArrow)) {
    c.Mismatch("`-> SERVICE` after the path");
    return std::nullopt;
  }
  const ast::Atom* target = c.Peek();
  if (!target || target->kind != ast::AtomKind::kPath) {
    c.Mismatch("a service name");
    return std::nullopt;
  }
  c.Take(ast::AtomKind::kPath);
  auto service = ctx.ResolveName(*target, ComponentKind::kService, "route");
  if (!c.Finish("`route \"/path\" -> SERVICE`") || !service) return std::nullopt;
  size_t slash = pattern->find('/');
  if (slash == std::string::npos) {
    ctx.sink.Report(Kind::kBadString, pattern_range, "route `" + *pattern + "` has no path",
                    "write a path starting with `/`, optionally after a host: `\"api.example.com/*\"`");
    return std::nullopt;
  }
  route.host = pattern->substr(0, slash);
  route.path = pattern->substr(slash);
  bool bad_char = pattern->find_first_of(" \t\"") != std::string::npos;
  size_t star = route.path.find('*');
  if (bad_char || (star != std::string::npos && star + 1 != route.path.size()) || route.path.size() > 128) {
    ctx.sink.Report(Kind::kBadString, pattern_range, "route path `" + route.path + "` is not a valid path pattern",
                    "use `/exact`, `/prefix/*` or `/`; `*` only at the end; at most 128 characters");
    return std::nullopt;
  }
  route.service = *service;
  return route;
}

}  // namespace

void ReadIngress(const ast::Block& block, Context& ctx) {
  Ingress ingress;
  Name(block, ingress);
  BlockReader r(block.body, "ingress " + ingress.name, ingress, ctx.sink);
  r.Word<IngressKind>("kind", ingress.kind, {{"alb", IngressKind::kAlb}, {"nlb_apigw", IngressKind::kNlbApiGw},
                                             {"cloudfront", IngressKind::kCloudFront}});
  r.Bool("internal", ingress.internal);
  r.Custom("certificate", [&](Cursor& c) {
    base::Range at = c.Here();
    auto arn = c.ExpectString();
    if (!arn) return;
    if (arn->rfind("arn:aws", 0) != 0 || arn->find(":acm:") == std::string::npos) {
      ctx.sink.Report(Kind::kBadString, at, "`certificate` must be an ACM certificate ARN",
                      "write `certificate = \"arn:aws:acm:REGION:ACCOUNT:certificate/ID\"`");
      return;
    }
    ingress.certificate = *arn;
  });
  r.Bool("redirect_http", ingress.redirect_http);
  r.Word<ApiKind>("api", ingress.api, {{"rest", ApiKind::kRest}, {"http", ApiKind::kHttp}});
  r.Bool("waf", ingress.waf);
  r.StringList("aliases", ingress.aliases);
  r.DurationSeconds("idle_timeout", ingress.idle_timeout, 1, 4000);
  r.Bool("access_logs", ingress.access_logs);
  for (const ast::Statement* statement : r.Statements("route")) {
    // Recorded even when the route is invalid, so that "has no routes" is not said of a written one.
    ingress.attribute_ranges.try_emplace("route", statement->range);
    if (auto route = ReadRoute(*statement, ctx)) ingress.routes.push_back(*route);
  }
  r.Finish();
  if (ingress.kind != IngressKind::kAlb && ingress.Has("internal")) {
    ctx.sink.Report(Kind::kConflict, ingress.At("internal"), "`internal` applies to `kind = alb` only",
                    "nlb_apigw and cloudfront ingresses always use an internal load balancer");
  }
  if (ingress.kind != IngressKind::kNlbApiGw && ingress.Has("api")) {
    ctx.sink.Report(Kind::kConflict, ingress.At("api"), "`api` applies to `kind = nlb_apigw` only", "remove it");
  }
  if (ingress.kind != IngressKind::kCloudFront && (ingress.Has("waf") || ingress.Has("aliases"))) {
    ctx.sink.Report(Kind::kConflict, ingress.At(ingress.Has("waf") ? "waf" : "aliases"),
                    "`waf` and `aliases` apply to `kind = cloudfront` only", "remove it, or use `kind = cloudfront`");
  }
  ctx.model.ingresses.push_back(std::move(ingress));
}

}  // namespace ecsgen::sema
