// The CSV, Excel and HTML writers on claims made from the input. Each line of the input is one
// claim, its fields separated by tabs and in this order (the first seven are the columns
// of grammars/examples/*.tsv):
//   sentence, text, kind, value, unit, qualifier, change, subject, title, source, doc,
//   unit_name, low, high, part, whole, time, time_text, attribution, dateline, date,
//   article, page
// A missing or empty field is null. Fields may hold \n, \r, \t, \\ and \xHH escapes, so
// any byte reaches the writers; each field is then made valid UTF-8, as every claim is.
//
// The CSV must be valid UTF-8 with one header row plus one row per claim, each with as
// many fields as the header. The workbook is written through a temporary file as the CLI
// writes one, unzipped, and every XML part must be well-formed. The HTML report gets each
// run of claims of one document with that document, its text made of their sentences: it
// must be valid UTF-8 without control characters (other than tab and line breaks), hold one
// script element only (the input's markup is escaped), and one highlight and one table row
// per claim.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <zip.h>

#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "audit/rules.hpp"
#include "fuzz_support.hpp"
#include "text/utf8.hpp"
#include "write/csv_writer.hpp"
#include "write/html_writer.hpp"
#include "write/output.hpp"
#include "write/xlsx_writer.hpp"

using namespace factsheet;

namespace {

constexpr std::size_t kMaxClaims = 48;

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the escapes, then repairs the UTF-8.
std::string field_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char e = s[++i];
    if (e == 'n') out += '\n';
    else if (e == 'r') out += '\r';
    else if (e == 't') out += '\t';
    else if (e == 'x' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += e;
    }
  }
  text::repair_utf8(out);
  return out;
}

std::optional<double> number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

Value value(const std::string& s) {
  if (auto d = number(s)) return *d;
  if (s.empty()) return std::monostate{};
  return s;
}

std::optional<std::string> optional_text(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::optional<int> small_int(const std::string& s) {
  auto d = number(s);
  if (!d || *d < 1 || *d > 1e6) return std::nullopt;
  return static_cast<int>(*d);
}

std::vector<Claim> claims_of(std::string_view input) {
  std::vector<Claim> claims;
  while (!input.empty() && claims.size() < kMaxClaims) {
    std::size_t nl = input.find('\n');
    std::string_view line = input.substr(0, nl);
    input = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
    std::vector<std::string> f;
    for (;;) {
      std::size_t tab = line.find('\t');
      f.push_back(field_text(line.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    f.resize(23);
    Claim c;
    c.sentence = f[0];
    c.text = f[1].empty() ? f[0] : f[1];
    std::size_t at = c.sentence.find(c.text);
    c.start = at == std::string::npos ? 0 : at;
    c.end = c.start + c.text.size();
    c.kind = parse_kind(f[2]).value_or(Kind::count);
    c.value = value(f[3]);
    c.unit = optional_text(f[4]);
    c.qualifier = parse_qualifier(f[5]).value_or(Qualifier::eq);
    c.change = parse_change(f[6]).value_or(Change::none);
    c.subject = optional_text(f[7]);
    c.title = optional_text(f[8]);
    c.source = optional_text(f[9]);
    c.doc = f[10].empty() ? "doc-" + std::to_string(claims.size() % 3) : f[10];
    c.unit_name = optional_text(f[11]);
    c.low = value(f[12]);
    c.high = value(f[13]);
    c.part = number(f[14]);
    c.whole = number(f[15]);
    c.time = optional_text(f[16]);
    c.time_text = optional_text(f[17]);
    c.attribution = optional_text(f[18]);
    c.dateline = optional_text(f[19]);
    c.date = optional_text(f[20]);
    c.article = small_int(f[21]);
    c.page = small_int(f[22]);
    claims.push_back(std::move(c));
  }
  return claims;
}

// Splits RFC 4180 CSV into rows of fields; fails on a quote out of place or a row not
// ended by CRLF.
std::vector<std::size_t> csv_field_counts(std::string_view csv) {
  std::vector<std::size_t> rows;
  std::size_t fields = 1;
  std::size_t i = 0;
  while (i < csv.size()) {
    if (csv[i] == '"') {  // a quoted field: up to the closing quote, "" is a quote
      for (++i;; ++i) {
        FS_FUZZ_CHECK(i < csv.size(), "CSV: unterminated quoted field");
        if (csv[i] != '"') continue;
        if (i + 1 < csv.size() && csv[i + 1] == '"') {
          ++i;
          continue;
        }
        ++i;
        break;
      }
    } else {
      while (i < csv.size() && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n') {
        FS_FUZZ_CHECK(csv[i] != '"', "CSV: a quote inside an unquoted field");
        ++i;
      }
    }
    FS_FUZZ_CHECK(i < csv.size(), "CSV: the last row has no line end");
    if (csv[i] == ',') {
      ++fields;
      ++i;
      continue;
    }
    FS_FUZZ_CHECK(csv.substr(i, 2) == "\r\n", "CSV: a row not ended by CRLF");
    rows.push_back(fields);
    fields = 1;
    i += 2;
  }
  return rows;
}

void check_csv(const std::vector<Claim>& claims) {
  write::StringOutput out;
  write::CsvWriter writer(out);
  for (const Claim& c : claims) writer.write(c);
  writer.finish();
  const std::string& csv = out.data();
  FS_FUZZ_CHECK(text::is_valid_utf8(csv), "CSV: invalid UTF-8");
  std::vector<std::size_t> rows = csv_field_counts(csv);
  FS_FUZZ_CHECK(rows.size() == claims.size() + 1, "CSV: not one row per claim");
  for (std::size_t n : rows) FS_FUZZ_CHECK(n == rows[0], "CSV: a row with another number of fields");
}

// libxml2's messages are kept for the report instead of printed on every run.
std::string xml_error;
void keep_xml_error(void*, const xmlError* error) {
  if (error && error->message && xml_error.empty()) xml_error = error->message;
}

void check_xml(const std::string& name, const std::string& bytes) {
  xml_error.clear();
  xmlDocPtr doc = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(), nullptr,
                                XML_PARSE_NONET);
  if (!doc) {
    std::string what = name + ": " + xml_error;
    fuzz::fail("an XML part of the workbook is not well-formed", __FILE__, __LINE__, what);
  }
  xmlFreeDoc(doc);
}

void check_workbook(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  FS_FUZZ_CHECK(source != nullptr);
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!zip) fuzz::fail("the workbook is not a zip archive", __FILE__, __LINE__, zip_error_strerror(&error));
  zip_int64_t entries = zip_get_num_entries(zip, 0);
  std::set<std::string> names;
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t st;
    FS_FUZZ_CHECK(zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    std::string name = st.name;
    names.insert(name);
    if (!name.ends_with(".xml") && !name.ends_with(".rels") && !name.ends_with(".vml")) continue;
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    FS_FUZZ_CHECK(file != nullptr, name);
    std::string part(static_cast<std::size_t>(st.size), '\0');
    FS_FUZZ_CHECK(zip_fread(file, part.data(), st.size) == static_cast<zip_int64_t>(st.size), name);
    zip_fclose(file);
    check_xml(name, part);
  }
  zip_close(zip);
  for (const char* part : {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "docProps/core.xml"})
    FS_FUZZ_CHECK(names.count(part) == 1, part);
}

std::size_t occurrences(std::string_view s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string_view::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

void check_html(const std::vector<Claim>& claims) {
  static const auto rules = audit::load_audit_rules(fuzz::lexicon(), "");
  write::HtmlOptions options;
  options.audit_rules = rules;
  options.minor_nouns = rules->minor_nouns;
  write::StringOutput out;
  {
    write::HtmlWriter writer(out, options);
    for (std::size_t i = 0; i < claims.size();) {
      std::size_t j = i;
      Document doc;  // one per run of claims of one document
      doc.id = claims[i].doc;
      for (; j < claims.size() && claims[j].doc == doc.id; ++j) doc.text += claims[j].sentence + "\n";
      writer.begin_document(doc);
      for (; i < j; ++i) writer.write(claims[i]);
      writer.end_document();
    }
    writer.finish();
  }
  const std::string& html = out.data();
  FS_FUZZ_CHECK(text::is_valid_utf8(html), "HTML: invalid UTF-8");
  for (char c : html)
    FS_FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r',
                  "HTML: a control character");
  std::string lower = html;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  FS_FUZZ_CHECK(occurrences(lower, "<script") == 1, "HTML: a script element from the input");
  FS_FUZZ_CHECK(occurrences(html, "<mark class=\"fig ") == claims.size(), "HTML: not one highlight per claim");
  FS_FUZZ_CHECK(occurrences(html, "<tr id=\"r") == claims.size(), "HTML: not one table row per claim");
}

struct TempDir {
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "factsheet_fuzz_XXXXXX").string();
    FS_FUZZ_CHECK(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::filesystem::path path;
};

void check_xlsx(const std::vector<Claim>& claims, bool streamed) {
  static const TempDir dir;
  static const auto rules = audit::load_audit_rules(fuzz::lexicon(), "");
  write::XlsxOptions options;
  options.audit_rules = rules;
  options.minor_nouns = rules->minor_nouns;
  options.command_line = {"factsheet", "extract", "-o", "fuzz.xlsx"};
  std::set<std::string> docs;
  auto inputs = std::make_shared<std::vector<write::InputFileInfo>>();
  for (const Claim& c : claims)
    if (docs.insert(c.doc).second) {
      options.command_line.push_back(c.doc);
      inputs->push_back({c.doc, c.sentence.size(), "", "fuzz input"});
    }
  options.inputs = inputs;
  // Small limits, so that a few claims take the streamed path, spread over several
  // Figures sheets and fill the headline list.
  options.table_row_limit = streamed ? 2 : 20000;
  options.rows_per_sheet = 16;
  options.headline_limit = 8;
  options.tmpdir = dir.path.string();

  const std::string path = (dir.path / "fuzz.xlsx").string();
  {
    write::AtomicFileOutput out(path);
    write::XlsxWriter writer(out, options);
    for (const Claim& c : claims) writer.write(c);
    writer.finish();
    out.commit();
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  check_workbook(bytes);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xmlInitParser();
  xmlSetStructuredErrorFunc(nullptr, [](void* ctx, xmlErrorPtr e) { keep_xml_error(ctx, e); });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<Claim> claims = claims_of(std::string_view(reinterpret_cast<const char*>(data), size));
  check_csv(claims);
  check_html(claims);
  check_xlsx(claims, size % 2 == 1);
  return 0;
}
