#!/usr/bin/env python3
"""Golden tests: every tests/golden/<suite>/<name>.ecs is checked (and compiled) and the output compared
with the expected files beside it.

    python3 tests/golden/run.py --ecsgen build/ecsgen [--update] [--suite NAME] [-k SUBSTR]

A case named `fail_*` must make `ecsgen check` exit 1; its stderr must equal `<name>.stderr`. Any other
case must check cleanly (stderr empty, or equal to `<name>.stderr` when that file exists, for cases that
show warnings), and its `<name>.tf.json` / `<name>.cfn.json`, when present, must equal the output of
`ecsgen compile --target terraform|cloudformation -o -`. Compile runs for both targets on every valid
case, with or without expected files, and must never crash (exit 70 or a signal). A first line `# args: --env prod` adds
arguments to every command of the case.

`--update` rewrites the expected files from the current output; review the diff before committing.
Finally every diagnostic ID of `ecsgen check --list` must appear as `[ID]` in some .stderr file, except
the IDs in UNCOVERED.txt, so that a new check cannot land without a golden case.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent
ROOT = GOLDEN.parent.parent
TARGETS = (("terraform", ".tf.json"), ("cloudformation", ".cfn.json"))
TIMEOUT = 60
DIFF_LINES = 40
INTERNAL_ERROR = 70


class Case:
    def __init__(self, path):
        self.path = path
        self.suite = path.parent.relative_to(GOLDEN).as_posix()
        self.name = path.stem
        self.rel = path.relative_to(ROOT).as_posix()
        self.expect_fail = self.name.startswith("fail_")

    def expected(self, suffix):
        return self.path.with_name(self.name + suffix)

    def args(self):
        with open(self.path, "rb") as f:
            first = f.readline().decode("utf-8", errors="replace").strip()
        match = re.match(r"#\s*args:\s*(.*)$", first)
        return match.group(1).split() if match else []


def run(ecsgen, argv):
    env = dict(os.environ, NO_COLOR="1")
    try:
        proc = subprocess.run([ecsgen] + argv, cwd=ROOT, env=env, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out after %d s" % TIMEOUT
    return proc.returncode, proc.stdout, proc.stderr


def diff(expected, actual, label):
    lines = list(difflib.unified_diff(
        expected.decode("utf-8", errors="replace").splitlines(keepends=True),
        actual.decode("utf-8", errors="replace").splitlines(keepends=True),
        fromfile=label + " (expected)", tofile=label + " (actual)"))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)\n" % (len(lines) - DIFF_LINES)]
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def write(path, data, updates):
    if path.exists() and path.read_bytes() == data:
        return
    path.write_bytes(data)
    updates.append("wrote " + path.relative_to(ROOT).as_posix())


def compare(path, actual, what, update, updates):
    """None when `actual` matches the file (or was written in update mode), else a failure report."""
    if update:
        write(path, actual, updates)
        return None
    if not path.exists():
        return "%s: missing; run `make golden-update`" % path.relative_to(ROOT).as_posix()
    expected = path.read_bytes()
    if expected == actual:
        return None
    return "%s differs\n%s" % (what, diff(expected, actual, path.relative_to(ROOT).as_posix()))


def run_fail_case(case, ecsgen, update, updates):
    code, _, err = run(ecsgen, ["check", case.rel, "--color", "never"] + case.args())
    if code != 1:
        return "`ecsgen check` exited %s, expected 1\n%s" % (code, err.decode("utf-8", errors="replace"))
    return compare(case.expected(".stderr"), err, "stderr", update, updates)


def run_valid_case(case, ecsgen, update, updates):
    args = case.args()
    code, _, err = run(ecsgen, ["check", case.rel, "--color", "never"] + args)
    if code != 0:
        return "`ecsgen check` exited %s, expected 0\n%s" % (code, err.decode("utf-8", errors="replace"))
    stderr_file = case.expected(".stderr")
    if update:
        if err:
            write(stderr_file, err, updates)
        elif stderr_file.exists():
            stderr_file.unlink()
            updates.append("removed " + stderr_file.relative_to(ROOT).as_posix())
    elif stderr_file.exists():
        problem = compare(stderr_file, err, "stderr", False, updates)
        if problem:
            return problem
    elif err:
        return "`ecsgen check` printed diagnostics; a valid case must be clean (or have a .stderr)\n" + \
            err.decode("utf-8", errors="replace")
    for target, suffix in TARGETS:
        expected = case.expected(suffix)
        # Compile runs even without an expected file: a valid input must never crash a backend.
        code, out, err = run(ecsgen, ["compile", case.rel, "-o", "-", "--target", target, "--color", "never"] + args)
        text = err.decode("utf-8", errors="replace")
        if code is None or code < 0 or code == INTERNAL_ERROR or "internal error" in text:
            return "`ecsgen compile --target %s` crashed (exit %s)\n%s" % (target, code, text)
        # The checks suite is about diagnostics: its cases keep no output files (they only must compile).
        if not expected.exists() and (not update or case.rel.startswith("tests/golden/checks/")):
            continue
        if code != 0:
            if update and not expected.exists():
                continue  # this target does not compile this case yet; nothing to record
            return "`ecsgen compile --target %s` exited %s\n%s" % (target, code, text)
        problem = compare(expected, out, target + " output", update, updates)
        if problem:
            return problem
    return None


def known_ids(ecsgen):
    code, out, err = run(ecsgen, ["check", "--list"])
    if code != 0:
        sys.exit("`ecsgen check --list` failed: %s" % err.decode("utf-8", errors="replace"))
    return [line.split()[0] for line in out.decode().splitlines() if line.strip()]


def uncovered_allowed():
    """IDs that no .ecs file can trigger, from UNCOVERED.txt: `id  # reason`, one a line."""
    allowed = {}
    path = GOLDEN / "UNCOVERED.txt"
    if path.exists():
        for line in path.read_text().splitlines():
            id_part, _, reason = line.partition("#")
            if id_part.strip():
                allowed[id_part.strip()] = reason.strip()
    return allowed


def coverage_failures(ecsgen):
    """One failure per diagnostic ID that no .stderr file shows and UNCOVERED.txt does not excuse."""
    ids = known_ids(ecsgen)
    shown = set()
    for path in GOLDEN.rglob("*.stderr"):
        shown.update(re.findall(r"\[([a-z0-9-]+)\]", path.read_text(errors="replace")))
    allowed = uncovered_allowed()
    failures = []
    for id_ in ids:
        if id_ not in shown and id_ not in allowed:
            failures.append("golden coverage: no .stderr under tests/golden shows [%s]; add a case that "
                            "reports it (or, if no file can trigger it, list it in UNCOVERED.txt with a reason)" % id_)
    for id_, reason in sorted(allowed.items()):
        if id_ not in ids:
            failures.append("golden coverage: UNCOVERED.txt lists [%s], which `ecsgen check --list` does not know" % id_)
        elif not reason:
            failures.append("golden coverage: UNCOVERED.txt lists [%s] without a `# reason`" % id_)
    return failures


def orphans():
    """Expected files whose .ecs case is gone: they would silently stop being tested."""
    found = []
    for path in sorted(GOLDEN.rglob("*")):
        for suffix in (".stderr",) + tuple(s for _, s in TARGETS):
            if path.name.endswith(suffix):
                case = path.with_name(path.name[: -len(suffix)] + ".ecs")
                if not case.exists():
                    found.append("%s has no %s" % (path.relative_to(ROOT).as_posix(), case.name))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecsgen", required=True, help="path to the ecsgen binary")
    parser.add_argument("--update", action="store_true", help="rewrite the expected files")
    parser.add_argument("--suite", help="run only tests/golden/SUITE")
    parser.add_argument("-k", dest="substring", help="run only cases whose path contains SUBSTR")
    options = parser.parse_args()
    ecsgen = str(Path(options.ecsgen).resolve())
    if not os.access(ecsgen, os.X_OK):
        sys.exit("no executable ecsgen at %s" % ecsgen)

    cases = [Case(p) for p in sorted(GOLDEN.rglob("*.ecs"))]
    if options.suite:
        cases = [c for c in cases if c.suite == options.suite]
    if options.substring:
        cases = [c for c in cases if options.substring in c.rel]
    passed = 0
    failures = []
    updates = []
    for case in cases:
        runner = run_fail_case if case.expect_fail else run_valid_case
        problem = runner(case, ecsgen, options.update, updates)
        if problem:
            failures.append("FAIL %s: %s" % (case.rel, problem))
        else:
            passed += 1
    failures += ["FAIL orphan: " + o for o in orphans()]
    coverage = coverage_failures(ecsgen)
    failures += ["FAIL " + c for c in coverage]
    if not coverage:
        print("golden coverage: every diagnostic ID appears in a .stderr file (or UNCOVERED.txt)")
    for line in updates:
        print(line)
    for failure in failures:
        print(failure.rstrip("\n"))
    print("%d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
