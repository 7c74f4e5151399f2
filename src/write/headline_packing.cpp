#include "write/headline_packing.hpp"

#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace factsheet::write {
namespace {

// Sizes and counts take 7 bits a byte (most take one byte).
void put_size(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out += static_cast<char>(static_cast<unsigned char>(n) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}
template <class T>
void put(std::string& out, const T& value) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put(std::string& out, std::string_view s) {
  put_size(out, s.size());
  out.append(s);
}
void put(std::string& out, const std::optional<std::string>& s) {
  put(out, s.has_value());
  if (s) put(out, std::string_view(*s));
}
void put(std::string& out, const std::optional<double>& v) {
  put(out, v.has_value());
  if (v) put(out, *v);
}
// Field by field: a Mention has padding, whose bytes are not to be written.
void put(std::string& out, const Mention& m) {
  put(out, m.source);
  put(out, static_cast<std::uint64_t>(m.offset));
  put(out, m.line);
  put(out, m.column);
}
template <class T>
void put_all(std::string& out, const std::vector<T>& items) {
  put_size(out, items.size());
  for (const T& item : items) put(out, item);
}

// Reads what the put functions wrote, in the same order.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  std::uint64_t size() {
    std::uint64_t n = 0;
    for (int shift = 0;; shift += 7) {
      if (shift > 63) throw std::logic_error("packed headline fact: a size is too long");
      auto byte = static_cast<unsigned char>(take(1).front());
      n |= std::uint64_t{byte & 0x7Fu} << shift;
      if (byte < 0x80) return n;
    }
  }
  template <class T>
  void get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    std::memcpy(&value, take(sizeof value).data(), sizeof value);
  }
  void get(std::string& s) { s = std::string(take(size())); }
  void get(std::optional<std::string>& s) {
    bool has = false;
    get(has);
    s.reset();
    if (has) get(s.emplace());
  }
  void get(std::optional<double>& v) {
    bool has = false;
    get(has);
    v.reset();
    if (has) get(v.emplace());
  }
  void get(Mention& m) {
    std::uint64_t offset = 0;
    get(m.source);
    get(offset);
    m.offset = static_cast<std::size_t>(offset);
    get(m.line);
    get(m.column);
  }
  template <class T>
  void get_all(std::vector<T>& items) {
    items.resize(size());
    for (T& item : items) get(item);
  }
  bool done() const { return bytes_.empty(); }

 private:
  std::string_view take(std::uint64_t n) {
    if (n > bytes_.size()) throw std::logic_error("packed headline fact: it ends early");
    std::string_view out = bytes_.substr(0, n);
    bytes_.remove_prefix(n);
    return out;
  }
  std::string_view bytes_;
};

}  // namespace

void pack_fact(std::string& out, const HeadlineFact& f) {
  const FigureFields& g = f.figure;
  put(out, g.kind);
  for (const std::optional<double>* v : {&g.value, &g.low, &g.high, &g.part, &g.whole}) put(out, *v);
  put(out, std::string_view(g.unit));
  put(out, std::string_view(g.unit_name));
  put(out, g.qualifier);
  put(out, g.change);
  put(out, g.vague);
  put(out, f.subject);
  put(out, f.time);
  put_size(out, f.mentions);
  put_all(out, f.places);
  put(out, f.first);
  put(out, std::string_view(f.text));
  put(out, f.attribution);
  for (bool b : {f.in_title, f.in_lead, f.partitive, f.rank}) put(out, b);
  put_all(out, f.sources);
  put(out, static_cast<std::uint64_t>(f.doc_hash));
  put(out, f.check);
}

HeadlineFact unpack_fact(std::string_view bytes) {
  Reader in(bytes);
  HeadlineFact f;
  FigureFields& g = f.figure;
  in.get(g.kind);
  for (std::optional<double>* v : {&g.value, &g.low, &g.high, &g.part, &g.whole}) in.get(*v);
  in.get(g.unit);
  in.get(g.unit_name);
  in.get(g.qualifier);
  in.get(g.change);
  in.get(g.vague);
  in.get(f.subject);
  in.get(f.time);
  f.mentions = static_cast<std::size_t>(in.size());
  in.get_all(f.places);
  in.get(f.first);
  in.get(f.text);
  in.get(f.attribution);
  for (bool* b : {&f.in_title, &f.in_lead, &f.partitive, &f.rank}) in.get(*b);
  in.get_all(f.sources);
  std::uint64_t doc_hash = 0;
  in.get(doc_hash);
  f.doc_hash = static_cast<std::size_t>(doc_hash);
  in.get(f.check);
  if (!in.done()) throw std::logic_error("packed headline fact: bytes are left over");
  return f;
}

}  // namespace factsheet::write
