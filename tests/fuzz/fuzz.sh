#!/bin/sh
# fuzz.sh - `make fuzz`: runs one libFuzzer target for a bounded time on a corpus seeded from the repository
# and its past findings. Usage: sh tests/fuzz/fuzz.sh TARGET FUZZER FUZZ_DIR SECONDS [FACTLINT]
#
# The targets and their seeds (FUZZ_DIR/seeds-TARGET is rebuilt from the repository each run; FUZZ_DIR/
# corpus-TARGET keeps what the fuzzer found between runs; past findings are tests/fuzz/regress-TARGET/,
# tests/fuzz/regress/ for pipeline):
#   pipeline  documents through the whole pipeline: corpus/ and every golden-case input
#   records   claim records (--check-claims): --dump-claims of corpus/ and of the golden inputs (with FACTLINT)
#   config    .factlint.json: every golden case's configuration
#   packs     rule packs: rules/*.json and the golden cases' packs
#   baseline  baselines: the golden cases' baselines
#   glob      a configuration glob and a path, one per line: tests/fuzz/seeds-glob/
# A crash, leak, sanitizer report or hang (an input taking over FUZZ_TIMEOUT seconds, default 30: generous,
# because a shared machine can stall a niced fuzzer for seconds) stops the run with a non-zero status and
# leaves the input as FUZZ_DIR/TARGET-crash-*, -leak-*, -timeout-* or -oom-*; replay it with: FUZZER FILE.
# Inputs are at most FUZZ_MAX_LEN bytes (default 8192: small inputs run many times faster, and huge ones are
# the pathological tests' job). FUZZ_JOBS=N runs N fuzzer processes (default 1).
set -eu

[ $# -ge 4 ] || {
    echo "usage: sh tests/fuzz/fuzz.sh TARGET FUZZER FUZZ_DIR SECONDS [FACTLINT]" >&2
    exit 2
}
target=$1
fuzzer=$2
dir=$3
seconds=$4
factlint=${5:-}
case $seconds in '' | *[!0-9]* | 0)
    echo "fuzz: SECONDS must be a positive whole number, not '$seconds'" >&2
    exit 2
    ;;
esac
root=$(cd "$(dirname "$0")/../.." && pwd)
seeds=$dir/seeds-$target
corpus=$dir/corpus-$target
regress=$root/tests/fuzz/regress-$target
[ "$target" = pipeline ] && regress=$root/tests/fuzz/regress

rm -rf "$seeds"
mkdir -p "$seeds" "$corpus"
# flat copies of files, named after their path
seed() {
    for f in "$@"; do
        [ -f "$f" ] || continue
        rel=${f#"$root/"}
        cp "$f" "$seeds/$(printf '%s' "$rel" | tr '/' '_')"
    done
}
case $target in
pipeline)
    seed "$root"/corpus/*.txt
    seed $(find "$root/tests/cases" -path '*/input/*' -type f | sort)
    ;;
records)
    if [ -n "$factlint" ]; then
        for f in "$root"/corpus/*.txt $(find "$root/tests/cases" -path '*/input/*' -type f -name '*.txt' | sort | head -n 40); do
            "$factlint" --dump-claims "$f" 2>/dev/null | head -c 8000 >"$seeds/$(printf '%s' "${f#"$root/"}" | tr '/' '_').jsonl" || true
        done
    fi
    seed $(find "$root/tests/cases" -name '*.jsonl' -type f | sort)
    ;;
config) seed $(find "$root/tests/cases" -name '.factlint.json' -type f | sort) ;;
packs) seed "$root"/rules/*.json $(find "$root/tests/cases" -path '*pack*' -name '*.json' -type f | sort) ;;
baseline) seed $(find "$root/tests/cases" -path '*baseline*' -name '*.json' -type f | sort) ;;
glob) seed "$root"/tests/fuzz/seeds-glob/* ;;
*)
    echo "fuzz: unknown target '$target' (pipeline, records, config, packs, baseline, glob)" >&2
    exit 2
    ;;
esac
[ -d "$regress" ] && seed "$regress"/*
nseeds=$(find "$seeds" -type f | wc -l)
echo "fuzz $target: $((nseeds)) seeds, $seconds s, corpus in $corpus"

jobs=${FUZZ_JOBS:-1}
dict=
[ "$target" = pipeline ] && dict=-dict=$root/tests/fuzz/factlint.dict
[ "$target" != pipeline ] && [ "$target" != glob ] && dict=-dict=$root/tests/fuzz/json.dict
set -- -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -max_len="${FUZZ_MAX_LEN:-8192}" \
    -rss_limit_mb=2048 -print_final_stats=1 $dict -artifact_prefix="$dir/$target-"
if [ "$jobs" -gt 1 ]; then
    set -- "$@" -fork="$jobs" -ignore_crashes=0
fi
status=0
"$fuzzer" "$@" "$corpus" "$seeds" || status=$?
if [ "$status" -ne 0 ]; then
    echo "fuzz $target: the fuzzer stopped with status $status; inputs that failed:" >&2
    ls "$dir/$target"-crash-* "$dir/$target"-leak-* "$dir/$target"-timeout-* "$dir/$target"-oom-* 2>/dev/null >&2 || true
fi
exit "$status"
