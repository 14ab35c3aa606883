#include <exception>
#include <iostream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "compiler/driver/cli.h"
#include "compiler/driver/version.h"

// The process boundary: anything that escapes is a bug in ecsgen, reported briefly with exit 70.
int main(int argc, char** argv) {
#ifdef __GLIBC__
  // The front end frees a parse tree of millions of small nodes at once. glibc parks small freed
  // chunks in fastbins and merges them all in one walk at the next large allocation; freeing them
  // straight into the ordinary bins costs less in total (`check` of a 3 MB file: about 12% less CPU).
  mallopt(M_MXFAST, 0);
#endif
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
