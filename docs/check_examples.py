#!/usr/bin/env python3
"""Runs `ecsgen check` on every complete example in docs/language.md.

A complete example is a fenced ```ecs block whose first line that is neither blank nor a comment starts
with `app`. Each must pass `ecsgen check` with exit code 0 and no error; warnings from the production
checks are allowed, since an example shows one construct, not a finished application.
Fragments (blocks that do not start with `app`) are skipped. Exits 1 when any example fails, and always
ends with the line `N passed, M failed`.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```ecs[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def examples(text):
    """Yields (line number of the fence, source) for every complete ```ecs block."""
    for match in FENCE.finditer(text):
        source = match.group(1)
        significant = [l.strip() for l in source.splitlines() if l.strip() and not l.strip().startswith("#")]
        if significant and re.match(r"app\b", significant[0]):
            yield text.count("\n", 0, match.start()) + 1, source


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecsgen", required=True, help="path to the ecsgen binary")
    parser.add_argument("--doc", default=os.path.join(here, "language.md"), help="the Markdown file to check")
    args = parser.parse_args()

    with open(args.doc, encoding="utf-8") as f:
        text = f.read()
    passed = failed = 0
    name = os.path.basename(args.doc)
    with tempfile.TemporaryDirectory() as tmp:
        for line, source in examples(text):
            path = os.path.join(tmp, f"example_line{line}.ecs")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            result = subprocess.run([args.ecsgen, "check", "--color", "never", path],
                                    capture_output=True, text=True, timeout=30)
            output = (result.stdout + result.stderr).strip()
            if result.returncode == 0 and ": error:" not in output:
                passed += 1
                continue
            failed += 1
            print(f"FAIL {name}:{line}: ecsgen check exited {result.returncode}")
            for out_line in output.splitlines():
                print("    " + out_line)
    if passed + failed == 0:
        print(f"no complete ```ecs examples found in {name}")
        failed = 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
