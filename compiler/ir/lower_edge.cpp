#include "compiler/ir/lowering.h"

// API Gateway + NLB and CloudFront fronts. Filled in by the ingress work (issue 4).
namespace ecsgen::ir {

void LowerNlbApiGateway(Lowering& l, const sema::Ingress& in, Ingress& out) {
  (void)l;
  (void)in;
  (void)out;
}

void LowerCloudFront(Lowering& l, const sema::Ingress& in, Ingress& out) {
  (void)out;
  LowerAlb(l, in, true);
}

}  // namespace ecsgen::ir
