#!/usr/bin/env python3
"""Runs the output oracles (tools ecsgen did not write) over every sample and every valid golden case.

Terraform: ../shared/oracles/terraform/validate_tfjson.py --strict and plan.sh (the real terraform plan,
offline). CloudFormation: ../shared/oracles/cloudformation/validate_cfn.py --security. Skips visibly
(exit 77) when ../shared is absent. Prints `N passed, M failed` last.
"""
import argparse
import concurrent.futures
import glob
import json
import re
import os
import subprocess
import sys
import tempfile

# Security findings of validate_cfn --security that are decisions or known gaps, each documented in
# docs/cloudformation.md ("Security findings not fixed by default"); every other check is enforced.
ACCEPTED_CFN_FINDINGS = [
    'CKV_AWS_336',  # writable root filesystem unless `read_only_root = true` (check writable-root-fs warns in production)
    'CKV_AWS_157',  # single-AZ RDS unless `multi_az = true` (check db-single-az warns in production)
    'CKV_AWS_51',   # mutable ECR tags only when the user writes `immutable = false` (check registry-mutable-tags)
    'CKV_AWS_68',   # CloudFront WAF is opt-in (`waf = true`, us-east-1 only)
    'CKV_AWS_2',    # CloudFront reaches its internal ALB over HTTP inside the VPC (VPC origin)
    'CKV2_AWS_72',  # the same CloudFront -> VPC origin hop, seen from the distribution
    'CKV_AWS_88', 'EC2_INSTANCE_NO_PUBLIC_IP',  # a bastion lives in a public subnet by design
]

# Golden cases exercise opt-outs on purpose (deletion protection off, versioning off, disposable apps);
# the findings those produce are accepted there, never for samples/.
USER_OPT_OUT_FINDINGS = [
    'RDS_INSTANCE_DELETION_PROTECTION_ENABLED', 'ELB_DELETION_PROTECTION_ENABLED', 'CKV_AWS_21',
    'CKV_AWS_65',   # Container Insights off (`insights = false`)
    'CKV_AWS_163',  # scan on push off (`scan_on_push = false`)
]

# Access logs off on purpose: accepted only in golden cases whose source says `access_logs = false`.
ACCESS_LOGS_OFF = re.compile(r'^\s*access_logs\s*=\s*false', re.MULTILINE)
ACCESS_LOG_FINDINGS = ['CKV_AWS_91', 'CKV_AWS_86', 'CKV_AWS_18']

# Findings accepted on one resource only. The access-log bucket does not log into itself (its own access
# would be logged as new objects in it, without end). The oracle exempts a bucket that receives access
# logs from CKV_AWS_18 but recognises a load balancer's reference only, not a bucket's LoggingConfiguration
# or CloudFront's Logging; the template carries checkov's own Metadata skip for it, with this reason.
ACCEPTED_CFN_FINDINGS_AT = [
    ('CKV_AWS_18', '$.Resources.BucketAccessLogs.'),
]

# Warnings of validate_tfjson that say the oracle cannot judge a block, not that the block is wrong. Every
# other warning fails the run, as --strict would. aws_s3_bucket_logging (S3 server access logs into the
# access-log bucket) is outside the oracle's aws 6.47 schema subset; plan.sh checks it with the real provider.
ACCEPTED_TFJSON_WARNINGS = [
    'resource type "aws_s3_bucket_logging" exists in the provider, but its schema is not in the loaded subset',
]

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))


def inputs():
    files = sorted(glob.glob(os.path.join(ROOT, 'samples', '*.ecs')))
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'golden', '**', '*.ecs'), recursive=True)):
        name = os.path.basename(path)
        if not name.startswith('fail_') and not name.startswith('warn_'):
            files.append(path)
    return files


def extra_args(path):
    with open(path, encoding='utf-8', errors='replace') as fh:
        first = fh.readline()
    return first[len('# args:'):].split() if first.startswith('# args:') else []


def run(cmd, timeout=300):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return 124, 'timed out: ' + ' '.join(cmd)


def validate_tfjson(out):
    """validate_tfjson.py --strict, except for ACCEPTED_TFJSON_WARNINGS; the problem as text, or ''."""
    code, text = run([sys.executable, os.path.join(SHARED, 'oracles/terraform/validate_tfjson.py'), '--json', out])
    try:
        report = json.loads(text[:text.rindex('}') + 1])
    except ValueError:
        return 'exit %d: %s' % (code, text[-1500:])
    left = [d for d in report['diagnostics']
            if d['severity'] != 'warning' or not any(a in d['message'] for a in ACCEPTED_TFJSON_WARNINGS)]
    return '\n'.join('%s %s %s: %s' % (d['severity'], d['file'], d['path'], d['message']) for d in left)[-1500:]


def validate_cfn(path, sample, template):
    """validate_cfn.py --security with the accepted findings skipped; the problem as text, or ''."""
    skip = ACCEPTED_CFN_FINDINGS + ([] if sample else USER_OPT_OUT_FINDINGS)
    with open(path, encoding='utf-8', errors='replace') as fh:
        if not sample and ACCESS_LOGS_OFF.search(fh.read()):
            skip = skip + ACCESS_LOG_FINDINGS
    code, text = run([sys.executable, os.path.join(SHARED, 'oracles/cloudformation/validate_cfn.py'), '--security',
                      '--json', '--skip', ','.join(skip), template])
    try:
        report = json.loads(text[:text.rindex('}') + 1])
    except ValueError:
        return 'exit %d: %s' % (code, text[-1500:])
    left = [f for f in report['findings'] if f['severity'] != 'warning' and
            not any(f['code'] == c and f['path'].startswith(at) for c, at in ACCEPTED_CFN_FINDINGS_AT)]
    return '\n'.join('%s %s %s: %s' % (f['severity'], f['code'], f['path'], f['message']) for f in left)[-1500:]


def check_one(ecsgen, path, plan, cfn):
    rel = os.path.relpath(path, ROOT)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'tf')
        code, text = run([ecsgen, 'compile', path, '-o', out, '--target', 'terraform', '--color', 'never'] + extra_args(path))
        if code != 0:
            return rel, ['compile --target terraform exited %d: %s' % (code, text[-800:])]
        problem = validate_tfjson(out)
        if problem:
            problems.append('validate_tfjson: ' + problem)
        if plan:
            code, text = run([os.path.join(SHARED, 'oracles/terraform/plan.sh'), out], timeout=600)
            if code == 3:
                print('SKIP: plan.sh not available here (%s)' % rel, flush=True)
            elif code != 0:
                problems.append('plan.sh: ' + text[-1500:])
        if cfn:
            cout = os.path.join(tmp, 'cfn')
            code, text = run([ecsgen, 'compile', path, '-o', cout, '--target', 'cloudformation', '--color', 'never'] + extra_args(path))
            errors = [line for line in text.splitlines() if ': error:' in line]
            sample = rel.startswith('samples/')
            if code != 0 and not sample and errors and all('[target-unsupported]' in e for e in errors):
                # A golden case that uses a Terraform-only construct on purpose: the error is the expected result.
                print('SKIP cloudformation for %s: %s' % (rel, errors[0].split(': error: ')[-1]), flush=True)
            elif code != 0:
                problems.append('compile --target cloudformation exited %d: %s' % (code, text[-800:]))
            else:
                problem = validate_cfn(path, sample, os.path.join(cout, 'template.json'))
                if problem:
                    problems.append('validate_cfn --security: ' + problem)
    return rel, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ecsgen', required=True)
    ap.add_argument('--no-plan', action='store_true', help='skip terraform plan (the slow oracle)')
    ap.add_argument('--no-cfn', action='store_true', help='skip the CloudFormation oracle')
    ap.add_argument('-k', default='', help='only inputs whose path contains this')
    ap.add_argument('-j', type=int, default=2)
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, 'oracles')):
        print('SKIP: %s/oracles not found; output oracles not run' % SHARED)
        return 77
    plan = not args.no_plan and os.environ.get('ECSGEN_SLOW_ORACLES', '1') != '0'
    files = [f for f in inputs() if args.k in f]
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = [pool.submit(check_one, args.ecsgen, f, plan, not args.no_cfn) for f in files]
        for future in futures:
            rel, problems = future.result()
            if problems:
                failed += 1
                print('FAIL %s' % rel)
                for p in problems:
                    print('  ' + p.replace('\n', '\n  '))
            else:
                passed += 1
                print('ok   %s' % rel, flush=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
