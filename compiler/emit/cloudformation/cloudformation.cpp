#include "compiler/emit/cloudformation/cloudformation.h"
namespace ecsgen::emit::cloudformation {
Output Emit(const ir::App& app) {
  Output out;
  out.unsupported.push_back({app.origin, "the cloudformation target is not implemented yet", "use --target terraform"});
  return out;
}
}  // namespace ecsgen::emit::cloudformation
