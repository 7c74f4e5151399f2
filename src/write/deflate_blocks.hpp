// Raw deflate (RFC 1951) in independent blocks, compressed on worker threads and handed on
// in input order. Each block of input is deflated on its own, primed with the 32 KiB of
// input before it, and ends in a sync flush (byte-aligned, not final), so the blocks
// joined are one valid stream, and one that does not depend on the number of threads:
// the same input gives the same bytes. deflate_end() closes such a stream; streams made
// this way may be joined too (a sheet's head, its rows, its tail), their sums combined.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace factsheet::write {

// zlib's level for the workbook's large parts: 3 packs a sheet's XML about 7% larger than
// the default 6 at under half its time (measured on a million-row Figures sheet).
inline constexpr int kBulkDeflateLevel = 3;

// The CRC-32 and length of the uncompressed bytes, as a zip entry records them.
struct DeflateSum {
  std::uint32_t crc = 0;
  std::uint64_t size = 0;
};

// The sum of `a` followed by `b`.
DeflateSum combine(const DeflateSum& a, const DeflateSum& b);

class BlockDeflater {
 public:
  using Sink = std::function<void(std::string_view compressed)>;

  // `threads` workers (0: compress on the caller's thread). `sink` is called on the
  // caller's thread, in order, from write() and finish().
  BlockDeflater(Sink sink, unsigned threads, int level = kBulkDeflateLevel, std::size_t block = std::size_t{1} << 20);
  ~BlockDeflater();
  BlockDeflater(const BlockDeflater&) = delete;
  BlockDeflater& operator=(const BlockDeflater&) = delete;

  void write(std::string_view bytes);
  // Compresses what is left, hands every block on and returns the sum of the input.
  // Rethrows a worker's failure (and the sink's) here or from write().
  DeflateSum finish();

 private:
  struct Pool;
  void submit();

  Sink sink_;
  int level_;
  std::size_t block_;
  std::string pending_;  // input not yet handed to a block
  std::string window_;   // the last 32 KiB of input handed on: the next block's dictionary
  DeflateSum sum_;
  std::unique_ptr<Pool> pool_;  // null: compress inline
  bool finished_ = false;
};

// The final empty block that ends a stream of flushed pieces.
std::string deflate_end();

}  // namespace factsheet::write
