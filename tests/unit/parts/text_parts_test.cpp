// A long text read in parts gives the same claims, byte for byte, as the whole text:
// the parts start only where the context stage can carry the article over.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <optional>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "context/dateline.hpp"
#include "context/document_parts.hpp"
#include "extract/extractor.hpp"
#include "read/document_source.hpp"
#include "read/text_parts.hpp"
#include "text/utf8.hpp"
#include "write/claim_json.hpp"

namespace factsheet {
namespace {

namespace fs = std::filesystem;

// Articles with datelines, headlines, bylines, subheads and names, between paragraphs
// of undated text, so that parts start inside articles of every kind.
std::string synthetic_news(int articles) {
  std::ostringstream out;
  out << "Markets summary for the week\n\nShares rose 2.5% on Monday. Oil fell to $80 a barrel.\n\n";
  const char* places[] = {"ASTANA", "MINSK", "BISHKEK", "LONDON"};
  const char* agencies[] = {"Xinhua", "BelTA", "AP", "Reuters"};
  for (int i = 0; i < articles; ++i) {
    if (i % 3 == 0) out << "Trade Grows Again in Region " << i << "\n\n";
    out << places[i % 4] << ", May " << (i % 28 + 1) << " (" << agencies[i % 4] << ") -- The ministry said exports rose "
        << i % 17 << "% to $" << i * 3 + 1 << " billion, Minister Wang Yi told reporters.\n";
    if (i % 5 == 0) out << "By Aida Haidar, The Astana Times\n";
    out << "Wang said imports grew by " << i % 9 + 1 << " million tonnes last year.\n\n";
    for (int p = 0; p < i % 6; ++p) {
      out << "Paragraph " << p << ": the company hired " << 100 + p * i << " workers in March, "
          << "and Lavrov said output would reach " << p + 1 << ".5 million units.\n\n";
      if (p == 2) out << "Outlook for Next Year\n\n";
    }
    out << "Sergei Lavrov met officials on Tuesday; Lavrov said 40 projects worth $1.2 billion were signed.\n\n";
  }
  return out.str();
}

class TextParts : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "fs_parts_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string put(const std::string& bytes) {
    std::string path = (dir_ / "long.txt").string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // How the tests read: parts of about `part_bytes` (0: whole), with a fallback and an
  // encoding as given.
  read::ReadOptions options(std::size_t part_bytes, std::size_t fallback = 0, const std::string& encoding = "") {
    read::ReadOptions options;
    options.part_bytes = part_bytes;
    options.part_fallback = fallback;
    options.encoding = encoding;
    options.is_dateline = [this](std::string_view line) {
      return context::parse_dateline(line, *lexicon_).has_value();
    };
    return options;
  }

  // The claims of what `source` reads as JSON Lines, each part extracted as the context
  // stage carries it over, and the number of documents read.
  std::string extract_all(read::DocumentSource& source, std::size_t& documents, std::optional<int> year = {}) {
    Extractor extractor(lexicon_, ExtractorOptions{year});
    std::string out;
    std::unique_ptr<context::DocumentParts> parts;
    documents = 0;
    while (auto doc = source.next()) {
      ++documents;
      auto sink = [&](std::vector<Claim>& found) {
        for (const Claim& c : found) {
          write::append_claim_json(out, c);
          out += '\n';
        }
      };
      if (!doc->part) {
        extractor.extract(*doc, sink);
        continue;
      }
      if (doc->part->index == 0) parts = extractor.begin_parts();
      extractor.extract(*doc, parts->prepare(*doc), sink);
    }
    return out;
  }

  // The claims as JSON Lines, and the number of documents read; an error fails the test.
  std::string claims(const std::string& path, std::size_t part_bytes, std::size_t& documents,
                     std::optional<int> year = std::nullopt, std::size_t fallback = 0) {
    read::DocumentSource source({path}, options(part_bytes, fallback), [](const read::Diagnostic& d) {
      if (d.severity == read::Severity::error) ADD_FAILURE() << d.message;
    });
    return extract_all(source, documents, year);
  }

  // The same with every diagnostic kept, read with `encoding`.
  std::string read_all(const std::string& path, std::size_t part_bytes, std::size_t& docs,
                       std::vector<std::string>& diagnostics, const std::string& encoding = "") {
    read::DocumentSource source({path}, options(part_bytes, 0, encoding),
                                [&](const read::Diagnostic& d) { diagnostics.push_back(d.message); });
    return extract_all(source, docs);
  }

  // A text the whole reading decodes from another encoding is decoded into a temporary
  // file first, then read in parts: the same claims, warnings and errors.
  void expect_parts_read_as_whole(const std::string& path, const std::string& encoding,
                                  const std::vector<std::string>& want_diagnostics) {
    std::size_t whole_docs = 0, part_docs = 0;
    std::vector<std::string> whole_diagnostics, part_diagnostics;
    std::string whole = read_all(path, 0, whole_docs, whole_diagnostics, encoding);
    std::string parted = read_all(path, 200, part_docs, part_diagnostics, encoding);
    EXPECT_EQ(part_diagnostics, whole_diagnostics);
    EXPECT_EQ(whole_diagnostics, want_diagnostics);
    EXPECT_TRUE(parted == whole) << parted.size() << " bytes of claims against " << whole.size();
    if (whole.empty()) return;  // an error: nothing read either way
    EXPECT_EQ(whole_docs, 1u);
    EXPECT_GT(part_docs, 5u);
    EXPECT_NE(whole.find("\"text\":\"\xE2\x82\xAC" "5 million\""), std::string::npos);  // decoded
  }

  // The texts of the parts of the file at `path`, as read (repaired) with a fallback.
  std::vector<std::string> parts(const std::string& path, std::size_t part_bytes, std::size_t fallback) {
    read::DocumentSource source({path}, options(part_bytes, fallback), [](const read::Diagnostic&) {});
    std::vector<std::string> out;
    while (auto doc = source.next()) out.push_back(doc->text);
    return out;
  }

  std::shared_ptr<const Lexicon> lexicon_ = Lexicon::embedded();
  fs::path dir_;
};

// Sentences with figures and names on one line that never ends: no paragraph, no line.
std::string one_long_line(int sentences) {
  std::string text = "Regional trade report. ";
  const char* names[] = {"Sergei Lavrov", "Wang Yi", "Aida Haidar"};
  for (int i = 0; i < sentences; ++i) {
    text += names[i % 3];
    text += " said exports rose ";
    text += std::to_string(i % 17 + 1);
    text += "% to $";
    text += std::to_string(i * 3 + 2);
    text += " billion in March. Lavrov added that 40 projects were signed. ";
  }
  return text;
}

TEST_F(TextParts, SmallPartsGiveTheClaimsOfTheWholeText) {
  std::string path = put(synthetic_news(60));
  std::size_t whole_docs = 0, part_docs = 0;
  std::string whole = claims(path, 0, whole_docs);
  ASSERT_EQ(whole_docs, 1u);
  ASSERT_FALSE(whole.empty());
  EXPECT_NE(whole.find("\"article\":40"), std::string::npos);  // many articles
  EXPECT_NE(whole.find("Sergei Lavrov"), std::string::npos);   // a name carried to a bare surname
  for (std::size_t part_bytes : {64, 500, 3000}) {
    SCOPED_TRACE(part_bytes);
    EXPECT_EQ(claims(path, part_bytes, part_docs), whole);
    EXPECT_GT(part_docs, 5u);
  }
  EXPECT_EQ(claims(path, 700, part_docs, 2024), claims(path, 0, whole_docs, 2024));
}

// Columns count characters, not bytes, and go on from one part to the next where a line
// runs over a part's end: long lines of two- and three-byte characters, read in small parts.
TEST_F(TextParts, LinesAndColumnsGoOnAcrossParts) {
  std::string text;
  for (int line = 0; line < 24; ++line) {
    for (int s = 0; s < 6; ++s) {
      text += "Caf\xC3\xA9 prices in Z\xC3\xBCrich rose ";
      text += std::to_string(line * 6 + s + 1);
      text += "% \xE2\x80\x94 a record. ";
    }
    text += line % 4 == 3 ? "\n\n" : "\n";  // paragraphs of four lines
  }
  std::string path = put(text);
  std::size_t whole_docs = 0, part_docs = 0;
  std::string whole = claims(path, 0, whole_docs);
  ASSERT_EQ(whole_docs, 1u);
  // "31%", the first figure of the seventh line (the fifth is blank), and "32%" after one
  // sentence of 43 characters (47 bytes).
  EXPECT_NE(whole.find("\"line\":7,\"column\":28,\"text\":\"31%\""), std::string::npos);
  EXPECT_NE(whole.find("\"line\":7,\"column\":71,\"text\":\"32%\""), std::string::npos);
  for (std::size_t part_bytes : {64, 200, 1000}) {
    SCOPED_TRACE(part_bytes);
    EXPECT_EQ(claims(path, part_bytes, part_docs), whole);
    EXPECT_GT(part_docs, 2u);
  }
}

TEST_F(TextParts, APartDoesNotStartAtADatelineNorRightBeforeOne) {
  // Every paragraph is a dateline or the headline of one: there is no place to cut.
  std::string text;
  for (int i = 0; i < 50; ++i)
    text += "Headline Number " + std::to_string(i) + "\n\nMINSK, May 2 (BelTA) -- Output rose 3%.\n\n";
  std::string path = put(text);
  std::size_t docs = 0, whole_docs = 0;
  EXPECT_EQ(claims(path, 64, docs), claims(path, 0, whole_docs));
  EXPECT_EQ(docs, 1u);
}

TEST_F(TextParts, TextWithNoPlaceToCutIsCutAtSentenceEnds) {
  // One line of 30 KB: with no fallback it is one document; with one, parts of one to 1.25
  // times the part size, each ending after a sentence, with the claims of the whole text.
  std::string text = one_long_line(300);
  std::string path = put(text);
  std::size_t whole_docs = 0, docs = 0;
  std::string whole = claims(path, 0, whole_docs);
  ASSERT_EQ(whole_docs, 1u);
  EXPECT_EQ(claims(path, 1000, docs), whole);
  EXPECT_EQ(docs, 1u);
  EXPECT_EQ(claims(path, 1000, docs, std::nullopt, 4000), whole);
  EXPECT_GT(docs, 10u);
  std::vector<std::string> pieces = parts(path, 1000, 4000);
  std::string joined;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_LE(pieces[i].size(), i + 1 < pieces.size() ? 1250u : 4000u);  // the last: what is left
    if (i + 1 < pieces.size()) {
      EXPECT_GE(pieces[i].size(), 1000u);
      EXPECT_EQ(pieces[i].substr(pieces[i].size() - 2), ". ");
    }
    joined += pieces[i];
  }
  EXPECT_EQ(joined, text);
}

TEST_F(TextParts, AFallbackCutFallsInsideAParagraph) {
  // Articles of one paragraph, each opening with a dateline, so the rule finds no place:
  // a part ends at a line break inside a paragraph, never where an article starts, with
  // either line break.
  for (std::string br : {"\n", "\r\n"}) {
    SCOPED_TRACE(br.size());
    std::string text;
    for (int i = 0; i < 400; ++i) {
      if (i % 40 == 0) text += "MINSK, May " + std::to_string(i / 40 + 1) + " (BelTA) -- The ministry reported." + br;
      text += "Exports rose " + std::to_string(i % 9 + 1) + "% in March, the ministry said." + br;
      if (i % 40 == 39) text += br;
    }
    std::string path = put(text);
    std::vector<std::string> pieces = parts(path, 1000, 4000);
    ASSERT_GT(pieces.size(), 5u);
    std::string joined;
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(pieces[i].substr(pieces[i].size() - br.size()), br);
      EXPECT_NE(pieces[i].substr(pieces[i].size() - 2 * br.size()), br + br);
      EXPECT_NE(pieces[i + 1].substr(0, br.size()), br);
      EXPECT_NE(pieces[i + 1].substr(0, 5), "MINSK");
    }
    for (const std::string& p : pieces) joined += p;
    EXPECT_EQ(joined, text);
    std::size_t whole_docs = 0, docs = 0;
    EXPECT_EQ(claims(path, 1000, docs, std::nullopt, 4000), claims(path, 0, whole_docs));
  }
}

TEST_F(TextParts, AFallbackCutKeepsCharactersWholeAndRepairsAlike) {
  // Text without spaces or line breaks (two- and three-byte characters), a stray Latin-1
  // byte among them: cut only before a character's first byte, and repaired part by part
  // as the whole text is.
  std::string text;
  for (int i = 0; i < 1200; ++i) {
    text += "\xE4\xBB\xB7\xE6\xA0\xBC\xC3\xA9";  // three-byte, three-byte, two-byte
    text += std::to_string(i % 10);
    if (i == 600) text += "\xE9";
  }
  std::string path = put(text);
  std::vector<std::string> pieces = parts(path, 1000, 4000);
  ASSERT_GT(pieces.size(), 4u);
  std::string joined;
  for (const std::string& p : pieces) {
    EXPECT_TRUE(text::is_valid_utf8(p));
    joined += p;
  }
  std::string repaired = text;
  text::repair_utf8(repaired);
  EXPECT_EQ(joined, repaired);
}

// The news in windows-1252: "é", "ü" and the euro sign 0x80.
std::string latin_news(int articles) {
  std::string text;
  for (char c : synthetic_news(articles)) {
    text += c;
    if (c == '.') text += " Caf\xE9s in Z\xFCrich sold \x80" "5 million.";
  }
  return text;
}

TEST_F(TextParts, ALegacyEncodingIsDecodedThenReadInParts) {
  std::string path = put(latin_news(10));
  expect_parts_read_as_whole(path, "", {path + ": read as windows-1252"});
}

TEST_F(TextParts, AnEncodingGivenIsDecodedThenReadInParts) {
  std::string path = put(latin_news(10));
  expect_parts_read_as_whole(path, "windows-1252", {});
  // iconv's table, and a byte it cannot decode (0x81 is not in cp1252), named at its offset.
  std::string text = latin_news(10);
  std::size_t bad = text.size() / 2;
  text.insert(text.begin() + static_cast<std::ptrdiff_t>(bad), '\x81');
  path = put(text);
  expect_parts_read_as_whole(path, "cp1252",
                             {path + ": invalid cp1252 at byte " + std::to_string(bad) +
                              " (1 byte replaced with U+FFFD)"});
}

TEST_F(TextParts, Utf16IsDecodedThenReadInParts) {
  // The Latin-1 news as UTF-16LE with a BOM: "é" and "ü" keep their code points, the
  // euro sign 0x80 is U+20AC.
  std::string text = "\xFF\xFE";
  for (char c : latin_news(10)) {
    text += c == '\x80' ? '\xAC' : c;
    text += c == '\x80' ? '\x20' : '\0';
  }
  std::string path = put(text);
  expect_parts_read_as_whole(path, "", {path + ": read as utf-16le"});
}

TEST_F(TextParts, DecodedNulBytesAreABinaryFileAsWhole) {
  std::string utf16 = "\xFF\xFE";
  for (char c : synthetic_news(10)) utf16 += c, utf16 += '\0';
  utf16 += std::string("\0\0", 2);  // U+0000
  std::string path = put(utf16);
  std::size_t whole_docs = 0;
  std::vector<std::string> whole_diagnostics;
  read_all(path, 0, whole_docs, whole_diagnostics);
  ASSERT_EQ(whole_diagnostics.size(), 2u);
  EXPECT_NE(whole_diagnostics[1].find("binary file (NUL byte at offset"), std::string::npos);
  expect_parts_read_as_whole(path, "", whole_diagnostics);
}

// A text with nothing in it has no part to give; read whole it is one empty document, and
// so it is in parts: no "no documents" error that the whole reading does not give.
TEST_F(TextParts, AnEmptyTextIsReadInPartsAsWhole) {
  // An empty file and a UTF-8 byte order mark alone: one empty document, nothing to say.
  // A UTF-16 one alone is decoded first, with what the whole reading says of it.
  for (const std::string& bytes : {std::string(), std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE")}) {
    SCOPED_TRACE(bytes.size());
    std::string path = put(bytes);
    std::size_t whole_docs = 0, part_docs = 0;
    std::vector<std::string> whole_diagnostics, part_diagnostics;
    read_all(path, 0, whole_docs, whole_diagnostics);
    read_all(path, 24, part_docs, part_diagnostics);
    EXPECT_EQ(part_diagnostics, whole_diagnostics);
    EXPECT_EQ(part_docs, whole_docs);
    EXPECT_EQ(parts(path, 24, 0), parts(path, 0, 0));
    if (bytes.size() == 2) continue;
    EXPECT_TRUE(whole_diagnostics.empty());
    EXPECT_EQ(parts(path, 24, 0), std::vector<std::string>{""});
  }
}

TEST_F(TextParts, MostlyUtf8TextWithBadBytesIsRepairedPartByPart) {
  // UTF-8 prose ("café", "€") with a stray Latin-1 byte and a sequence cut short: the whole
  // reading repairs it, so the parts do too, with the same claims and one warning alike.
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "Caf\xC3\xA9 sales rose " + std::to_string(i) + "% to \xE2\x82\xAC" + std::to_string(i + 5) +
            " million.\n\n";
    if (i == 7) text += "A stray byte \xE9 here and 12 shops.\n\n";
    if (i == 21) text += "A cut sequence \xE2\x82 and 30 stores.\n\n";
  }
  text += "It ends on a cut sequence \xF0\x9F";
  std::string path = put(text);
  std::size_t whole_docs = 0, part_docs = 0;
  std::vector<std::string> whole_warnings, part_warnings;
  std::string whole = read_all(path, 0, whole_docs, whole_warnings);
  std::string parted = read_all(path, 200, part_docs, part_warnings);
  ASSERT_EQ(whole_docs, 1u);
  EXPECT_GT(part_docs, 5u);
  EXPECT_NE(whole.find("\"30 stores\""), std::string::npos);
  EXPECT_EQ(parted, whole);
  ASSERT_EQ(whole_warnings.size(), 1u);
  EXPECT_EQ(part_warnings, whole_warnings);
  EXPECT_NE(whole_warnings[0].find("(3 sequences replaced with U+FFFD)"), std::string::npos) << whole_warnings[0];
}

TEST_F(TextParts, TheFirstPassTellsRepairFromAnotherEncoding) {
  // Valid UTF-8, bad bytes after a UTF-8 BOM, and bad bytes among more valid multi-byte
  // sequences are read in parts as they are; a lone Latin-1 byte in ASCII text (a legacy
  // encoding) and a UTF-16 BOM are decoded first; a NUL byte is read whole.
  using Way = read::TextPlan::Way;
  auto scan = [&](const std::string& bytes) { return read::scan_text_file(put(bytes)); };
  auto plain = scan("Caf\xC3\xA9 prices rose 4%.\n");
  ASSERT_EQ(plain.way, Way::utf8);
  EXPECT_EQ(plain.utf8.replaced, 0u);
  auto bom = scan("\xEF\xBB\xBFprices \xE9 rose 4%.\n");
  ASSERT_EQ(bom.way, Way::utf8);
  EXPECT_EQ(bom.utf8.bom, 3u);
  EXPECT_EQ(bom.utf8.replaced, 1u);
  EXPECT_EQ(bom.utf8.first_invalid, 10u);
  auto mostly = scan("Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xE9 4%.\n");
  ASSERT_EQ(mostly.way, Way::utf8);
  EXPECT_EQ(mostly.utf8.replaced, 1u);
  EXPECT_EQ(scan("Caf\xE9s in Z\xFCrich \xE0 4%.\n").way, Way::decode);
  EXPECT_EQ(scan(std::string("\xFF\xFEp\0r\0", 6)).way, Way::decode);
  EXPECT_EQ(scan(std::string("nul \0 byte\n", 12)).way, Way::whole);
}

TEST_F(TextParts, TheBbcCorpusAsOneTextGivesTheSameClaimsInParts) {
  fs::path corpus = fs::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc" / "business";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no BBC corpus at " << corpus;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(corpus)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string text;
  for (std::size_t i = 0; i < files.size() && i < 150; ++i) {
    std::ifstream in(files[i], std::ios::binary);
    std::string article((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text += article + "\n\n";
  }
  std::string path = put(text);
  std::size_t docs = 0, whole_docs = 0;
  std::string whole = claims(path, 0, whole_docs);
  if (whole_docs != 1) GTEST_SKIP() << "corpus slice is not one document";
  EXPECT_EQ(claims(path, 20000, docs), whole);
  EXPECT_GT(docs, 5u);
}

// A part's text given back once it is done with is read into again: the same parts, in
// memory already in use (a fresh allocation per part cost a page fault per 4 KB).
TEST_F(TextParts, TextsGivenBackAreReadIntoAgainWithTheSameParts) {
  std::string path = put(synthetic_news(60));
  const std::vector<std::string> fresh = parts(path, 3000, 0);
  ASSERT_GT(fresh.size(), 5u);
  read::DocumentSource source({path}, options(3000), [](const read::Diagnostic&) {});
  std::vector<std::string> recycled;
  std::size_t reused = 0;
  const char* given = nullptr;
  std::size_t given_room = 0;
  while (auto doc = source.next()) {
    recycled.push_back(doc->text);
    // A part after the first that fits in the room given back before it is read there;
    // the last is the rest of the file, moved out whole.
    if (recycled.size() > 1 && !doc->part->last && doc->text.size() <= given_room) {
      EXPECT_EQ(doc->text.data(), given) << "part " << doc->part->index;
      ++reused;
    }
    given = doc->text.data();
    given_room = doc->text.capacity();
    source.give_back(std::move(doc->text));
  }
  EXPECT_EQ(recycled, fresh);
  EXPECT_GE(reused, fresh.size() / 2);
}

}  // namespace
}  // namespace factsheet
