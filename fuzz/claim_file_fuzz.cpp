// JSON Lines claim files, as `factsheet audit` reads them (read/claim_file.hpp): the
// test for a claim file, then every claim record decoded, fed to the auditor, and the
// audit's text report written. The bytes are a file in memory. Checks that a claim read
// back holds valid UTF-8 and that the report is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "audit/auditor.hpp"
#include "audit/rules.hpp"
#include "fuzz_support.hpp"
#include "read/claim_file.hpp"
#include "read/input_file.hpp"
#include "read/line_reader.hpp"
#include "text/utf8.hpp"
#include "write/audit_report.hpp"
#include "write/output.hpp"

using namespace factsheet;

namespace {

void check_text(const std::string& s) { FS_FUZZ_CHECK(text::is_valid_utf8(s), s); }

void check_claim(const Claim& c) {
  check_text(c.doc);
  check_text(c.text);
  check_text(c.sentence);
  if (const std::string* v = std::get_if<std::string>(&c.value)) check_text(*v);
  for (const auto* s : {&c.unit, &c.unit_name, &c.subject, &c.time, &c.time_text, &c.attribution, &c.title,
                        &c.source, &c.dateline, &c.date})
    if (*s) check_text(**s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::MemFile file;
  static const auto rules = audit::load_audit_rules(fuzz::lexicon(), "");
  const std::string& path = file.put(data, size);

  // The audit reads a .jsonl input as claims only when it starts with a claim record;
  // read every input as claims here, so that any bytes reach the decoder.
  read::LineReader lines(std::make_unique<read::InputFile>(path), std::size_t{1} << 20);
  (void)read::starts_with_claim_record(lines);  // hands its line back to the reader
  audit::Auditor auditor(rules);
  std::uint64_t ref = 0;
  std::size_t read = read::read_claims(
      lines,
      [&](Claim&& c) {
        check_claim(c);
        auditor.add(c, ref++);
      },
      fuzz::quiet_sink());
  FS_FUZZ_CHECK(read == ref);
  std::vector<audit::Finding> findings = auditor.finish();
  write::StringOutput report;
  write::write_audit_text(report, findings, auditor);
  FS_FUZZ_CHECK(text::is_valid_utf8(report.data()));
  return 0;
}
