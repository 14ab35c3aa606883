#!/usr/bin/env python3
"""Both targets describe the same cloud objects.

For every samples/*.ecs, compiles the Terraform and the CloudFormation target and compares the multiset of
cloud objects: each Terraform resource type is mapped to its CloudFormation type and the counts must be
equal. The known differences (docs/cloudformation.md) are listed below: Terraform resources that are
properties of another resource in CloudFormation, and CloudFormation resources that Terraform folds into
another. Prints `N passed, M failed` last and exits 1 on any failure.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile

TYPES = {
    "aws_vpc": "AWS::EC2::VPC",
    "aws_subnet": "AWS::EC2::Subnet",
    "aws_internet_gateway": "AWS::EC2::InternetGateway",
    "aws_eip": "AWS::EC2::EIP",
    "aws_nat_gateway": "AWS::EC2::NatGateway",
    "aws_route_table": "AWS::EC2::RouteTable",
    "aws_route": "AWS::EC2::Route",
    "aws_route_table_association": "AWS::EC2::SubnetRouteTableAssociation",
    "aws_vpc_endpoint": "AWS::EC2::VPCEndpoint",
    "aws_security_group": "AWS::EC2::SecurityGroup",
    "aws_vpc_security_group_ingress_rule": "AWS::EC2::SecurityGroupIngress",
    "aws_vpc_security_group_egress_rule": "AWS::EC2::SecurityGroupEgress",
    "aws_iam_role": "AWS::IAM::Role",
    "aws_iam_instance_profile": "AWS::IAM::InstanceProfile",
    "aws_kms_key": "AWS::KMS::Key",
    "aws_kms_alias": "AWS::KMS::Alias",
    "aws_cloudwatch_log_group": "AWS::Logs::LogGroup",
    "aws_ecs_cluster": "AWS::ECS::Cluster",
    "aws_ecs_cluster_capacity_providers": "AWS::ECS::ClusterCapacityProviderAssociations",
    "aws_service_discovery_http_namespace": "AWS::ServiceDiscovery::HttpNamespace",
    "aws_ecr_repository": "AWS::ECR::Repository",
    "aws_ecs_task_definition": "AWS::ECS::TaskDefinition",
    "aws_ecs_service": "AWS::ECS::Service",
    "aws_appautoscaling_target": "AWS::ApplicationAutoScaling::ScalableTarget",
    "aws_appautoscaling_policy": "AWS::ApplicationAutoScaling::ScalingPolicy",
    "aws_lb": "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "aws_lb_listener": "AWS::ElasticLoadBalancingV2::Listener",
    "aws_lb_listener_rule": "AWS::ElasticLoadBalancingV2::ListenerRule",
    "aws_lb_target_group": "AWS::ElasticLoadBalancingV2::TargetGroup",
    "aws_secretsmanager_secret": "AWS::SecretsManager::Secret",
    "aws_ssm_parameter": "AWS::SSM::Parameter",
    "aws_efs_file_system": "AWS::EFS::FileSystem",
    "aws_efs_mount_target": "AWS::EFS::MountTarget",
    "aws_efs_access_point": "AWS::EFS::AccessPoint",
    "aws_db_instance": "AWS::RDS::DBInstance",
    "aws_db_subnet_group": "AWS::RDS::DBSubnetGroup",
    "aws_db_parameter_group": "AWS::RDS::DBParameterGroup",
    "aws_elasticache_replication_group": "AWS::ElastiCache::ReplicationGroup",
    "aws_elasticache_subnet_group": "AWS::ElastiCache::SubnetGroup",
    "aws_msk_cluster": "AWS::MSK::Cluster",
    "aws_s3_bucket": "AWS::S3::Bucket",
    "aws_s3_bucket_policy": "AWS::S3::BucketPolicy",
    "aws_instance": "AWS::EC2::Instance",
    "aws_codebuild_project": "AWS::CodeBuild::Project",
    "aws_cloudwatch_event_rule": "AWS::Events::Rule",
    "aws_api_gateway_rest_api": "AWS::ApiGateway::RestApi",
    "aws_api_gateway_vpc_link": "AWS::ApiGateway::VpcLink",
    "aws_api_gateway_resource": "AWS::ApiGateway::Resource",
    "aws_api_gateway_method": "AWS::ApiGateway::Method",
    "aws_api_gateway_integration": None,  # inline in AWS::ApiGateway::Method
    "aws_api_gateway_deployment": "AWS::ApiGateway::Deployment",
    "aws_api_gateway_stage": "AWS::ApiGateway::Stage",
    "aws_apigatewayv2_api": "AWS::ApiGatewayV2::Api",
    "aws_apigatewayv2_vpc_link": "AWS::ApiGatewayV2::VpcLink",
    "aws_apigatewayv2_integration": "AWS::ApiGatewayV2::Integration",
    "aws_apigatewayv2_route": "AWS::ApiGatewayV2::Route",
    "aws_apigatewayv2_stage": "AWS::ApiGatewayV2::Stage",
    "aws_cloudfront_distribution": "AWS::CloudFront::Distribution",
    "aws_cloudfront_vpc_origin": "AWS::CloudFront::VpcOrigin",
}

# Terraform resources that are properties of another resource in CloudFormation (documented one-to-two
# differences): they have no CloudFormation resource of their own.
INLINE_IN_CFN = {
    "aws_iam_role_policy": "Policies of AWS::IAM::Role",
    "aws_iam_role_policy_attachment": "ManagedPolicyArns of AWS::IAM::Role",
    "aws_ecr_lifecycle_policy": "LifecyclePolicy of AWS::ECR::Repository",
    "aws_secretsmanager_secret_version": "GenerateSecretString of AWS::SecretsManager::Secret",
    "aws_s3_bucket_versioning": "VersioningConfiguration of AWS::S3::Bucket",
    "aws_s3_bucket_server_side_encryption_configuration": "BucketEncryption of AWS::S3::Bucket",
    "aws_s3_bucket_public_access_block": "PublicAccessBlockConfiguration of AWS::S3::Bucket",
    "aws_s3_bucket_ownership_controls": "OwnershipControls of AWS::S3::Bucket",
    "aws_s3_bucket_lifecycle_configuration": "LifecycleConfiguration of AWS::S3::Bucket",
    "aws_s3_bucket_notification": "NotificationConfiguration of AWS::S3::Bucket",
    "aws_s3_bucket_logging": "LoggingConfiguration of AWS::S3::Bucket",
    "aws_efs_backup_policy": "BackupPolicy of AWS::EFS::FileSystem",
    "aws_efs_file_system_policy": "FileSystemPolicy of AWS::EFS::FileSystem",
    "aws_cloudwatch_event_target": "Targets of AWS::Events::Rule",
}

# CloudFormation resources that Terraform expresses as a property (vpc_id of aws_internet_gateway).
EXTRA_IN_CFN = {"AWS::EC2::VPCGatewayAttachment": "aws_internet_gateway"}


def compile_target(ecsgen, source, target, out):
    run = subprocess.run([ecsgen, "compile", source, "-o", out, "--target", target], capture_output=True, text=True)
    if run.returncode != 0:
        lines = (run.stderr or run.stdout).strip().splitlines()
        return None, [line for line in lines if "error" in line] or lines[-1:]
    return out, []


def terraform_objects(out):
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(out, "*.tf.json"))):
        with open(path) as f:
            for kind, resources in json.load(f).get("resource", {}).items():
                counts[kind] += len(resources)
    return counts


def cloudformation_objects(out):
    with open(os.path.join(out, "template.json")) as f:
        return collections.Counter(r["Type"] for r in json.load(f)["Resources"].values())


def compare(tf, cfn):
    """The differences between the two multisets after mapping; empty when they agree."""
    expected = collections.Counter()
    problems = []
    for kind, n in tf.items():
        if kind in INLINE_IN_CFN:
            continue
        if kind not in TYPES:
            problems.append(f"terraform type {kind} has no CloudFormation mapping in parity.py")
            continue
        if TYPES[kind]:
            expected[TYPES[kind]] += n
    for extra, source in EXTRA_IN_CFN.items():
        expected[extra] += tf.get(source, 0)
    for kind in sorted(set(expected) | set(cfn)):
        if expected[kind] != cfn[kind]:
            problems.append(f"{kind}: terraform implies {expected[kind]}, cloudformation has {cfn[kind]}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ecsgen", required=True)
    parser.add_argument("--samples", default=os.path.join(os.path.dirname(__file__), "..", "..", "samples"))
    args = parser.parse_args()
    passed = failed = 0
    for source in sorted(glob.glob(os.path.join(args.samples, "*.ecs"))):
        name = os.path.basename(source)
        with tempfile.TemporaryDirectory() as tmp:
            tf_out, tf_err = compile_target(args.ecsgen, source, "terraform", os.path.join(tmp, "tf"))
            cfn_out, cfn_err = compile_target(args.ecsgen, source, "cloudformation", os.path.join(tmp, "cfn"))
            if tf_out is None or cfn_out is None:
                problems = [f"terraform: {line}" for line in tf_err] + [f"cloudformation: {line}" for line in cfn_err]
            else:
                problems = compare(terraform_objects(tf_out), cloudformation_objects(cfn_out))
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print(f"  {p}")
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
