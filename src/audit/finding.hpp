// An audit finding: a status, a one-line explanation and the figures involved.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::audit {

// In the order findings are reported.
enum class Status {
  conflict,      // one fact (subject, unit, time) stated with values that cannot all hold
  arithmetic,    // figures of one sentence that do not add up
  revised,       // one fact's old and new value, stated as a revision in one sentence
  corroborated,  // one fact stated the same way by two or more independent statements
  repeated,      // one fact stated the same way only in copies of one text
  vague,         // bounds or approximations of one fact that agree without giving one value
  unsourced,     // figures of an article that say nobody states them (informational)
};

std::string_view to_string(Status s);
std::optional<Status> parse_status(std::string_view s);

struct Finding {
  Status status = Status::conflict;
  std::string explanation;              // one line
  std::string subject;                  // the subject concerned, "" when none applies
  std::vector<std::uint32_t> figures;   // the figures' ids (Auditor::figure), in input order
};

}  // namespace factsheet::audit
