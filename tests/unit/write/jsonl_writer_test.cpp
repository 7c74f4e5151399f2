#include "write/jsonl_writer.hpp"

#include <gtest/gtest.h>

#include "write/claim_json.hpp"

namespace factsheet::write {
namespace {

TEST(Jsonl, OneLfTerminatedObjectPerClaim) {
  StringOutput out;
  auto writer = make_claim_writer(OutputFormat::jsonl, out);
  Claim a;
  a.doc = "a";
  a.text = "line\nbreak";
  Claim b;
  b.doc = "b";
  b.value = 3.0;
  writer->write(a);
  writer->write(b);
  writer->finish();
  EXPECT_EQ(out.data(), claim_to_json(a) + "\n" + claim_to_json(b) + "\n");
  EXPECT_EQ(std::count(out.data().begin(), out.data().end(), '\n'), 2);
}

TEST(Jsonl, NoClaimsNoBytes) {
  StringOutput out;
  JsonlWriter writer(out);
  writer.finish();
  EXPECT_EQ(out.data(), "");
}

}  // namespace
}  // namespace factsheet::write
