// Problems found while reading inputs. Readers report them to a caller-supplied
// sink and carry on with the next document; the caller decides the exit status.
#pragma once
#include <functional>
#include <string>

namespace factsheet::read {

enum class Severity {
  warning,  // the document was read, with a repair (e.g. invalid UTF-8 replaced)
  error,    // the document (or JSONL line) was skipped
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string message;  // "FILE: problem" or "FILE:LINE: problem", one line
};

using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace factsheet::read
