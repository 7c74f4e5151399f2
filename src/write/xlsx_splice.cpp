#include "write/xlsx_splice.hpp"

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

#include "write/deflate_blocks.hpp"
#include "write/output.hpp"
#include "write/xlsx_row_stream.hpp"

namespace factsheet::write {
namespace {

// What may follow <hyperlinks> in a worksheet (ECMA-376 CT_Worksheet's order).
constexpr std::array<std::string_view, 12> kAfterHyperlinks = {
    "<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks",
    "<customProperties", "<ignoredErrors", "<drawing", "<legacyDrawing", "<tableParts", "</worksheet>"};

std::string grown_dimension(std::string_view ref, std::uint32_t last_row) {
  std::size_t colon = ref.find(':');
  std::string_view first = ref.substr(0, colon);
  std::string_view end = colon == std::string_view::npos ? ref : ref.substr(colon + 1);
  std::size_t digits = end.find_first_of("0123456789");
  if (digits == std::string_view::npos) throw std::runtime_error("a sheet dimension without a row");
  std::uint64_t end_row = 0;
  std::from_chars(end.data() + digits, end.data() + end.size(), end_row);
  std::uint64_t rows = std::max<std::uint64_t>(end_row, std::uint64_t{last_row} + 1);
  return std::string(first) + ":" + std::string(end.substr(0, digits)) + std::to_string(rows);
}

class Splicer {
 public:
  Splicer(const std::string& from, const std::string& to, const std::string& label) : label_(label) {
    in_ = unzOpen64(from.c_str());
    if (!in_) fail("cannot read the workbook back");
    out_ = zipOpen64(to.c_str(), APPEND_STATUS_CREATE);
    if (!out_) fail("cannot create the workbook");
  }
  ~Splicer() {
    if (in_) unzClose(in_);
    if (out_) zipClose(out_, nullptr);
  }

  void run(const std::vector<SplicedSheet>& sheets, unsigned threads) {
    for (int rc = unzGoToFirstFile(in_); rc == UNZ_OK; rc = unzGoToNextFile(in_)) {
      unz_file_info64 info{};
      std::array<char, 1024> name{};
      check(unzGetCurrentFileInfo64(in_, &info, name.data(), name.size(), nullptr, 0, nullptr, 0), "reading its index");
      const SplicedSheet* sheet = nullptr;
      for (const SplicedSheet& s : sheets)
        if (s.entry == name.data()) sheet = &s;
      if (sheet)
        splice(name.data(), info, *sheet, threads);
      else
        copy(name.data(), info);
    }
    errno = 0;
    int rc = zipClose(out_, nullptr);
    out_ = nullptr;
    check(rc, "writing its index");
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw OutputError(label_ + ": " + what); }
  void check(int rc, const std::string& what) const {
    if (rc == UNZ_OK) return;
    int err = errno;
    // minizip's ZIP_ERRNO / UNZ_ERRNO: the system said why.
    fail("packing the workbook: " + what + ": " +
         (rc == ZIP_ERRNO && err != 0 ? std::strerror(err) : "minizip error " + std::to_string(rc)));
  }

  static zip_fileinfo file_info(const unz_file_info64& info) {
    zip_fileinfo zi{};
    zi.dosDate = info.dosDate;  // libxlsxwriter's fixed date: the same bytes every run
    zi.internal_fa = info.internal_fa;
    zi.external_fa = info.external_fa;
    return zi;
  }

  void open_entry(const char* name, const unz_file_info64& info, int method, int level) {
    zip_fileinfo zi = file_info(info);
    check(zipOpenNewFileInZip4_64(out_, name, &zi, nullptr, 0, nullptr, 0, nullptr, method, level, 1, -MAX_WBITS,
                                  DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 0, 1),
          std::string("starting ") + name);
  }

  void put(std::string_view bytes) {
    while (!bytes.empty()) {
      auto n = static_cast<unsigned>(std::min<std::size_t>(bytes.size(), 1u << 30));
      check(zipWriteInFileInZip(out_, bytes.data(), n), "writing");
      bytes.remove_prefix(n);
    }
  }

  // An entry as it is: its compressed bytes, its sizes and CRC.
  void copy(const char* name, const unz_file_info64& info) {
    int method = 0, level = 0;
    check(unzOpenCurrentFile2(in_, &method, &level, 1), std::string("opening ") + name);
    open_entry(name, info, method, level);
    std::vector<char> buf(1 << 16);
    for (;;) {
      int n = unzReadCurrentFile(in_, buf.data(), static_cast<unsigned>(buf.size()));
      if (n < 0) check(n, std::string("reading ") + name);
      if (n <= 0) break;
      put(std::string_view(buf.data(), static_cast<std::size_t>(n)));
    }
    check(unzCloseCurrentFile(in_), std::string("reading ") + name);
    check(zipCloseFileInZipRaw64(out_, info.uncompressed_size, static_cast<uLong>(info.crc)),
          std::string("closing ") + name);
  }

  std::string read_whole(const char* name, const unz_file_info64& info) {
    check(unzOpenCurrentFile(in_), std::string("opening ") + name);
    std::string xml(info.uncompressed_size, '\0');
    std::size_t got = 0;
    while (got < xml.size()) {
      int n = unzReadCurrentFile(in_, xml.data() + got,
                                 static_cast<unsigned>(std::min<std::size_t>(xml.size() - got, 1u << 30)));
      if (n <= 0) check(n < 0 ? n : UNZ_EOF, std::string("reading ") + name);
      got += static_cast<std::size_t>(n);
    }
    check(unzCloseCurrentFile(in_), std::string("reading ") + name);  // checks the CRC too
    return xml;
  }

  // The sheet's head, its rows and its tail, one deflate stream.
  void splice(const char* name, const unz_file_info64& info, const SplicedSheet& sheet, unsigned threads) {
    SheetXmlParts parts = split_sheet_xml(read_whole(name, info), sheet.rows->last_row(), sheet.rows->hyperlinks_xml());
    open_entry(name, info, Z_DEFLATED, kBulkDeflateLevel);
    auto sink = [this](std::string_view bytes) { put(bytes); };
    auto deflated = [&](std::string_view xml) {
      BlockDeflater deflater(sink, threads);
      deflater.write(xml);
      return deflater.finish();
    };
    DeflateSum sum = deflated(parts.head);
    sheet.rows->copy_compressed(sink);
    sum = combine(sum, sheet.rows->sum());
    sum = combine(sum, deflated(parts.tail));
    put(deflate_end());
    check(zipCloseFileInZipRaw64(out_, sum.size, sum.crc), std::string("closing ") + name);
  }

  std::string label_;
  unzFile in_ = nullptr;
  zipFile out_ = nullptr;
};

}  // namespace

SheetXmlParts split_sheet_xml(std::string_view xml, std::optional<std::uint32_t> last_row,
                              std::string_view hyperlinks) {
  SheetXmlParts parts;
  std::size_t end = xml.find("</sheetData>");
  std::size_t after = end + std::string_view("</sheetData>").size();
  if (end == std::string_view::npos) {  // no rows at all: <sheetData/>
    end = xml.find("<sheetData/>");
    if (end == std::string_view::npos) throw std::runtime_error("a worksheet without <sheetData>");
    after = end + std::string_view("<sheetData/>").size();
    parts.head = std::string(xml.substr(0, end)) + "<sheetData>";
  } else {
    parts.head = std::string(xml.substr(0, end));
  }
  parts.tail = "</sheetData>" + std::string(xml.substr(after));

  static constexpr std::string_view kDimension = "<dimension ref=\"";
  if (std::size_t d = parts.head.find(kDimension); last_row && d != std::string::npos) {
    std::size_t from = d + kDimension.size();
    std::size_t to = parts.head.find('"', from);
    if (to == std::string::npos) throw std::runtime_error("an unfinished sheet dimension");
    parts.head.replace(from, to - from, grown_dimension(std::string_view(parts.head).substr(from, to - from), *last_row));
  }

  if (!hyperlinks.empty()) {
    if (parts.tail.find("<hyperlinks>") != std::string::npos)
      throw std::logic_error("a streamed sheet with hyperlinks of its own");
    std::size_t at = std::string::npos;
    for (std::string_view next : kAfterHyperlinks) at = std::min(at, parts.tail.find(next));
    if (at == std::string::npos) throw std::runtime_error("a worksheet without its end");
    parts.tail.insert(at, hyperlinks);
  }
  return parts;
}

void splice_sheets(const std::string& from, const std::string& to, const std::vector<SplicedSheet>& sheets,
                   unsigned threads, const std::string& label) {
  Splicer(from, to, label).run(sheets, threads);
}

}  // namespace factsheet::write
