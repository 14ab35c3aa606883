#!/usr/bin/env python3
"""Prints a valid .ecs application with N services (and proportionally databases, volumes, secrets,
ingress routes and connects edges) to stdout. Standard library only; deterministic."""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = ['app bench {', '  region = "eu-north-1"', '  tags   = { team = "bench" }', '}',
           'network {', '  cidr  = 10.0.0.0/16', '  zones = 3', '  nat   = single', '}',
           'cluster {', '  insights = true', '}', 'registry app {}']
    databases = max(1, n // 10)
    volumes = max(1, n // 20)
    secrets = max(1, n // 5)
    for d in range(databases):
        out += ['database db%d {' % d, '  engine = postgres "16.4"', '  storage = 20 GiB..100 GiB', '}']
    for v in range(volumes):
        out += ['volume vol%d {' % v, '  path = "/data%d"' % v, '}']
    for s in range(secrets):
        out += ['secret key%d {' % s, '  generate = 32', '}']
    # One ALB per 50 routed services keeps within the ALB's 100-rule limit.
    routed = [i for i in range(n) if i % 2 == 0]
    for g in range(0, len(routed), 50):
        out.append('ingress public%d {' % (g // 50))
        out.append('  certificate = "arn:aws:acm:eu-north-1:123456789012:certificate/abc"')
        for k, i in enumerate(routed[g:g + 50]):
            out.append('  route "%s" -> svc%d' % ('/' if k == 0 else '/svc%d/*' % i, i))
        out.append('}')
    for i in range(n):
        lines = ['service svc%d {' % i,
                 '  image  = registry.app:"1.0.%d"' % i,
                 '  cpu    = 512',
                 '  memory = 1 GiB',
                 '  port   = 8080',
                 '  health = "/health"',
                 '  scale  = 1..4 on cpu 60%',
                 '  env    = { DB_HOST = db%d.host, MODE = "production" }' % (i % databases),
                 '  secrets = { DB_PASSWORD = db%d.password, KEY = key%d }' % (i % databases, i % secrets)]
        if i % 3 == 1 and i > 0:
            lines.append('  connects = [svc%d]' % (i - 1))
        if i % 4 == 0:
            lines.append('  mount vol%d at "/mnt/data" read_only' % (i % volumes))
        lines.append('}')
        out += lines
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
