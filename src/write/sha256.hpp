// SHA-256 (FIPS 180-4), for the input checksums listed in a workbook's About sheet.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace factsheet::write {

class Sha256 {
 public:
  // `hardware`: use the CPU's SHA instructions where it has them (x86-64 SHA-NI, about ten
  // times faster); false keeps to the portable code (tests compare the two).
  explicit Sha256(bool hardware = true);
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits; the object must not be updated afterwards.
  std::string hex_digest();

 private:
  void blocks(const unsigned char* p, std::size_t count);  // whole 64-byte blocks
  void block(const unsigned char* p);

  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes seen
  bool hardware_;
};

std::string sha256_hex(std::string_view bytes);

// Whether Sha256 runs on the CPU's SHA instructions here.
bool sha256_hardware();

}  // namespace factsheet::write
