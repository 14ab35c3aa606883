#pragma once

#include <antlr4-runtime.h>

#include <set>

#include "compiler/diagnostics/sink.h"

namespace ecsgen::syntax {

// Turns ANTLR's syntax errors into plain-worded diagnostics in the sink ("expected `}` to close
// `service web` opened at 12:1" rather than "extraneous input ... expecting {...}").
class ErrorListener : public antlr4::BaseErrorListener {
 public:
  explicit ErrorListener(diagnostics::DiagnosticSink& sink) : sink_(sink) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& message, std::exception_ptr error) override;
  // Reports a character the lexer could not use; the caller then hides the token from the parser.
  // `after_number`: the token before it is an integer (`2-10` is a range written the wrong way).
  void UnexpectedCharacter(const antlr4::Token* token, bool after_number);
  size_t count() const { return count_; }

 private:
  // Counts one more error on `line`; false when it should not be shown (over the cap, or the line
  // already has an error: what recovery reports after the first error of a line is its echo).
  bool Admit(const antlr4::Token* token, bool always = false);
  // The error at a token the grammar does not allow here, worded for where the parser was.
  void ReportUnexpected(antlr4::Parser& parser, const antlr4::Token* offending, base::Range range);

  diagnostics::DiagnosticSink& sink_;
  size_t count_ = 0;
  std::set<size_t> lines_;
  size_t last_line_ = 0;
  size_t last_column_ = SIZE_MAX;
};

// Source range of one token (columns in code points).
base::Range TokenRange(const antlr4::Token* token);

}  // namespace ecsgen::syntax
