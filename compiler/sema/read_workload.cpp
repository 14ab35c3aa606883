#include <map>
#include <regex>

#include "compiler/base/text.h"
#include "compiler/sema/analyze.h"
#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// Readers for services, tasks and their containers.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

void ReadImage(Cursor& c, Image& image, Context& ctx) {
  image.range = c.Here();
  if (auto* literal = c.Take(ast::AtomKind::kString)) {
    image.uri = literal->text;
    if (image.uri.empty() || image.uri.find(' ') != std::string::npos) {
      ctx.sink.Report(Kind::kBadString, literal->range, "`image` is not a valid image reference",
                      "write `\"repository:tag\"` or `registry.NAME:\"tag\"`");
    }
    return;
  }
  const ast::Atom* path = c.Peek();
  if (!path || path->kind != ast::AtomKind::kPath || path->path.size() != 2 || path->path[0] != "registry") {
    return c.Mismatch("`registry.NAME:\"tag\"` or an image string like `\"nginx:1.27\"`");
  }
  c.Take(ast::AtomKind::kPath);
  ast::Atom name_atom = *path;
  name_atom.path = {path->path[1]};
  name_atom.text = path->path[1];
  if (auto name = ctx.ResolveName(name_atom, ComponentKind::kRegistry, "image")) image.registry = *name;
  if (!c.Take(ast::AtomKind::kColon)) {
    ctx.sink.Report(Kind::kTypeMismatch, path->range, "a registry image needs a tag",
                    "write `registry." + path->path[1] + ":\"1.0.0\"`");
    return;
  }
  if (auto tag = c.ExpectString()) image.tag = *tag;
}


// Reports a name listed a second time in `connects` or `uses`, as WordList does for words.
bool Listed(const std::vector<Ref>& seen, const Ref& ref, std::string_view key, Context& ctx) {
  for (const auto& earlier : seen) {
    if (earlier.component != ref.component) continue;
    ctx.sink.Report(Kind::kDuplicateAttribute, ref.range, "`" + ref.component + "` is listed twice in `" + std::string(key) + "`",
                    "remove the repetition");
    return true;
  }
  return false;
}

void ReadScale(Cursor& c, std::optional<Scale>& out) {
  Scale scale;
  size_t start = c.Mark();
  auto min = c.ExpectInt(0, 10000);
  if (!min) return;
  if (!c.Take(ast::AtomKind::kDotDot)) return c.Mismatch("a range like `2..10 on cpu 60%`");
  auto max = c.ExpectInt(1, 10000);
  if (!max) return;
  scale.min = static_cast<int>(*min);
  scale.max = static_cast<int>(*max);
  if (c.TakeWord("on")) {
    auto metric = c.ExpectWord({"cpu", "memory", "requests"});
    if (!metric) return;
    if (*metric == "requests") {
      scale.metric = ScaleMetric::kRequests;
      auto target = c.ExpectInt(1, 1000000);
      if (!target) return;
      scale.target = static_cast<int>(*target);
    } else {
      scale.metric = *metric == "cpu" ? ScaleMetric::kCpu : ScaleMetric::kMemory;
      auto target = c.ExpectPercent(1, 100);
      if (!target) return;
      scale.target = static_cast<int>(*target);
    }
  }
  scale.range = c.Since(start);
  out = scale;
}

// A variable is set once: ECS refuses a task definition that names it in both `environment` and
// `secrets`, and two values in `environment` would leave one of them silently unused.
void ReportSharedNames(Container& container, Context& ctx) {
  std::map<std::string, const EnvValue*> first;
  auto check = [&](std::vector<EnvValue>& values) {
    std::erase_if(values, [&](const EnvValue& value) {
      auto [it, fresh] = first.emplace(value.name, &value);
      if (fresh) return false;
      auto& d = ctx.sink.Report(Kind::kDuplicateAttribute, value.range,
                                "`" + value.name + "` is set in both `env` and `secrets`", "keep one");
      d.notes.push_back({it->second->range, "also set here"});
      return true;
    });
  };
  check(container.env);
  check(container.secrets);
}

void ReadContainerFields(BlockReader& r, Container& container, Context& ctx) {
  r.Custom("image", [&](Cursor& c) { ReadImage(c, container.image, ctx); });
  r.Int("port", container.port, 1, 65535);
  r.StringList("command", container.command, BlockReader::Items::kAny);
  r.Custom("env", [&](Cursor& c) { ReadEnvMap(c, container.env, nullptr, ctx); });
  r.Custom("secrets", [&](Cursor& c) { ReadEnvMap(c, container.secrets, &container.env, ctx); });
  ReportSharedNames(container, ctx);
  r.Bool("read_only_root", container.read_only_root);
  r.String("user", container.user);
  r.Custom("health_command", [&](Cursor& c) {
    base::Range at = c.Here();
    auto command = c.ExpectString();
    if (command && command->empty()) {
      ctx.sink.Report(Kind::kBadString, at, "`health_command` cannot be empty", "write e.g. `\"curl -f http://localhost/ || exit 1\"`");
    } else if (command) {
      container.health = HealthCheck{};
      container.health->command = *command;
    }
  });
}

void ReadMounts(BlockReader& r, Workload& workload, Context& ctx) {
  for (const ast::Statement* statement : r.Statements("mount")) {
    Cursor c(statement->args, statement->range, "mount", ctx.sink);
    Mount mount;
    mount.range = statement->range;
    const ast::Atom* volume = c.Peek();
    if (!volume || volume->kind != ast::AtomKind::kPath) {
      c.Mismatch("`mount VOLUME at \"/path\" [read_only]`");
      continue;
    }
    c.Take(ast::AtomKind::kPath);
    auto name = ctx.ResolveName(*volume, ComponentKind::kVolume, "mount");
    if (!c.TakeWord("at")) {
      c.Mismatch("`at \"/path\"` after the volume name");
      continue;
    }
    base::Range path_range = c.Here();
    auto path = c.ExpectString();
    if (!path) continue;
    if (path->empty() || (*path)[0] != '/') {
      ctx.sink.Report(Kind::kBadString, path_range, "mount path must be absolute", "start it with `/`");
      continue;
    }
    mount.read_only = c.TakeWord("read_only");
    if (!c.Finish("`mount VOLUME at \"/path\" [read_only]`") || !name) continue;
    mount.volume = *name;
    mount.path = *path;
    workload.mounts.push_back(mount);
  }
}

void ReadWorkload(BlockReader& r, Workload& w, Context& ctx) {
  w.main.name = w.name;
  w.main.name_range = w.name_range;
  w.main.range = w.range;
  r.Require("image", "image = registry.web:\"1.0.0\"");
  ReadContainerFields(r, w.main, ctx);
  r.Int("cpu", w.cpu, 1, 16384);
  r.SizeMiB("memory", w.memory, 1, 122880);
  r.Word<std::string>("architecture", w.architecture, {{"x86_64", "X86_64"}, {"arm64", "ARM64"}});
  r.Bool("exec", w.exec);
  r.StringList("managed_policies", w.managed_policies);
  w.main.attribute_ranges = w.attribute_ranges;
  ReadMounts(r, w, ctx);
  ReadAllows(r, w.allows, ctx);
  // The main container is named after the workload; a sidecar may not take its name either.
  std::map<std::string, base::Range> names = {{w.name, w.name_range}};
  for (const ast::Block* block : r.Blocks("container")) {
    Container sidecar;
    Name(*block, sidecar);
    if (!block->label) {
      ctx.sink.Report(Kind::kMissingName, block->kind_range, "`container` needs a name", "write `container envoy { ... }`");
      continue;
    }
    // Container names appear in the task definition and its log stream prefix.
    if (!ValidName(sidecar.name)) {
      ctx.sink.Report(Kind::kInvalidName, block->label_range, "`" + sidecar.name + "` is not a valid container name",
                      kNameRule);
      continue;
    }
    if (auto [it, inserted] = names.emplace(sidecar.name, block->label_range); !inserted) {
      auto& d = ctx.sink.Report(Kind::kDuplicateName, block->label_range, "container name `" + sidecar.name +
                                "` is used twice in `" + w.name + "`", "give each container its own name");
      d.notes.push_back({it->second, "first used here"});
      continue;
    }
    sidecar.essential = false;
    BlockReader cr(block->body, "container " + sidecar.name, sidecar, ctx.sink);
    cr.Require("image", "image = \"public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0\"");
    ReadContainerFields(cr, sidecar, ctx);
    cr.Int("cpu", sidecar.cpu, 0, 16384);
    cr.SizeMiB("memory", sidecar.memory, 0, 122880);
    cr.Bool("essential", sidecar.essential);
    cr.Finish();
    w.sidecars.push_back(std::move(sidecar));
  }
}

}  // namespace

void ReadService(const ast::Block& block, Context& ctx) {
  Service service;
  Name(block, service);
  BlockReader r(block.body, "service " + service.name, service, ctx.sink);
  ReadWorkload(r, service, ctx);
  r.Custom("health", [&](Cursor& c) { ReadHealth(c, service.health, ctx.sink); });
  r.DurationSeconds("grace", service.deployment.grace_period, 0, 2147483647);
  r.Int("desired", service.desired, 0, 10000);
  r.Custom("scale", [&](Cursor& c) { ReadScale(c, service.scale); });
  r.Percent("min_healthy", service.deployment.min_healthy, 0, 100);
  r.Custom("max_percent", [&](Cursor& c) {
    if (auto v = c.ExpectPercent(100, 200)) service.deployment.max_percent = static_cast<int>(*v);
  });
  r.Bool("circuit_breaker", service.deployment.circuit_breaker);
  r.Bool("spot", service.spot);
  r.Custom("connects", [&](Cursor& c) {
    const ast::Atom* list = c.Take(ast::AtomKind::kList);
    if (!list) return c.Mismatch("a list of services like `[api, worker]`");
    for (const auto& item : list->items) {
      Cursor inner(item, "connects", ctx.sink);
      const ast::Atom* atom = inner.Peek();
      if (!atom || atom->kind != ast::AtomKind::kPath) {
        inner.Mismatch("a service name");
        continue;
      }
      inner.Take(ast::AtomKind::kPath);
      auto ref = ctx.Resolve(*atom, {ComponentKind::kService}, "connects", true);
      if (!inner.FinishItem("one service name") || !ref) continue;
      if (Listed(service.connects, *ref, "connects", ctx)) continue;
      service.connects.push_back(*ref);
    }
  });
  r.Custom("uses", [&](Cursor& c) {
    const ast::Atom* list = c.Take(ast::AtomKind::kList);
    if (!list) return c.Mismatch("a list of components like `[uploads, events]`");
    for (const auto& item : list->items) {
      Cursor inner(item, "uses", ctx.sink);
      const ast::Atom* atom = inner.Peek();
      if (!atom || atom->kind != ast::AtomKind::kPath) {
        inner.Mismatch("a component name");
        continue;
      }
      inner.Take(ast::AtomKind::kPath);
      auto ref = ctx.Resolve(*atom, {ComponentKind::kBucket, ComponentKind::kStream, ComponentKind::kCache,
                                     ComponentKind::kDatabase, ComponentKind::kSecret, ComponentKind::kParameter},
                             "uses", true);
      if (!inner.FinishItem("one component name") || !ref) continue;
      if (Listed(service.uses, *ref, "uses", ctx)) continue;
      service.uses.push_back(*ref);
    }
  });
  r.Finish();
  ctx.model.services.push_back(std::move(service));
}

void ReadTask(const ast::Block& block, Context& ctx) {
  Task task;
  Name(block, task);
  BlockReader r(block.body, "task " + task.name, task, ctx.sink);
  ReadWorkload(r, task, ctx);
  r.Bool("init_process", task.init_process);
  r.StringMap("allowed_tags", task.allowed_tags);
  r.Finish();
  ctx.model.tasks.push_back(std::move(task));
}

}  // namespace ecsgen::sema
