#include "eval/answer_key_loader.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

namespace factsheet::eval {
namespace {

std::vector<GoldItem> load(const std::string& jsonl) {
  std::istringstream in(jsonl);
  return load_answer_key(in, "key.gold.jsonl");
}

std::string error_of(const std::string& jsonl) {
  try {
    load(jsonl);
  } catch (const GoldError& e) {
    return e.what();
  }
  return "(no error)";
}

const char* kCount =
    R"({"line": 2, "text": "two men", "occurrence": 1, "kind": "count", "value": 2, "unit": "man", "qualifier": "=", "subject": "the men", "optional": false})";

TEST(AnswerKeyLoader, ReadsEveryFieldKind) {
  std::string jsonl = std::string(kCount) + "\n" +
      R"({"line": 1, "text": "May 20-21", "occurrence": 1, "kind": "date", "value": "--05-20/--05-21", "low": "--05-20", "high": "--05-21", "unit": null, "qualifier": "=", "subject": null, "optional": true})" "\n"
      R"({"line": 3, "text": "26 out of 45", "occurrence": 2, "kind": "ratio", "value": 0.5778, "part": 26, "whole": 45, "unit": "project", "qualifier": ">", "subject": null, "optional": false})" "\n";
  auto items = load(jsonl);
  ASSERT_EQ(items.size(), 3u);

  EXPECT_EQ(items[0].record, 1u);
  EXPECT_EQ(items[0].line, 2u);
  EXPECT_EQ(items[0].text, "two men");
  EXPECT_EQ(items[0].kind, Kind::count);
  EXPECT_EQ(std::get<double>(items[0].value), 2.0);
  EXPECT_EQ(items[0].unit, "man");
  EXPECT_EQ(items[0].subject, "the men");
  EXPECT_FALSE(items[0].optional);
  EXPECT_FALSE(items[0].is_range());

  EXPECT_EQ(items[1].kind, Kind::date);
  EXPECT_EQ(std::get<std::string>(items[1].value), "--05-20/--05-21");
  EXPECT_TRUE(items[1].is_range());
  EXPECT_EQ(std::get<std::string>(items[1].low), "--05-20");
  EXPECT_EQ(std::get<std::string>(items[1].high), "--05-21");
  EXPECT_FALSE(items[1].unit.has_value());
  EXPECT_FALSE(items[1].subject.has_value());
  EXPECT_TRUE(items[1].optional);

  EXPECT_EQ(items[2].occurrence, 2u);
  EXPECT_EQ(items[2].part, 26.0);
  EXPECT_EQ(items[2].whole, 45.0);
  EXPECT_EQ(items[2].qualifier, Qualifier::gt);
}

TEST(AnswerKeyLoader, SkipsBlankLinesAndKeepsFileLineNumbers) {
  auto items = load("\n" + std::string(kCount) + "\r\n   \n" + kCount + "\n");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].record, 2u);
  EXPECT_EQ(items[1].record, 4u);
}

TEST(AnswerKeyLoader, ErrorsNameTheFileLine) {
  EXPECT_EQ(error_of(std::string(kCount) + "\n{not json}\n").rfind("key.gold.jsonl:2: not valid JSON", 0), 0u);
  EXPECT_EQ(error_of("[1, 2]"), "key.gold.jsonl:1: not a JSON object");
  EXPECT_EQ(error_of(R"({"line": 1})"), "key.gold.jsonl:1: missing field \"text\"");
}

TEST(AnswerKeyLoader, RejectsBadFields) {
  auto with = [](const std::string& from, const std::string& to) {
    std::string s = kCount;
    s.replace(s.find(from), from.size(), to);
    return error_of("\n\n" + s);
  };
  EXPECT_EQ(with(R"("kind": "count")", R"("kind": "counts")"), "key.gold.jsonl:3: unknown kind \"counts\"");
  EXPECT_EQ(with(R"("qualifier": "=")", R"("qualifier": "=>")"), "key.gold.jsonl:3: unknown qualifier \"=>\"");
  EXPECT_EQ(with(R"("line": 2)", R"("line": 0)"), "key.gold.jsonl:3: \"line\" must be a positive integer");
  EXPECT_EQ(with(R"("occurrence": 1)", R"("occurrence": 1.5)"),
            "key.gold.jsonl:3: \"occurrence\" must be a positive integer");
  EXPECT_EQ(with(R"("optional": false)", R"("optional": 0)"),
            "key.gold.jsonl:3: \"optional\" must be true or false");
  EXPECT_EQ(with(R"("value": 2)", R"("value": [2])"),
            "key.gold.jsonl:3: \"value\" must be a number, a string or null");
  EXPECT_EQ(with(R"("value": 2)", R"("value": 2, "low": 1)"),
            "key.gold.jsonl:3: \"low\" and \"high\" must come together");
  EXPECT_EQ(with(R"("value": 2)", R"("value": 2, "whole": 1)"),
            "key.gold.jsonl:3: \"part\" and \"whole\" must come together");
  EXPECT_EQ(with(R"("unit": "man")", R"("unit": 5)"), "key.gold.jsonl:3: \"unit\" must be a string or null");
  EXPECT_EQ(with(R"("text": "two men")", R"("text": "")"), "key.gold.jsonl:3: \"text\" is empty");
  EXPECT_EQ(with(R"(, "subject": "the men")", ""), "key.gold.jsonl:3: missing field \"subject\"");
}

TEST(AnswerKeyLoader, LocatesTheNthOccurrenceOnItsLine) {
  std::string text = "May 21 headline\nASTANA, May 21 - on May 21 in Astana\n";
  auto items = load(
      R"({"line": 2, "text": "May 21", "occurrence": 2, "kind": "date", "value": "--05-21", "unit": null, "qualifier": "=", "subject": null, "optional": false})");
  locate_gold(text, items, "k");
  EXPECT_EQ(items[0].start, text.rfind("May 21"));
  EXPECT_EQ(items[0].end, items[0].start + 6);
}

TEST(AnswerKeyLoader, OccurrencesMayOverlap) {
  // As str.find(text, previous + 1) counts them: "aa" occurs at 0 and 1 in "aaa".
  std::string text = "aaa";
  auto items = load(
      R"({"line": 1, "text": "aa", "occurrence": 2, "kind": "other", "value": 1, "unit": null, "qualifier": "=", "subject": null, "optional": false})");
  locate_gold(text, items, "k");
  EXPECT_EQ(items[0].start, 1u);
}

TEST(AnswerKeyLoader, OffsetsAreBytes) {
  std::string text = "x\n\xE2\x80\x94 July 3\xE2\x80\x93" "4";  // "— July 3–4"
  auto items = load(
      "{\"line\": 2, \"text\": \"July 3\xE2\x80\x93" "4\", \"occurrence\": 1, \"kind\": \"date\", \"value\": \"--07-03/--07-04\", "
      "\"unit\": null, \"qualifier\": \"=\", \"subject\": null, \"optional\": false}");
  locate_gold(text, items, "k");
  EXPECT_EQ(items[0].start, 2u + 3u + 1u);
  EXPECT_EQ(items[0].end, text.size());
}

TEST(AnswerKeyLoader, UnlocatableItemsNameTheRecord) {
  std::string text = "one line only\nsecond";
  auto missing = load(std::string("\n") + kCount);  // "two men" is not on line 2
  try {
    locate_gold(text, missing, "k.jsonl");
    FAIL();
  } catch (const GoldError& e) {
    EXPECT_STREQ(e.what(), "k.jsonl:2: \"two men\" (occurrence 1) not found on line 2");
  }
  auto beyond = load(
      R"({"line": 9, "text": "x", "occurrence": 1, "kind": "other", "value": 1, "unit": null, "qualifier": "=", "subject": null, "optional": false})");
  try {
    locate_gold(text, beyond, "k.jsonl");
    FAIL();
  } catch (const GoldError& e) {
    EXPECT_STREQ(e.what(), "k.jsonl:1: line 9 is past the end of the text (2 lines)");
  }
  auto too_many = load(
      R"({"line": 1, "text": "line", "occurrence": 2, "kind": "other", "value": 1, "unit": null, "qualifier": "=", "subject": null, "optional": false})");
  EXPECT_THROW(locate_gold(text, too_many, "k"), GoldError);
}

TEST(AnswerKeyLoader, ReadsChangeWhenTheKeyGivesIt) {
  auto with_change = [](const std::string& change) {
    std::string s = kCount;
    s.replace(s.find(R"(, "optional")"), 0, R"(, "change": )" + change);
    return s;
  };
  EXPECT_FALSE(load(kCount)[0].change.has_value());  // older keys have no "change"
  auto items = load(with_change("\"up\"") + "\n" + with_change("\"down\"") + "\n" + with_change("null"));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].change, Change::up);
  EXPECT_EQ(items[1].change, Change::down);
  EXPECT_EQ(items[2].change, Change::none);

  EXPECT_EQ(error_of(with_change("\"rise\"")),
            "key.gold.jsonl:1: \"change\" must be \"up\", \"down\" or null, got \"rise\"");
  EXPECT_EQ(error_of(with_change("1")), "key.gold.jsonl:1: \"change\" must be a string or null");
  // All records or none: a record without it in a key that has it is an error.
  EXPECT_EQ(error_of(with_change("null") + "\n\n" + kCount),
            "key.gold.jsonl:3: missing field \"change\" (other records of this key have it)");
  EXPECT_EQ(error_of(std::string(kCount) + "\n" + with_change("null")),
            "key.gold.jsonl:1: missing field \"change\" (other records of this key have it)");
}

TEST(AnswerKeyLoader, PairsTextAndGoldPaths) {
  auto pairs = pair_answer_key_paths({"a.txt", "a.gold.jsonl", "b.txt", "b.gold.jsonl"});
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].text, "a.txt");
  EXPECT_EQ(pairs[0].gold, "a.gold.jsonl");
  EXPECT_EQ(pairs[1].text, "b.txt");
  EXPECT_EQ(pairs[1].gold, "b.gold.jsonl");
  EXPECT_EQ(pair_answer_key_paths({"a.txt", "a.gold.jsonl"}).size(), 1u);

  auto message = [](const std::vector<std::string>& paths) {
    try {
      pair_answer_key_paths(paths);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_EQ(message({"a.txt", "a.gold.jsonl", "b.txt"}),
            "TEXT and GOLD come in pairs, but 3 paths were given; b.txt has no GOLD");
  EXPECT_EQ(message({"a.txt"}), "TEXT and GOLD come in pairs, but 1 paths were given; a.txt has no GOLD");
  EXPECT_EQ(message({}), "no TEXT GOLD pair given");
}

TEST(AnswerKeyLoader, NumberOutOfRangeNamesTheRecord) {
  // A number beyond a double is nlohmann's out_of_range, not a parse_error.
  std::string big = std::string(kCount).replace(std::string(kCount).find("\"value\": 2"), 11, "\"value\": 1e400");
  EXPECT_EQ(error_of(std::string(kCount) + "\n" + big + "\n").rfind("key.gold.jsonl:2: not valid JSON: ", 0), 0u)
      << error_of(big);
}

TEST(AnswerKeyLoader, MissingFileIsAGoldError) {
  EXPECT_THROW(load_answer_key_file("/nonexistent/dir/x.gold.jsonl"), GoldError);
}

}  // namespace
}  // namespace factsheet::eval
