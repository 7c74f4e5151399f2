#include "cli/xlsx_run_options.hpp"

#include "audit/rules.hpp"
#include "cli/claim_pipeline.hpp"
#include "cli/command_line.hpp"

namespace factsheet::cli {

write::XlsxOptions xlsx_run_options(const ExtractOptions& options, std::shared_ptr<const Lexicon> lexicon) {
  write::XlsxOptions x;
  x.audit_rules = audit::load_audit_rules(std::move(lexicon), options.grammars);
  x.minor_nouns = x.audit_rules->minor_nouns;
  x.command_line = command_line();
  x.timestamp = options.timestamp;
  x.input_roots = options.inputs;
  x.headline_rows = options.headline_rows;
  x.index_thread = resolve_jobs(options.jobs) > 1;
  x.deflate_threads = resolve_jobs(options.jobs);
  return x;
}

}  // namespace factsheet::cli
