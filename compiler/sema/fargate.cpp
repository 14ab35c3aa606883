#include "compiler/sema/fargate.h"

#include <vector>

namespace ecsgen::sema {
namespace {

struct Row {
  int cpu;
  int min_gib_x2;  // in half-GiB so that 0.5 GiB fits an integer
  int max_gib_x2;
  int step_gib_x2;
  const char* memory;
};

// Fargate's published task size table (Linux).
const std::vector<Row>& Table() {
  static const std::vector<Row> rows = {
      {256, 1, 4, 1, "512 MiB, 1 GiB or 2 GiB"},
      {512, 2, 8, 2, "1 GiB to 4 GiB in 1 GiB steps"},
      {1024, 4, 16, 2, "2 GiB to 8 GiB in 1 GiB steps"},
      {2048, 8, 32, 2, "4 GiB to 16 GiB in 1 GiB steps"},
      {4096, 16, 60, 2, "8 GiB to 30 GiB in 1 GiB steps"},
      {8192, 32, 120, 8, "16 GiB to 60 GiB in 4 GiB steps"},
      {16384, 64, 240, 16, "32 GiB to 120 GiB in 8 GiB steps"},
  };
  return rows;
}

}  // namespace

bool FargateSizeValid(int cpu, int memory_mib, std::string* help) {
  for (const Row& row : Table()) {
    if (row.cpu != cpu) continue;
    if (cpu == 256 && (memory_mib == 512 || memory_mib == 1024 || memory_mib == 2048)) return true;
    if (cpu != 256 && memory_mib % 512 == 0) {
      int half_gib = memory_mib / 512;
      if (half_gib >= row.min_gib_x2 && half_gib <= row.max_gib_x2 && (half_gib - row.min_gib_x2) % row.step_gib_x2 == 0) {
        return true;
      }
    }
    std::string fits;
    for (const Row& other : Table()) {
      if (memory_mib / 512 >= other.min_gib_x2 && memory_mib / 512 <= other.max_gib_x2 && other.cpu != cpu) {
        fits = "; for that memory use cpu " + std::to_string(other.cpu);
        break;
      }
    }
    *help = "with cpu " + std::to_string(cpu) + " use " + row.memory + fits;
    return false;
  }
  *help = "Fargate cpu is 256, 512, 1024, 2048, 4096, 8192 or 16384 (1024 = 1 vCPU)";
  return false;
}

}  // namespace ecsgen::sema
