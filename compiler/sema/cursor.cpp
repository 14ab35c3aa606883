#include "compiler/sema/cursor.h"

#include <regex>

#include "compiler/base/text.h"

namespace ecsgen::sema {

using ast::AtomKind;
using diagnostics::Kind;

namespace {

// Digit strings saturate here: every range the language checks is far below it, and multiplying by a
// unit (at most 2^20 for TiB, 86400 for days) cannot overflow. Leading zeros read as the number they are.
constexpr int64_t kHuge = INT64_C(1) << 40;

int64_t Digits(std::string_view text) {
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') break;
    value = value * 10 + (c - '0');
    if (value >= kHuge) return kHuge;
  }
  return value;
}

}  // namespace

Cursor::Cursor(const ast::Value& value, std::string what, diagnostics::DiagnosticSink& sink)
    : Cursor(value.atoms, value.range, std::move(what), sink) {}

Cursor::Cursor(const std::vector<ast::Atom>& atoms, base::Range range, std::string what,
               diagnostics::DiagnosticSink& sink)
    : atoms_(atoms), range_(range), what_(std::move(what)), sink_(sink) {}

const ast::Atom* Cursor::Peek(size_t ahead) const {
  return index_ + ahead < atoms_.size() ? &atoms_[index_ + ahead] : nullptr;
}

bool Cursor::PeekWord(std::string_view word) const {
  const ast::Atom* atom = Peek();
  return atom && atom->kind == AtomKind::kPath && atom->text == word;
}

const ast::Atom* Cursor::Take(AtomKind kind) {
  if (!PeekIs(kind)) return nullptr;
  return &atoms_[index_++];
}

bool Cursor::TakeWord(std::string_view word) {
  if (!PeekWord(word)) return false;
  ++index_;
  return true;
}

base::Range Cursor::Here() const {
  if (const ast::Atom* atom = Peek()) return atom->range;
  if (!atoms_.empty()) return base::Range{atoms_.back().range.end, {atoms_.back().range.end.line,
                                                                    atoms_.back().range.end.column + 1}};
  return range_;
}

base::Range Cursor::Since(size_t mark) const {
  if (mark >= index_ || mark >= atoms_.size()) return Here();
  return base::Span(atoms_[mark].range, atoms_[index_ - 1].range);
}

void Cursor::Error(Kind kind, base::Range range, std::string message, std::string help) {
  if (failed_) return;  // one error per value: the first is the cause, the rest are echoes
  failed_ = true;
  sink_.Report(kind, range, std::move(message), std::move(help));
}

void Cursor::Mismatch(std::string_view shape) {
  std::string found = AtEnd() ? "nothing" : ast::Describe(*Peek());
  Error(Kind::kTypeMismatch, Here(), "`" + what_ + "` expects " + std::string(shape) + ", found " + found,
        "write " + std::string(shape));
}

std::optional<std::string> Cursor::ExpectString() {
  if (const ast::Atom* atom = Take(AtomKind::kString)) return atom->text;
  // One bare word or number where a string belongs: show it quoted (`eu-north-1` -> `"eu-north-1"`).
  const ast::Atom* bare = Peek();
  if (bare && index_ + 1 == atoms_.size() &&
      (bare->kind == AtomKind::kPath || bare->kind == AtomKind::kInt || bare->kind == AtomKind::kDecimal)) {
    Error(Kind::kTypeMismatch, bare->range, "`" + what_ + "` expects a string in double quotes, found " + ast::Describe(*bare),
          "write it in double quotes: `\"" + bare->text + "\"`");
    return std::nullopt;
  }
  Mismatch("a string in double quotes");
  return std::nullopt;
}

std::optional<int64_t> Cursor::ExpectInt(int64_t min, int64_t max) {
  const ast::Atom* atom = Take(AtomKind::kInt);
  if (!atom) {
    const ast::Atom* quoted = Peek();
    if (quoted && quoted->kind == AtomKind::kString && !quoted->text.empty() &&
        quoted->text.find_first_not_of("0123456789") == std::string::npos) {
      Error(Kind::kTypeMismatch, quoted->range, "`" + what_ + "` expects an integer, found " + ast::Describe(*quoted),
            "numbers are written without quotes: `" + quoted->text + "`");
      return std::nullopt;
    }
    Mismatch("an integer");
    return std::nullopt;
  }
  int64_t value = Digits(atom->text);
  if (value < min || value > max) {
    Error(Kind::kOutOfRange, atom->range,
          "`" + what_ + "` is " + atom->text + ", outside " + std::to_string(min) + ".." + std::to_string(max),
          "use a value from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> Cursor::ExpectWord(const std::vector<std::string>& allowed) {
  const ast::Atom* atom = Peek();
  if (!atom || atom->kind != AtomKind::kPath || atom->path.size() != 1) {
    Mismatch("one of " + base::QuotedList(allowed));
    return std::nullopt;
  }
  ++index_;
  for (const auto& word : allowed) {
    if (atom->text == word) return word;
  }
  Error(Kind::kBadEnum, atom->range,
        "`" + what_ + "` cannot be `" + atom->text + "`" + base::DidYouMean(atom->text, allowed),
        "use one of " + base::QuotedList(allowed));
  return std::nullopt;
}

std::optional<std::string> Cursor::ExpectName() {
  const ast::Atom* atom = Peek();
  if (!atom || atom->kind != AtomKind::kPath || atom->path.size() != 1) {
    Mismatch("a name");
    return std::nullopt;
  }
  ++index_;
  return atom->text;
}

std::optional<int64_t> Cursor::ExpectPercent(int64_t min, int64_t max) {
  const ast::Atom* atom = Take(AtomKind::kPercent);
  if (!atom || atom->text.find('.') != std::string::npos) {
    if (!atom) Mismatch("a whole percentage like `60%`");
    else Error(Kind::kTypeMismatch, atom->range, "`" + what_ + "` takes a whole percentage", "write e.g. `60%`");
    return std::nullopt;
  }
  int64_t value = Digits(atom->text);
  if (value < min || value > max) {
    Error(Kind::kOutOfRange, atom->range,
          "`" + what_ + "` is " + atom->text + "%, outside " + std::to_string(min) + "%.." + std::to_string(max) + "%",
          "use a percentage from " + std::to_string(min) + "% to " + std::to_string(max) + "%");
    return std::nullopt;
  }
  return value;
}

std::optional<int64_t> Cursor::ExpectSizeMiB() {
  const ast::Atom* number = Take(AtomKind::kInt);
  if (!number) {
    Mismatch("a size like `512 MiB` or `2 GiB`");
    return std::nullopt;
  }
  const ast::Atom* unit = Take(AtomKind::kPath);
  static const std::vector<std::string> units = {"MiB", "GiB", "TiB"};
  if (!unit || (unit->text != "MiB" && unit->text != "GiB" && unit->text != "TiB")) {
    base::Range at = unit ? unit->range : number->range;
    std::string found = unit ? "`" + unit->text + "`" : "no unit";
    Error(Kind::kBadUnit, at, "`" + what_ + "` needs a size unit, found " + found +
          (unit ? base::DidYouMean(unit->text, units) : ""), "write the unit: `" + number->text + " MiB` or `" + number->text + " GiB`");
    return std::nullopt;
  }
  int64_t value = Digits(number->text);
  int64_t factor = unit->text == "MiB" ? 1 : unit->text == "GiB" ? 1024 : 1024 * 1024;
  // 2^30 MiB is the 1024 TiB the message promises; it also keeps value * factor far from overflow.
  if (value > (INT64_C(1) << 30) / factor) {
    Error(Kind::kOutOfRange, number->range, "`" + what_ + "` is too large", "sizes go up to 1024 TiB");
    return std::nullopt;
  }
  return value * factor;
}

std::optional<int64_t> Cursor::ExpectDurationSeconds() {
  const ast::Atom* number = Take(AtomKind::kInt);
  if (!number) {
    Mismatch("a duration like `30 days` or `90s`");
    return std::nullopt;
  }
  const ast::Atom* unit = Take(AtomKind::kPath);
  static const std::vector<std::pair<std::string, int64_t>> units = {
      {"s", 1}, {"sec", 1}, {"seconds", 1}, {"second", 1}, {"m", 60}, {"min", 60}, {"minutes", 60},
      {"minute", 60}, {"h", 3600}, {"hours", 3600}, {"hour", 3600}, {"d", 86400}, {"days", 86400},
      {"day", 86400}};
  if (unit) {
    for (const auto& [name, factor] : units) {
      if (unit->text == name) {
        int64_t value = Digits(number->text);
        return value * factor;
      }
    }
  }
  std::vector<std::string> names;
  for (const auto& [name, factor] : units) names.push_back(name);
  Error(Kind::kBadUnit, unit ? unit->range : number->range,
        "`" + what_ + "` needs a duration unit, found " + (unit ? "`" + unit->text + "`" + base::DidYouMean(unit->text, names) : "no unit"),
        "write e.g. `" + number->text + "s`, `" + number->text + " m`, `" + number->text + " h` or `" + number->text + " days`");
  return std::nullopt;
}

std::optional<Cidr> ParseCidr(std::string_view text, std::string* reason) {
  Cidr cidr;
  uint32_t octets[4] = {0, 0, 0, 0};
  int prefix = -1;
  int index = 0;
  uint32_t current = 0;
  int digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      current = current * 10 + static_cast<uint32_t>(c - '0');
      if (++digits > 3) break;
    } else if (c == '.' && index < 3 && digits > 0) {
      octets[index++] = current;
      current = 0;
      digits = 0;
    } else if (c == '/' && index == 3 && digits > 0) {
      octets[index++] = current;
      current = 0;
      digits = 0;
    } else {
      digits = 99;
      break;
    }
  }
  if (index == 4 && digits > 0 && digits <= 3) prefix = static_cast<int>(current);
  if (prefix < 0) {
    *reason = "is not of the form a.b.c.d/n";
    return std::nullopt;
  }
  for (uint32_t octet : octets) {
    if (octet > 255) {
      *reason = "has an octet over 255";
      return std::nullopt;
    }
  }
  if (prefix > 32) {
    *reason = "has a prefix length over 32";
    return std::nullopt;
  }
  cidr.address = (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3];
  cidr.prefix = prefix;
  uint32_t mask = prefix == 0 ? 0 : ~uint32_t{0} << (32 - prefix);
  if ((cidr.address & ~mask) != 0) {
    Cidr fixed{cidr.address & mask, prefix};
    *reason = "has host bits set (the network is " + fixed.ToString() + ")";
    return std::nullopt;
  }
  return cidr;
}

std::optional<Cidr> Cursor::ExpectCidr() {
  const ast::Atom* atom = Take(AtomKind::kCidr);
  if (!atom) {
    Mismatch("a CIDR like `10.0.0.0/16`");
    return std::nullopt;
  }
  std::string reason;
  auto cidr = ParseCidr(atom->text, &reason);
  if (!cidr) Error(Kind::kBadCidr, atom->range, "CIDR " + atom->text + " " + reason, "write a network address and prefix, e.g. `10.0.0.0/16`");
  return cidr;
}

bool Cursor::Finish(std::string_view shape) {
  if (AtEnd() || failed_) return !failed_;
  Error(Kind::kTypeMismatch, Peek()->range, "unexpected " + ast::Describe(*Peek()) + " in `" + what_ + "`",
        "`" + what_ + "` is written as " + std::string(shape));
  return false;
}

std::optional<int64_t> Cursor::ExpectSecondsIn(int64_t min, int64_t max, std::string_view name) {
  size_t start = Mark();
  auto seconds = ExpectDurationSeconds();
  if (!seconds) return std::nullopt;
  if (*seconds < min || *seconds > max) {
    Error(Kind::kOutOfRange, Since(start),
          "`" + std::string(name) + "` must be between " + std::to_string(min) + "s and " + std::to_string(max) + "s",
          "choose a duration in that range");
    return std::nullopt;
  }
  return seconds;
}

std::optional<std::string> Cursor::ExpectVersion(std::string_view example) {
  base::Range at = Here();
  auto version = ExpectString();
  if (!version) return std::nullopt;
  static const std::regex pattern("^[0-9]{1,4}(\\.[0-9]{1,4}){0,2}$");
  if (!std::regex_match(*version, pattern)) {
    Error(Kind::kBadString, at, "engine version `" + *version + "` is malformed",
          "write e.g. `\"" + std::string(example) + "\"`");
    return std::nullopt;
  }
  return version;
}

bool Cursor::FinishItem(std::string_view shape) {
  if (AtEnd() || failed_) return !failed_;
  // The item itself was fine, so the extra atom is most likely the next item without its separator.
  Error(Kind::kTypeMismatch, Peek()->range, "unexpected " + ast::Describe(*Peek()) + " in an item of `" + what_ + "`",
        "separate list items with `,` or a newline; each item of `" + what_ + "` is " + std::string(shape));
  return false;
}

}  // namespace ecsgen::sema
