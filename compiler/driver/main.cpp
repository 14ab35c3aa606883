#include <exception>
#include <iostream>

#include "compiler/driver/cli.h"
#include "compiler/driver/version.h"

// The process boundary: anything that escapes is a bug in ecsgen, reported briefly with exit 70.
int main(int argc, char** argv) {
  try {
    return ecsgen::driver::RunCli(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "ecsgen: internal error: " << e.what() << "\n"
              << "this is a bug in ecsgen " << ecsgen::driver::VersionString()
              << "; please report it with the input file\n";
  } catch (...) {
    std::cerr << "ecsgen: internal error\nthis is a bug in ecsgen " << ecsgen::driver::VersionString() << "\n";
  }
  return ecsgen::driver::kExitInternal;
}
