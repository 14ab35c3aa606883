#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "compiler/driver/frontend.h"

namespace ecsgen::driver {

// A SARIF 2.1.0 log with one run: every registered kind as a rule, every diagnostic as a result.
nlohmann::ordered_json Sarif(const std::vector<const Unit*>& units);

}  // namespace ecsgen::driver
