#pragma once

namespace ecsgen::driver {

// Exit codes, documented in README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitDiagnostics = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitIo = 3;
inline constexpr int kExitInternal = 70;

// Runs the command line; returns the process exit code.
int RunCli(int argc, char** argv);

}  // namespace ecsgen::driver
