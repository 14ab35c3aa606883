#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// Secrets Manager secrets (generated in AWS, never in the template) and plain SSM parameters.
namespace ecsgen::emit::cloudformation {

void EmitSecrets(Template& t) {
  for (const auto& s : t.app.secrets) {
    if (!s.existing_arn.empty()) continue;
    if (s.ssm) {
      t.Report(s.origin, "CloudFormation cannot create an SSM SecureString parameter",
                    "AWS::SSM::Parameter supports String and StringList only; store the secret in Secrets Manager "
                    "(drop `store = ssm`), or create the parameter yourself and give its `arn`");
      continue;
    }
    Json props = {{"Name", s.name}, {"Description", s.description}};
    if (t.app.kms_key) props["KmsKeyId"] = GetAtt("KmsKey", "Arn");
    if (s.generate > 0) {
      // Characters that break connection strings, shells and JSON are never generated.
      props["GenerateSecretString"] = Json{{"PasswordLength", s.generate},
                                           {"ExcludePunctuation", false},
                                           {"ExcludeCharacters", "\"@/\\"}};
    }
    props["Tags"] = t.Tags(s.name);
    t.Add(LogicalId("Secret", s.id), "AWS::SecretsManager::Secret", props);
  }
  for (const auto& p : t.app.parameters) {
    t.Add(LogicalId("Parameter", p.id), "AWS::SSM::Parameter", {{"Name", p.name}, {"Type", "String"}, {"Value", p.value}});
  }
}

}  // namespace ecsgen::emit::cloudformation
