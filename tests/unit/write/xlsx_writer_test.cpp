#include "write/xlsx_writer.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "write/xlsx_about_sheet.hpp"
#include "write/xlsx_figures_sheet.hpp"

namespace factsheet::write {
namespace {

namespace fs = std::filesystem;

Claim figure(int i) {
  Claim c;
  c.doc = i < 5 ? "a.txt" : "b.txt";
  c.start = static_cast<std::size_t>(10 * i);
  c.end = c.start + 5;
  c.text = "$" + std::to_string(i + 1) + "m";
  c.sentence = "=cmd|' /C calc'!A0 paid " + c.text + " for it.";
  c.kind = Kind::money;
  c.value = 1e6 * (i + 1);
  c.unit = "USD";
  c.unit_name = "US dollar";
  return c;
}

std::string run(const XlsxOptions& options, int claims) {
  StringOutput out;
  XlsxWriter writer(out, options);
  for (int i = 0; i < claims; ++i) writer.write(figure(i));
  writer.finish();
  return out.data();
}

// Zip entry names are stored uncompressed, so parts can be found in the bytes.
bool has_part(const std::string& zip, const std::string& name) { return zip.find(name) != std::string::npos; }

class XlsxFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "fs_xlsx_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  fs::path dir_;
};

TEST(XlsxWriter, WritesAWorkbookWithSixSheetsAndTables) {
  std::string zip = run(XlsxOptions{}, 7);
  ASSERT_GE(zip.size(), 4u);
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\x03\x04"));
  for (int i = 1; i <= 6; ++i) EXPECT_TRUE(has_part(zip, "xl/worksheets/sheet" + std::to_string(i) + ".xml")) << i;
  EXPECT_FALSE(has_part(zip, "xl/worksheets/sheet7.xml"));
  EXPECT_TRUE(has_part(zip, "xl/tables/table1.xml"));
  EXPECT_TRUE(has_part(zip, "xl/charts/chart1.xml"));
}

TEST(XlsxWriter, SameClaimsSameBytes) {
  XlsxOptions options;
  options.command_line = {"factsheet", "extract", "a.txt"};
  EXPECT_EQ(run(options, 9), run(options, 9));
  EXPECT_NE(run(options, 9), run(options, 8));
}

TEST(XlsxWriter, IndexingOnItsOwnThreadGivesTheSameBytes) {
  for (std::size_t streamed_from : {std::size_t{20000}, std::size_t{4}}) {
    SCOPED_TRACE(streamed_from);
    XlsxOptions options;
    options.table_row_limit = streamed_from;
    std::string alone = run(options, 1500);  // several batches of the index thread
    options.index_thread = true;
    EXPECT_EQ(run(options, 1500), alone);
    EXPECT_EQ(run(options, 0), run(XlsxOptions{}, 0));
  }
}

TEST(XlsxWriter, EmptyRunStillGivesAWorkbook) {
  std::string zip = run(XlsxOptions{}, 0);
  EXPECT_TRUE(has_part(zip, "xl/worksheets/sheet6.xml"));
}

TEST(XlsxWriter, ManyRowsStreamAndContinueOnNewSheets) {
  XlsxOptions options;
  options.table_row_limit = 4;  // streamed from the fifth claim on
  options.rows_per_sheet = 3;   // 10 claims: Figures, (2), (3), (4)
  std::string zip = run(options, 10);
  EXPECT_TRUE(has_part(zip, "xl/worksheets/sheet9.xml"));  // Headline, Audit, 4 Figures, Sources, Summary, About
  EXPECT_FALSE(has_part(zip, "xl/worksheets/sheet10.xml"));
  EXPECT_FALSE(has_part(zip, "xl/tables/"));  // autofilter ranges instead
  EXPECT_EQ(figures_sheet_name(figure_position(9, 3)), "Figures (4)");
  EXPECT_EQ(figure_cell(figure_position(9, 3)), "'Figures (4)'!A2");  // where Headline and Audit link
  EXPECT_EQ(figure_position(9, 3).row, 1u);
  EXPECT_EQ(figure_position(2, 3).row, 3u);
}

TEST(XlsxWriter, LongTextAlsoSwitchesToStreaming) {
  XlsxOptions options;
  options.table_byte_limit = 2 * sizeof(Claim);  // a few claims' worth of text
  std::string zip = run(options, 6);
  EXPECT_FALSE(has_part(zip, "xl/tables/"));
  EXPECT_TRUE(has_part(run(XlsxOptions{}, 6), "xl/tables/"));
}

TEST_F(XlsxFiles, WritesIntoTheAtomicOutputsTemporaryFile) {
  std::string path = (dir_ / "facts.xlsx").string();
  {
    AtomicFileOutput out(path);
    XlsxWriter writer(out, XlsxOptions{});
    for (int i = 0; i < 3; ++i) writer.write(figure(i));
    writer.finish();
    EXPECT_FALSE(fs::exists(path));
    out.commit();
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  EXPECT_EQ(bytes.str(), run(XlsxOptions{}, 3));
  EXPECT_EQ(entries(), std::vector<std::string>{"facts.xlsx"});
}

TEST_F(XlsxFiles, AbandonedWorkbookLeavesNoFiles) {
  XlsxOptions options;
  options.tmpdir = dir_.string();
  options.table_row_limit = 2;
  {
    StringOutput out;
    XlsxWriter writer(out, options);
    for (int i = 0; i < 6; ++i) writer.write(figure(i));
  }  // no finish(): nothing is written, the temporary file goes
  EXPECT_TRUE(entries().empty());
  {
    StringOutput out;
    XlsxWriter writer(out, options);
    writer.write(figure(0));
    writer.finish();
    EXPECT_FALSE(out.data().empty());
  }
  EXPECT_TRUE(entries().empty());
}

TEST(XlsxWriter, OutputErrorsNameTheOutput) {
  XlsxOptions options;
  options.tmpdir = "/nonexistent/dir";
  StringOutput out;
  EXPECT_THROW(XlsxWriter(out, options), OutputError);
}

TEST(About, ShellQuoting) {
  EXPECT_EQ(shell_quote("out/seed.xlsx"), "out/seed.xlsx");
  EXPECT_EQ(shell_quote("--timestamp=now"), "--timestamp=now");
  EXPECT_EQ(shell_quote("my file.txt"), "'my file.txt'");
  EXPECT_EQ(shell_quote("it's"), "'it'\\''s'");
  EXPECT_EQ(shell_quote("$(rm)"), "'$(rm)'");
  EXPECT_EQ(shell_quote(""), "''");
}

}  // namespace
}  // namespace factsheet::write
