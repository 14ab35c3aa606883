#!/usr/bin/env python3
"""Peer comparison (issue 8): ecsgen against AWS CDK for the topology of samples/web-alb.ecs.

Times, interleaved over N rounds (the order rotates each round, after one untimed warm-up of each):
  A   ecsgen compile samples/web-alb.ecs -o TMP --target cloudformation
  B1  npx cdk synth --no-notices -q      in bench/cdk (the real CLI: runs app.js, CDK's validation on)
  B2  node app.js                        in bench/cdk (no CLI; app.synth() with validation off)
and prints medians of wall and CPU time (user+sys of the process and the children it waited for, from
os.wait4 as bench/run.py does), the peak RSS (the largest single process of the tree), the ratios
ecsgen/CDK, and the resource count of each template. Not part of CI: bench/cdk/run.sh installs CDK and
calls this. Standard library only."""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, 'samples', 'web-alb.ecs')


def run_once(cmd, cwd, env):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.stderr.write(err.decode(errors='replace'))
        raise SystemExit('failed (%d): %s' % (proc.returncode, ' '.join(cmd)))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0  # KiB on Linux


def count_resources(path):
    with open(path) as fh:
        return len(json.load(fh).get('Resources', {}))


def machine():
    model = '?'
    with open('/proc/cpuinfo') as fh:
        for line in fh:
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    mem = '?'
    with open('/proc/meminfo') as fh:
        for line in fh:
            if line.startswith('MemTotal:'):
                mem = '%.1f GiB' % (int(line.split()[1]) / 1024.0 / 1024.0)
    return 'nproc %d, %s, %s RAM, %s %s' % (os.cpu_count(), model, mem, platform.system(), platform.release())


def versions(env):
    node = subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()
    with open(os.path.join(HERE, 'node_modules', 'aws-cdk-lib', 'package.json')) as fh:
        lib = json.load(fh)['version']
    with open(os.path.join(HERE, 'node_modules', 'constructs', 'package.json')) as fh:
        constructs = json.load(fh)['version']
    cli = subprocess.run(['npx', 'cdk', '--version'], cwd=HERE, env=env, capture_output=True, text=True).stdout.strip()
    return 'node %s, aws-cdk-lib %s, constructs %s, aws-cdk CLI %s' % (node, lib, constructs, cli)


def loadavg():
    with open('/proc/loadavg') as fh:
        return ' '.join(fh.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--ecsgen', default=os.environ.get('ECSGEN', os.path.join(ROOT, 'build', 'ecsgen')))
    ap.add_argument('--runs', type=int, default=10)
    args = ap.parse_args()
    env = dict(os.environ, CDK_DISABLE_VERSION_CHECK='1', CDK_DISABLE_CLI_TELEMETRY='1')
    env.pop('CDK_OUTDIR', None)
    with tempfile.TemporaryDirectory() as tmp:
        out_a = os.path.join(tmp, 'ecsgen')
        out_b2 = os.path.join(tmp, 'cdk-direct')
        cases = [
            ('A', 'ecsgen compile --target cloudformation',
             [args.ecsgen, 'compile', SAMPLE, '-o', out_a, '--target', 'cloudformation'], ROOT, env),
            ('B1', 'npx cdk synth --no-notices -q',
             ['npx', 'cdk', 'synth', '--no-notices', '-q'], HERE, env),
            ('B2', 'node app.js (validation off)',
             ['node', 'app.js'], HERE, dict(env, CDK_BENCH_OUTDIR=out_b2)),
        ]
        for _, _, cmd, cwd, e in cases:  # warm-up: page cache, and a first-run check
            run_once(cmd, cwd, e)
        samples = {key: [] for key, _, _, _, _ in cases}
        load_before = loadavg()
        for r in range(args.runs):
            k = r % len(cases)
            for key, _, cmd, cwd, e in cases[k:] + cases[:k]:
                samples[key].append(run_once(cmd, cwd, e))
            sys.stderr.write('round %d/%d done (load %s)\n' % (r + 1, args.runs, loadavg()))
        load_after = loadavg()
        resources = {
            'A': count_resources(os.path.join(out_a, 'template.json')),
            'B1': count_resources(os.path.join(HERE, 'cdk.out', 'Shop.template.json')),
            'B2': count_resources(os.path.join(out_b2, 'Shop.template.json')),
        }
    med = {}
    for key, xs in samples.items():
        med[key] = (statistics.median(x[0] for x in xs), statistics.median(x[1] for x in xs), max(x[2] for x in xs))
    print('machine: %s' % machine())
    print('versions: %s' % versions(env))
    print('runs: %d interleaved rounds; load average before %s, after %s' % (args.runs, load_before, load_after))
    print()
    print('| case | command | median wall | median CPU | peak RSS | resources |')
    print('| --- | --- | --- | --- | --- | --- |')
    for key, name, _, _, _ in cases:
        w, c, m = med[key]
        print('| %s | %s | %.1f ms | %.1f ms | %.1f MiB | %d |' % (key, name, w * 1000, c * 1000, m, resources[key]))
    print()
    print('| ratio ecsgen/CDK | wall | CPU | peak RSS |')
    print('| --- | --- | --- | --- |')
    a = med['A']
    for key in ('B1', 'B2'):
        b = med[key]
        print('| A/%s | %.4f (1/%.0f) | %.4f (1/%.0f) | %.3f (1/%.0f) |' % (
            key, a[0] / b[0], b[0] / a[0], a[1] / b[1], b[1] / max(a[1], 1e-9), a[2] / b[2], b[2] / a[2]))


if __name__ == '__main__':
    main()
