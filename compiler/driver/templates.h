#pragma once

#include <string_view>
#include <vector>

namespace ecsgen::driver {

// A starter .ecs file from templates/, embedded at build time.
struct Template {
  std::string_view name;
  std::string_view text;
};

const std::vector<Template>& Templates();

}  // namespace ecsgen::driver
