#include <catch2/catch.hpp>

#include "compiler/sema/fargate.h"

using ecsgen::sema::FargateSizeValid;

namespace {
constexpr int kGiB = 1024;

bool Valid(int cpu, int memory_mib) {
  std::string help;
  return FargateSizeValid(cpu, memory_mib, &help);
}

std::string Help(int cpu, int memory_mib) {
  std::string help;
  FargateSizeValid(cpu, memory_mib, &help);
  return help;
}
}  // namespace

TEST_CASE("cpu 256 takes exactly 512 MiB, 1 GiB or 2 GiB") {
  CHECK(Valid(256, 512));
  CHECK(Valid(256, 1 * kGiB));
  CHECK(Valid(256, 2 * kGiB));
  CHECK_FALSE(Valid(256, 256));
  CHECK_FALSE(Valid(256, 1536));
  CHECK_FALSE(Valid(256, 3 * kGiB));
}

TEST_CASE("each cpu row: its minimum and maximum are valid, one step outside is not") {
  struct Row {
    int cpu, min_gib, max_gib, step_gib;
  };
  for (Row row : {Row{512, 1, 4, 1}, Row{1024, 2, 8, 1}, Row{2048, 4, 16, 1}, Row{4096, 8, 30, 1},
                  Row{8192, 16, 60, 4}, Row{16384, 32, 120, 8}}) {
    CAPTURE(row.cpu);
    CHECK(Valid(row.cpu, row.min_gib * kGiB));
    CHECK(Valid(row.cpu, row.max_gib * kGiB));
    CHECK(Valid(row.cpu, (row.min_gib + row.step_gib) * kGiB));
    CHECK_FALSE(Valid(row.cpu, (row.min_gib - 1) * kGiB));
    CHECK_FALSE(Valid(row.cpu, (row.max_gib + row.step_gib) * kGiB));
    CHECK_FALSE(Valid(row.cpu, row.min_gib * kGiB + 512));  // half GiB steps exist for no row
  }
}

TEST_CASE("the large rows move in 4 and 8 GiB steps") {
  CHECK(Valid(8192, 20 * kGiB));
  CHECK_FALSE(Valid(8192, 18 * kGiB));
  CHECK(Valid(16384, 40 * kGiB));
  CHECK_FALSE(Valid(16384, 36 * kGiB));
}

TEST_CASE("cpu values outside the table are invalid with any memory") {
  for (int cpu : {0, 128, 300, 1000, 3072, 32768}) {
    CAPTURE(cpu);
    CHECK_FALSE(Valid(cpu, 2 * kGiB));
  }
  CHECK(Help(300, 2 * kGiB) == "Fargate cpu is 256, 512, 1024, 2048, 4096, 8192 or 16384 (1024 = 1 vCPU)");
}

TEST_CASE("the help names what fits the cpu and a cpu that fits the memory") {
  CHECK(Help(256, 4 * kGiB) == "with cpu 256 use 512 MiB, 1 GiB or 2 GiB; for that memory use cpu 512");
  CHECK(Help(512, 16 * kGiB) == "with cpu 512 use 1 GiB to 4 GiB in 1 GiB steps; for that memory use cpu 2048");
  CHECK(Help(16384, 200 * kGiB) == "with cpu 16384 use 32 GiB to 120 GiB in 8 GiB steps");
}
