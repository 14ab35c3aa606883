#!/usr/bin/env python3
"""The command-line contract of ecsgen: exit codes, --version, --help, the JSON and SARIF formats,
several files in one run, colour control and the list of diagnostic IDs.

    python3 tests/cli/cli_test.py --ecsgen build/ecsgen
"""

import argparse
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TIMEOUT = 30

CLEAN = 'app shop {\n  region = "eu-north-1"\n}\n'
# Three independent errors on three lines, so that formats can be checked on more than one result.
BROKEN = '''app shop {
  region = "eu-north-1"
}

service web {
  image  = "nginx:1.27"
  cpu    = 256
  memory = 4 GiB
  prot   = 8080
}

database db {
  engine = postgress
}
'''


class Cli:
    def __init__(self, ecsgen, workdir):
        self.ecsgen = ecsgen
        self.workdir = workdir
        self.passed = 0
        self.failed = []

    def run(self, *args, env=None):
        environment = dict(os.environ)
        environment.pop("NO_COLOR", None)
        environment.update(env or {})
        proc = subprocess.run([self.ecsgen, *args], cwd=self.workdir, capture_output=True, timeout=TIMEOUT,
                              env=environment)
        return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")

    def run_tty(self, *args, env=None):
        """Runs with stderr on a pseudo-terminal, where `--color auto` colours unless NO_COLOR is set."""
        environment = dict(os.environ)
        environment.pop("NO_COLOR", None)
        environment.update(env or {})
        master, slave = pty.openpty()
        proc = subprocess.Popen([self.ecsgen, *args], cwd=self.workdir, stdout=subprocess.PIPE, stderr=slave,
                                env=environment)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        proc.wait(timeout=TIMEOUT)
        proc.stdout.close()
        return proc.returncode, b"".join(chunks).decode("utf-8", "replace")

    def test(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print("ok   " + name)
        else:
            self.failed.append(name)
            print("FAIL " + name + (": " + detail.strip()[:1500] if detail else ""))


def kinds_def_ids():
    """Every ID registered in kinds.def, the source of truth for `check --list`."""
    text = (ROOT / "compiler/diagnostics/kinds.def").read_text()
    return re.findall(r'^DIAG\(\s*\w+,\s*"([a-z0-9-]+)"', text, re.M)


def test_exit_codes(cli):
    code, _, err = cli.run("check", "clean.ecs")
    cli.test("exit 0 on a clean file", code == 0 and err == "", err)
    code, _, err = cli.run("check", "broken.ecs", "--color", "never")
    cli.test("exit 1 on errors", code == 1 and "error:" in err, err)
    code, _, err = cli.run("check", "--strict", "clean.ecs")
    cli.test("--strict on a clean file exits 0", code == 0, err)
    for name, args in [("unknown flag", ["check", "--no-such-flag", "clean.ecs"]),
                       ("no files", ["check"]),
                       ("unknown subcommand", ["frobnicate", "clean.ecs"]),
                       ("bad --format", ["check", "--format", "xml", "clean.ecs"]),
                       ("bad --color", ["check", "--color", "sometimes", "clean.ecs"]),
                       ("compile without -o", ["compile", "clean.ecs"]),
                       ("explain an unknown id", ["explain", "no-such-check"]),
                       ("explain without an id", ["explain"])]:
        code, out, err = cli.run(*args)
        cli.test("exit 2 on usage error: " + name, code == 2 and "internal error" not in err, "exit %d\n%s" % (code, err))
    code, _, err = cli.run("explain", "sytnax")
    cli.test("explain suggests a close id", code == 2 and "`syntax`" in err, err)
    code, _, err = cli.run("check", "missing.ecs", "--color", "never")
    cli.test("a missing file exits 1 with file-unreadable", code == 1 and "[file-unreadable]" in err, err)


def test_version_and_help(cli):
    code, out, err = cli.run("--version")
    cli.test("--version prints `ecsgen X.Y.Z (git ...)`",
             code == 0 and re.fullmatch(r"ecsgen \d+\.\d+\.\d+ \(git [^)\s]+\)\n", out) is not None, out + err)
    code, out, _ = cli.run("--help")
    cli.test("--help exits 0", code == 0)
    for example in ["ecsgen check app.ecs", "ecsgen compile app.ecs -o out/", "--target cloudformation",
                    "--env prod", "ecsgen explain", "--format sarif"]:
        cli.test("--help shows the example `%s`" % example, example in out, out)
    cli.test("--help documents the exit codes", "Exit codes" in out, out)


def test_json(cli):
    code, out, err = cli.run("check", "broken.ecs", "--format", "json")
    try:
        data = json.loads(out)
    except ValueError as e:
        cli.test("--format json prints JSON", False, "%s\n%s" % (e, out))
        return
    cli.test("--format json exits 1 on errors", code == 1, err)
    cli.test("--format json is an array of 3 diagnostics", isinstance(data, list) and len(data) == 3, out)
    keys = {"id", "severity", "file", "line", "column", "end", "message", "help"}
    for i, d in enumerate(data if isinstance(data, list) else []):
        cli.test("json diagnostic %d has %s" % (i, ", ".join(sorted(keys))), keys <= set(d), json.dumps(d))
        cli.test("json diagnostic %d has typed fields" % i,
                 isinstance(d.get("line"), int) and isinstance(d.get("column"), int) and d["line"] > 0 and
                 isinstance(d.get("end"), dict) and {"line", "column"} <= set(d["end"]) and
                 d.get("file") == "broken.ecs" and d.get("severity") in ("error", "warning", "info"), json.dumps(d))
    ids = [d.get("id") for d in data] if isinstance(data, list) else []
    cli.test("json ids are the expected ones", ids == ["fargate-size", "unknown-attribute", "bad-enum"], str(ids))
    cli.test("--format json writes no text to stderr", "error:" not in err, err)
    code, out, _ = cli.run("check", "clean.ecs", "--format", "json")
    cli.test("--format json of a clean file is []", code == 0 and json.loads(out) == [], out)


def test_sarif(cli):
    code, out, err = cli.run("check", "broken.ecs", "clean.ecs", "--format", "sarif")
    try:
        log = json.loads(out)
    except ValueError as e:
        cli.test("--format sarif prints JSON", False, "%s\n%s" % (e, out))
        return
    cli.test("sarif exits 1 on errors", code == 1, err)
    cli.test("sarif version is 2.1.0", log.get("version") == "2.1.0", out[:300])
    runs = log.get("runs") or [{}]
    driver = runs[0].get("tool", {}).get("driver", {})
    rules = driver.get("rules", [])
    rule_ids = [r.get("id") for r in rules]
    cli.test("sarif tool.driver.name is ecsgen", driver.get("name") == "ecsgen", json.dumps(driver)[:300])
    cli.test("sarif has one rule with an id per diagnostic kind",
             all(rule_ids) and sorted(rule_ids) == sorted(kinds_def_ids()), str(rule_ids))
    results = runs[0].get("results", [])
    cli.test("sarif has 3 results", len(results) == 3, json.dumps(results)[:500])
    for i, r in enumerate(results):
        location = (r.get("locations") or [{}])[0].get("physicalLocation", {})
        ok = (r.get("ruleId") in rule_ids and r.get("level") in ("error", "warning", "note") and
              isinstance(r.get("message", {}).get("text"), str) and r["message"]["text"] and
              location.get("artifactLocation", {}).get("uri") == "broken.ecs" and
              isinstance(location.get("region", {}).get("startLine"), int))
        cli.test("sarif result %d has ruleId, level, message.text, uri and startLine" % i, ok, json.dumps(r))
        if isinstance(r.get("ruleIndex"), int) and 0 <= r["ruleIndex"] < len(rule_ids):
            cli.test("sarif result %d ruleIndex points at its rule" % i, rule_ids[r["ruleIndex"]] == r["ruleId"])


def test_several_files(cli):
    code, _, err = cli.run("check", "broken.ecs", "broken2.ecs", "clean.ecs", "--color", "never")
    cli.test("check a.ecs b.ecs reports both files",
             code == 1 and "broken.ecs:8:12: error:" in err and "broken2.ecs:8:12: error:" in err, err)
    cli.test("the summary counts the files and errors", "3 files: 6 errors, 0 warnings" in err, err)
    code, _, err = cli.run("check", "clean.ecs", "broken.ecs", "--color", "never")
    cli.test("one broken file fails the run", code == 1, err)


def test_color(cli):
    code, _, err = cli.run("check", "broken.ecs", "--color", "always")
    cli.test("--color always emits ANSI escapes", "\x1b[" in err, repr(err[:200]))
    code, _, err = cli.run("check", "broken.ecs", "--color", "always", env={"NO_COLOR": "1"})
    cli.test("--color always wins over NO_COLOR", "\x1b[" in err, repr(err[:200]))
    code, _, err = cli.run("check", "broken.ecs", "--color", "never")
    cli.test("--color never emits no escapes", "\x1b" not in err, repr(err[:200]))
    code, _, err = cli.run("check", "broken.ecs")
    cli.test("no colour when stderr is not a terminal", "\x1b" not in err, repr(err[:200]))
    code, err = cli.run_tty("check", "broken.ecs")
    cli.test("colour on a terminal by default", "\x1b[" in err, repr(err[:200]))
    code, err = cli.run_tty("check", "broken.ecs", env={"NO_COLOR": "1"})
    cli.test("NO_COLOR turns colour off on a terminal", code == 1 and "\x1b" not in err and "error:" in err,
             repr(err[:200]))


def test_list_and_explain(cli):
    code, out, _ = cli.run("check", "--list")
    listed = [line.split()[0] for line in out.splitlines() if line.strip()]
    expected = kinds_def_ids()
    cli.test("check --list exits 0", code == 0)
    cli.test("check --list lists every id of kinds.def, in order", listed == expected,
             "missing %s, extra %s" % (sorted(set(expected) - set(listed)), sorted(set(listed) - set(expected))))
    cli.test("check --list has no duplicate ids", len(set(listed)) == len(listed), str(listed))
    bad = []
    for id_ in listed:
        code, out, err = cli.run("explain", id_)
        if code != 0 or not out.startswith(id_ + " (") or len(out.strip().splitlines()) < 3:
            bad.append(id_)
    cli.test("explain works for every listed id", not bad, "failed for " + ", ".join(bad))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecsgen", required=True)
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="ecsgen-cli-"))
    try:
        (workdir / "clean.ecs").write_text(CLEAN)
        (workdir / "broken.ecs").write_text(BROKEN)
        (workdir / "broken2.ecs").write_text(BROKEN)
        cli = Cli(str(Path(options.ecsgen).resolve()), workdir)
        for test in (test_exit_codes, test_version_and_help, test_json, test_sarif, test_several_files, test_color,
                     test_list_and_explain):
            try:
                test(cli)
            except Exception as e:  # a crash of the test itself is a failure, not a traceback
                cli.test(test.__name__ + " ran to the end", False, "%s: %s" % (type(e).__name__, e))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("%d passed, %d failed" % (cli.passed, len(cli.failed)))
    return 1 if cli.failed else 0


if __name__ == "__main__":
    sys.exit(main())
