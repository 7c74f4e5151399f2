// Wording of the document size limit in messages.
#pragma once
#include <cstddef>
#include <string>

namespace factsheet::read {

// "256 MiB" for whole MiB, else "1000 bytes".
std::string size_limit_text(std::size_t limit);

}  // namespace factsheet::read
