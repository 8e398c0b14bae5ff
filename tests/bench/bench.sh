# bench.sh - `make bench`: lints a generated corpus of MEGABYTES MB with one thread and with all CPUs and
# reports throughput and peak memory. Usage: sh tests/bench/bench.sh FACTLINT BUILD_DIR MEGABYTES
#
# Needs BUILD_DIR/bench-gen (tests/bench/gen.c) and BUILD_DIR/bench-rusage (tests/bench/rusage.c), which
# `make bench` builds. The corpus is kept in BUILD_DIR/bench/corpus-MEGABYTES and reused while the
# generator is unchanged. MB means 1,000,000 bytes throughout. BENCH_RUNS=N times each measurement N
# times and keeps the fastest (default 1, after an untimed warm-up run).
set -eu

usage() {
    echo "usage: sh tests/bench/bench.sh FACTLINT BUILD_DIR MEGABYTES" >&2
    exit 2
}

die() {
    echo "bench: $*" >&2
    exit 1
}

# say MESSAGE: progress, on stderr so that stdout is only the report
say() {
    echo "bench: $*" >&2
}

[ $# -eq 3 ] || usage
factlint=$1
build=$2
mb=$3
case $mb in '' | *[!0-9]* | 0) die "MEGABYTES must be a positive whole number, not '$mb'" ;; esac
case ${BENCH_RUNS:-1} in '' | *[!0-9]* | 0) die "BENCH_RUNS must be a positive whole number" ;; esac
[ -x "$factlint" ] || die "$factlint is not an executable (run make first)"

root=$(cd "$(dirname "$0")/../.." && pwd)
gen=$build/bench-gen
rusage=$build/bench-rusage
if [ ! -x "$gen" ] || [ ! -x "$rusage" ]; then
    die "$gen and $rusage are missing (make bench builds them)"
fi

work=$build/bench               # corpora, kept between runs
corpus=$work/corpus-$mb
stamp=$corpus/.complete         # hidden, so factlint does not lint it
out=$work/run-$mb               # this run's diagnostics and measurements
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')

# ---- helpers others can reuse ----

# check_status LABEL STATUS [STDERR_FILE]: returns if STATUS says the command worked (0 or 1: nothing
# found or findings; grep -c uses the same convention), else prints why and stops the benchmark.
# A status above 128 is a signal, as the shell and bench-rusage report it.
check_status() {
    case $2 in
    0 | 1) return 0 ;;
    2) why="exited with status 2 (usage error, unreadable path or internal error)" ;;
    *) if [ "$2" -gt 128 ]; then
        why="crashed: killed by signal $(($2 - 128))"
    else
        why="crashed: exited with status $2"
    fi ;;
    esac
    echo "bench: $1 $why" >&2
    if [ $# -ge 3 ] && [ -s "$3" ]; then
        echo "bench: last lines of its stderr ($3):" >&2
        tail -n 5 "$3" >&2
    fi
    exit 1
}

# measure LABEL -- CMD...: runs CMD (stdout and stderr to /dev/null) under bench-rusage BENCH_RUNS
# times, stops the benchmark if it fails (see check_status), and prints one report line for the
# fastest run:  "  LABEL:  <wall> s  <corpus MB / wall> MB/s  peak RSS <MB>". Leaves that run's
# figures in m_wall, m_user, m_sys (seconds), m_rss_kb and m_status. Needs $bytes (the input size).
measure() {
    m_label=$1
    shift
    if [ "${1:-}" = -- ]; then
        shift
    fi
    m_wall=
    m_i=0
    while [ "$m_i" -lt "${BENCH_RUNS:-1}" ]; do
        "$rusage" "$out/rusage" -- "$@" || die "$m_label: could not run $1"
        read -r r_wall r_user r_sys r_rss r_status <"$out/rusage"
        check_status "$1 ($m_label)" "$r_status"
        # m_user, m_sys and m_status are for callers
        # shellcheck disable=SC2034
        if [ -z "$m_wall" ] || awk -v a="$r_wall" -v b="$m_wall" 'BEGIN { exit !(a < b) }'; then
            m_wall=$r_wall m_user=$r_user m_sys=$r_sys m_rss_kb=$r_rss m_status=$r_status
        fi
        m_i=$((m_i + 1))
    done
    awk -v label="$m_label:" -v wall="$m_wall" -v bytes="$bytes" -v rss="$m_rss_kb" 'BEGIN {
        rate = wall > 0 ? bytes / 1e6 / wall : 0
        printf "  %-15s %7.2f s %8.1f MB/s  peak RSS %.1f MB\n", label, wall, rate, rss * 1024 / 1e6
    }'
}

# ---- the corpus ----

# Generates the corpus unless a complete one, newer than the generator, is already there. It is
# written to a .tmp directory and renamed, so an interrupted run never leaves a half corpus behind.
if [ ! -f "$stamp" ] || [ -n "$(find "$gen" -newer "$stamp")" ]; then
    say "generating a $mb MB corpus in $corpus"
    rm -rf "$corpus" "$corpus.tmp"
    mkdir -p "$work"
    "$gen" "$root/corpus" "$corpus.tmp" "$mb" >"$work/gen-$mb.log" || die "bench-gen failed"
    cat "$work/gen-$mb.log" >&2
    mv "$corpus.tmp" "$corpus"
    mv "$work/gen-$mb.log" "$stamp"
fi
files=$(find "$corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -c)
files=$((files))
bytes=$((bytes))
rm -rf "$out"
mkdir -p "$out"

# Every run below uses a copy of the binary and of its rule packs ($FACTLINT_RULES, else rules/ next to
# the binary), so that a rebuild or a rule edit during the benchmark cannot mix two versions.
rules=${FACTLINT_RULES:-$(dirname "$factlint")/rules}
[ -d "$rules" ] || die "no rule packs in $rules (set FACTLINT_RULES)"
cp "$factlint" "$out/factlint"
cp -R "$rules" "$out/rules"
FACTLINT_RULES=$out/rules
export FACTLINT_RULES
factlint=$out/factlint

# ---- untimed warm-up runs ----

# One run per thread count, with the diagnostics kept in files: they warm the page cache, catch a
# failing factlint before any timing, count the diagnostics and check that the output does not depend
# on the number of threads (SPEC §3: identical for every -j).
for j in 1 N; do
    case $j in 1) jobs=-j1 ;; N) jobs= ;; esac
    say "warm-up: $factlint --fail-on=never ${jobs:+$jobs }$corpus > $out/diags-j$j.txt"
    status=0
    "$factlint" --fail-on=never ${jobs:+"$jobs"} "$corpus" >"$out/diags-j$j.txt" 2>"$out/stderr-j$j.txt" || status=$?
    check_status "factlint ${jobs:--jN}" "$status" "$out/stderr-j$j.txt"
done
ndiags=$(wc -l <"$out/diags-j1.txt")
ndiags=$((ndiags))
summary=$(tail -n 1 "$out/stderr-j1.txt")
same=yes
cmp -s "$out/diags-j1.txt" "$out/diags-jN.txt" || same=no

# ---- timed runs and the report ----

say "timing"
awk -v b="$bytes" -v f="$files" 'BEGIN { printf "factlint bench: corpus %.1f MB, %d files\n", b / 1e6, f }'
echo "  diagnostics: $ndiags lines ($summary)"
measure "-j1" -- "$factlint" --fail-on=never -j1 "$corpus"
measure "-jN ($ncpu CPUs)" -- "$factlint" --fail-on=never "$corpus"
if [ "$same" = no ]; then
    echo "  WARNING: the output differs between -j1 and -jN ($out/diags-j1.txt, $out/diags-jN.txt)"
fi
