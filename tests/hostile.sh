#!/bin/sh
# hostile.sh - pathological inputs (SPEC §8): each must finish (a hang is caught by a time limit, not
# timed), exit with a sensible status, and print bounded output. Inputs are generated under
# BUILD_DIR/hostile/ and never committed. Usage: sh tests/hostile.sh FACTLINT BUILD_DIR
#
# HOSTILE_SCALE=N divides the sizes by N (make asan uses it, since ASan is several times slower); the
# shapes stay the same. HOSTILE_LIMIT is the time limit per run in seconds (default 120: far above what any
# case needs, so that only a hang trips it).
set -u

[ $# -eq 2 ] || {
    echo "usage: sh tests/hostile.sh FACTLINT BUILD_DIR" >&2
    exit 2
}
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2/hostile
scale=${HOSTILE_SCALE:-1}
limit=${HOSTILE_LIMIT:-120}
case $scale in '' | *[!0-9]* | 0)
    echo "hostile: HOSTILE_SCALE must be a positive whole number" >&2
    exit 2
    ;;
esac
rm -rf "$work"
mkdir -p "$work"
pass=0
fail=0

ok() {
    pass=$((pass + 1))
}

bad() {
    fail=$((fail + 1))
    echo "FAIL: $*"
}

# n COUNT: COUNT scaled down by HOSTILE_SCALE (at least 1)
n() {
    v=$(($1 / scale))
    [ "$v" -ge 1 ] || v=1
    echo "$v"
}

# run NAME STATUSES ARGS...: runs factlint with ARGS into $work/NAME.out and .err; the exit status must be
# one of STATUSES (e.g. "0 1"), and it must not crash, hang or report a sanitizer error. Leaves the status
# in $status.
run() {
    name=$1
    statuses=$2
    shift 2
    timeout "$limit" "$bin" "$@" >"$work/$name.out" 2>"$work/$name.err"
    status=$?
    if [ "$status" -eq 124 ]; then
        bad "$name: did not finish in ${limit} s"
        return 1
    fi
    case " $statuses " in
    *" $status "*) ;;
    *)
        bad "$name: exit status $status, expected one of: $statuses"
        tail -n 5 "$work/$name.err" | sed 's/^/    /'
        return 1
        ;;
    esac
    if grep -q -e 'Sanitizer' -e 'runtime error' "$work/$name.err"; then
        bad "$name: sanitizer report"
        grep -m 3 -e 'Sanitizer' -e 'runtime error' "$work/$name.err" | sed 's/^/    /'
        return 1
    fi
    ok
}

# bounded NAME MAX_LINES: at most MAX_LINES lines of output, at most 201 diagnostics of any one rule in
# any one file (the limit of 200 plus the line counting the rest), and a summary line on stderr
bounded() {
    lines=$(wc -l <"$work/$1.out")
    if [ "$lines" -gt "$2" ]; then
        bad "$1: $lines lines of output, more than $2"
    else
        ok
    fi
    worst=$(sed -n 's/^\(.*\):[0-9]*:[0-9]*: [a-z]*: .* \[\([a-z-]*\)\]$/\1 \2/p' "$work/$1.out" | sort | uniq -c |
        sort -rn | head -n 1)
    if [ -n "$worst" ] && [ "${worst%% [!0-9]*}" -gt 201 ] 2>/dev/null; then
        bad "$1: more than 201 diagnostics of one rule in one file: $worst"
    else
        ok
    fi
    if grep -q '^factlint: [0-9]* files\{0,1\},' "$work/$1.err"; then ok; else bad "$1: no summary line on stderr"; fi
}

# expect_count NAME PATTERN LOW HIGH: the number of output lines matching PATTERN is in [LOW, HIGH]
expect_count() {
    c=$(grep -c -e "$2" "$work/$1.out")
    if [ "$c" -ge "$3" ] && [ "$c" -le "$4" ]; then
        ok
    else
        bad "$1: $c lines match '$2', expected $3 to $4"
    fi
}

# ---- a 10 MB single line: figures, quotes, markers and sourcing phrases, no line break ----
lines=$(n 55000)
awk -v n="$lines" 'BEGIN {
    for (i = 0; i < n; i++)
        printf "Russia delivered %d bcm of gas to China in %d, analysts say. \"Prices will rise,\" said Ana Silva.%d " \
            "Exports reached %d.%d bcm, about %d%% of the 200 bcm sold to Europe [%d]. Source link ", \
            10 + i % 90, 1990 + i % 35, i % 50 + 1, 20 + i % 7, i % 10, 5 + i % 30, i + 1
}' >"$work/line.txt"
run long-line "0 1" -j2 "$work/line.txt" && bounded long-line 10000
run long-line-json "0 1" -j2 --format=json "$work/line.txt"
# the same line with an invalid byte at its very end: one encoding error, found at the right offset
cp "$work/line.txt" "$work/line-bad.txt"
printf '\377' >>"$work/line-bad.txt"
size=$(($(wc -c <"$work/line.txt")))
run long-line-invalid "1" "$work/line-bad.txt" &&
    expect_count long-line-invalid "invalid UTF-8 at byte offset $size (byte 0xFF); file skipped \[encoding\]" 1 1

# ---- 100,000 numbers in one paragraph: sentences of ten figures, and one sentence of them all ----
count=$(n 10000)
awk -v n="$count" 'BEGIN {
    for (i = 0; i < n; i++) {
        printf "Russia delivered "
        for (k = 0; k < 9; k++)
            printf "%d.%d bcm, ", i % 500, k
        printf "about %d%% of the 200 bcm sold to China in %d. ", k, 1990 + i % 30
    }
    printf "\n"
}' >"$work/numbers-paragraph.txt"
run numbers-paragraph "0 1" -j1 "$work/numbers-paragraph.txt" && bounded numbers-paragraph 10000
count=$(n 100000)
awk -v n="$count" 'BEGIN {
    printf "In 2024 Russia delivered "
    for (i = 0; i < n; i++)
        printf "%d bcm, ", 10 + i
    printf "and 5 bcm to China.\n"
}' >"$work/numbers-sentence.txt"
run numbers-sentence "0 1" -j1 "$work/numbers-sentence.txt" && bounded numbers-sentence 1000
# the figures are claims, each printed once by --dump-claims (but not the ones from 1000 to 2100, which
# read as years: "2024 bcm")
run numbers-sentence-claims "0" -j1 --dump-claims "$work/numbers-sentence.txt" &&
    expect_count numbers-sentence-claims '"unit":"volume"' "$((count * 9 / 10))" "$((count + 1))"
awk -v n="$count" 'BEGIN { for (i = 0; i < n; i++) printf "%d, ", i; printf "%d.\n", n }' >"$work/numbers-table.txt"
run numbers-table "0 1" -j1 "$work/numbers-table.txt" && bounded numbers-table 1000

# ---- 10,000 copies of one sentence in 1,000 files: one group of 10,000 agreeing claims ----
files=$(n 1000)
copies=10
mkdir -p "$work/copies"
awk -v files="$files" -v copies="$copies" -v dir="$work/copies" 'BEGIN {
    for (f = 0; f < files; f++) {
        path = sprintf("%s/doc-%04d.txt", dir, f)
        for (k = 0; k < copies; k++)
            print "Russia delivered 31 bcm of gas to China in 2024." >path
        close(path)
    }
}'
claims=$((files * copies))
run copies-claims "0" -j2 --dump-claims "$work/copies" &&
    expect_count copies-claims '^{"key":"exports|volume|RU>CN|actual|gas|2024"' "$claims" "$claims"
run copies "0" -j2 "$work/copies" && bounded copies 0
# one file disagrees: its ten claims are the only conflicts, each once, pointing at the agreed figure
last=$(printf '%s/doc-%04d.txt' "$work/copies" $((files - 1)))
sed 's/31 bcm/21 bcm/' "$last" >"$last.new" && mv "$last.new" "$last"
run copies-conflict "1" -j2 "$work/copies" && bounded copies-conflict $((2 * copies)) &&
    expect_count copies-conflict "21 bcm (deliveries from Russia to China, 2024) conflicts with 31 bcm stated elsewhere ($((claims - copies)) statements agree with it) \[numeric-conflict\]" "$copies" "$copies"
# 10,000 claims of one key that all disagree, in one file: the limit of 200 per file holds for the join
count=$(n 10000)
awk -v n="$count" 'BEGIN { for (i = 0; i < n; i++) printf "Russia delivered %d bcm of gas to China in 2024.\n", 10 + 3 * i }' \
    >"$work/conflict-flood.txt"
run conflict-flood "1" -j1 "$work/conflict-flood.txt" && bounded conflict-flood 500 &&
    expect_count conflict-flood 'more numeric-conflict diagnostics in this file are not shown' 1 1

# ---- 5,000 nested quotes: curly pairs, unbalanced openers, straight quotes, angle quotes ----
depth=$(n 5000)
awk -v n="$depth" 'BEGIN {
    for (i = 0; i < n; i++) printf "%s", (i % 2 ? "\342\200\230" : "\342\200\234")
    printf "Prices will rise [sic], analysts say"
    for (i = n - 1; i >= 0; i--) printf "%s", (i % 2 ? "\342\200\231" : "\342\200\235")
    printf ", said Ana Silva.\n\n"
    for (i = 0; i < n; i++) printf "\342\200\234He said "
    printf "nothing.\n\n"
    for (i = 0; i < n; i++) printf "\"a "
    printf "\n\n"
    for (i = 0; i < n; i++) printf "\302\253 "
    for (i = 0; i < n; i++) printf "\302\273 "
    printf "\n"
}' >"$work/quotes.txt"
run nested-quotes "0 1" -j1 "$work/quotes.txt" && bounded nested-quotes 2000

# ---- deeply nested Markdown: block quotes, lists, emphasis, brackets, code, comments ----
depth=$(n 5000)
awk -v n="$depth" 'BEGIN {
    for (i = 0; i < n; i++) printf "> "
    printf "Analysts say prices rose 5%% in 2024.\n\n"
    for (i = 0; i < n / 5; i++) { for (k = 0; k < i; k++) printf "  "; printf "- item %d, experts agree\n", i }
    printf "\n"
    for (i = 0; i < n; i++) printf "*_"
    printf "deep"
    for (i = 0; i < n; i++) printf "_*"
    printf "\n\n"
    for (i = 0; i < n; i++) printf "["
    printf "Source"
    for (i = 0; i < n; i++) printf "]("
    printf "\n\n"
    for (i = 0; i < n; i++) printf "`"
    printf " code "
    for (i = 0; i < n; i++) printf "<!-- "
    printf "\n\n[^1]: "
    for (i = 0; i < n; i++) printf "[^%d]", i
    printf "\n\n```\nunclosed fence, 31 bcm\n"
}' >"$work/nested.md"
run nested-markdown "0 1" -j1 "$work/nested.md" && bounded nested-markdown 3000

# ---- files of nothing but footnote markers ----
count=$(n 100000)
mkdir -p "$work/markers"
awk -v n="$count" -v dir="$work/markers" 'BEGIN {
    for (i = 1; i <= n; i++) printf "[%d]", i >dir "/brackets.txt"
    for (i = 1; i <= n; i++) printf "[^%d] ", n - i >dir "/markdown.md"
    split("\302\271 \302\262 \302\263 \342\201\264 \342\201\265", sup, " ")
    for (i = 1; i <= n; i++) printf "%s", sup[i % 5 + 1] >dir "/superscripts.txt"
    for (i = 1; i <= n; i++) printf "Trade grew.%d ", (i * 7) % n >dir "/glued.txt"
}'
run footnote-markers "0 1" -j2 "$work/markers" && bounded footnote-markers 5000

# ---- bad files next to a good one: every problem reported, the good file's findings kept ----
bf=$work/bad
mkdir -p "$bf/sub" "$bf/dir.txt"
printf 'Analysts say the merger will fail.\n' >"$bf/good.txt"
printf 'Prices rose \377 sharply.\n' >"$bf/invalid-byte.txt"
printf 'Prices rose \342\202' >"$bf/truncated.txt"
printf 'Overlong \300\257 slash.\n' >"$bf/overlong.txt"
printf 'A surrogate \355\240\200 here.\n' >"$bf/surrogate.txt"
printf 'Prices rose\000 sharply.\n' >"$bf/nul.txt"
: >"$bf/empty.txt"
printf '\357\273\277' >"$bf/bom-only.txt"
printf '\r\n\r\n\r\r\n' >"$bf/crlf-only.txt"
ln -s missing.txt "$bf/dangling.txt"
ln -s loop-b.txt "$bf/loop-a.txt"
ln -s loop-a.txt "$bf/loop-b.txt"
ln -s .. "$bf/sub/up"
mkfifo "$bf/fifo.txt" 2>/dev/null || true
if [ "$(id -u)" != 0 ]; then # root reads anything, so this case only means something for other users
    printf 'Secret.\n' >"$bf/unreadable.txt"
    chmod 000 "$bf/unreadable.txt"
fi
run bad-files "2" -j2 "$bf" && bounded bad-files 50
expect_count bad-files 'good.txt:1:1: note: vague attribution "Analysts say"' 1 1
expect_count bad-files '\[encoding\]$' 8 9
for f in invalid-byte truncated overlong surrogate nul dangling loop-a loop-b; do
    expect_count bad-files "$f.txt:.*\[encoding\]$" 1 1
done
if grep -q 'skipping .*sub/up: symbolic link loop' "$work/bad-files.err"; then ok; else bad "bad-files: the directory loop is not reported"; fi
# an empty file named alone: nothing to say, status 0
run empty-alone "0" "$bf/empty.txt" && bounded empty-alone 0

echo "hostile: $pass passed, $fail failed"
[ "$fail" = 0 ]
