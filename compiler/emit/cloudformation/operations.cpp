#include <string>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// Operational extras: the bastion host and the image-rebuild pipelines (CodeBuild started by EventBridge).
namespace ecsgen::emit::cloudformation {

void EmitBastion(Template& t) {
  if (!t.app.bastion) return;
  const ir::Bastion& b = *t.app.bastion;
  std::string profile = "BastionInstanceProfile";
  t.Add(profile, "AWS::IAM::InstanceProfile", {{"Roles", Json::array({Ref(LogicalId("Role", b.role))})}});
  Json public_subnets = SubnetIds(t, true);
  Json subnet = public_subnets.is_array() && !public_subnets.empty() ? public_subnets[0]
                                                                     : Json{{"Fn::Select", Json::array({0, public_subnets})}};
  Json interface = {{"DeviceIndex", "0"},
                    {"SubnetId", subnet},
                    {"AssociatePublicIpAddress", true},
                    {"GroupSet", Json::array({GetAtt(LogicalId("SecurityGroup", b.security_group), "GroupId")})}};
  t.Add("Bastion", "AWS::EC2::Instance",
        {{"ImageId", "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}"},
         {"InstanceType", b.instance_type},
         {"IamInstanceProfile", Ref(profile)},
         {"NetworkInterfaces", Json::array({interface})},
         {"MetadataOptions", Json{{"HttpTokens", "required"}, {"HttpEndpoint", "enabled"}}},
         {"BlockDeviceMappings",
          Json::array({Json{{"DeviceName", "/dev/xvda"},
                            {"Ebs", Json{{"Encrypted", true}, {"VolumeSize", 8}, {"VolumeType", "gp3"}}}}})},
         {"Tags", t.Tags(t.app.name + "-bastion")}});
  t.Output("BastionPublicIp", GetAtt("Bastion", "PublicIp"), "public address of the bastion host");
}

void EmitPipelines(Template& t) {
  for (const auto& p : t.app.pipelines) {
    std::string project = LogicalId("Pipeline", p.id, "Project");
    const ir::Service* svc = t.app.FindService(p.service);
    Json env = Json::array({
        Json{{"Name", "REPOSITORY_URI"}, {"Value", GetAtt(LogicalId("Repository", p.registry), "RepositoryUri")}},
        Json{{"Name", "CLUSTER"}, {"Value", Ref("Cluster")}},
        Json{{"Name", "SERVICE"}, {"Value", svc ? svc->name : p.service}},
    });
    Json source = {{"Type", "S3"}, {"Location", Sub("${" + LogicalId("Bucket", p.source_bucket) + "}/" + p.source_key)}};
    Json props = {{"Name", p.name},
                  {"ServiceRole", GetAtt(LogicalId("Role", p.role), "Arn")},
                  {"Source", source},
                  {"Artifacts", Json{{"Type", "NO_ARTIFACTS"}}},
                  {"Environment", Json{{"Type", "LINUX_CONTAINER"},
                                       {"ComputeType", p.compute},
                                       {"Image", "aws/codebuild/standard:7.0"},
                                       {"PrivilegedMode", true},
                                       {"EnvironmentVariables", env}}}};
    if (!p.log_group.empty()) {
      props["LogsConfig"] = Json{
          {"CloudWatchLogs", Json{{"Status", "ENABLED"}, {"GroupName", Ref(LogicalId("LogGroup", p.log_group))}}}};
    }
    props["Tags"] = t.Tags(p.name);
    t.Add(project, "AWS::CodeBuild::Project", props);
    // A new source archive in the bucket starts a build, which pushes the image and redeploys the service.
    Json pattern = {{"source", Json::array({"aws.s3"})},
                    {"detail-type", Json::array({"Object Created"})},
                    {"detail", Json{{"bucket", Json{{"name", Json::array({Ref(LogicalId("Bucket", p.source_bucket))})}}},
                                    {"object", Json{{"key", Json::array({p.source_key})}}}}}};
    t.Add(LogicalId("Pipeline", p.id, "Trigger"), "AWS::Events::Rule",
          {{"Description", "rebuild " + p.name + " when its source changes"},
           {"EventPattern", pattern},
           {"State", "ENABLED"},
           {"Targets", Json::array({Json{{"Id", "codebuild"},
                                         {"Arn", GetAtt(project, "Arn")},
                                         {"RoleArn", GetAtt(LogicalId("Role", p.events_role), "Arn")}}})}});
  }
}

}  // namespace ecsgen::emit::cloudformation
