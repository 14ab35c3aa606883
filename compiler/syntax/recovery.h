#pragma once

#include <antlr4-runtime.h>

namespace ecsgen::syntax {

// Error recovery that works line by line, like the language: after a syntax error the parser skips
// to the end of the line (keeping brackets opened on it balanced) and carries on with the next
// member. ANTLR's default recovery skips to the follow set of the whole rule stack instead, which
// after one stray token at the top of a block used to discard the rest of the file, and it may
// delete a line break to glue two lines into one value.
class LineRecovery : public antlr4::DefaultErrorStrategy {
 public:
  void sync(antlr4::Parser* parser) override;
  void recover(antlr4::Parser* parser, std::exception_ptr error) override;

 protected:
  antlr4::Token* singleTokenDeletion(antlr4::Parser* parser) override;
  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& error) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  // Consumes to the end of the line, stopping before a line break, `}` or `]` that is not inside a
  // bracket opened on the way; with `force` the first token is consumed whatever it is.
  static void SkipLine(antlr4::Parser* parser, bool force);
  void SyncLine(antlr4::Parser* parser);
};

}  // namespace ecsgen::syntax
