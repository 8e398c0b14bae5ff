#!/bin/sh
# baseline.sh - the baseline round trip on a copy of the corpus: write a baseline, change unrelated lines
# (a paragraph added at the top of every file and one in the middle of another, so every finding moves),
# and the run with --baseline shows nothing and exits 0, also from another working directory; a new
# finding, and a second copy of an accepted one, are shown and fail the run.
# usage: baseline.sh FACTLINT
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.." || exit 2
. tests/lib.sh
news=$scratch/news
mkdir -p "$news"
cp -R corpus "$news/corpus"
rm -f "$news/corpus/EXPECTED"
cd "$news" || exit 2

"$bin" --write-baseline=.factlint-baseline.json corpus >before.out 2>before.err
check "--write-baseline exits 0 although there are warnings" test $? = 0
n=$(grep -c '"fingerprint"' .factlint-baseline.json)
check "every finding is written ($n)" test "$n" = "$(grep -c '\[[a-z-]*\]$' before.out)"
check "the stderr says how many were written" grep -q "^factlint: $n findings written to .factlint-baseline.json$" before.err
check "the baseline holds no line numbers" sh -c '! grep -q "\"line\"" .factlint-baseline.json'

# unrelated changes: every finding moves down, some to other columns of a re-wrapped line
for f in corpus/*.txt; do
    { printf 'Editor'"'"'s note: this page was moved to a new address.\n\n'; cat "$f"; } >"$f.new" && mv "$f.new" "$f"
done
awk 'NR == 10 { print "The weather was mild that week."; print "" } { print }' corpus/003_860d12fbc20625a9.txt >x && mv x corpus/003_860d12fbc20625a9.txt

"$bin" --baseline=.factlint-baseline.json corpus >after.out 2>after.err
check "after unrelated edits: exit 0" test $? = 0
check "after unrelated edits: no finding is shown" test ! -s after.out
check "after unrelated edits: all $n are accepted" grep -q "^factlint: $n accepted findings in .factlint-baseline.json not shown$" after.err
check "without the baseline the findings are still there, moved" sh -c "\"$bin\" corpus 2>/dev/null | grep -q '^corpus/003_860d12fbc20625a9.txt:75:1: warning: .*\[source-placeholder\]'"

(cd corpus && "$bin" --baseline=../.factlint-baseline.json . >../other.out 2>/dev/null)
check "from another working directory: exit 0" test $? = 0
check "from another working directory: nothing shown" test ! -s other.out

printf '\nSource link\n' >>corpus/000_85c0c68bcbb3fd5c.txt
"$bin" --baseline=.factlint-baseline.json corpus >new.out 2>/dev/null
check "a new warning fails the run" test $? = 1
check "only the new finding is shown" test "$(cat new.out)" = "corpus/000_85c0c68bcbb3fd5c.txt:$(wc -l <corpus/000_85c0c68bcbb3fd5c.txt):1: warning: \"Source link\" with no link: the source was lost [source-placeholder]"

printf '\nSource link\n' >>corpus/003_860d12fbc20625a9.txt
"$bin" --baseline=.factlint-baseline.json corpus >dup.out 2>/dev/null
check "a third \"Source link\" in 003, which had two accepted, is new" test "$(grep -c '^corpus/003_.*source-placeholder' dup.out)" = 1

"$bin" --baseline=.factlint-baseline.json --write-baseline=.factlint-baseline.json corpus >refresh.out 2>/dev/null
check "--baseline with --write-baseline shows the new findings and exits 0" test $? = 0 -a "$(wc -l <refresh.out)" = 2
"$bin" --baseline=.factlint-baseline.json corpus >refreshed.out 2>/dev/null
check "after the refresh nothing is new" test $? = 0 -a ! -s refreshed.out
finish baseline
