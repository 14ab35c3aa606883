#pragma once

#include <string>
#include <vector>

#include "compiler/syntax/tokens.h"

// `ecsgen fmt`: the canonical layout of an .ecs file, computed from its token stream.
namespace ecsgen::format {

// Lays out the tokens of a file that parsed without errors: 2-space indentation by nesting, `=` aligned
// within a run of attribute lines, one blank line between top-level blocks, comments where they were.
// It only ever adds whitespace between two tokens, or removes it next to punctuation that cannot fuse
// with a neighbour, so re-lexing the result yields the same tokens: formatting never changes meaning.
std::string Format(const std::vector<syntax::Token>& tokens);

}  // namespace ecsgen::format
