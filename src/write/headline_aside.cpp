// The headline facts set aside in a spill file while the audit compares
// (HeadlineIndex::set_aside): each fact one record, read back in order.
#include <cstring>
#include <stdexcept>
#include <type_traits>

#include "write/headline_index.hpp"

namespace factsheet::write {
namespace {

template <class T>
void put(std::string& out, const T& value) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put(std::string& out, std::string_view s) {
  put(out, static_cast<std::uint64_t>(s.size()));
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
template <class T>
void put_all(std::string& out, const std::vector<T>& items) {
  put(out, static_cast<std::uint64_t>(items.size()));
  for (const T& item : items) put(out, item);
}

// Reads what put() wrote, in the same order.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <class T>
  void get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    std::memcpy(&value, take(sizeof value).data(), sizeof value);
  }
  void get(std::string& s) {
    std::uint64_t size = 0;
    get(size);
    s = std::string(take(size));
  }
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
  template <class T>
  void get_all(std::vector<T>& items) {
    std::uint64_t size = 0;
    get(size);
    items.resize(size);
    for (T& item : items) get(item);
  }

 private:
  std::string_view take(std::size_t n) {
    if (n > bytes_.size()) throw std::logic_error("headline facts set aside: a record ends early");
    std::string_view out = bytes_.substr(0, n);
    bytes_.remove_prefix(n);
    return out;
  }
  std::string_view bytes_;
};

void write_fact(std::string& out, const HeadlineFact& f) {
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
  put(out, static_cast<std::uint64_t>(f.mentions));
  put_all(out, f.places);
  put(out, f.first);
  put(out, std::string_view(f.text));
  put(out, f.attribution);
  for (bool b : {f.in_title, f.in_lead, f.partitive, f.rank}) put(out, b);
  put_all(out, f.sources);
  put(out, static_cast<std::uint64_t>(f.doc_hash));
  put(out, f.check);
}

HeadlineFact read_fact(std::string_view bytes) {
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
  std::uint64_t n = 0;
  in.get(n);
  f.mentions = static_cast<std::size_t>(n);
  in.get_all(f.places);
  in.get(f.first);
  in.get(f.text);
  in.get(f.attribution);
  for (bool* b : {&f.in_title, &f.in_lead, &f.partitive, &f.rank}) in.get(*b);
  in.get_all(f.sources);
  in.get(n);
  f.doc_hash = static_cast<std::size_t>(n);
  in.get(f.check);
  return f;
}

}  // namespace

void HeadlineIndex::set_aside(const std::string& dir) {
  // What only add() reads.
  by_figure_ = {};
  std::deque<std::string>().swap(subject_keys_);
  std::deque<std::string>().swap(time_keys_);
  lead_ = {};
  if (aside_) return;
  // The facts stay in memory until all of them are written.
  auto log = std::make_unique<io::SpillLog>("the headline facts", std::size_t{1} << 20, dir);
  std::string record;
  for (const HeadlineFact& f : facts_) {
    record.clear();
    write_fact(record, f);
    std::uint64_t size = record.size();
    log->append(std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
    log->append(record);
  }
  aside_ = std::move(log);
  aside_facts_ = facts_.size();
  std::deque<HeadlineFact>().swap(facts_);
}

void HeadlineIndex::take_back() {
  if (!aside_) return;
  std::uint64_t at = 0;
  std::string record;
  for (std::size_t i = 0; i < aside_facts_; ++i) {
    std::uint64_t size = 0;
    aside_->read(at, sizeof size, reinterpret_cast<char*>(&size));
    record = aside_->read(at + sizeof size, static_cast<std::size_t>(size));
    at += sizeof size + size;
    facts_.push_back(read_fact(record));
  }
  aside_.reset();
  aside_facts_ = 0;
}

}  // namespace factsheet::write
