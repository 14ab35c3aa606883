#!/usr/bin/env python3
"""Bad input never crashes ecsgen: every case below must exit 1 (never a signal, never 70, never a
hang), print a diagnostic with `file:line:col` when the problem has a place in the file, and never
print "internal error" or "terminate".

    python3 tests/cli/bad_inputs.py --ecsgen build/ecsgen
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 20
APP = 'app shop {\n  region = "eu-north-1"\n}\n'


def many_small_blocks(size):
    """About `size` bytes of well-formed blocks, and one duplicate name at the end to report."""
    parts = [APP]
    total = len(APP)
    i = 0
    while total < size:
        block = 'secret s%d {\n  generate    = 32\n  description = "generated secret number %d"\n}\n' % (i, i)
        parts.append(block)
        total += len(block)
        i += 1
    parts.append('secret s0 {\n  generate = 32\n}\n')
    return "".join(parts).encode()


# name -> (file contents, diagnostic ID expected, whether the diagnostic must carry file:line:col)
def cases():
    rng = random.Random(20240607)
    return {
        "empty": (b"", "missing-app", True),
        "random_bytes": (bytes(rng.randrange(256) for _ in range(3000)), None, True),
        "invalid_utf8": (APP.encode() + b'service web {\n  image = "nginx\xc3\x28"\n}\n', "invalid-utf8", True),
        "overlong_utf8": (b'# \xc0\xaf\n' + APP.encode(), "invalid-utf8", True),
        "nul_bytes": (APP.encode() + b"\x00\x00\x00service web {}\n", "nul-byte", True),
        "huge_valid_ish": (many_small_blocks(10 * 1024 * 1024), "duplicate-name", True),
        "over_16_mib": (b"#" * (16 * 1024 * 1024 + 10), "file-too-large", False),
        "nested_braces": (b"{" * 100000, "nesting-too-deep", True),
        "nested_brackets": (b"x = " + b"[" * 100000, "nesting-too-deep", True),
        "nested_in_app": ((APP[:-2] + "  tags = " + "{ a = " * 100000 + "\n}\n").encode(), "nesting-too-deep", True),
        "long_list": (('app shop {\n  region = "eu-north-1"\n  x = [' + ", ".join(str(k) for k in range(100000))
                       + "]\n}\n").encode(), "unknown-attribute", True),
        "long_line": (b"app shop { region = \"eu-north-1\" }" + b" " * 200000 + b"@\n", "unexpected-character", True),
        "many_errors": (("app shop {\n  region = \"eu-north-1\"\n}\n" + "service web { port = @ }\n" * 5000).encode(),
                        None, True),
        "many_lines_of_braces": (b"}\n" * 100000, "syntax", True),
        "unterminated_string": (b'app shop {\n  region = "eu-north-1\n}\n', "unterminated-string", True),
        "unterminated_block": (b'app shop {\n  region = "eu-north-1"\n\nservice web {\n  image = "nginx"\n',
                               "syntax", True),
        "unterminated_string_at_eof": (b'app shop {\n  region = "eu-north-1', "unterminated-string", True),
    }


def is_sanitized(binary):
    """Sanitizer builds run several times slower; they get a longer time limit."""
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


class Runner:
    def __init__(self, ecsgen, timeout):
        self.ecsgen = ecsgen
        self.timeout = timeout
        self.passed = 0
        self.failures = []

    def check(self, name, path, expect_id, located, display=None):
        display = display or str(path)
        start = time.monotonic()
        env = dict(os.environ, NO_COLOR="1")
        try:
            proc = subprocess.run([self.ecsgen, "check", str(path), "--color", "never"], capture_output=True,
                                  timeout=self.timeout, env=env)
        except subprocess.TimeoutExpired:
            return self.fail(name, "did not finish within %d s" % self.timeout)
        elapsed = time.monotonic() - start
        err = proc.stderr.decode("utf-8", errors="replace")
        out = proc.stdout.decode("utf-8", errors="replace")
        problems = []
        if proc.returncode < 0:
            problems.append("killed by signal %d" % -proc.returncode)
        elif proc.returncode != 1:
            problems.append("exit %d, expected 1" % proc.returncode)
        # `\bterminate\b` is std::terminate's "terminate called ...", not "unterminated string".
        for bad in (r"internal error", r"\bterminate\b", r"AddressSanitizer", r"runtime error"):
            if re.search(bad, err) or re.search(bad, out):
                problems.append("printed %r" % bad)
        if expect_id and "[%s]" % expect_id not in err:
            problems.append("no [%s] diagnostic" % expect_id)
        location = re.compile(re.escape(display) + (r":\d+:\d+: error: " if located else r"(:\d+:\d+)?: error: "))
        if not location.search(err):
            problems.append("no `%s%s: error:` line" % (display, ":LINE:COL" if located else ""))
        if problems:
            return self.fail(name, "; ".join(problems) + "\n" + err[:2000])
        self.passed += 1
        print("ok   %-28s %5.2f s" % (name, elapsed))

    def fail(self, name, why):
        self.failures.append(name)
        print("FAIL %s: %s" % (name, why.rstrip()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecsgen", required=True)
    options = parser.parse_args()
    ecsgen = str(Path(options.ecsgen).resolve())
    timeout = TIMEOUT * (10 if is_sanitized(ecsgen) else 1)
    runner = Runner(ecsgen, timeout)
    tmp = Path(tempfile.mkdtemp(prefix="ecsgen-bad-inputs-"))
    try:
        for name, (data, expect_id, located) in cases().items():
            path = tmp / (name + ".ecs")
            path.write_bytes(data)
            runner.check(name, path, expect_id, located)
            path.unlink()
        runner.check("missing_file", tmp / "does-not-exist.ecs", "file-unreadable", False)
        (tmp / "a-directory.ecs").mkdir()
        runner.check("directory", tmp / "a-directory.ecs", "file-unreadable", False)
        unreadable = tmp / "unreadable.ecs"
        unreadable.write_text(APP)
        unreadable.chmod(0)
        if os.access(unreadable, os.R_OK):
            print("SKIP unreadable_file: running as root, chmod 000 does not stop reading")
        else:
            runner.check("unreadable_file", unreadable, "file-unreadable", False)
        unreadable.chmod(0o600)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (runner.passed, len(runner.failures)))
    return 1 if runner.failures else 0


if __name__ == "__main__":
    sys.exit(main())
