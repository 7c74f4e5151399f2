#include "read/input_format.hpp"

#include <gtest/gtest.h>

#include "read/file_walk.hpp"
#include "read/squeeze.hpp"

namespace factsheet::read {
namespace {

TEST(InputFormat, ExtensionsNameFormats) {
  EXPECT_EQ(format_for_extension("a.txt"), InputFormat::text);
  EXPECT_EQ(format_for_extension("dir/a.TEXT"), InputFormat::text);
  EXPECT_EQ(format_for_extension("a.md"), InputFormat::text);
  EXPECT_EQ(format_for_extension("a.jsonl"), InputFormat::jsonl);
  EXPECT_EQ(format_for_extension("a.html"), InputFormat::html);
  EXPECT_EQ(format_for_extension("a.HTM"), InputFormat::html);
  EXPECT_EQ(format_for_extension("a.xhtml"), InputFormat::html);
  EXPECT_EQ(format_for_extension("report.Pdf"), InputFormat::pdf);
}

TEST(InputFormat, OtherNamesHaveNoFormat) {
  for (const char* name : {"a.csv", "a", ".pdf", "dir.pdf/readme", "a.pdf.bak", "a.", "a.jpg"})
    EXPECT_EQ(format_for_extension(name), std::nullopt) << name;
}

TEST(InputFormat, DocumentFileNamesFollowTheExtensions) {
  EXPECT_TRUE(is_document_file_name("x/page.htm"));
  EXPECT_TRUE(is_document_file_name("x/report.PDF"));
  EXPECT_FALSE(is_document_file_name("x/photo.png"));
}

TEST(InputFormat, ResolveAutoByExtensionAndStdinAsText) {
  EXPECT_EQ(resolve_format(InputFormat::auto_detect, "a.pdf"), InputFormat::pdf);
  EXPECT_EQ(resolve_format(InputFormat::auto_detect, "a.html"), InputFormat::html);
  EXPECT_EQ(resolve_format(InputFormat::auto_detect, "a.log"), InputFormat::text);
  EXPECT_EQ(resolve_format(InputFormat::auto_detect, "-"), InputFormat::text);
  EXPECT_EQ(resolve_format(InputFormat::pdf, "-"), InputFormat::pdf);
  EXPECT_EQ(resolve_format(InputFormat::html, "a.txt"), InputFormat::html);
  EXPECT_EQ(resolve_format(InputFormat::text, "a.pdf"), InputFormat::text);
}

TEST(InputFormat, OptionNames) {
  EXPECT_EQ(parse_input_format("auto"), InputFormat::auto_detect);
  EXPECT_EQ(parse_input_format("text"), InputFormat::text);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::jsonl);
  EXPECT_EQ(parse_input_format("html"), InputFormat::html);
  EXPECT_EQ(parse_input_format("pdf"), InputFormat::pdf);
  EXPECT_EQ(parse_input_format("PDF"), std::nullopt);
  EXPECT_EQ(parse_input_format("docx"), std::nullopt);
}

TEST(Squeeze, WhiteSpaceRunsAndNulBytesBecomeOneSpaceTrimmed) {
  EXPECT_EQ(squeeze("  Annual\n\treport \r\f 2024  "), "Annual report 2024");
  EXPECT_EQ(squeeze(std::string_view("A\0\0B", 4)), "A B");
  EXPECT_EQ(squeeze(" \n "), "");
}

}  // namespace
}  // namespace factsheet::read
