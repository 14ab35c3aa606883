// The .ecs language: blocks, attributes, statements and typed atoms.
//
// The grammar is deliberately regular: it knows no component kinds and no attribute names. A value
// is a sequence of atoms (`512 MiB`, `2..10 on cpu 60%`, `postgres "16.3"`) that sema interprets
// against a per-kind schema, so a new feature is a schema entry, not a grammar change.
//
// Newlines are tokens: a value ends at the end of its line (or at the next `key =`), which keeps
// ANTLR's prediction bounded by one line instead of the whole file. Inside `[...]` items must be
// separated by `,` or a newline for the same reason.
//
// Members are separated by a newline, `;` or `,`; the one exception is `key = value` after a member on
// the same line, which two tokens of lookahead tell apart from a value's next word. A block or a
// statement right after a value would be ambiguous (`a = x c { ... }`: is `c { ... }` a map in the value
// or a block?) and ANTLR's full-context prediction would then scan the whole bracketed text at every
// nesting level, which a broken file drives to seconds; so they need a separator, and the error
// recovery (compiler/syntax/recovery.cpp) reports the missing one.
grammar Ecs;

// For a correct file, compiler/syntax/parse.cpp (ParseBodySll) runs the top-level `body` loop itself,
// one line at a time; tests/unit/grammar_test.cpp compares the two, and a change here needs one there.
file      : body EOF ;
body      : line? (separator line?)* ;
// Members on one line: the first of any kind, then only `key = value`s (see the note above).
line      : member attribute* ;
separator : NL | SEMI | COMMA ;
member    : attribute | block | statement ;

// A quoted key is for map entries whose names are not identifiers (`"rds.force_ssl" = "1"`); sema
// refuses it where a block's schema names the keys.
attribute : (IDENT | STRING) ASSIGN value ;
block     : IDENT label? LBRACE body RBRACE ;
label     : IDENT | STRING ;
// A statement is a keyword followed by words: `route "/api/*" -> api`, `mount dags at "/x" read_only`.
statement : IDENT arg+ ;
arg       : STRING | INT | DECIMAL | PERCENT | CIDR | path | COLON | DOTDOT | ARROW | list ;

value     : atom+ ;
atom      : STRING | INT | DECIMAL | PERCENT | CIDR | path | COLON | DOTDOT | ARROW | list | map ;
path      : IDENT (DOT IDENT)* ;
list      : LBRACK NL* (value (listSep value)*)? listSep? RBRACK ;
listSep   : (COMMA | NL)+ ;
map       : LBRACE body RBRACE ;

// The lexer rules. The compiler does not run the lexer generated from them: compiler/syntax/lexer.cpp
// (ScanToken) scans the same rules by hand, and tests/unit/lexer_test.cpp fails when the two disagree
// on any token. A change here needs the same change there.
ASSIGN  : '=' ;
LBRACE  : '{' ;
RBRACE  : '}' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
COMMA   : ',' ;
SEMI    : ';' ;
COLON   : ':' ;
DOTDOT  : '..' ;
DOT     : '.' ;
ARROW   : '->' ;
CIDR    : OCTET '.' OCTET '.' OCTET '.' OCTET '/' DIGIT+ ;
DECIMAL : DIGIT+ '.' DIGIT+ ;
PERCENT : DIGIT+ ('.' DIGIT+)? '%' ;
INT     : DIGIT+ ;
IDENT   : [a-zA-Z_] ([a-zA-Z0-9_] | '-' [a-zA-Z0-9_])* ;
STRING  : '"' (ESC | ~["\\\r\n])* '"' ;
// An unterminated string is a token of its own so that the error names the string, not the line end.
UNTERMINATED_STRING : '"' (ESC | ~["\\\r\n])* ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
NL      : '\r'? '\n' ;
WS      : [ \t]+ -> skip ;
// Any other character becomes one token that the parser never accepts, so the error is located.
OTHER   : . ;

fragment ESC   : '\\' . ;
fragment DIGIT : [0-9] ;
fragment OCTET : DIGIT DIGIT? DIGIT? ;
