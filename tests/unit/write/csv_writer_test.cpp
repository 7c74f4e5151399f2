#include "write/csv_writer.hpp"

#include <gtest/gtest.h>

namespace factsheet::write {
namespace {

std::string cell(std::string_view s) {
  std::string out;
  append_csv_text(out, s);
  return out;
}

constexpr std::string_view kHeader =
    "doc,start,end,line,column,text,sentence,kind,value,low,high,part,whole,unit,unit_name,si_value,si_unit,qualifier,"
    "change,subject,time,time_text,attribution,entity,measure,scope,period,role,article,title,source,dateline,date,page\r\n";

TEST(Csv, PlainNumbers) {
  for (const char* s : {"5", "-12", "+3.5", ".5", "5.", "1e9", "-2.5E-3"})
    EXPECT_TRUE(is_plain_number(s)) << s;
  for (const char* s : {"", "-", "+", ".", "e5", "1e", "1e+", "--5", "-5%", "1,000", "=1", "1 "})
    EXPECT_FALSE(is_plain_number(s)) << s;
}

TEST(Csv, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(cell("plain text"), "plain text");
  EXPECT_EQ(cell("a,b"), "\"a,b\"");
  EXPECT_EQ(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(cell("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(cell("€ 5 “x”"), "€ 5 “x”");
}

TEST(Csv, InvalidUtf8BecomesTheReplacementCharacter) {
  EXPECT_EQ(cell("news/\xff.txt"), "news/\xEF\xBF\xBD.txt");
  EXPECT_EQ(cell("a,\xC3"), "\"a,\xEF\xBF\xBD\"");
}

TEST(Csv, NeutralizesFormulaStarts) {
  EXPECT_EQ(cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(cell("+cmd"), "'+cmd");
  EXPECT_EQ(cell("-5%"), "'-5%");
  EXPECT_EQ(cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(cell("\tx"), "'\tx");
  EXPECT_EQ(cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(cell("="), "'=");
  // A lone sign is no formula: "-" names standard input.
  EXPECT_EQ(cell("-"), "-");
  EXPECT_EQ(cell("+"), "+");
  // Plain numbers stay numbers; the risky characters elsewhere are harmless.
  EXPECT_EQ(cell("-5"), "-5");
  EXPECT_EQ(cell("+1.5e3"), "+1.5e3");
  EXPECT_EQ(cell("a=b"), "a=b");
}

TEST(Csv, HeaderThenOneCrlfRowPerClaim) {
  StringOutput out;
  CsvWriter writer(out);
  Claim c;
  c.doc = "a.txt";
  c.start = 3;
  c.end = 9;
  c.line = 1;
  c.column = 4;
  c.text = "5 km";
  c.sentence = "It is 5 km, \"far\".";
  c.kind = Kind::measure;
  c.value = 5.0;
  c.unit = "km";
  c.unit_name = "kilometre";
  c.value_in_si = 5000;
  c.si_unit.emplace(1, 'm');  // not = "m": GCC 12 warns falsely (-Wrestrict) on a one-byte copy
  writer.write(c);

  Claim r;
  r.doc = "b.txt";
  r.kind = Kind::date;
  r.low = std::string("--05-20");
  r.high = std::string("--05-21");
  r.part = 0.25;
  r.qualifier = Qualifier::ge;
  r.change = Change::down;
  r.subject = "=1+1";
  r.time = "2024";
  r.time_text = "this year";
  r.attribution = "Wang Yi";
  r.article = 2;
  r.title = "A, \"B\"";
  r.source = "Xinhua";
  r.dateline = "ASTANA, May 20";
  r.date = "--05-20";
  r.page = 7;
  writer.write(r);
  writer.finish();

  EXPECT_EQ(out.data(), std::string(kHeader) +
                            "a.txt,3,9,1,4,5 km,\"It is 5 km, \"\"far\"\".\",measure,5,,,,,km,kilometre,5000,m,exact,,,,,,,,,,,,,,,,\r\n"
                            "b.txt,0,0,,,,,date,,--05-20,--05-21,0.25,,,,,,at least,down,'=1+1,2024,this year,"
                            "Wang Yi,,,,,,2,\"A, \"\"B\"\"\",Xinhua,\"ASTANA, May 20\",--05-20,7\r\n");
}

TEST(Csv, EmptyRunIsJustTheHeader) {
  StringOutput out;
  CsvWriter writer(out);
  writer.finish();
  EXPECT_EQ(out.data(), kHeader);
}

}  // namespace
}  // namespace factsheet::write
