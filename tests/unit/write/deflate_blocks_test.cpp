#include "write/deflate_blocks.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <random>
#include <stdexcept>
#include <string>

namespace factsheet::write {
namespace {

// Inflates a raw deflate stream; fails the test unless it ends with a final block.
std::string inflate_raw(const std::string& compressed) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, -MAX_WBITS), Z_OK);
  std::string out;
  char buf[1 << 15];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  z.avail_in = static_cast<uInt>(compressed.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  EXPECT_EQ(rc, Z_STREAM_END) << "the stream does not end with a final block";
  EXPECT_EQ(z.avail_in, 0u) << "bytes after the end of the stream";
  inflateEnd(&z);
  return out;
}

// Sheet-like text: repetitive, with numbers that differ, so that blocks compress unevenly.
std::string rows_text(std::size_t rows) {
  std::string s;
  std::mt19937 rng(7);
  for (std::size_t r = 0; r < rows; ++r)
    s += "<row r=\"" + std::to_string(r + 2) + "\"><c r=\"A" + std::to_string(r + 2) + "\" s=\"3\" t=\"inlineStr\"><is><t>" +
         std::to_string(rng() % 100000) + " tonnes</t></is></c></row>";
  return s;
}

struct Deflated {
  std::string bytes;
  DeflateSum sum;
};

// `text` through a BlockDeflater, written in pieces of `piece` bytes, then ended.
Deflated deflate_all(const std::string& text, unsigned threads, std::size_t block, std::size_t piece) {
  Deflated d;
  BlockDeflater deflater([&](std::string_view b) { d.bytes += b; }, threads, kBulkDeflateLevel, block);
  for (std::size_t at = 0; at < text.size(); at += piece) deflater.write(std::string_view(text).substr(at, piece));
  d.sum = deflater.finish();
  d.bytes += deflate_end();
  return d;
}

// `bytes` through a BlockDeflater of its own, not ended: a piece to join.
std::string deflate_piece(const std::string& bytes) {
  std::string out;
  BlockDeflater deflater([&](std::string_view b) { out += b; }, 0);
  deflater.write(bytes);
  deflater.finish();
  return out;
}

std::uint32_t crc_of(const std::string& s) {
  return static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

TEST(BlockDeflater, BlocksJoinedInflateToTheInputWithItsCrcAndSize) {
  std::string text = rows_text(40000);  // about 3 MB: several blocks of 64 KiB
  Deflated d = deflate_all(text, 2, 64 << 10, 9999);
  EXPECT_EQ(inflate_raw(d.bytes), text);
  EXPECT_EQ(d.sum.size, text.size());
  EXPECT_EQ(d.sum.crc, crc_of(text));
  EXPECT_LT(d.bytes.size(), text.size() / 4) << "the blocks were not compressed";
}

TEST(BlockDeflater, TheBytesDoNotDependOnTheThreadsOrHowTheInputArrives) {
  std::string text = rows_text(20000);
  Deflated inline_run = deflate_all(text, 0, 64 << 10, text.size());
  for (unsigned threads : {1u, 2u, 4u}) {
    for (std::size_t piece : {std::size_t{1} << 20, std::size_t{4093}, std::size_t{1}}) {
      if (piece == 1 && threads != 2) continue;  // byte by byte once is enough
      SCOPED_TRACE(std::to_string(threads) + " threads, pieces of " + std::to_string(piece));
      Deflated d = deflate_all(text, threads, 64 << 10, piece);
      EXPECT_EQ(d.bytes, inline_run.bytes);
      EXPECT_EQ(d.sum.crc, inline_run.sum.crc);
    }
  }
}

TEST(BlockDeflater, EachBlockIsPrimedWithThePreviousInput) {
  // Two identical blocks of random letters, each within deflate's 32 KiB window: the
  // second one is found whole in its dictionary and costs next to nothing.
  std::string half;
  std::mt19937 rng(3);
  while (half.size() < 30000) half += static_cast<char>('a' + rng() % 26);
  std::string text = half + half;
  Deflated d = deflate_all(text, 2, half.size(), text.size());
  EXPECT_EQ(inflate_raw(d.bytes), text);
  std::size_t one = deflate_piece(half).size();
  EXPECT_LT(d.bytes.size(), one + one / 10) << "the second block was not primed with the first";
}

TEST(BlockDeflater, EmptyInputAndPiecesJoinIntoOneStream) {
  Deflated empty = deflate_all("", 2, 64 << 10, 1);
  EXPECT_EQ(inflate_raw(empty.bytes), "");
  EXPECT_EQ(empty.sum.size, 0u);

  // A head, a body through the deflater, a tail: one stream, their sums combined.
  std::string head = "<worksheet><sheetData>", body = rows_text(3000), tail = "</sheetData></worksheet>";
  std::string joined = deflate_piece(head);
  BlockDeflater deflater([&](std::string_view b) { joined += b; }, 1, kBulkDeflateLevel, 32 << 10);
  deflater.write(body);
  DeflateSum sum = combine(DeflateSum{crc_of(head), head.size()}, deflater.finish());
  joined += deflate_piece(tail);
  sum = combine(sum, DeflateSum{crc_of(tail), tail.size()});
  joined += deflate_end();
  EXPECT_EQ(inflate_raw(joined), head + body + tail);
  EXPECT_EQ(sum.crc, crc_of(head + body + tail));
  EXPECT_EQ(sum.size, head.size() + body.size() + tail.size());
}

TEST(BlockDeflater, ASinkFailureReachesTheWriter) {
  std::string text = rows_text(20000);
  BlockDeflater deflater([](std::string_view) { throw std::runtime_error("disk full"); }, 2, kBulkDeflateLevel,
                         64 << 10);
  EXPECT_THROW(
      {
        deflater.write(text);
        deflater.finish();
      },
      std::runtime_error);
}

}  // namespace
}  // namespace factsheet::write
