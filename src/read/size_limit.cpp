#include "read/size_limit.hpp"

namespace factsheet::read {

std::string size_limit_text(std::size_t limit) {
  if (limit % (std::size_t{1} << 20) == 0) return std::to_string(limit >> 20) + " MiB";
  return std::to_string(limit) + " bytes";
}

}  // namespace factsheet::read
