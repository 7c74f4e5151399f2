// Claim: one numeric figure found in a document, the library's output record.
// The JSON field set is a stable contract: write/claim_json.hpp encodes it,
// read/claim_json.hpp decodes it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace factsheet {

enum class Kind : std::uint8_t { money, percent, count, measure, ratio, duration, age, ordinal, year, date, time, other };
enum class Qualifier : std::uint8_t { eq, approx, gt, ge, lt, le };
enum class Change { none, up, down };

// The values of Claim::role: what the figure is in its statement (frame/frame.hpp).
inline constexpr const char* kRoleCurrent = "current";    // a value now
inline constexpr const char* kRoleEarlier = "earlier";    // the value a change starts from
inline constexpr const char* kRoleChange = "change";      // the size of a change
inline constexpr const char* kRoleForecast = "forecast";  // expected, planned or aimed at

// The counted noun (Claim::unit) of a count of times: "three times", "a 10-fold rise".
inline constexpr const char* kTimesUnit = "time";
// The unit of a change in percentage points (units.tsv), and of ages and counts of years.
inline constexpr const char* kPointsUnit = "pp";
inline constexpr const char* kYearUnit = "year";

// A claim's value: absent (null), a number, or an ISO-like date string.
using Value = std::variant<std::monostate, double, std::string>;

struct Claim {
  std::string doc;
  std::size_t start = 0;  // byte offsets into the document text, end exclusive
  std::size_t end = 0;
  // Where `start` is for a reader: 1-based line and column (in characters) of the
  // document text; unknown in claim files written before they were recorded.
  std::optional<int> line, column;
  std::string text;       // exactly text[start, end)
  std::string sentence;
  Kind kind = Kind::count;
  Value value;            // null for ranges
  Value low, high;        // ranges only
  std::optional<double> part, whole;  // ratios only
  std::optional<std::string> unit;       // ISO 4217, unit symbol, "%", "pp" or counted-noun lemma
  std::optional<std::string> unit_name;  // English name of the unit
  // Measures, durations, ages: the value in SI units and that unit ("m", "kg", "m/s", "K",
  // "s"). JSON "si_value"; the member is not so named because <signal.h> defines si_value.
  std::optional<double> value_in_si;
  std::optional<std::string> si_unit;
  Qualifier qualifier = Qualifier::eq;
  Change change = Change::none;
  std::optional<std::string> subject;    // what the figure measures ("bilateral trade")
  std::optional<std::string> time;       // the period it refers to, ISO-like ("2023", "2023-05")

  // Source context (filled by the context stage).
  std::optional<std::string> time_text;    // the words `time` was read from ("last year")
  std::optional<std::string> attribution;  // who states the figure ("Chinese statistics")
  // The figure's frame (frame/frame.hpp): what fact it states.
  std::optional<std::string> entity;       // who or what it is about ("Google", "United States")
  std::optional<std::string> measure;      // lemma of what is measured ("net profit")
  std::optional<std::string> scope;        // a part of the entity or measure ("film division")
  std::optional<std::string> period;       // the period it covers ("Q4 2004")
  std::optional<std::string> role;         // current, earlier, change or forecast
  std::optional<int> article;              // 1-based article within the document
  std::optional<std::string> title;        // that article's headline
  std::optional<std::string> source;       // agency or publication ("Xinhua")
  std::optional<std::string> dateline;     // place and date as written ("ASTANA, May 20")
  std::optional<std::string> date;         // the article's date, ISO where known ("2024-05-20")
  std::optional<int> page;                 // 1-based page of a PDF input

  bool is_range() const { return !std::holds_alternative<std::monostate>(low); }
};

std::string_view to_string(Kind k);
std::string_view to_string(Qualifier q);   // "=", "~", ">", ">=", "<", "<="
// The qualifier in words, as CSV and the workbook give it: "exact", "about", "more than",
// "at least", "less than", "up to" (words cannot start a spreadsheet formula).
std::string_view qualifier_words(Qualifier q);
std::string_view to_string(Change c);      // "up", "down", "" for none
std::optional<Kind> parse_kind(std::string_view s);
std::optional<Qualifier> parse_qualifier(std::string_view s);  // symbol or words
std::optional<Change> parse_change(std::string_view s);  // "up", "down", "" / "null" -> none

}  // namespace factsheet
