#include "compiler/driver/cli.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "compiler/driver/cmd_check.h"
#include "compiler/driver/cmd_compile.h"
#include "compiler/driver/cmd_tools.h"
#include "compiler/driver/version.h"

namespace ecsgen::driver {

namespace {

const char* kFooter = R"(Examples:
  ecsgen check app.ecs                         diagnostics only (pre-commit); exit 1 on errors
  ecsgen check --format sarif *.ecs > ecsgen.sarif
  ecsgen compile app.ecs -o out/               Terraform JSON into out/
  ecsgen compile app.ecs -o out/ --target cloudformation
  ecsgen compile app.ecs -o out/ --env prod    apply the `env prod { ... }` overlay
  ecsgen compile app.ecs --explain-plan        counts, public exposure, fixed monthly cost
  ecsgen explain sg-open-world                 what a check means and how to fix it
  ecsgen graph app.ecs --format svg > app.svg  the application as a diagram
  ecsgen fmt --check *.ecs                     list files not in canonical layout
  ecsgen init --template worker svc.ecs        a starter file (`ecsgen init --list`)

Exit codes: 0 ok, 1 diagnostics with errors, 2 usage, 3 I/O error, 70 internal error.)";

Format ParseFormat(const std::string& name) {
  if (name == "json") return Format::kJson;
  if (name == "sarif") return Format::kSarif;
  return Format::kText;
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App app{"ecsgen: compile an ECS Fargate application description to Terraform JSON or CloudFormation"};
  app.footer(kFooter);
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, "print the version and git revision");

  CheckOptions check;
  std::string check_format = "text";
  bool list = false;
  auto* check_cmd = app.add_subcommand("check", "report every problem in the given files; write nothing");
  check_cmd->add_option("files", check.files, "the .ecs files to check");
  check_cmd->add_option("--env", check.env, "check one env overlay (default: the base file and every env)");
  check_cmd->add_option("--format", check_format, "diagnostics as text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif", "markdown"}));
  check_cmd->add_flag("--strict", check.strict, "fail on warnings too");
  check_cmd->add_option("--color", check.color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  check_cmd->add_flag("--list", list, "list every check and diagnostic ID");

  CompileOptions compile;
  std::string compile_format = "text";
  auto* compile_cmd = app.add_subcommand("compile", "check, then write Terraform JSON or CloudFormation");
  compile_cmd->add_option("file", compile.file, "the .ecs file")->required();
  auto* out_opt = compile_cmd->add_option("-o,--out", compile.out, "output directory, or - for stdout");
  compile_cmd->add_option("--target", compile.target, "terraform, cloudformation or both")
      ->check(CLI::IsMember({"terraform", "cloudformation", "both"}));
  compile_cmd->add_option("--env", compile.env, "apply this env overlay");
  compile_cmd->add_option("--format", compile_format, "diagnostics as text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  compile_cmd->add_flag("--strict", compile.strict, "refuse to write output when there are warnings");
  compile_cmd->add_flag("--dump-ir", compile.dump_ir, "print the IR instead of writing output");
  compile_cmd->add_flag("--explain-plan", compile.explain_plan,
                        "print counts, public exposure and fixed monthly cost instead of writing output");
  compile_cmd->add_option("--color", compile.color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));

  std::string explain_id;
  FmtOptions fmt;
  auto* fmt_cmd = app.add_subcommand("fmt", "rewrite files in canonical layout (comments and values kept)");
  fmt_cmd->add_option("files", fmt.files, "the .ecs files, or - for stdin to stdout")->required();
  fmt_cmd->add_flag("--check", fmt.check, "write nothing; list the files that would change and exit 1");

  InitOptions init;
  auto* init_cmd = app.add_subcommand("init", "write a starter .ecs file from a template");
  init_cmd->add_option("file", init.file, "the file to create (default app.ecs), or - for stdout");
  init_cmd->add_option("--template", init.template_name, "the template (default web-alb)");
  init_cmd->add_flag("--list", init.list, "list the templates");

  GraphOptions graph;
  auto* graph_cmd = app.add_subcommand("graph", "draw the application: ingress, services, data, network and paths");
  graph_cmd->add_option("file", graph.file, "the .ecs file")->required();
  graph_cmd->add_option("--env", graph.env, "apply this env overlay");
  graph_cmd->add_option("--format", graph.format, "dot, mermaid, or svg (needs Graphviz's dot)")
      ->check(CLI::IsMember({"dot", "mermaid", "svg"}));

  auto* explain_cmd = app.add_subcommand("explain", "explain a check or diagnostic ID");
  explain_cmd->add_option("id", explain_id, "the ID, e.g. sg-open-world")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::ParseError& e) {
    std::cerr << "ecsgen: " << e.what() << "\nhelp: run `ecsgen --help`\n";
    return kExitUsage;
  }
  if (version) {
    std::cout << "ecsgen " << VersionString() << "\n";
    return kExitOk;
  }
  if (check_cmd->parsed()) {
    // `--list --format markdown` prints docs/checks.md (a ctest keeps the committed page in sync).
    if (list) return check_format == "markdown" ? RunListMarkdown() : RunList();
    if (check_format == "markdown") {
      std::cerr << "ecsgen: `--format markdown` applies to `check --list` only\nhelp: use text, json or sarif\n";
      return kExitUsage;
    }
    if (check.files.empty()) {
      std::cerr << "ecsgen: check needs at least one file\nhelp: ecsgen check app.ecs\n";
      return kExitUsage;
    }
    check.format = ParseFormat(check_format);
    return RunCheck(check);
  }
  if (compile_cmd->parsed()) {
    // The summaries print instead of writing, so only writing needs `-o`.
    if (out_opt->count() == 0 && !compile.dump_ir && !compile.explain_plan) {
      std::cerr << "ecsgen: compile needs -o DIR (or -o - for stdout)\nhelp: ecsgen compile app.ecs -o out/\n";
      return kExitUsage;
    }
    compile.format = ParseFormat(compile_format);
    return RunCompile(compile);
  }
  if (explain_cmd->parsed()) return RunExplain(explain_id);
  if (fmt_cmd->parsed()) return RunFmt(fmt);
  if (init_cmd->parsed()) return RunInit(init);
  if (graph_cmd->parsed()) return RunGraph(graph);
  std::cout << app.help();
  return kExitUsage;
}

}  // namespace ecsgen::driver
