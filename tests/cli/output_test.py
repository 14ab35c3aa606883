#!/usr/bin/env python3
"""Output guarantees: byte-identical output across runs and block orders, atomic writes that never touch
files ecsgen did not write, nothing changed on error, concurrent runs that do not interleave, `-o -`."""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = []


def check(name, ok, detail=''):
    results.append(ok)
    print(('ok   ' if ok else 'FAIL ') + name + ('' if ok else ': ' + detail), flush=True)


def compile_to(ecsgen, src, out, target='terraform'):
    return subprocess.run([ecsgen, 'compile', src, '-o', out, '--target', target, '--color', 'never'],
                          capture_output=True, text=True, timeout=60)


def snapshot(directory):
    files = {}
    for path in sorted(glob.glob(os.path.join(directory, '*')) + glob.glob(os.path.join(directory, '.*'))):
        with open(path, 'rb') as fh:
            files[os.path.basename(path)] = fh.read()
    return files


def reorder_blocks(text):
    """The same file with its top-level blocks reversed (order does not matter in the language)."""
    blocks, current, depth = [], [], 0
    for line in text.splitlines(keepends=True):
        current.append(line)
        depth += line.count('{') - line.count('}')
        if depth == 0 and line.strip().endswith('}'):
            blocks.append(''.join(current))
            current = []
    return ''.join(reversed(blocks)) + ''.join(current)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ecsgen', required=True)
    ecsgen = os.path.abspath(ap.parse_args().ecsgen)
    samples = sorted(glob.glob(os.path.join(ROOT, 'samples', '*.ecs')))
    with tempfile.TemporaryDirectory() as tmp:
        for sample in samples:
            name = os.path.basename(sample)
            a, b = os.path.join(tmp, 'a'), os.path.join(tmp, 'b')
            ra, rb = compile_to(ecsgen, sample, a), compile_to(ecsgen, sample, b)
            ok = ra.returncode == 0 and rb.returncode == 0 and snapshot(a) == snapshot(b)
            check('deterministic twice: ' + name, ok, ra.stderr + rb.stderr)
            with open(sample, encoding='utf-8') as fh:
                reordered = os.path.join(tmp, 'reordered.ecs')
                with open(reordered, 'w', encoding='utf-8') as out:
                    out.write(reorder_blocks(fh.read()))
            c = os.path.join(tmp, 'c')
            rc = compile_to(ecsgen, reordered, c)
            sa, sc = snapshot(a), snapshot(c)
            check('deterministic across block order: ' + name, rc.returncode == 0 and sa == sc,
                  rc.stderr[-400:] + ' differing: ' + str([k for k in set(sa) | set(sc) if sa.get(k) != sc.get(k)]))
            for d in (a, b, c):
                subprocess.run(['rm', '-rf', d])

        sample = os.path.join(ROOT, 'samples', 'web-alb.ecs')
        out = os.path.join(tmp, 'out')
        os.makedirs(out)
        with open(os.path.join(out, 'mine.tf'), 'w') as fh:
            fh.write('# the user\'s own file\n')
        with open(os.path.join(out, 'main.tf.json'), 'w') as fh:
            fh.write('{}\n')
        r = compile_to(ecsgen, sample, out)
        check('compile into an existing directory', r.returncode == 0, r.stderr)
        check('summary line', r.stderr.startswith('wrote ') and '(terraform)' in r.stderr, r.stderr)
        check('foreign files untouched', open(os.path.join(out, 'mine.tf')).read() == '# the user\'s own file\n'
              and open(os.path.join(out, 'main.tf.json')).read() == '{}\n')
        manifest = open(os.path.join(out, '.ecsgen-manifest')).read().split()
        check('manifest lists what was written', 'network.tf.json' in manifest and 'mine.tf' not in manifest, str(manifest))
        check('no temporary directory left', not [p for p in os.listdir(tmp) if 'ecsgen-tmp' in p], str(os.listdir(tmp)))
        before = snapshot(out)
        bad = os.path.join(tmp, 'bad.ecs')
        with open(bad, 'w') as fh:
            fh.write('app x {\n  region = "eu-north-1"\n}\nservice web {\n  cpu = 3\n}\n')
        r = compile_to(ecsgen, bad, out)
        check('errors exit 1', r.returncode == 1, r.stderr)
        check('nothing changes on error', snapshot(out) == before)
        fresh = os.path.join(tmp, 'never')
        compile_to(ecsgen, bad, fresh)
        check('no directory created on error', not os.path.exists(fresh))
        # A stale file ecsgen wrote before is removed when it is no longer produced.
        with open(os.path.join(out, '.ecsgen-manifest'), 'a') as fh:
            fh.write('old.tf.json\n')
        with open(os.path.join(out, 'old.tf.json'), 'w') as fh:
            fh.write('{}\n')
        compile_to(ecsgen, sample, out)
        check('stale own file removed', not os.path.exists(os.path.join(out, 'old.tf.json')))
        check('foreign file still there', os.path.exists(os.path.join(out, 'mine.tf')))

        afile = os.path.join(tmp, 'afile')
        open(afile, 'w').close()
        r = compile_to(ecsgen, sample, afile)
        check('output path that is a file: exit 3', r.returncode == 3 and 'not a directory' in r.stderr, r.stderr)

        r = subprocess.run([ecsgen, 'compile', sample, '-o', '-'], capture_output=True, text=True)
        try:
            doc = json.loads(r.stdout)
            check('-o - prints one JSON document', r.returncode == 0 and 'resource' in doc)
        except ValueError as e:
            check('-o - prints one JSON document', False, str(e))

        conc = os.path.join(tmp, 'conc')
        codes = []

        def worker():
            codes.append(compile_to(ecsgen, sample, conc).returncode)

        threads = [threading.Thread(target=worker) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        ok = codes == [0] * 6
        reference = os.path.join(tmp, 'reference')
        compile_to(ecsgen, sample, reference)
        check('concurrent runs do not interleave', ok and snapshot(conc) == snapshot(reference), str(codes))

        if os.geteuid() != 0:
            ro = os.path.join(tmp, 'ro')
            os.makedirs(ro)
            os.chmod(ro, 0o555)
            r = compile_to(ecsgen, sample, ro)
            check('read-only directory: exit 3 with a message', r.returncode == 3 and 'cannot' in r.stderr, r.stderr)
        else:
            print('SKIP read-only directory: running as root, permissions do not apply')
    passed = sum(1 for r in results if r)
    print('%d passed, %d failed' % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == '__main__':
    sys.exit(main())
