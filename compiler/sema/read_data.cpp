#include <regex>

#include "compiler/sema/reader.h"
#include "compiler/sema/readers.h"

// Readers for the stateful components: volume, database, secret, parameter, cache, stream, bucket.
namespace ecsgen::sema {

using diagnostics::Kind;

namespace {

// "03:00-04:00" (daily) or "sun:04:00-sun:05:00" (weekly).
bool ValidWindow(const std::string& text, bool weekly) {
  static const std::regex daily("^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$");
  static const std::regex week("^(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):[0-5][0-9]-"
                               "(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):[0-5][0-9]$");
  return std::regex_match(text, weekly ? week : daily);
}

void WindowString(BlockReader& r, Component& c, std::string_view key, std::string& out, bool weekly,
                  diagnostics::DiagnosticSink& sink) {
  r.String(key, out);
  if (!out.empty() && !ValidWindow(out, weekly)) {
    sink.Report(Kind::kBadString, c.At(key), "`" + std::string(key) + "` is not a valid window",
                weekly ? "write `\"sun:04:00-sun:05:00\"` (UTC)" : "write `\"03:00-04:00\"` (UTC)");
    out.clear();
  }
}

}  // namespace

void ReadVolume(const ast::Block& block, Context& ctx) {
  Volume volume;
  Name(block, volume);
  volume.path = "/" + volume.name;
  BlockReader r(block.body, "volume " + volume.name, volume, ctx.sink);
  r.Custom("path", [&](Cursor& c) {
    base::Range at = c.Here();
    auto path = c.ExpectString();
    if (!path) return;
    if (path->empty() || (*path)[0] != '/' || path->size() > 100) {
      ctx.sink.Report(Kind::kBadString, at, "volume path must be absolute and at most 100 characters", "e.g. `path = \"/dags\"`");
      return;
    }
    volume.path = *path;
  });
  r.Custom("owner", [&](Cursor& c) {
    auto uid = c.ExpectInt(0, 4294967295LL);
    if (!uid) return;
    if (!c.Take(ast::AtomKind::kColon)) return c.Mismatch("`UID:GID` like `50000:0`");
    auto gid = c.ExpectInt(0, 4294967295LL);
    if (!gid) return;
    volume.uid = *uid;
    volume.gid = *gid;
  });
  r.Custom("permissions", [&](Cursor& c) {
    base::Range at = c.Here();
    auto mode = c.ExpectString();
    if (!mode) return;
    static const std::regex octal("^[0-7]{3,4}$");
    if (!std::regex_match(*mode, octal)) {
      ctx.sink.Report(Kind::kBadString, at, "`permissions` must be an octal mode", "write e.g. `\"0755\"`");
      return;
    }
    volume.permissions = *mode;
  });
  r.Word<std::string>("throughput", volume.throughput, {{"bursting", "bursting"}, {"elastic", "elastic"}});
  r.Finish();
  ctx.model.volumes.push_back(std::move(volume));
}

void ReadDatabase(const ast::Block& block, Context& ctx) {
  Database db;
  Name(block, db);
  BlockReader r(block.body, "database " + db.name, db, ctx.sink);
  db.version = "17.6";
  r.Custom("engine", [&](Cursor& c) {
    auto engine = c.ExpectWord({"postgres", "mysql"});
    if (!engine) return;
    db.engine = *engine == "postgres" ? DbEngine::kPostgres : DbEngine::kMysql;
    db.version = db.engine == DbEngine::kPostgres ? "17.6" : "8.4.7";
    if (c.PeekIs(ast::AtomKind::kString)) {
      if (auto version = c.ExpectVersion(db.engine == DbEngine::kPostgres ? "16.4" : "8.4.7")) db.version = *version;
    }
  });
  r.Custom("class", [&](Cursor& c) {
    base::Range at = c.Here();
    auto cls = c.ExpectString();
    if (!cls) return;
    static const std::regex pattern("^db\\.[a-z0-9]+\\.[a-z0-9]+$");
    if (!std::regex_match(*cls, pattern)) {
      ctx.sink.Report(Kind::kBadString, at, "`" + *cls + "` is not an RDS instance class", "write e.g. `\"db.t4g.medium\"`");
      return;
    }
    db.instance_class = *cls;
  });
  r.Custom("storage", [&](Cursor& c) {
    size_t start = c.Mark();
    auto min = c.ExpectSizeMiB();
    if (!min) return;
    int64_t max = *min;
    if (c.Take(ast::AtomKind::kDotDot)) {
      auto upper = c.ExpectSizeMiB();
      if (!upper) return;
      max = *upper;
    }
    base::Range at = c.Since(start);
    if (*min % 1024 || max % 1024 || *min < 20 * 1024 || max > 65536LL * 1024) {
      ctx.sink.Report(Kind::kOutOfRange, at, "database storage must be whole GiB from 20 GiB to 65536 GiB",
                      "write e.g. `storage = 20 GiB..100 GiB`");
      return;
    }
    if (max < *min) {
      ctx.sink.Report(Kind::kBadRange, at, "storage maximum is smaller than the minimum", "write `MIN..MAX` with MIN <= MAX");
      return;
    }
    db.storage_min = static_cast<int>(*min / 1024);
    db.storage_max = static_cast<int>(max / 1024);
  });
  r.Word<std::string>("storage_type", db.storage_type, {{"gp3", "gp3"}, {"gp2", "gp2"}, {"io1", "io1"}, {"io2", "io2"}});
  r.Bool("multi_az", db.multi_az);
  r.Custom("backups", [&](Cursor& c) {
    size_t start = c.Mark();
    auto seconds = c.ExpectDurationSeconds();
    if (!seconds) return;
    base::Range at = c.Since(start);
    if (*seconds % 86400 || *seconds / 86400 < 1 || *seconds / 86400 > 35) {
      ctx.sink.Report(Kind::kOutOfRange, at, "backup retention must be 1 to 35 whole days", "write e.g. `backups = 7 days`");
      return;
    }
    db.backup_days = static_cast<int>(*seconds / 86400);
    if (c.TakeWord("at")) {
      base::Range window_at = c.Here();
      auto window = c.ExpectString();
      if (window && !ValidWindow(*window, false)) {
        ctx.sink.Report(Kind::kBadString, window_at, "backup window is not of the form `HH:MM-HH:MM`", "write e.g. `\"03:00-04:00\"` (UTC)");
      } else if (window) {
        db.backup_window = *window;
      }
    }
  });
  WindowString(r, db, "maintenance", db.maintenance_window, true, ctx.sink);
  r.StringMap("parameters", db.parameters);
  r.StringList("log_exports", db.log_exports);
  r.String("db_name", db.db_name);
  r.String("username", db.username);
  r.Bool("deletion_protection", db.deletion_protection);
  ReadAllows(r, db.allows, ctx);
  r.Finish();
  static const std::regex ident("^[A-Za-z][A-Za-z0-9_]{0,62}$");
  if (!db.db_name.empty() && !std::regex_match(db.db_name, ident)) {
    ctx.sink.Report(Kind::kBadString, db.At("db_name"), "`db_name` must start with a letter and use letters, digits and `_`",
                    "e.g. `db_name = \"airflow\"`");
  }
  if (!std::regex_match(db.username, ident) || db.username == "admin" || db.username == "postgres") {
    ctx.sink.Report(Kind::kBadString, db.At("username"), "`" + db.username + "` cannot be the master user name",
                    "use letters, digits and `_`, not a reserved word such as `admin`");
  }
  ctx.model.databases.push_back(std::move(db));
}

void ReadSecret(const ast::Block& block, Context& ctx) {
  Secret secret;
  Name(block, secret);
  BlockReader r(block.body, "secret " + secret.name, secret, ctx.sink);
  r.Int("generate", secret.generate, 16, 4096);
  r.String("arn", secret.arn);
  r.Word<SecretStore>("store", secret.store, {{"secretsmanager", SecretStore::kSecretsManager}, {"ssm", SecretStore::kSsm}});
  r.String("description", secret.description);
  r.Finish();
  if (secret.Has("generate") == secret.Has("arn")) {
    ctx.sink.Report(secret.Has("arn") ? Kind::kConflict : Kind::kMissingAttribute,
                    secret.Has("arn") ? secret.At("arn") : secret.name_range,
                    secret.Has("arn") ? "a secret is either generated or existing, not both"
                                      : "`secret " + secret.name + "` needs `generate` or `arn`",
                    "write `generate = 32` for a new random value, or `arn = \"arn:aws:secretsmanager:...\"`");
  }
  if (!secret.arn.empty() && secret.arn.rfind("arn:aws", 0) != 0) {
    ctx.sink.Report(Kind::kBadString, secret.At("arn"), "`arn` must be an ARN",
                    "write `arn = \"arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME\"` or an SSM parameter ARN");
  }
  ctx.model.secrets.push_back(std::move(secret));
}

void ReadParameter(const ast::Block& block, Context& ctx) {
  Parameter parameter;
  Name(block, parameter);
  BlockReader r(block.body, "parameter " + parameter.name, parameter, ctx.sink);
  r.Require("value", "value = \"https://api.example.com\"");
  r.String("value", parameter.value);
  r.String("ssm_name", parameter.ssm_name);
  r.Finish();
  if (!parameter.ssm_name.empty() && parameter.ssm_name[0] != '/') {
    ctx.sink.Report(Kind::kBadString, parameter.At("ssm_name"), "SSM parameter names with a hierarchy start with `/`",
                    "write e.g. `ssm_name = \"/shop/api_url\"`");
  }
  ctx.model.parameters.push_back(std::move(parameter));
}

}  // namespace ecsgen::sema
