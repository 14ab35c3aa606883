#!/usr/bin/env node
// The CDK equivalent of samples/web-alb.ecs, for the peer comparison in bench/cdk/compare.py (issue 8).
// Env-agnostic (no `env`, no lookups, no assets), so it synthesizes offline without AWS credentials.
//
// Two ways to run it:
//   npx cdk synth --no-notices -q   the CLI runs `node app.js` (cdk.json) with CDK_OUTDIR set; the App
//                                   synthesizes itself on exit with construct validation on, and the
//                                   CLI then reads the cloud assembly (B1 in compare.py).
//   node app.js                     no CLI: writes the assembly to $CDK_BENCH_OUTDIR (default
//                                   cdk.out.direct) with construct validation off (B2 in compare.py).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const ecr = require('aws-cdk-lib/aws-ecr');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const ecsPatterns = require('aws-cdk-lib/aws-ecs-patterns');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const acm = require('aws-cdk-lib/aws-certificatemanager');

const underCli = Boolean(process.env.CDK_OUTDIR);
// Without the CLI, set what the CLI passes by default (path metadata, version reporting) so both ways
// write the same template.
const app = new cdk.App(underCli ? {} : {
  outdir: process.env.CDK_BENCH_OUTDIR || 'cdk.out.direct',
  autoSynth: false,
  analyticsReporting: true,
  context: { 'aws:cdk:enable-path-metadata': true },
});

// app shop { tags = { team = "payments", cost_center = "cc-1234" } } -- region is left to the
// environment: an env-agnostic stack (no `env`), so nothing is looked up.
const stack = new cdk.Stack(app, 'Shop');
cdk.Tags.of(stack).add('team', 'payments');
cdk.Tags.of(stack).add('cost_center', 'cc-1234');

// network { cidr = 10.0.0.0/16; zones = 2; nat = single }
const vpc = new ec2.Vpc(stack, 'Vpc', {
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
  maxAzs: 2,
  natGateways: 1,
});

// cluster { insights = true }
const cluster = new ecs.Cluster(stack, 'Cluster', {
  vpc,
  containerInsightsV2: ecs.ContainerInsights.ENABLED,
});

// registry web { scan_on_push = true; keep_images = 30 }
const repository = new ecr.Repository(stack, 'WebRepository', {
  imageScanOnPush: true,
  lifecycleRules: [{ maxImageCount: 30 }],
});

// secret session_key { generate = 64 }
const sessionKey = new secretsmanager.Secret(stack, 'SessionKey', {
  generateSecretString: { passwordLength: 64 },
});

// ingress public { kind = alb; certificate = "arn:..."; route "/" -> web; route "/api/*" -> api }
// The pattern creates the ALB, the HTTPS listener with the certificate and the HTTP->HTTPS redirect.
const certificate = acm.Certificate.fromCertificateArn(stack, 'Certificate',
  'arn:aws:acm:eu-north-1:123456789012:certificate/0f3c2d1e-1111-2222-3333-444455556666');

// service web { image = registry.web:"1.4.2"; cpu = 512; memory = 1 GiB; port = 8080; health = "/health";
//               scale = 2..10 on cpu 60%; env = { FLASK_ENV = "production" }; secrets = { SECRET_KEY = session_key } }
const web = new ecsPatterns.ApplicationLoadBalancedFargateService(stack, 'Web', {
  cluster,
  cpu: 512,
  memoryLimitMiB: 1024,
  desiredCount: 2,
  minHealthyPercent: 100, // as ecsgen's DeploymentConfiguration
  circuitBreaker: { rollback: true },
  certificate,
  protocol: elbv2.ApplicationProtocol.HTTPS,
  redirectHTTP: true,
  publicLoadBalancer: true,
  taskImageOptions: {
    image: ecs.ContainerImage.fromEcrRepository(repository, '1.4.2'),
    containerName: 'web',
    containerPort: 8080,
    environment: { FLASK_ENV: 'production' },
    secrets: { SECRET_KEY: ecs.Secret.fromSecretsManager(sessionKey) },
  },
});
web.targetGroup.configureHealthCheck({ path: '/health' });
const webScaling = web.service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 10 });
webScaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });

// service api { image = registry.web:"1.4.2"; command = ["gunicorn", "api:app"]; cpu = 256; memory = 512 MiB;
//               port = 8000; health = "/api/health"; scale = 2..6 on requests 500 }
const apiTask = new ecs.FargateTaskDefinition(stack, 'ApiTask', { cpu: 256, memoryLimitMiB: 512 });
apiTask.addContainer('api', {
  image: ecs.ContainerImage.fromEcrRepository(repository, '1.4.2'),
  command: ['gunicorn', 'api:app'],
  portMappings: [{ containerPort: 8000 }],
  logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'api' }),
});
const api = new ecs.FargateService(stack, 'Api', { cluster, taskDefinition: apiTask, desiredCount: 2,
  minHealthyPercent: 100, circuitBreaker: { rollback: true } });
// The pattern lets its service's security group reach the ALB's; the second service needs the same.
const apiTargetGroup = web.listener.addTargets('Api', {
  priority: 10,
  conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])],
  port: 8000,
  protocol: elbv2.ApplicationProtocol.HTTP,
  targets: [api],
  healthCheck: { path: '/api/health' },
});
const apiScaling = api.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 6 });
apiScaling.scaleOnRequestCount('Requests', { requestsPerTarget: 500, targetGroup: apiTargetGroup });

if (!underCli) {
  // Without the CLI: synthesize now, with CDK's construct-tree validation off.
  app.synth({ validateOnSynthesis: false, skipValidation: true });
}
