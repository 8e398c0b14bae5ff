# bench.sh - `make bench`: lints generated corpora of several sizes and reports, for each, throughput (MB/s and
# claims/s), peak memory and the cost relative to a reference scan (grep reading every byte and matching
# numbers); then how time grows with size, -j1 against -j2, and memory per claim.
# Usage: sh tests/bench/bench.sh FACTLINT BUILD_DIR "SIZES" JOBS_MB
#
# SIZES are corpus sizes in MB (e.g. "50 100 200"); JOBS_MB is the size on which -j1 and -j2 are compared
# (generated if it is not among SIZES). Needs BUILD_DIR/bench-gen (tests/bench/gen.c) and
# BUILD_DIR/bench-rusage (tests/bench/rusage.c), which `make bench` builds. Corpora are kept in
# BUILD_DIR/bench/corpus-MB and reused while the generator is unchanged. MB means 1,000,000 bytes
# throughout. BENCH_RUNS=N times each measurement N times and keeps the fastest (default 1; the page cache
# is warmed first).
set -eu

usage() {
    echo "usage: sh tests/bench/bench.sh FACTLINT BUILD_DIR \"SIZES\" JOBS_MB" >&2
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

[ $# -eq 4 ] || usage
factlint=$1
build=$2
sizes=$3
jobs_mb=$4
for mb in $sizes $jobs_mb; do
    case $mb in '' | *[!0-9]* | 0) die "sizes must be positive whole numbers of MB, not '$mb'" ;; esac
done
case ${BENCH_RUNS:-1} in '' | *[!0-9]* | 0) die "BENCH_RUNS must be a positive whole number" ;; esac
[ -x "$factlint" ] || die "$factlint is not an executable (run make first)"

root=$(cd "$(dirname "$0")/../.." && pwd)
gen=$build/bench-gen
rusage=$build/bench-rusage
if [ ! -x "$gen" ] || [ ! -x "$rusage" ]; then
    die "$gen and $rusage are missing (make bench builds them)"
fi
work=$build/bench # corpora, kept between runs
out=$work/run     # this run's outputs and measurements
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# the reference scan: every byte read, numbers matched (PCRE, UTF-8 aware as factlint is)
number_re='\d+(?:[.,]\d+)*'
grep_locale=C.UTF-8
locale -a 2>/dev/null | grep -qi '^c\.utf-\{0,1\}8$' || grep_locale=C

# ---- helpers ----

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

# measure LABEL -- CMD...: runs CMD (stdout and stderr to /dev/null) under bench-rusage BENCH_RUNS times,
# stops the benchmark if it fails (see check_status), and leaves the fastest run's figures in m_wall,
# m_cpu (user + system seconds) and m_rss_kb.
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
        if [ -z "$m_wall" ] || awk -v a="$r_wall" -v b="$m_wall" 'BEGIN { exit !(a < b) }'; then
            m_wall=$r_wall m_cpu=$(awk -v u="$r_user" -v s="$r_sys" 'BEGIN { print u + s }') m_rss_kb=$r_rss
        fi
        m_i=$((m_i + 1))
    done
}

# corpus MB: generates BUILD_DIR/bench/corpus-MB unless a complete one, newer than the generator, is there
# (written to a .tmp directory and renamed, so an interrupted run never leaves half a corpus), and sets
# $corpus, $bytes and $files.
corpus() {
    corpus=$work/corpus-$1
    stamp=$corpus/.complete # hidden, so factlint does not lint it
    if [ ! -f "$stamp" ] || [ -n "$(find "$gen" -newer "$stamp")" ]; then
        say "generating a $1 MB corpus in $corpus"
        rm -rf "$corpus" "$corpus.tmp"
        mkdir -p "$work"
        "$gen" "$root/corpus" "$corpus.tmp" "$1" >"$work/gen-$1.log" || die "bench-gen failed"
        mv "$corpus.tmp" "$corpus"
        mv "$work/gen-$1.log" "$stamp"
    fi
    files=$(find "$corpus" -type f -name '*.txt' | wc -l)
    bytes=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -c) # also warms the page cache
    files=$((files))
    bytes=$((bytes))
}

# ---- the binary ----

# Every run uses a copy of the binary and of its rule packs ($FACTLINT_RULES, else rules/ next to the
# binary), so that a rebuild or a rule edit during the benchmark cannot mix two versions.
rm -rf "$out"
mkdir -p "$out"
rules=${FACTLINT_RULES:-$(dirname "$factlint")/rules}
[ -d "$rules" ] || die "no rule packs in $rules (set FACTLINT_RULES)"
cp "$factlint" "$out/factlint"
cp -R "$rules" "$out/rules"
FACTLINT_RULES=$out/rules
export FACTLINT_RULES
factlint=$out/factlint

# ---- each size ----

echo "factlint bench ($ncpu CPUs; factlint with its default -j$ncpu; reference: grep -P '$number_re', LC_ALL=$grep_locale)"
echo
printf '%8s %6s %9s %8s %8s %10s %9s %9s %10s %8s\n' "corpus" "files" "claims" "time" "MB/s" "claims/s" \
    "peak RSS" "grep -c" "grep MB/s" "ratio"
for mb in $sizes; do
    corpus "$mb"
    # untimed: the claims (counted apart from the timed run) and a check that the run works
    say "$mb MB: factlint --dump-claims $corpus | wc -l"
    status=0
    "$factlint" --dump-claims "$corpus" 2>"$out/claims-$mb.err" | wc -l >"$out/claims-$mb" || status=$?
    check_status "factlint --dump-claims" "$status" "$out/claims-$mb.err"
    claims=$(($(cat "$out/claims-$mb")))
    say "$mb MB: timing factlint and grep"
    measure "factlint" -- "$factlint" --fail-on=never "$corpus"
    wall=$m_wall cpu=$m_cpu rss_kb=$m_rss_kb
    measure "grep -c" -- env LC_ALL="$grep_locale" grep -rcP --include='*.txt' "$number_re" "$corpus"
    gwall=$m_wall gcpu=$m_cpu
    measure "grep -o" -- sh -c "LC_ALL=$grep_locale grep -roP --include='*.txt' '$number_re' '$corpus' | wc -l"
    owall=$m_wall
    awk -v mb="$mb" -v bytes="$bytes" -v files="$files" -v claims="$claims" -v wall="$wall" -v rss="$rss_kb" \
        -v gwall="$gwall" 'BEGIN {
        printf "%5.1f MB %6d %9d %7.2fs %8.1f %10.0f %6.0f MB %8.3fs %10.0f %7.0fx\n", bytes / 1e6, files, claims,
            wall, bytes / 1e6 / wall, claims / wall, rss * 1024 / 1e6, gwall, bytes / 1e6 / (gwall > 0 ? gwall : 1e-3),
            wall / (gwall > 0 ? gwall : 1e-3)
    }'
    # kept for the summary
    eval "wall_$mb=$wall cpu_$mb=$cpu rss_$mb=$rss_kb claims_$mb=$claims bytes_$mb=$bytes gcpu_$mb=$gcpu owall_$mb=$owall"
done

# ---- the summary ----

echo
echo "  time ratio: factlint's wall time relative to the smaller corpus (linear means the size ratio)"
prev=
for mb in $sizes; do
    if [ -n "$prev" ]; then
        eval "a=\$wall_$mb b=\$wall_$prev ba=\$bytes_$mb bb=\$bytes_$prev"
        awk -v m="$mb" -v p="$prev" -v a="$a" -v b="$b" -v ba="$ba" -v bb="$bb" \
            'BEGIN { printf "    %d MB / %d MB: %.2f (size ratio %.2f)\n", m, p, a / b, ba / bb }'
    fi
    prev=$mb
done
echo "  against the reference scan (factlint wall / grep wall; CPU seconds, since grep uses one CPU):"
for mb in $sizes; do
    eval "w=\$wall_$mb c=\$cpu_$mb gc=\$gcpu_$mb o=\$owall_$mb"
    awk -v mb="$mb" -v c="$c" -v gc="$gc" -v o="$o" -v w="$w" 'BEGIN {
        printf "    %d MB: factlint %.2f CPU-s, grep -cP %.3f CPU-s (%.0fx); grep -oP | wc -l (every number) %.2f s (%.0fx wall)\n",
            mb, c, gc, c / (gc > 0 ? gc : 1e-3), o, w / (o > 0 ? o : 1e-3)
    }'
done
first=
last=
for mb in $sizes; do
    [ -n "$first" ] || first=$mb
    last=$mb
done
if [ "$first" != "$last" ]; then
    eval "r1=\$rss_$first r2=\$rss_$last c1=\$claims_$first c2=\$claims_$last"
    awk -v r1="$r1" -v r2="$r2" -v c1="$c1" -v c2="$c2" -v a="$first" -v b="$last" 'BEGIN {
        if (c2 > c1)
            printf "  memory per claim: %.0f bytes (peak RSS grows %.0f MB from %d MB to %d MB for %d more claims)\n",
                (r2 - r1) * 1024 / (c2 - c1), (r2 - r1) * 1024 / 1e6, a, b, c2 - c1
    }'
fi

# ---- -j1 against -j2 ----

corpus "$jobs_mb"
say "$jobs_mb MB: -j1 and -j2, output compared"
for j in 1 2; do
    status=0
    "$factlint" --fail-on=never -j$j "$corpus" >"$out/diags-j$j.txt" 2>"$out/stderr-j$j.txt" || status=$?
    check_status "factlint -j$j" "$status" "$out/stderr-j$j.txt"
done
same="identical output"
cmp -s "$out/diags-j1.txt" "$out/diags-j2.txt" || same="WARNING: the output differs ($out/diags-j1.txt, $out/diags-j2.txt)"
measure "-j1" -- "$factlint" --fail-on=never -j1 "$corpus"
t1=$m_wall
measure "-j2" -- "$factlint" --fail-on=never -j2 "$corpus"
t2=$m_wall
awk -v mb="$jobs_mb" -v t1="$t1" -v t2="$t2" -v bytes="$bytes" -v same="$same" 'BEGIN {
    printf "  -j1 against -j2 on %d MB: %.2f s (%.1f MB/s) and %.2f s (%.1f MB/s): %.2fx faster; %s\n",
        mb, t1, bytes / 1e6 / t1, t2, bytes / 1e6 / t2, t1 / t2, same
}'
echo "  diagnostics on $jobs_mb MB: $(wc -l <"$out/diags-j1.txt") lines ($(tail -n 1 "$out/stderr-j1.txt"))"
