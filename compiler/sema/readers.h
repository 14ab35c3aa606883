#pragma once

#include "compiler/ast/ast.h"
#include "compiler/sema/context.h"

// One reader per top-level block kind; each appends its component to ctx.model.
namespace ecsgen::sema {

void ReadApp(const ast::Block& block, Context& ctx);
void ReadNetwork(const ast::Block& block, Context& ctx);
void ReadCluster(const ast::Block& block, Context& ctx);
void ReadRegistry(const ast::Block& block, Context& ctx);
void ReadIngress(const ast::Block& block, Context& ctx);
void ReadService(const ast::Block& block, Context& ctx);
void ReadTask(const ast::Block& block, Context& ctx);
void ReadVolume(const ast::Block& block, Context& ctx);
void ReadDatabase(const ast::Block& block, Context& ctx);
void ReadSecret(const ast::Block& block, Context& ctx);
void ReadParameter(const ast::Block& block, Context& ctx);
void ReadCache(const ast::Block& block, Context& ctx);
void ReadStream(const ast::Block& block, Context& ctx);
void ReadBucket(const ast::Block& block, Context& ctx);
void ReadBastion(const ast::Block& block, Context& ctx);
void ReadPipeline(const ast::Block& block, Context& ctx);

// `allow "CIDR" port N` statements of a block (services, tasks, databases, caches, streams).
class BlockReader;
void ReadAllows(BlockReader& r, std::vector<AllowRule>& out, Context& ctx);

class Cursor;
// `health = "/path" [every 30s] [timeout 5s] [healthy 3] [unhealthy 3] [codes "200-399"]`.
void ReadHealth(Cursor& c, HealthCheck& health, diagnostics::DiagnosticSink& sink);
// `env = { ... }` of a container, or `secrets = { ... }` with `plain` its env (read_env.cpp).
void ReadEnvMap(Cursor& c, std::vector<EnvValue>& out, std::vector<EnvValue>* plain, Context& ctx);

// Cross-component rules that need the whole model (Fargate sizes, route targets, dependencies).
void CheckModel(Context& ctx);

// Sets name and ranges of a component from its block.
void Name(const ast::Block& block, Component& component);

}  // namespace ecsgen::sema
