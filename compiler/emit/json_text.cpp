#include "compiler/emit/json_text.h"

#include <charconv>
#include <utility>

namespace ecsgen::emit {

namespace {

// nlohmann's own serializer, for the values AppendJson leaves to it.
template <typename BasicJson>
void NlohmannDump(std::string& out, const BasicJson& value, bool pretty, int indent) {
  nlohmann::detail::serializer<BasicJson> serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ');
  serializer.dump(value, pretty, /*ensure_ascii=*/false, /*indent_step=*/2, static_cast<unsigned>(indent));
}

// A JSON string literal with nlohmann's escapes (ensure_ascii off): `"` and `\`, the short forms of
// \b \t \n \f \r, `\u00xx` in lower case for the other control characters. A string with any byte
// above 0x7F goes to nlohmann whole, which validates its UTF-8 (and rejects invalid UTF-8 the same way).
void AppendString(std::string& out, std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) {
      NlohmannDump(out, nlohmann::ordered_json(std::string(s)), false, 0);
      return;
    }
  }
  out += '"';
  const char* run = s.data();
  const char* end = s.data() + s.size();
  for (const char* p = run; p != end; ++p) {
    auto c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(run, p);
    run = p + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(escape, sizeof escape);
      }
    }
  }
  out.append(run, end);
  out += '"';
}

template <typename Integer>
void AppendInteger(std::string& out, Integer value) {
  char digits[24];
  auto result = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, result.ptr);
}

}  // namespace

// `open`, the items, `close`, laid out as nlohmann lays out an object or an array; `item` writes one
// item after its indentation.
template <typename Items, typename Item>
void AppendContainer(std::string& out, const Items& items, char open, char close, bool pretty, int indent,
                     Item item) {
  out += open;
  if (items.empty()) {
    out += close;
    return;
  }
  bool first = true;
  for (const auto& element : items) {
    if (!first) out += ',';
    first = false;
    if (pretty) {
      out += '\n';
      out.append(indent + 2, ' ');
    }
    item(element);
  }
  if (pretty) {
    out += '\n';
    out.append(indent, ' ');
  }
  out += close;
}

template <typename BasicJson>
void AppendJson(std::string& out, const BasicJson& value, bool pretty, int indent) {
  using Type = typename BasicJson::value_t;
  switch (value.type()) {
    case Type::object:
      AppendContainer(out, value.template get_ref<const typename BasicJson::object_t&>(), '{', '}', pretty, indent,
                      [&](const auto& member) {
                        AppendString(out, member.first);
                        out += pretty ? ": " : ":";
                        AppendJson(out, member.second, pretty, indent + 2);
                      });
      return;
    case Type::array:
      AppendContainer(out, value.template get_ref<const typename BasicJson::array_t&>(), '[', ']', pretty, indent,
                      [&](const BasicJson& element) { AppendJson(out, element, pretty, indent + 2); });
      return;
    case Type::string: AppendString(out, value.template get_ref<const std::string&>()); return;
    case Type::boolean: out += value.template get<bool>() ? "true" : "false"; return;
    case Type::null: out += "null"; return;
    case Type::number_integer: AppendInteger(out, value.template get<std::int64_t>()); return;
    case Type::number_unsigned: AppendInteger(out, value.template get<std::uint64_t>()); return;
    default: NlohmannDump(out, value, pretty, indent); return;  // floats, binary, discarded
  }
}

template void AppendJson(std::string&, const Json&, bool, int);
template void AppendJson(std::string&, const nlohmann::ordered_json&, bool, int);

std::string CompactJson(const Json& value) {
  std::string out;
  AppendJson(out, value, /*pretty=*/false);
  return out;
}

std::string& ObjectText::Key(std::string_view key) {
  const char* separator = members_.empty() ? "{\n" : ",\n";
  std::string& out = members_.Tail();
  out += separator;
  out.append(2 * (depth_ + 1), ' ');
  AppendString(out, key);
  out += ": ";
  return out;
}

void ObjectText::Add(std::string_view key, const Json& value) {
  std::string& out = Key(key);
  AppendJson(out, value, true, 2 * (depth_ + 1));
}

void ObjectText::AddSerialized(std::string_view key, Text value) {
  Key(key);
  members_.Append(std::move(value));
}

void ObjectText::Append(const ObjectText& other) {
  if (other.members_.empty()) return;
  bool first = true;
  for (std::string_view chunk : other.members_.chunks()) {
    // The other's text starts with the opening "{"; between members the separator is ",".
    if (first && !members_.empty()) {
      members_.Append(",");
      chunk.remove_prefix(1);
    }
    first = false;
    members_.Append(chunk);
  }
}

Text ObjectText::Close() {
  if (members_.empty()) return Text("{}");
  std::string& out = members_.Tail();
  out += '\n';
  out.append(2 * depth_, ' ');
  out += '}';
  return std::exchange(members_, Text());
}

}  // namespace ecsgen::emit
