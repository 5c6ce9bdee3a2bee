#!/usr/bin/env bash
# Run every fuzz target for SECONDS each (default 60), seeded with the test fixtures and
# the sample article. Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain
# RUSTC_BOOTSTRAP=1 lets it pass the sanitizer flags it needs.
# Crashes land in fuzz/artifacts/<target>/; replay one with
#   cargo fuzz run <target> fuzz/artifacts/<target>/<file>
# and add it as a case under tests/data/.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
targets=${TARGETS:-"sentences blocks quotes lists analyze bytes"}
export RUSTC_BOOTSTRAP=1
for t in $targets; do
    mkdir -p "corpus/$t"
    find ../tests/data ../examples/data -type f \( -name '*.txt' -o -name '*.toml' -o -name '*.json' \) \
        -exec cp -n {} "corpus/$t/" \; 2>/dev/null || true
    # Safe Rust needs no AddressSanitizer; debug assertions (-a) turn integer overflow into
    # a crash the fuzzer reports. A crash stops this target, not the others.
    log="run-$t.log"
    if cargo fuzz run -s none -a "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=8192 \
        -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 >"$log" 2>&1; then
        status=ok
    else
        status="FAILED (see fuzz/$log and fuzz/artifacts/$t/)"
    fi
    runs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -n 1)
    echo "$t: ${runs:-?} executions in ${secs}s: $status"
done
