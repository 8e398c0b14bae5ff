#!/bin/sh
# corpus.sh - SPEC §7: `factlint corpus/` must print exactly corpus/EXPECTED, and must report the listed
# findings and none of the listed traps (checked line by line, so a regenerated EXPECTED cannot hide them).
set -u
bin=$1
cd "$(dirname "$0")/.." || exit 2
. tests/lib.sh
out=$scratch/out
"$bin" corpus/ >"$out" 2>/dev/null
status=$?
has() { grep -q -- "$1" "$out"; }
hasnt() { ! grep -q -- "$1" "$out"; }

check "exit status 1 (warnings found)" test "$status" = 1
check "output equals corpus/EXPECTED" cmp -s "$out" corpus/EXPECTED
# SPEC §7 items of the foundation
check "4: footnote 18 missing in 001 (19 at line 23, 17 at line 20)" has '^corpus/001_f284fabe15bb3e57.txt:23:[0-9]*: warning: footnote 18 is missing: 17 is followed by 19 \[footnote-gap\]'
check "4: related note at 17 on line 20" has '^corpus/001_f284fabe15bb3e57.txt:20:[0-9]*: note: footnote 17 is here'
check "5: 001 has 51 markers and no notes" has '^corpus/001_f284fabe15bb3e57.txt:[0-9]*:[0-9]*: warning: 51 footnote markers .* \[footnote-no-notes\]'
check "7: 003:71 Source link" has '^corpus/003_860d12fbc20625a9.txt:71:1: warning: .*Source link.* \[source-placeholder\]'
check "7: 003:121 Source link" has '^corpus/003_860d12fbc20625a9.txt:121:1: warning: .*Source link.* \[source-placeholder\]'
check "9: 000:26 anonymous source" has '^corpus/000_85c0c68bcbb3fd5c.txt:26:[0-9]*: note: .*European official briefed on the talks.*anonymity.*\[anonymous-source\]'
check "10: 000:3 analysts say" has '^corpus/000_85c0c68bcbb3fd5c.txt:3:[0-9]*: note: .*analysts say.* \[vague-source\]'
check "10: 002:14 Experts agree" has '^corpus/002_8b157dc9f83a780c.txt:14:[0-9]*: note: .*Experts agree.* \[vague-source\]'
check "10: 003:25 Some analysts caution" has '^corpus/003_860d12fbc20625a9.txt:25:[0-9]*: note: .*Some analysts caution.* \[vague-source\]'
# the foundation's traps: nothing at warning level where SPEC §7 says it must not be
check "no footnote-order anywhere (2022.33, 2008.17, billion21 are markers in sequence)" hasnt '\[footnote-order\]'
check "only one footnote-gap" test "$(grep -c '\[footnote-gap\]' "$out")" = 1
check "1: 001:39 21.3 bcm conflicts with 001:34 31 bcm" has '^corpus/001_f284fabe15bb3e57.txt:39:[0-9]*: warning: 21.3 bcm .*conflicts with 31 bcm.*\[numeric-conflict\]'
check "1: related note at 001:34" has '^corpus/001_f284fabe15bb3e57.txt:34:[0-9]*: note: 31 bcm here ("Gazprom delivered 31 bcm to China last year", 2024'
check "2: 001:39 21.3 / 200 = 10.7%, not about 15%" has '^corpus/001_f284fabe15bb3e57.txt:39:[0-9]*: warning: 21.3 / 200 = 10.7%, not about 15% \[numeric-arithmetic\]'
check "6: 002:16 '– Wang adds' is Wang Yiwei or Wang Wen" has '^corpus/002_8b157dc9f83a780c.txt:16:[0-9]*: warning: "Wang" could be Wang Yiwei or Wang Wen \[ambiguous-attribution\]'
check "000: Berry Wang is a byline, so 'Wang' there is not ambiguous" hasnt '^corpus/000_[^:]*:[0-9]*:[0-9]*: warning: .*\[ambiguous-attribution\]'
check "8: 001:52 quote-altered [does], fear[s]" has '^corpus/001_f284fabe15bb3e57.txt:52:[0-9]*: note: quotation altered: "\[does\]", "fear\[s\]" inside the quote \[quote-altered\]'
check "11: 001:4 80th anniversary in 2022" has '^corpus/001_f284fabe15bb3e57.txt:4:[0-9]*: warning: .*80th anniversary of victory over Nazi Germany.*1945.*2025.*2022.*\[date-inconsistency\]'
check "3: 000:26 Wang Yi paraphrase vs 001:52, audience and content differ" has '^corpus/000_85c0c68bcbb3fd5c.txt:26:[0-9]*: warning: Wang Yi.s words are rendered differently elsewhere: to "EU officials in Brussels" here, "a senior EU official" there; .*"shift US attention towards Asia" here, "shift its whole focus to Beijing" there \[quote-conflict\]'
check "3: 000:26 points at 001:52" grep -A1 '^corpus/000_85c0c68bcbb3fd5c.txt:26:.*\[quote-conflict\]' "$out" | grep -q '^corpus/001_f284fabe15bb3e57.txt:52:[0-9]*: note: the other rendering: quoted "Beijing \[does\] not want'
check "3: 001:52 Wang Yi quote vs 000:26" has '^corpus/001_f284fabe15bb3e57.txt:52:[0-9]*: warning: Wang Yi.s words are rendered differently elsewhere: to "a senior EU official" here, "EU officials in Brussels" there; .*"shift its whole focus to Beijing" here, "shift US attention towards Asia" there \[quote-conflict\]'
check "3: 001:52 points at 000:26" grep -A1 '^corpus/001_f284fabe15bb3e57.txt:52:.*\[quote-conflict\]' "$out" | grep -q '^corpus/000_85c0c68bcbb3fd5c.txt:26:[0-9]*: note: the other rendering: reported "it was not in Beijing'
check "only two quote-conflicts (item 3, each side)" test "$(grep -c '\[quote-conflict\]' "$out")" = 2
check "no unattributed-quote: scare quotes, Grano's continued quote, every – Name sign-off in 002 resolve" hasnt '\[unattributed-quote\]'
check "no warnings in 001 beyond the six findings" test "$(grep -c '^corpus/001_[^:]*:[0-9]*:[0-9]*: warning:' "$out")" = 6
check "only one numeric-conflict (forty times, \$60/\$260, trade partners, trade balance, 38 bcm, tariffs, oil tons)" test "$(grep -c '\[numeric-conflict\]' "$out")" = 1
check "only one numeric-arithmetic (60/260 is roughly one-quarter)" test "$(grep -c '\[numeric-arithmetic\]' "$out")" = 1
check "only one date-inconsistency (003's 80th anniversary has no year in force)" test "$(grep -c '\[date-inconsistency\]' "$out")" = 1
check "no warning in 000, 002, 003 or 004 beyond the placeholders, 002:16 and 000:26" test "$(grep -c '^corpus/00[0234]_[^:]*:[0-9]*:[0-9]*: warning:' "$out")" = 4
check "no anonymous/vague finding inside a direct quote of 003:27 or 003:57" hasnt '^corpus/003_860d12fbc20625a9.txt:\(27\|57\):'
# --timings: the same stdout and status; on stderr after the summary, a table with every stage, the checks and
# a total (no time is asserted: timing never decides a test)
terr=$scratch/timings.err
"$bin" --timings -j2 corpus/ 2>"$terr" | cmp -s - corpus/EXPECTED
check "--timings: stdout is corpus/EXPECTED" test $? = 0
"$bin" --timings corpus/ >/dev/null 2>/dev/null
check "--timings: exit status 1" test $? = 1
check "--timings: the table's header" grep -q '^Stage or check (CPU time, all threads) *| *Time (ms) | Relative$' "$terr"
for row in "read and validate" "markup and segments" "footnotes" "numeric claims" "attribution" \
    "join: numeric-conflict within documents" "join: numeric-conflict" "join: quote-conflict" \
    "limit, levels, suppressions, sort" "output" "check: anonymous-source, vague-source, source-placeholder" \
    "check: numeric-arithmetic" "total"; do
    check "--timings: a row for $row" grep -q "^$row  *| *[0-9][0-9]*\.[0-9]\{3\} | *[0-9.]*%$" "$terr"
done
check "--timings: the summary line comes first" sh -c "head -n 1 '$terr' | grep -q '^factlint: 5 files'"
finish corpus
