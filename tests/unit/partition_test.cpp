#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "compiler/emit/cloudformation/cloudformation.h"
#include "compiler/emit/terraform/terraform.h"
#include "compiler/ir/ir.h"
#include "compiler/ir/lower.h"
#include "compiler/sema/analyze.h"
#include "unit_helpers.h"

using namespace ecsgen;

TEST_CASE("regions map to their ARN partitions") {
  CHECK(ir::PartitionOf("eu-north-1") == "aws");
  CHECK(ir::PartitionOf("us-east-1") == "aws");
  CHECK(ir::PartitionOf("cn-north-1") == "aws-cn");
  CHECK(ir::PartitionOf("cn-northwest-1") == "aws-cn");
  CHECK(ir::PartitionOf("us-gov-west-1") == "aws-us-gov");
  CHECK(ir::PartitionOf("us-iso-east-1") == "aws-iso");
  CHECK(ir::PartitionOf("us-isob-east-1") == "aws-iso-b");
  CHECK(ir::PartitionOf("eu-isoe-west-1") == "aws-iso-e");
  CHECK(ir::PartitionOf("us-isof-south-1") == "aws-iso-f");
  CHECK(ir::PartitionOf("") == "aws");
}

// Every sample moved to a China and a GovCloud region, with the ARNs it is given in that partition
// too: neither target may write an ARN of the commercial partition.
TEST_CASE("no emitted ARN names the commercial partition outside it") {
  namespace fs = std::filesystem;
  const std::regex region("region\\s*=\\s*\"[a-z0-9-]+\"");
  for (const auto& [to_region, partition] : {std::pair{"cn-north-1", "aws-cn"}, std::pair{"us-gov-west-1", "aws-us-gov"}}) {
    size_t written = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(ECSGEN_SOURCE_DIR) / "samples")) {
      std::ifstream in(entry.path());
      std::stringstream read;
      read << in.rdbuf();
      std::string text = std::regex_replace(read.str(), region, std::string("region = \"") + to_region + "\"");
      text = std::regex_replace(text, std::regex("arn:aws:"), std::string("arn:") + partition + ":");
      INFO(entry.path().string() + " in " + to_region);
      auto unit = testing::Parse(text);
      diagnostics::DiagnosticSink sink;
      auto model = sema::Analyze(unit->ast, "test.ecs", "", sink);
      REQUIRE(model);
      REQUIRE(sink.ErrorCount() == 0);
      ir::App app = ir::Lower(*model);
      CHECK(app.partition == partition);
      for (const std::string& output :
           {emit::terraform::Emit(app).merged.Join(), emit::cloudformation::Emit(app).merged.Join()}) {
        CHECK(output.find("arn:aws:") == std::string::npos);
        if (output.find(std::string("arn:") + partition + ":") != std::string::npos) ++written;
      }
    }
    CHECK(written > 0);  // the partition is written, not merely the commercial one avoided
  }
}
