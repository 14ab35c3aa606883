#pragma once

#include <antlr4-runtime.h>

#include "compiler/diagnostics/sink.h"

namespace ecsgen::syntax {

// Turns ANTLR's syntax errors into plain-worded diagnostics in the sink ("expected `}` to close
// `service web` opened at 12:1" rather than "extraneous input ... expecting {...}").
class ErrorListener : public antlr4::BaseErrorListener {
 public:
  explicit ErrorListener(diagnostics::DiagnosticSink& sink) : sink_(sink) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& message, std::exception_ptr error) override;
  size_t count() const { return count_; }

 private:
  diagnostics::DiagnosticSink& sink_;
  size_t count_ = 0;
  size_t last_line_ = 0;
  size_t last_column_ = SIZE_MAX;
};

// Source range of one token (columns in code points).
base::Range TokenRange(const antlr4::Token* token);

}  // namespace ecsgen::syntax
