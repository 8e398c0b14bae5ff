#!/bin/sh
# fuzz.sh - `make fuzz`: runs the libFuzzer target for a bounded time on a corpus seeded from corpus/, the
# golden cases' inputs and the past findings (tests/fuzz/regress/).
# Usage: sh tests/fuzz/fuzz.sh FUZZER FUZZ_DIR SECONDS
#
# FUZZ_DIR/seeds is rebuilt from the repository each run; FUZZ_DIR/corpus keeps what the fuzzer found
# between runs. A crash, leak, sanitizer report or hang (an input taking over FUZZ_TIMEOUT seconds,
# default 30: generous, because a shared machine can stall a niced fuzzer for seconds) stops the run with
# a non-zero status and leaves the input as FUZZ_DIR/crash-*, leak-*, timeout-* or oom-*; replay it with:
# FUZZER FILE. Inputs are at most FUZZ_MAX_LEN bytes (default 8192: small inputs run many times faster,
# and huge ones are the pathological tests' job). FUZZ_JOBS=N runs N fuzzer processes (default 1).
set -eu

[ $# -eq 3 ] || {
    echo "usage: sh tests/fuzz/fuzz.sh FUZZER FUZZ_DIR SECONDS" >&2
    exit 2
}
fuzzer=$1
dir=$2
seconds=$3
case $seconds in '' | *[!0-9]* | 0)
    echo "fuzz: SECONDS must be a positive whole number, not '$seconds'" >&2
    exit 2
    ;;
esac
root=$(cd "$(dirname "$0")/../.." && pwd)

# seeds: every corpus document and every golden-case input file, flattened to unique names
rm -rf "$dir/seeds"
mkdir -p "$dir/seeds" "$dir/corpus"
for f in "$root"/corpus/*.txt; do
    cp "$f" "$dir/seeds/corpus-$(basename "$f")"
done
for f in "$root"/tests/fuzz/regress/*; do
    cp "$f" "$dir/seeds/regress-$(basename "$f")"
done
find "$root/tests/cases" -path '*/input/*' -type f | sort | while read -r f; do
    rel=${f#"$root/tests/cases/"}
    cp "$f" "$dir/seeds/$(printf '%s' "$rel" | tr '/' '_')"
done
nseeds=$(find "$dir/seeds" -type f | wc -l)
echo "fuzz: $((nseeds)) seeds, $seconds s, corpus in $dir/corpus"

jobs=${FUZZ_JOBS:-1}
set -- -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -max_len="${FUZZ_MAX_LEN:-8192}" \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$root/tests/fuzz/factlint.dict" -artifact_prefix="$dir/"
if [ "$jobs" -gt 1 ]; then
    set -- "$@" -fork="$jobs" -ignore_crashes=0
fi
status=0
"$fuzzer" "$@" "$dir/corpus" "$dir/seeds" || status=$?
if [ "$status" -ne 0 ]; then
    echo "fuzz: the fuzzer stopped with status $status; inputs that failed:" >&2
    ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null >&2 || true
fi
exit "$status"
