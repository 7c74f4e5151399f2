// Memory freed by a run's threads, handed back to the system before a phase that needs
// much of its own (the audit's comparisons at the end of a run): glibc keeps what each
// thread freed in that thread's arena, where the phase's own allocations do not reuse it,
// and in the process's resident memory.
#pragma once

namespace factsheet::io {

void return_free_memory();

}  // namespace factsheet::io
