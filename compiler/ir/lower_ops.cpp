#include <algorithm>

#include "compiler/ir/lowering.h"

// The operator's components: the bastion host and the build pipelines.
namespace ecsgen::ir {

void LowerBastion(Lowering& l) {
  if (!l.model.bastion) return;
  const sema::Bastion& in = *l.model.bastion;
  Bastion b;
  b.id = Id(in.name.empty() ? "bastion" : in.name);
  b.origin = in.name_range;
  b.instance_type = in.instance_type;
  b.security_group = "bastion";
  b.role = "bastion";
  l.Group(b.security_group, l.Name("bastion", 255), "Bastion host: SSH from the listed networks only", in.name_range);
  for (const auto& cidr : in.ssh_from) {
    l.IngressCidr(b.security_group, cidr.ToString(), 22, "SSH to the bastion", in.At("ssh_from"));
  }
  // The SSM agent, package repositories and the AWS CLI: HTTPS out.
  l.Egress(b.security_group, PeerKind::kCidr, "0.0.0.0/0", 443, "HTTPS from the bastion to AWS APIs", in.name_range);
  // Its SSM agent and AWS CLI resolve the AWS API names to the interface endpoints too. The pipeline's
  // CodeBuild project runs outside the VPC and needs no path.
  l.EndpointPath(b.security_group, in.name_range);
  for (const auto& name : in.reaches) {
    int port = 5432;
    for (const auto& db : l.model.databases) {
      if (db.name == name && db.engine == sema::DbEngine::kMysql) port = 3306;
    }
    l.Connect(b.security_group, Lowering::DatabaseGroup(name), port, "bastion to database `" + name + "`",
              in.At("reaches"));
  }
  Role role;
  role.id = b.role;
  role.origin = in.name_range;
  role.name = l.Name("bastion", 64);
  role.principal = "ec2.amazonaws.com";
  // Session Manager access, so SSH keys are optional.
  role.managed_policy_arns.push_back("arn:" + l.app.partition + ":iam::aws:policy/AmazonSSMManagedInstanceCore");
  l.app.roles.push_back(role);
  l.app.bastion = b;
}

void LowerPipelines(Lowering& l) {
  for (const auto& in : l.model.pipelines) {
    Pipeline p;
    p.id = Id(in.name);
    p.origin = in.name_range;
    p.name = l.Name(in.name, 150);
    p.service = Id(in.service);
    p.registry = Id(in.registry);
    p.source_bucket = Id(in.source_bucket);
    p.source_key = in.source_key;
    p.compute = in.compute;
    p.role = p.id + "_build";
    p.events_role = p.id + "_events";
    p.log_group = "build_" + p.id;

    LogGroup logs;
    logs.id = p.log_group;
    logs.origin = in.name_range;
    logs.name = "/codebuild/" + l.app.name + "/" + in.name;
    logs.retention_days = l.model.app.log_retention_days;
    l.app.log_groups.push_back(logs);

    Role build;
    build.id = p.role;
    build.origin = in.name_range;
    build.name = l.Name(in.name + "-build", 64);
    build.principal = "codebuild.amazonaws.com";
    Statement token = Allow("EcrAuth", {"ecr:GetAuthorizationToken"}, {});
    token.any_resource = true;  // no resource-level permissions for this action
    build.statements.push_back(token);
    build.statements.push_back(Allow("PushImage",
                                     {"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                                      "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
                                      "ecr:PutImage"},
                                     {RefTo(ObjectKind::kRegistry, p.registry)}));
    ObjectRef log_arn = RefTo(ObjectKind::kLogGroup, p.log_group);
    log_arn.wildcard_suffix = true;
    build.statements.push_back(Allow("WriteLogs", {"logs:CreateLogStream", "logs:PutLogEvents"}, {log_arn}));
    ObjectRef source = RefTo(ObjectKind::kBucket, p.source_bucket);
    source.object_key = p.source_key;
    build.statements.push_back(Allow("ReadSource", {"s3:GetObject", "s3:GetObjectVersion"}, {source}));
    build.statements.push_back(
        Allow("Redeploy", {"ecs:UpdateService"}, {RefTo(ObjectKind::kService, p.service, Attribute::kArn)}));
    l.app.roles.push_back(build);

    Role events;
    events.id = p.events_role;
    events.origin = in.name_range;
    events.name = l.Name(in.name + "-events", 64);
    events.principal = "events.amazonaws.com";
    events.statements.push_back(Allow("StartBuild", {"codebuild:StartBuild"}, {RefTo(ObjectKind::kCodeBuild, p.id)}));
    l.app.roles.push_back(events);
    l.app.pipelines.push_back(p);
  }
}

}  // namespace ecsgen::ir
