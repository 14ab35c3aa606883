#!/usr/bin/env python3
"""Times whole-process `ecsgen compile` (each target, into a directory and, from N=1,000, to stdout with
`-o -`) and `ecsgen check` for generated apps of N services, plus `check` over 100 sample-sized files in
one call. Median wall and CPU time over several runs and peak RSS of the child (from wait4). Prints a
Markdown table for bench/RESULTS.md."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def measure(cmd, runs):
    walls, cpus, rss = [], [], 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        rss = max(rss, usage.ru_maxrss)  # KiB on Linux
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit('failed: ' + ' '.join(cmd))
    # CPU time beside wall: on a shared 2-core machine wall time includes waiting for a core.
    return (statistics.median(walls), statistics.median(cpus)), rss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ecsgen', default=os.path.join(ROOT, 'build', 'ecsgen'))
    ap.add_argument('--sizes', default='1,10,100,1000,10000')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--targets', default='terraform,cloudformation')
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for sample in sorted(os.listdir(os.path.join(ROOT, 'samples'))):
            path = os.path.join(ROOT, 'samples', sample)
            wall, rss = measure([args.ecsgen, 'compile', path, '-o', os.path.join(tmp, 's'), '--target', 'terraform'], args.runs)
            rows.append(('sample %s: compile terraform' % sample, wall, rss))
        for n in [int(x) for x in args.sizes.split(',')]:
            src = os.path.join(tmp, 'app%d.ecs' % n)
            with open(src, 'w') as fh:
                subprocess.run([sys.executable, os.path.join(HERE, 'gen_app.py'), str(n)], stdout=fh, check=True)
            wall, rss = measure([args.ecsgen, 'check', src], args.runs)
            rows.append(('N=%d: check' % n, wall, rss))
            for target in args.targets.split(','):
                try:
                    wall, rss = measure([args.ecsgen, 'compile', src, '-o', os.path.join(tmp, 'o%d' % n), '--target', target], args.runs)
                    rows.append(('N=%d: compile %s' % (n, target), wall, rss))
                    if n >= 1000:
                        wall, rss = measure([args.ecsgen, 'compile', src, '-o', '-', '--target', target], args.runs)
                        rows.append(('N=%d: compile %s -o -' % (n, target), wall, rss))
                except SystemExit as e:
                    rows.append(('N=%d: compile %s (%s)' % (n, target, e), (float('nan'), float('nan')), 0))
        files = []
        samples = sorted(os.listdir(os.path.join(ROOT, 'samples')))
        for i in range(100):
            files.append(os.path.join(ROOT, 'samples', samples[i % len(samples)]))
        wall, rss = measure([args.ecsgen, 'check'] + files, args.runs)
        rows.append(('check of 100 sample files in one call', wall, rss))
    print('| case | median wall | median CPU | peak RSS |')
    print('| --- | --- | --- | --- |')
    for name, (wall, cpu), rss in rows:
        print('| %s | %.1f ms | %.1f ms | %.1f MiB |' % (name, wall * 1000, cpu * 1000, rss))


if __name__ == '__main__':
    main()
