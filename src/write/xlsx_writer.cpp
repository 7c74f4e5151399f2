#include "write/xlsx_writer.hpp"

#include <algorithm>
#include <ctime>
#include <optional>
#include <utility>

#include "audit/auditor.hpp"
#include "io/free_memory.hpp"
#include "write/claim_indexer.hpp"
#include "write/headline_checks.hpp"
#include "write/headline_index.hpp"
#include "write/source_index.hpp"
#include "write/summary_counts.hpp"
#include "write/xlsx_about_sheet.hpp"
#include "write/xlsx_audit_sheet.hpp"
#include "write/xlsx_book.hpp"
#include "write/xlsx_figures_sheet.hpp"
#include "write/xlsx_headline_sheet.hpp"
#include "write/xlsx_sources_sheet.hpp"
#include "write/xlsx_summary_sheet.hpp"
#include "write/xlsx_target.hpp"

namespace factsheet::write {

struct XlsxWriter::State {
  State(Output& out, const XlsxOptions& o)
      : target(out, o.tmpdir),
        headline(o.minor_nouns, o.headline_limit),
        auditor(std::in_place, o.audit_rules ? o.audit_rules : audit::embedded_audit_rules(o.minor_nouns),
                o.tmpdir.empty() ? target.directory() : o.tmpdir),
        sources(DocNames(o.input_roots)),
        created(o.timestamp == Timestamp::now ? std::time(nullptr) : static_cast<std::time_t>(kFixedCreationTime)),
        indexer([this](const Claim& c, std::uint64_t i, FigurePosition pos, std::uint32_t source) { index(c, i, pos, source); },
                o.index_thread) {}

  XlsxTarget target;
  HeadlineIndex headline;
  std::optional<audit::Auditor> auditor;  // gone once the Audit sheet is written
  FactsOfClaims facts;  // each claim's headline fact, to mark it with the audit's finding
  SourceIndex sources;
  SummaryCounts counts;
  std::time_t created;
  std::size_t claims = 0;
  // Claims (with their Sources row) held until the workbook's mode is known.
  std::vector<std::pair<Claim, std::uint32_t>> pending;
  std::size_t pending_bytes = 0;
  std::unique_ptr<Book> book;
  lxw_worksheet* headline_sheet = nullptr;
  lxw_worksheet* audit_sheet = nullptr;
  std::unique_ptr<FiguresSheets> figures;
  bool finished = false;
  // Last, so that its thread stops before the indexes it fills go.
  ClaimIndexer indexer;

  // Adds claim `i` to the indexes the closing sheets are made from.
  void index(const Claim& claim, std::uint64_t i, FigurePosition pos, std::uint32_t source) {
    HeadlineVerdict verdict = headline.add(claim, Mention::of(claim, source), pos);
    facts.note(i, headline.last_fact());
    auditor->add(claim, i);
    counts.add(claim, verdict == HeadlineVerdict::listed);
  }
};

XlsxWriter::XlsxWriter(Output& out, XlsxOptions options)
    : out_(out), options_(std::move(options)), state_(std::make_unique<State>(out_, options_)) {
  if (options_.rows_per_sheet == 0 || options_.rows_per_sheet > kDataRowsPerSheet)
    options_.rows_per_sheet = kDataRowsPerSheet;
}

XlsxWriter::~XlsxWriter() = default;

void XlsxWriter::open_book(bool constant_memory) {
  State& s = *state_;
  BookSettings settings;
  settings.path = s.target.path();
  settings.constant_memory = constant_memory;
  settings.tmpdir = options_.tmpdir.empty() ? s.target.directory() : options_.tmpdir;
  settings.created = s.created;
  settings.deflate_threads = static_cast<unsigned>(std::max<std::size_t>(options_.deflate_threads, 1));
  // Name the output in errors (a file's path, not its temporary file's).
  s.book = std::make_unique<Book>(settings, output_label(out_, "xlsx output"));
  s.headline_sheet = s.book->add_sheet(std::string(kHeadlineSheet));  // first: the sheet to hand on
  s.audit_sheet = s.book->add_sheet(std::string(kAuditSheet));
  s.figures = std::make_unique<FiguresSheets>(*s.book);
  for (std::size_t i = 0; i < s.pending.size(); ++i) write_row(s.pending[i].first, i, s.pending[i].second);
  std::vector<std::pair<Claim, std::uint32_t>>().swap(s.pending);
  s.pending_bytes = 0;
}

void XlsxWriter::write_row(const Claim& claim, std::size_t index, std::uint32_t source) {
  state_->figures->write(claim, figure_position(index, options_.rows_per_sheet), source,
                         state_->sources.records()[source].name);
}

void XlsxWriter::write(const Claim& claim) {
  State& s = *state_;
  if (s.finished) throw OutputError("xlsx output: claim written after finish()");
  std::size_t index = s.claims++;
  FigurePosition pos = figure_position(index, options_.rows_per_sheet);
  std::uint32_t source = s.sources.add(claim, pos);
  naming_output(out_, "xlsx output", [&] { s.indexer.add(claim, index, pos, source); });
  if (s.book) {
    write_row(claim, index, source);
    return;
  }
  s.pending.emplace_back(claim, source);
  // Long sentences count too: a few huge ones must not hold the workbook in memory.
  s.pending_bytes += sizeof(Claim) + claim.sentence.size() + claim.text.size() + claim.doc.size();
  if (s.pending.size() > options_.table_row_limit || s.pending_bytes > options_.table_byte_limit)
    open_book(true);
}

void XlsxWriter::finish() {
  State& s = *state_;
  if (s.finished) return;
  naming_output(out_, "xlsx output", [&] { s.indexer.finish(); });
  if (!s.book) open_book(false);
  Book& book = *s.book;
  s.figures->finish();
  naming_output(out_, "xlsx output", [&] {
    s.headline.end_adding();
    io::return_free_memory();  // the workers' claims and the index's, before the audit compares
    std::vector<audit::Finding> findings = s.auditor->finish();
    mark_headline_facts(s.headline, findings, *s.auditor, s.facts);
    write_headline_sheet(book, s.headline_sheet, s.headline, s.sources, options_.headline_rows);
    write_audit_sheet(book, s.audit_sheet, findings, *s.auditor, options_.rows_per_sheet);
  });
  // What only the audit needed goes before the sheets are put together (Book::close).
  s.auditor.reset();
  s.facts = {};
  io::return_free_memory();
  write_sources_sheet(book, book.add_sheet(std::string(kSourcesSheet)), s.sources);
  write_summary_sheet(book, book.add_sheet(std::string(kSummarySheet)), s.counts, s.headline, s.sources);
  AboutFacts about;
  about.options = &options_;
  about.created = s.created;
  about.streamed = book.constant_memory();
  about.figures_sheets = s.figures->sheets();
  about.headline = &s.headline;
  write_about_sheet(book, book.add_sheet(std::string(kAboutSheet)), about);
  s.finished = true;
  book.close();
  s.target.deliver();
}

}  // namespace factsheet::write
