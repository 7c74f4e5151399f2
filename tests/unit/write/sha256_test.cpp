#include "write/sha256.hpp"

#include <gtest/gtest.h>

#include <iostream>

namespace factsheet::write {
namespace {

// FIPS 180-4 example vectors.
TEST(Sha256, KnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, MillionAsInPieces) {
  Sha256 h;
  std::string chunk(1000, 'a');
  for (int i = 0; i < 1000; ++i) h.update(chunk);
  EXPECT_EQ(h.hex_digest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, SplitsAnywhereGiveTheSameDigest) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += static_cast<char>('a' + i % 26);
  std::string whole = sha256_hex(text);
  for (std::size_t cut : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 128u, 299u}) {
    Sha256 h;
    h.update(std::string_view(text).substr(0, cut));
    h.update(std::string_view(text).substr(cut));
    EXPECT_EQ(h.hex_digest(), whole) << cut;
  }
}

// The SHA instructions (where the CPU has them) and the portable code agree on every length
// around the block boundaries and on pieces of any size.
TEST(Sha256, HardwareAndPortableAgree) {
  std::string text;
  std::uint32_t x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245u + 12345u;
    text += static_cast<char>(x >> 24);
  }
  for (std::size_t len = 0; len <= text.size(); len += len < 300 ? 1 : 97) {
    std::string_view part = std::string_view(text).substr(0, len);
    Sha256 hw, portable(false);
    hw.update(part.substr(0, len / 3));
    hw.update(part.substr(len / 3));
    portable.update(part);
    ASSERT_EQ(hw.hex_digest(), portable.hex_digest()) << len;
  }
  std::cout << "SHA instructions " << (sha256_hardware() ? "used" : "not available") << "\n";
}

}  // namespace
}  // namespace factsheet::write
