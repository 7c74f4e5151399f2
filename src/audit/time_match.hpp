// When two figures' times allow them to be the same fact. Times are the ISO-like `time`
// field ("2023", "2023-05", "2023-05-20", "--05", "2024-05-17/2024-05-19"). A time that
// is not known (null) fits any; two known times fit when one is the other or a part of it
// ("2023" and "2023-05" fit, "2023" and "2022" do not, nor "2023-05" and "2023-06").
// A date without its year ("--05-20") fits only the same yearless date or a part of it.
#pragma once
#include <string_view>

namespace factsheet::audit {

// `general` is `specific` or a leading part of it, cut at a '-' or '/' boundary.
bool time_covers(std::string_view general, std::string_view specific);

// Empty strings stand for unknown times.
bool times_fit(std::string_view a, std::string_view b);

}  // namespace factsheet::audit
