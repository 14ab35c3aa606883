#pragma once

#include <string>
#include <vector>

#include "compiler/emit/output.h"

namespace ecsgen::driver {

// Writes `files` into `dir` atomically and without touching what ecsgen did not write there:
// files go to a temporary directory beside `dir` first; a new `dir` is created by one rename, an
// existing one gets each file by rename and loses only files listed in its previous manifest
// (`.ecsgen-manifest`). A lock file beside `dir` serialises concurrent runs. Returns "" on success,
// else a message for an I/O error (nothing in `dir` changed).
std::string WriteAtomically(const std::string& dir, const std::vector<emit::OutputFile>& files);

}  // namespace ecsgen::driver
