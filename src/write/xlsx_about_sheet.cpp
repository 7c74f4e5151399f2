#include "write/xlsx_about_sheet.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "claim/claim.hpp"
#include "write/figure_phrase.hpp"
#include "write/xlsx_limits.hpp"
#include "write/xlsx_sheet.hpp"
#include "text/chars.hpp"

namespace factsheet::write {
namespace {

using Rows = std::vector<std::pair<std::string_view, std::string_view>>;

const Rows kSheets = {
    {"Headline figures", "The figures a reader would put on a slide: the most salient distinct facts (25 unless "
                         "--headline N says otherwise), best first, each with a slide line to paste, the figure "
                         "as said aloud, its value as a number, unit, subject, time, the number of sources "
                         "stating it, its salience score and its places. The figure links to its first mention "
                         "on Figures; every other figure is on Figures."},
    {"Audit", "The figures cross-checked across articles and documents: facts stated alike in several sources, "
              "figures that disagree or do not add up, bounds that agree without giving one value, and figures "
              "without attribution. One row per figure of a finding, linked to its row on Figures; see Audit below."},
    {"Figures", "Every claim found, one row each, in document order. Past 1,048,575 rows the list goes on in "
                "\"Figures (2)\", \"Figures (3)\" and so on. The Document cell links to the source's row on Sources."},
    {"Sources", "One row per document (or per article, where a document holds several) with its title, agency, "
                "date and number of figures. The first figure links back to Figures."},
    {"Summary", "Counts by kind and by unit, the largest money figures and the figures per source, with charts "
                "drawn from those cells."},
    {"About", "This sheet."},
};

const Rows kColumns = {
    {"Figure", "The figure exactly as written in the text."},
    {"Value", "The number in full units (\"$7.2 billion\" is 7,200,000,000). Percentages and ratios are stored as "
              "fractions and shown as percentages (14% is 0.14). Numbers only: a date's or clock time's value is "
              "in the Time column. Empty for a range."},
    {"Low, High", "The bounds of a range (\"5-6 million\": 5,000,000 and 6,000,000)."},
    {"Part, Whole", "Ratios only: \"26 out of the 45 projects\" has part 26 and whole 45; Value is part / whole."},
    {"Unit", "ISO 4217 code for money (USD), a unit symbol (km, MW), % or pp (percentage points), or the counted "
             "noun in the singular (student)."},
    {"Unit name", "The English name of the unit (US dollar, kilometre)."},
    {"SI value", "A measure, duration or age in SI units (5 miles: 8046.72)."},
    {"SI unit", "The SI unit of the SI value (m, kg, m/s, K, s)."},
    {"Kind", "money, percent, count, measure, ratio, duration, age, ordinal, year, date, time or other."},
    {"Qualifier", "How exact the figure is; see below."},
    {"Change", "Whether the figure is a change; see below."},
    {"Subject", "A short phrase naming what the figure is about, where the text makes it clear."},
    {"Time", "The period the figure refers to, where the sentence states one; for a date or clock time, its own "
             "value. Always ISO-like text; see Time and Date columns below."},
    {"Attribution", "Who states the figure (\"according to Chinese statistics\")."},
    {"Sentence", "The sentence that holds the figure, with the figure in bold."},
    {"Document", "The input: a file given by itself by its name, a file found in a directory by its path below "
                 "that directory, - for standard input, or the id of a JSON Lines record."},
    {"Article", "The article within the document, counted from 1, where a document holds several."},
    {"Source", "The agency or publication of the article."},
    {"Page", "The page of a PDF input."},
    {"Line, Column", "Where the figure starts in the document's text: line and column (in characters), counted "
                     "from 1. JSON Lines also give the byte offsets."},
};

const Rows kAudit = {
    {"Taking part", "The figures of Headline figures: no dates, years, clock times, ordinals, fixed names or minor "
                    "counts, nor durations written as one hyphenated word (\"a 10-year plan\")."},
    {"Same fact", "Every figure has a frame (the Frame column): entity, measure, scope, period and role (current, "
                  "earlier, change or forecast), read with WordNet's measure nouns, CLDR's country names and "
                  "grammars/frame_cues.tsv. Two figures state the same fact when they have the same kind, unit "
                  "and change and the same frame; a period that is not known fits any. A conflict or a vague "
                  "pair also needs a period stated by both (or one article) and an entity the sentence names."},
    {"Copies", "Sentences that share most of their five-word runs, and articles that share most of theirs, are "
               "copies: one statement, however often repeated."},
    {"Values", "A figure stands for the values its digits allow: \"41 billion\" is 40.5 to 41.5 billion, so "
               "\"40.9 billion\" agrees and \"45 billion\" does not. \"About\" adds 10%; \"more than 180\" is "
               "any value above 180; a range runs from its low to its high end."},
    {"conflict", "One fact (frame and unit) with values that cannot all hold: independent statements of a value "
                 "reached for one period anchored in time, copies of one sentence that give other figures, or one "
                 "article stating the fact twice. Two figures of one sentence are never a conflict (\"rose from 35 "
                 "to 41 billion\")."},
    {"arithmetic", "Figures of one sentence that do not add up: a ratio's part over its whole; a share restated as "
                   "a percentage that does not match (\"26 of 45 projects, or 70%\"); a percentage over 100 of a "
                   "group (\"150% of the students\"); parts above their total (\"Of the 45 projects, 30 ... and "
                   "20 ...\")."},
    {"revised", "One fact's old and new value stated as a revision in one sentence (\"revised down from 157,000 to "
                "133,000\", \"1.6%, down from an earlier estimate of 1.7%\"): not two facts, nor a conflict. The new "
                "value is compared with other statements; the old one is an earlier value."},
    {"corroborated", "One fact stated alike by two or more independent statements (articles or documents that do "
                     "not copy each other). Mentions within one article do not count."},
    {"repeated", "One fact stated alike only in copies of one text: no independent evidence."},
    {"vague", "Bounds or approximations of one fact that agree but give no single value (\"more than 180 events\" "
              "and \"over 100 events\")."},
    {"unsourced", "Per article, the figures whose sentence names nobody who states them (for information)."},
    {"Limits", "Frames are read from one sentence, its subject and its headline; differently worded measures "
               "are different facts. Relative times (\"last year\") need the article's date (a dateline or --year); "
               "without it they are compared within their article only, as are quarters and months named without "
               "their year. Only one sentence is checked for arithmetic and for revisions."},
};

// The workbook and CSV give the qualifier in words; JSON Lines in symbols (=, ~, >, >=, <, <=).
const Rows kQualifiers = {
    {"exact", "the figure is stated as is (JSON: =)"},
    {"about", "approximate: \"about\", \"roughly\", \"nearly\", \"some\" (JSON: ~)"},
    {"more than", "\"over\", \"more than\", \"above\" (JSON: >)"},
    {"at least", "\"at least\", \"or more\" (JSON: >=)"},
    {"less than", "\"under\", \"less than\", \"fewer than\" (JSON: <)"},
    {"up to", "at most: \"up to\", \"no more than\" (JSON: <=)"},
};

const Rows kFormats = {
    {"Time and Date columns", "Text, never date cells, so that each column holds one type and sorts and filters "
                              "as one: a year \"2023\", a month \"2023-05\", a quarter \"2004-Q4\", a day "
                              "\"2024-05-20\", a day without a known year \"--05-20\", a span \"A/B\"."},
    {"Percentages", "Stored as fractions here (14% is 0.14, shown 14.0%), as Excel expects. JSON Lines and CSV "
                    "keep the number as written (14% is 14, unit %)."},
};

const Rows kChanges = {
    {"up", "the figure is a rise (\"rose 5%\", \"up 14%\"): the value is the size of the change, not a level"},
    {"down", "the figure is a fall (\"fell by 3 points\", \"a 2% drop\")"},
    {"(empty)", "the figure is a level, not a change"},
};

std::string utc_time(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string thousands(std::size_t n) { return grouped_number(static_cast<double>(n)); }

}  // namespace

std::string shell_quote(std::string_view arg) {
  bool safe = !arg.empty() && std::all_of(arg.begin(), arg.end(), [](char c) {
    return (text::is_lower(c)) || (text::is_upper(c)) || (text::is_digit(c)) ||
           std::string_view("_-./=:,+@%").find(c) != std::string_view::npos;
  });
  if (safe) return std::string(arg);
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void write_about_sheet(Book& book, lxw_worksheet* ws, const AboutFacts& about) {
  const XlsxOptions& o = *about.options;
  constexpr double kTextWidth = 100;
  Sheet s(book, ws, std::string(kAboutSheet), {{"", 16, 48}, {"", 30, kTextWidth, true}, {"", 8, 16}});
  std::size_t row = 0;
  auto pair = [&](std::string_view label, std::string_view text) {
    ++row;
    s.row_lines(row, wrapped_lines(text, kTextWidth));
    s.text(row, 0, label, Style::bold);
    s.text(row, 1, text, Style::wrap);
  };
  auto section = [&](std::string_view title) {
    row += 2;
    s.text(row, 0, title, Style::heading);
  };
  auto rows = [&](const Rows& list) {
    for (const auto& [label, text] : list) pair(label, text);
  };

  s.text(row, 0, "About this fact sheet", Style::title);
  ++row;
  pair("Tool", "factsheet " FACTSHEET_VERSION ": finds the numeric claims in English news text");
  std::string command;
  for (const std::string& arg : o.command_line) {
    if (!command.empty()) command += ' ';
    command += shell_quote(arg);
  }
  pair("Command line", command.empty() ? "(not recorded)" : command);
  pair("Written", o.timestamp == Timestamp::now
                      ? utc_time(about.created)
                      : "Not recorded, so that the same input always gives the same file (the document "
                        "properties carry a fixed date); --timestamp now records it.");
  pair("Workbook", about.streamed ? "Streamed in constant memory: Figures rows are filtered ranges with banded "
                                    "rows rather than Excel tables."
                                  : "Built in memory: Figures, Headline figures and Sources are Excel tables.");

  row += 2;
  s.text(row, 0, "Input file", Style::header);
  s.text(row, 1, "SHA-256", Style::header);
  s.text(row, 2, "Bytes", Style::header);
  static const std::vector<InputFileInfo> kNone;
  const std::vector<InputFileInfo>& inputs = o.inputs ? *o.inputs : kNone;
  for (const InputFileInfo& in : inputs) {
    ++row;
    s.text(row, 0, in.path);
    s.text(row, 1, in.sha256.empty() ? in.note : in.sha256);
    if (in.size) s.number(row, 2, static_cast<double>(*in.size), "#,##0");
  }
  if (inputs.empty()) s.text(++row, 0, "(not recorded)", Style::note);

  section("Sheets");
  rows(kSheets);
  section("Figures columns");
  rows(kColumns);
  rows(kFormats);
  section("Qualifier");
  rows(kQualifiers);
  section("Change");
  rows(kChanges);

  section("Headline figures");
  pair("One row per fact",
       "Claims with the same kind, value (or range, or part and whole), unit, qualifier and change are one fact when "
       "their subjects and times agree; a claim whose subject or time is not known agrees with any of the same "
       "document. Sources counts the documents or articles that state the fact; Audit gives the audit's finding "
       "for it (conflict, revised, corroborated by independent statements, vague, or repeated only in copies of one "
       "text; "
       "see Audit below); Places lists every mention as document, #article and line:column.");
  pair("Salience",
       "Facts are ranked by a score: money 3, percent 2.5, ratio 2, count and measure 1.5, duration and age 0.5; "
       "+3 when the fact is in its article's headline, else +1.5 in its lead (the first sentence with a figure); "
       "+1.5 times its size relative to the largest figure of its kind (money: its currency) in the article; +1 "
       "per further source, up to +3, none when the audit finds the fact only repeated in copies; +1 when someone is named as stating it; +1 when its subject is known. Ties "
       "keep the order of first mention. Not ranked: partitive counts (\"one of the firms\"), ranks (\"the top four banks\"), counts of one, counts "
       "with neither noun nor subject; a figure repeated in one document under another subject is listed once.");
  pair("Slide line",
       "The subject, then the figure, its period and who states it: \"Bilateral trade: US$41 billion in 2023 "
       "(Chinese statistics)\". A count keeps its noun and runs on into its subject: \"22 resolutions signed at "
       "the meeting\".");
  pair("Left out", "Dates, years, clock times, ordinals (\"75th\") and fixed names (\"one-China\"): they date or "
                   "rank rather than measure. All of them are on Figures.");
  std::vector<std::string> nouns(o.minor_nouns.begin(), o.minor_nouns.end());
  std::sort(nouns.begin(), nouns.end());
  std::string noun_list;
  for (const std::string& n : nouns) {
    if (!noun_list.empty()) noun_list += ", ";
    noun_list += n;
  }
  pair("Minor counts",
       "Left out as well: counts of at most " + thousands(static_cast<std::size_t>(kMinorCountMax)) +
           " written in words (no digits) whose counted noun names a party of a meeting or talk, an item of a "
           "speech or a repetition (\"the two sides\", \"both countries\", \"two heads of state\", \"four "
           "suggestions\"). The nouns come from grammars/discourse_nouns.tsv" +
           (noun_list.empty() ? std::string(": none were given for this run.") : ": " + noun_list + "."));

  section("Audit");
  rows(kAudit);

  section("Limits");
  pair("Rows", "A worksheet holds 1,048,576 rows: past " + thousands(o.rows_per_sheet) +
                   " figures the list continues on the next Figures sheet (this workbook has " +
                   thousands(about.figures_sheets) + ").");
  pair("Cell text", "A cell holds 32,767 characters; longer text is cut and ends with \"" +
                        std::string(kCutMarker.substr(1)) + "\".");
  pair("Links", "A worksheet holds " + thousands(kMaxLinksPerSheet) +
                    " hyperlinks; rows past that show the same text without a link.");
  pair("Headline figures", "The ranking considers the first " + thousands(about.headline->limit()) +
                               " distinct facts; further ones are counted on Summary.");
  s.set_widths();
  s.print(false, true, 0, false);
}

}  // namespace factsheet::write
