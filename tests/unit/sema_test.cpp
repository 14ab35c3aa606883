#include <catch2/catch.hpp>

#include "compiler/sema/analyze.h"
#include "compiler/sema/overlay.h"
#include "unit_helpers.h"

using namespace ecsgen;
using testing::Ids;
using testing::Parse;

namespace {

const char* kApp = "app shop {\n  region = \"eu-north-1\"\n}\n";

// Parses and analyses `text` (with the overlay `env` applied when not empty).
std::optional<sema::Model> Analyze(const std::string& text, diagnostics::DiagnosticSink& sink,
                                   const std::string& env = "") {
  auto unit = Parse(text);
  REQUIRE(Ids(unit->sink).empty());
  return sema::Analyze(unit->ast, "test.ecs", env, sink);
}

const ast::Block& BlockNamed(const ast::Body& body, const std::string& kind, const std::string& label) {
  for (const auto& block : body.blocks) {
    if (block.kind == kind && block.label == label) return block;
  }
  FAIL("no block " << kind << " " << label);
  return body.blocks.front();
}

std::string Attribute(const ast::Body& body, const std::string& key) {
  for (const auto& attribute : body.attributes) {
    if (attribute.key == key) return attribute.value.atoms.empty() ? "" : attribute.value.atoms[0].text;
  }
  return "<absent>";
}

}  // namespace

TEST_CASE("defaults fill everything the file leaves out") {
  diagnostics::DiagnosticSink sink;
  auto model = Analyze(std::string(kApp) +
                           "service web { image = \"nginx:1.27\" }\n"
                           "database db { engine = mysql }\n"
                           "volume dags { }\n"
                           "cache sessions { }\n"
                           "secret key { generate = 32 }\n"
                           "registry web { }\n",
                       sink);
  REQUIRE(Ids(sink).empty());
  REQUIRE(model);
  CHECK(model->network.cidr.ToString() == "10.0.0.0/16");
  CHECK(model->network.zones == 2);
  CHECK(model->network.nat == sema::NatMode::kSingle);
  CHECK(model->cluster.insights);
  CHECK(model->app.log_retention_days == 30);
  CHECK_FALSE(model->app.production);
  const sema::Service& web = model->services.at(0);
  CHECK(web.cpu == 256);
  CHECK(web.memory == 512);
  CHECK(web.desired == 1);
  CHECK(web.architecture == "X86_64");
  CHECK(web.deployment.min_healthy == 100);
  CHECK(web.deployment.max_percent == 200);
  CHECK(web.deployment.circuit_breaker);
  CHECK(web.main.essential);
  CHECK(web.main.image.uri == "nginx:1.27");
  const sema::Database& db = model->databases.at(0);
  CHECK(db.engine == sema::DbEngine::kMysql);
  CHECK(db.version == "8.4.7");
  CHECK(db.username == "app");
  CHECK(db.storage_min == 20);
  CHECK(db.deletion_protection);
  CHECK(model->volumes.at(0).path == "/dags");
  CHECK(model->volumes.at(0).uid == 1000);
  CHECK(model->caches.at(0).engine == sema::CacheEngine::kValkey);
  CHECK(model->caches.at(0).version == "7.2");
  CHECK(model->secrets.at(0).store == sema::SecretStore::kSecretsManager);
  CHECK(model->registries.at(0).scan_on_push);
  CHECK(model->registries.at(0).immutable);
  CHECK(model->registries.at(0).keep_images == 30);
}

TEST_CASE("values are normalised: sizes to MiB, durations to seconds or days") {
  diagnostics::DiagnosticSink sink;
  auto model = Analyze(std::string(kApp) +
                           "service web {\n  image = \"nginx\"\n  cpu = 1024\n  memory = 3 GiB\n  grace = 2 m\n"
                           "  scale = 2..10 on requests 500\n  port = 80\n}\n"
                           "ingress public { route \"/\" -> web }\n"
                           "bucket logs { expire = 30 days }\n",
                       sink);
  REQUIRE(Ids(sink).empty());
  const sema::Service& web = model->services.at(0);
  CHECK(web.memory == 3072);
  CHECK(web.deployment.grace_period == 120);
  REQUIRE(web.scale);
  CHECK(web.scale->min == 2);
  CHECK(web.scale->max == 10);
  CHECK(web.scale->metric == sema::ScaleMetric::kRequests);
  CHECK(web.scale->target == 500);
  CHECK(model->buckets.at(0).expire_days == 30);
}

TEST_CASE("attribute ranges point at the written value, defaults at the name") {
  diagnostics::DiagnosticSink sink;
  auto model = Analyze(std::string(kApp) + "service web {\n  image = \"nginx\"\n  cpu = 512\n  memory = 1 GiB\n}\n", sink);
  REQUIRE(Ids(sink).empty());
  const sema::Service& web = model->services.at(0);
  CHECK(web.At("memory") == base::Range{{7, 12}, {7, 17}});
  CHECK(web.At("desired") == web.name_range);
  CHECK(web.name_range == base::Range{{4, 9}, {4, 12}});
}

TEST_CASE("overlay: attributes replace by key, new keys are added") {
  auto base = Parse("service web {\n  cpu = 256\n  port = 80\n}\n");
  auto overlay = Parse("service web {\n  cpu = 1024\n  desired = 3\n}\n");
  diagnostics::DiagnosticSink sink;
  ast::Body merged = sema::ApplyOverlay(base->ast.body, overlay->ast.body, sink);
  REQUIRE(Ids(sink).empty());
  const ast::Block& web = BlockNamed(merged, "service", "web");
  CHECK(Attribute(web.body, "cpu") == "1024");
  CHECK(Attribute(web.body, "port") == "80");
  CHECK(Attribute(web.body, "desired") == "3");
  CHECK(web.body.attributes.size() == 3);
}

TEST_CASE("overlay: statements replace all base statements of the same keyword") {
  auto base = Parse("ingress public {\n  route \"/\" -> web\n  route \"/api/*\" -> api\n  kind = alb\n}\n");
  auto overlay = Parse("ingress public {\n  route \"/\" -> web2\n}\n");
  diagnostics::DiagnosticSink sink;
  ast::Body merged = sema::ApplyOverlay(base->ast.body, overlay->ast.body, sink);
  const ast::Block& ingress = BlockNamed(merged, "ingress", "public");
  REQUIRE(ingress.body.statements.size() == 1);
  CHECK(ingress.body.statements[0].args.back().text == "web2");
  CHECK(Attribute(ingress.body, "kind") == "alb");
}

TEST_CASE("overlay: nested blocks merge by kind and name; new nested blocks are added") {
  auto base = Parse("service web {\n  container envoy { cpu = 64 }\n}\n");
  auto overlay = Parse("service web {\n  container envoy { memory = 128 MiB }\n  container xray { cpu = 32 }\n}\n");
  diagnostics::DiagnosticSink sink;
  ast::Body merged = sema::ApplyOverlay(base->ast.body, overlay->ast.body, sink);
  REQUIRE(Ids(sink).empty());
  const ast::Block& web = BlockNamed(merged, "service", "web");
  REQUIRE(web.body.blocks.size() == 2);
  const ast::Block& envoy = BlockNamed(web.body, "container", "envoy");
  CHECK(Attribute(envoy.body, "cpu") == "64");
  CHECK(Attribute(envoy.body, "memory") == "128");
  CHECK(Attribute(BlockNamed(web.body, "container", "xray").body, "cpu") == "32");
}

TEST_CASE("overlay: an unnamed app, network or cluster means the file's one") {
  auto base = Parse("app shop { region = \"eu-north-1\" }\nnetwork { zones = 2 }\n");
  auto overlay = Parse("app { production = true }\nnetwork { zones = 3 }\n");
  diagnostics::DiagnosticSink sink;
  ast::Body merged = sema::ApplyOverlay(base->ast.body, overlay->ast.body, sink);
  REQUIRE(Ids(sink).empty());
  REQUIRE(merged.blocks.size() == 2);
  CHECK(Attribute(BlockNamed(merged, "app", "shop").body, "production") == "true");
  CHECK(Attribute(merged.blocks[1].body, "zones") == "3");
}

TEST_CASE("overlay: a top-level component the base file lacks is an overlay-target error") {
  auto base = Parse("service web { cpu = 256 }\n");
  auto overlay = Parse("service api { cpu = 512 }\n");
  diagnostics::DiagnosticSink sink;
  ast::Body merged = sema::ApplyOverlay(base->ast.body, overlay->ast.body, sink);
  CHECK(Ids(sink) == "overlay-target");
  CHECK(sink.diagnostics()[0].range.begin == base::Position{1, 1});
  CHECK(merged.blocks.size() == 1);
}

TEST_CASE("an env named prod makes the app production; the overlay's values win") {
  diagnostics::DiagnosticSink sink;
  std::string text = std::string(kApp) +
                     "service web { image = \"nginx\"  cpu = 256  memory = 512 MiB }\n"
                     "env prod { service web { cpu = 1024  memory = 2 GiB } }\n"
                     "env dev { service web { desired = 1 } }\n";
  auto prod = Analyze(text, sink, "prod");
  REQUIRE(Ids(sink).empty());
  CHECK(prod->app.production);
  CHECK(prod->services.at(0).cpu == 1024);
  auto dev = Analyze(text, sink, "dev");
  CHECK_FALSE(dev->app.production);
  CHECK(dev->services.at(0).cpu == 256);
  auto base = Analyze(text, sink);
  CHECK(base->services.at(0).memory == 512);
  CHECK(Ids(sink).empty());
  CHECK(sema::EnvNames(Parse(text)->ast) == std::vector<std::string>{"prod", "dev"});
}

TEST_CASE("registries have a namespace of their own") {
  diagnostics::DiagnosticSink sink;
  auto model = Analyze(std::string(kApp) +
                           "registry web { }\n"
                           "service web { image = registry.web:\"1.0\" }\n",
                       sink);
  REQUIRE(Ids(sink).empty());
  CHECK(model->services.at(0).main.image.registry == "web");
  CHECK(model->services.at(0).main.image.tag == "1.0");
}

TEST_CASE("other kinds share one namespace") {
  diagnostics::DiagnosticSink sink;
  Analyze(std::string(kApp) + "service web { image = \"nginx\" }\nbucket web { }\n", sink);
  REQUIRE(Ids(sink) == "duplicate-name");
  CHECK(sink.diagnostics()[0].message == "the name `web` is already used by a service");
}

TEST_CASE("a plain reference never finds a registry, and registry.NAME only finds registries") {
  diagnostics::DiagnosticSink sink;
  Analyze(std::string(kApp) +
              "registry cache { }\n"
              "service web {\n  image = registry.web:\"1\"\n  secrets = { X = cache }\n}\n",
          sink);
  CHECK(Ids(sink) == "unknown-reference unknown-reference");
  CHECK(sink.diagnostics()[0].message == "no registry named `web`");
  CHECK(sink.diagnostics()[1].message.rfind("no component named `cache`", 0) == 0);
}

TEST_CASE("POSIX ids up to 2^32-1 are kept whole") {
  diagnostics::DiagnosticSink sink;
  auto model = Analyze(std::string(kApp) + "volume dags { owner = 4294967295:0 }\n", sink);
  REQUIRE(Ids(sink).empty());
  REQUIRE(model);
  CHECK(model->volumes.at(0).uid == 4294967295LL);
  CHECK(model->volumes.at(0).gid == 0);
}
