#!/usr/bin/env python3
"""The commands around the compiler: graph, fmt, init, compile --explain-plan and --env overlays.

Golden outputs live in tests/tools/golden/ and are compared exactly; `--update` rewrites them for review.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLDEN = os.path.join(HERE, 'golden')
results = {'passed': 0, 'failed': 0}


def run(args, **kw):
    return subprocess.run([ECSGEN] + args, capture_output=True, text=True, **kw)


def check(ok, name, detail=''):
    results['passed' if ok else 'failed'] += 1
    print(('ok   ' if ok else 'FAIL ') + name + ('' if ok or not detail else '\n     ' + detail[:2000]))


def golden(name, actual):
    path = os.path.join(GOLDEN, name)
    if UPDATE:
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(actual)
    expected = open(path, encoding='utf-8').read() if os.path.exists(path) else None
    check(expected == actual, 'golden ' + name, 'differs from ' + path + ' (run with --update and review)')


def test_graph():
    for sample in ['web-alb', 'airflow']:
        for fmt, ext in [('dot', 'dot'), ('mermaid', 'mmd')]:
            p = run(['graph', os.path.join(ROOT, 'samples', sample + '.ecs'), '--format', fmt])
            check(p.returncode == 0, 'graph %s --format %s exits 0' % (sample, fmt), p.stderr)
            golden('%s.%s' % (sample, ext), p.stdout)
    web = os.path.join(ROOT, 'samples', 'web-alb.ecs')
    if shutil.which('dot'):
        p = run(['graph', web, '--format', 'svg'])
        check(p.returncode == 0 and '<svg' in p.stdout and 'service web' in p.stdout, 'graph --format svg renders', p.stderr)
        bad = []
        for sample in sorted(glob.glob(os.path.join(ROOT, 'samples', '*.ecs'))):
            g = run(['graph', sample])
            r = subprocess.run(['dot', '-Tsvg', '-o', os.devnull], input=g.stdout, capture_output=True, text=True)
            if g.returncode != 0 or r.returncode != 0 or r.stderr:
                bad.append(sample + ': ' + g.stderr + r.stderr)
        check(not bad, 'graph of every sample is DOT that Graphviz accepts without warnings', '\n'.join(bad))
    else:
        print('SKIP graph --format svg renders (Graphviz `dot` is not installed)')
        print('SKIP graph of every sample is DOT that Graphviz accepts')
    p = run(['graph', web, '--format', 'svg'], env=dict(os.environ, PATH='/nonexistent'))
    check(p.returncode == 2 and 'Graphviz' in p.stderr, 'graph --format svg without dot: message, exit 2', p.stderr)
    p = run(['graph', web, '--format', 'png'])
    check(p.returncode == 2, 'graph --format png is a usage error')


def test_explain_plan():
    p = run(['compile', os.path.join(ROOT, 'samples', 'web-alb.ecs'), '--explain-plan'])
    check(p.returncode == 0, 'compile --explain-plan exits 0 without -o', p.stderr)
    golden('web-alb.plan.txt', p.stdout)
    check('us-east-1 on-demand' in p.stdout, 'explain-plan states its price assumptions')


def compile_all(path, cwd=None):
    """Both targets' output, or None when the file does not compile cleanly."""
    out = []
    for target in ['terraform', 'cloudformation']:
        p = run(['compile', path, '-o', '-', '--target', target], cwd=cwd)
        if p.returncode != 0:
            return None
        out.append(p.stdout)
    return out


def fmt_text(text):
    p = run(['fmt', '-'], input=text)
    return p.stdout if p.returncode == 0 else None


def test_fmt():
    inputs = sorted(glob.glob(os.path.join(ROOT, 'samples', '*.ecs')) + glob.glob(os.path.join(ROOT, 'templates', '*.ecs')))
    inputs += sorted(f for f in glob.glob(os.path.join(ROOT, 'tests', 'golden', '**', '*.ecs'), recursive=True)
                     if not os.path.basename(f).startswith('fail_'))
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in inputs:
            text = open(path, encoding='utf-8', errors='surrogateescape').read()
            once = fmt_text(text)
            if once is None:
                bad.append(path + ': fmt failed')
                continue
            if fmt_text(once) != once:
                bad.append(path + ': not idempotent')
            # Both versions compile under one relative name: the output names its source file.
            name = os.path.basename(path)
            for sub, content in (('before', text), ('after', once)):
                os.makedirs(os.path.join(tmp, sub), exist_ok=True)
                with open(os.path.join(tmp, sub, name), 'w', encoding='utf-8', errors='surrogateescape') as fh:
                    fh.write(content)
            before = compile_all(name, cwd=os.path.join(tmp, 'before'))
            if before is None:
                continue
            if compile_all(name, cwd=os.path.join(tmp, 'after')) != before:
                bad.append(path + ': compiles differently after fmt')
            if sum(l.count('#') for l in text.splitlines()) != sum(l.count('#') for l in once.splitlines()):
                bad.append(path + ': comments lost')
        check(not bad, 'fmt over %d samples, templates and valid golden inputs: idempotent, same output' % len(inputs),
              '\n     '.join(bad))

        messy = os.path.join(tmp, 'messy.ecs')
        with open(messy, 'w') as fh:
            fh.write('\n\n# head\napp  x   {\n region=  "us-east-1"   # where\n\n\n}\nregistry r {}\n'
                     'service s {\n      image = registry.r:"1"\n  port= 80\n\n  # the path\n  health  =   "/h"\n}\n\n\n')
        p = run(['fmt', '--check', messy])
        check(p.returncode == 1 and messy in p.stdout, 'fmt --check lists a file that would change, exit 1', p.stdout)
        p = run(['fmt', messy])
        want = ('# head\napp x {\n  region = "us-east-1" # where\n}\n\nregistry r {}\n\nservice s {\n'
                '  image = registry.r:"1"\n  port  = 80\n\n  # the path\n  health = "/h"\n}\n')
        got = open(messy).read()
        check(p.returncode == 0 and got == want, 'fmt rewrites in place: indentation, alignment, blank lines, comments',
              repr(got))
        p = run(['fmt', '--check', messy])
        check(p.returncode == 0 and p.stdout == '', 'fmt --check of a formatted file exits 0 silently', p.stdout)

        broken = os.path.join(tmp, 'broken.ecs')
        text = 'app x {\n  region = "us-east-1"\nservice s {\n'
        with open(broken, 'w') as fh:
            fh.write(text)
        p = run(['fmt', broken])
        check(p.returncode == 1 and 'error' in p.stderr and open(broken).read() == text,
              'fmt leaves a file with syntax errors untouched, with diagnostics, exit 1', p.stderr)


def test_init():
    p = run(['init', '--list'])
    names = [l.split()[0] for l in p.stdout.splitlines() if l.strip()]
    want = ['airflow-like', 'api-nlb', 'cloudfront-private', 'web-alb', 'worker']
    check(p.returncode == 0 and names == want, 'init --list shows the five templates', p.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            path = os.path.join(tmp, name + '.ecs')
            p = run(['init', '--template', name, path])
            ok = p.returncode == 0 and os.path.exists(path)
            c = run(['check', '--strict', path])
            f = run(['fmt', '--check', path])
            ok = ok and c.returncode == 0 and f.returncode == 0 and compile_all(path) is not None
            check(ok, 'init --template %s passes check --strict and fmt --check, compiles for both targets' % name,
                  p.stderr + c.stderr + f.stdout)
        p = run(['init'], cwd=tmp)
        check(p.returncode == 0 and os.path.exists(os.path.join(tmp, 'app.ecs')), 'init writes app.ecs by default', p.stderr)
        before = open(os.path.join(tmp, 'app.ecs')).read()
        p = run(['init', '--template', 'worker'], cwd=tmp)
        check(p.returncode == 1 and 'exists' in p.stderr and open(os.path.join(tmp, 'app.ecs')).read() == before,
              'init refuses to overwrite, exit 1', p.stderr)
        p = run(['init', '--template', 'worker', '-'])
        check(p.returncode == 0 and p.stdout.startswith('# A background worker'), 'init - prints to stdout')
        p = run(['init', '--template', 'nope', os.path.join(tmp, 'x.ecs')])
        check(p.returncode == 2 and 'init --list' in p.stderr, 'init with an unknown template is a usage error', p.stderr)


def resources(doc):
    return {(t, n): r for t, group in doc.get('resource', {}).items() for n, r in group.items()}


def test_env():
    sample = os.path.join(ROOT, 'samples', 'currency-convertor.ecs')
    base = json.loads(run(['compile', sample, '-o', '-']).stdout)
    prod = json.loads(run(['compile', sample, '-o', '-', '--env', 'prod']).stdout)
    a, b = resources(base), resources(prod)
    changed = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
    # The overlay touches `service api` only: its ECS service and its autoscaling; the provider gains the env tag.
    check(changed and all(name == 'api' or name.startswith('api_') for _, name in changed),
          'compile --env prod differs from the base only in the overlaid service', str(changed))
    others = [k for k in base if k not in ('resource', 'provider') and base[k] != prod.get(k)]
    tags = prod['provider']['aws']['default_tags'][0]['tags']
    check(not others and tags.get('env') == 'prod', 'outside resources only the provider env tag changes', str(others))
    for cmd in (['compile', sample, '-o', '-'], ['check', sample], ['graph', sample]):
        p = run(cmd + ['--env', 'nope'])
        check(p.returncode == 1 and 'unknown-env' in p.stderr, '%s --env nope is an error' % cmd[0], p.stderr)
    for cmd in (['check', sample], ['graph', sample], ['compile', sample, '--explain-plan']):
        p = run(cmd + ['--env', 'prod'])
        check(p.returncode == 0, '%s --env prod works' % cmd[0], p.stderr)


def test_editor_grammar():
    path = os.path.join(ROOT, 'editors', 'ecs.tmLanguage.json')
    try:
        grammar = json.load(open(path))
    except (OSError, ValueError) as e:
        check(False, 'editors/ecs.tmLanguage.json is valid JSON', str(e))
        return
    text = json.dumps(grammar)
    scopes = ['comment.line.number-sign', 'string.quoted.double', 'constant.numeric', 'constant.other.cidr',
              'keyword.other.block', 'variable.other.key', 'keyword.operator.arrow', 'constant.language.boolean',
              'variable.other.reference']
    missing = [s for s in scopes if s not in text]
    check(grammar.get('scopeName') == 'source.ecs' and not missing, 'the TextMate grammar has the expected scopes', str(missing))


def main():
    global ECSGEN, UPDATE
    parser = argparse.ArgumentParser()
    parser.add_argument('--ecsgen', required=True)
    parser.add_argument('--update', action='store_true', help='rewrite the golden files')
    args = parser.parse_args()
    ECSGEN, UPDATE = os.path.abspath(args.ecsgen), args.update
    for test in (test_graph, test_explain_plan, test_fmt, test_init, test_env, test_editor_grammar):
        test()
    print('%d passed, %d failed' % (results['passed'], results['failed']))
    return 1 if results['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
