# split.sh - the map/reduce equivalence (`make split-test`, part of `make test`): a corpus linted in one
# run gives byte-identical output to the same corpus cut in two halves, each dumped with --dump-claims
# (the map step), the records sorted together and read by --check-claims (the reduce step); and, when the
# sorted records are cut by key into several reducers, the same findings between them.
#
# The corpus: corpus/, the input of every golden case (half in a/, half in b/; cases with a setup script
# make their input at run time, and those that stop with status 2, are left out) and a generated corpus (tests/bench/gen.c) whose facts
# recur, and sometimes disagree, across its documents.
# Usage: sh tests/split.sh FACTLINT BENCH_GEN
set -u

[ $# -eq 2 ] || {
    echo "usage: sh tests/split.sh FACTLINT BENCH_GEN" >&2
    exit 2
}
root=$(cd "$(dirname "$0")/.." && pwd)
factlint=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
gen=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/factlint-split.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export LC_ALL=C
export FACTLINT_RULES="$root/rules"
pass=0
fail=0

ok() {
    pass=$((pass + 1))
}

bad() {
    echo "split: FAIL: $*" >&2
    fail=$((fail + 1))
}

# same NAME A B: files A and B are byte-identical
same() {
    if cmp -s "$2" "$3"; then ok; else
        bad "$1 differs:"
        diff "$2" "$3" | head -n 20 >&2
    fi
}

# ---- the corpus ----
mkdir -p "$work/a" "$work/b"
i=0
for case in "$root"/tests/cases/*/; do
    name=$(basename "$case")
    [ -d "$case/input" ] && [ ! -e "$case/setup" ] || continue
    # a case that stops the run (a broken configuration or pack) would stop this one
    [ "$(cat "$case/expected.exit" 2>/dev/null)" != 2 ] || continue
    if [ $((i % 2)) -eq 0 ]; then half=a; else half=b; fi
    cp -R "$case/input" "$work/$half/$name"
    i=$((i + 1))
done
cp -R "$root/corpus" "$work/a/corpus"
"$gen" "$root/corpus" "$work/gen" 2 >/dev/null || {
    echo "split: the generator failed" >&2
    exit 1
}
# alternate generated documents between the halves, so that their shared facts meet only in the join
j=0
for f in "$work"/gen/*/*.txt; do
    if [ $((j % 2)) -eq 0 ]; then half=a; else half=b; fi
    mkdir -p "$work/$half/gen"
    mv "$f" "$work/$half/gen/"
    j=$((j + 1))
done
cd "$work" || exit 1

# ---- one run against two dumps, sorted, reduced ----
# compare LABEL OPTIONS...: the output, exit status and summary of `factlint OPTIONS a b` and of the
# map/reduce over the two halves with the same output OPTIONS
compare() {
    label=$1
    shift
    "$factlint" -j2 "$@" a b >whole.out 2>whole.err
    echo "status $?" >>whole.err
    "$factlint" -j2 --dump-claims a >a.rec 2>a.err || true
    "$factlint" -j1 --dump-claims b >b.rec 2>b.err || true
    sort a.rec b.rec | "$factlint" --check-claims "$@" >split.out 2>split.err
    echo "status $?" >>split.err
    same "$label: output" whole.out split.out
    same "$label: summary and status" whole.err split.err
}

compare text
# the reduce holds every record before it joins: their order does not matter
sort -r a.rec b.rec | "$factlint" --check-claims >reversed.out 2>/dev/null
same "records in reverse order" whole.out reversed.out
compare json --format=json
compare sarif --format=sarif
compare "text, note level" --min-severity=warning --fail-on=note --column-unit=byte
[ -s whole.out ] && grep -q 'numeric-conflict' whole.out && grep -q 'quote-conflict' whole.out && ok ||
    bad "the corpus gives no numeric-conflict and quote-conflict to compare (test corpus broken?)"

# the records: every line an object whose first member is the key, so sort groups them
if grep -v '^{"key":' a.rec | grep -q .; then bad "a record does not start with its key"; else ok; fi
for t in numeric quote reported diagnostic file; do
    grep -q "\"type\":\"$t\"" a.rec b.rec && ok || bad "no record of type $t"
done
ndocs=$(sed -n 's/^factlint: \([0-9]*\) files.*/\1/p' whole.err)
[ "$(cat a.rec b.rec | grep -c '"type":"file"')" = "$ndocs" ] && ok ||
    bad "not one file record per linted document ($ndocs)"

# the keyed form, for Hadoop Streaming: KEY, a tab, the record; files given as operands
"$factlint" -j2 a b >whole.out 2>/dev/null
"$factlint" --dump-claims=keyed a >a.keyed 2>/dev/null
"$factlint" --dump-claims=keyed b >b.keyed 2>/dev/null
tab=$(printf '\t')
sort -t "$tab" -k1,1 a.keyed b.keyed >keyed.rec
"$factlint" --check-claims keyed.rec >split.out 2>/dev/null
same "keyed form" whole.out split.out
if awk -F '\t' '{ if (index($2, "{\"key\":") != 1) exit 1 }' keyed.rec; then ok; else bad "a keyed line is not KEY<TAB>record"; fi

# --against: the reference documents' claims take part and are never reported on
"$factlint" a --against b >whole.out 2>whole.err
echo "status $?" >>whole.err
"$factlint" --dump-claims a --against b 2>/dev/null | "$factlint" --check-claims >split.out 2>split.err
echo "status $?" >>split.err
same "--against: output" whole.out split.out
same "--against: summary and status" whole.err split.err

# ---- several reducers: records cut by a hash of their key ----
# Each reducer reports on what it holds; together their findings are those of one run.
"$factlint" a b 2>/dev/null | sort >whole.sorted
cat a.keyed b.keyed | awk -F '\t' -v n=3 '
    BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i }
    { h = 0; for (i = 1; i <= length($1); i++) h = (h * 31 + ord[substr($1, i, 1)]) % 1000003
      print > ("part-" (h % n)) }'
for p in part-0 part-1 part-2; do
    [ -s "$p" ] || bad "reducer $p got no records"
    sort "$p" | "$factlint" --check-claims 2>/dev/null
done | sort >parts.sorted
same "three reducers" whole.sorted parts.sorted

# ---- one reducer per key: a document's claims cut apart ----
# Each route key in a reducer of its own, on stories told by three outlets: a reducer then holds only some of a
# document's claims, and what the join knows of the document (its own event, which names the story's event) must
# come with each claim, not from counting the claims that reducer holds. In story-undated-settled two undated
# reports (B, C) give one settled fact (how many were aboard) and share one name; a dated report (A) shares names
# with each: the story that compares B's and C's figures must not rest on A, whose claims another reducer holds.
# In split-stated-and-document-period one report dates a death toll in its sentence ("in May 2031"), the other by its
# date: one key, so one route (a route used to keep the stated period). In story-undated-measure two undated reports
# give one measure of a thing of the story (a footbridge's length) and one act's count, no settled family, yet
# compared (a live page's count stays apart). In
# story-topic-report-event a feature names no event (its dead are its topic's), the wire a crash: one route. In
# anaphor-part-not-whole "Of these, 27 were injured" takes the firefighters its document counts under another key
# ("More than 100 firefighters fought the blaze"): the claim itself must carry them (fl_claim.doc_parts).
# In age-window-* one person's ages across reports months apart, or undated (join/ages.c), are routed by the
# person, not by their month keys, so that one reducer holds them all (they need not cut the documents apart).
for case in story-across-outlets story-undated-settled story-undated-measure story-topic-report-event split-stated-and-document-period anaphor-part-not-whole age-window-months age-window-undated age-window-single-name; do
    story="$root/tests/cases/$case/input"
    "$factlint" "$story" 2>/dev/null | sort >whole.sorted
    "$factlint" --dump-claims=keyed "$story" 2>/dev/null | sort -t "$tab" -k1,1 >story.keyed
    rm -rf bykey
    mkdir -p bykey
    awk -F '\t' 'NR == 1 || $1 != last { n++; last = $1 } { print > ("bykey/" n) }' story.keyed
    case $case in
    age-window-*) ;;
    *) [ "$(ls bykey | wc -l)" -gt 3 ] && ok || bad "$case gives too few keys to cut its documents apart" ;;
    esac
    for p in bykey/*; do "$factlint" --check-claims "$p" 2>/dev/null; done | sort >bykey.sorted
    [ -s whole.sorted ] && ok || bad "$case gives no findings"
    same "$case: one reducer per key" whole.sorted bykey.sorted
done
# ---- bad input to --check-claims: a message and status 2, never a crash ----
# rejects NAME INPUT-FILE PATTERN [OPTIONS...]: --check-claims exits 2 with PATTERN on stderr
rejects() {
    name=$1 input=$2 pattern=$3
    shift 3
    "$factlint" --check-claims "$@" "$input" >/dev/null 2>err.txt
    status=$?
    if [ "$status" -eq 2 ] && grep -q -- "$pattern" err.txt; then ok; else
        bad "$name: status $status, stderr: $(cat err.txt)"
    fi
}
echo 'not json' >garbage.rec
rejects "not a record" garbage.rec "garbage.rec:1: not a claim record"
printf '{"key":"x","type":"numeric","file":"f.txt"}\n' >short.rec
rejects "a record without its fields" short.rec "short.rec:1: a numeric claim record without all of its fields"
grep -m1 '"type":"file"' a.rec >dup.rec
grep -m1 '"type":"file"' a.rec >>dup.rec
rejects "one document in two dumps" dup.rec "dup.rec:2: a second file record"
sed 's/"family":"[a-z-]*"/"family":"no-such-family"/' a.rec | grep -m1 no-such-family >pack.rec
rejects "a family the packs do not know" pack.rec "is not in the rule packs"
rejects "a missing file" missing.rec "missing.rec: No such file"
rejects "--enable with --check-claims" a.rec "cannot be given with --check-claims" --enable=numeric-conflict
: >empty.rec
"$factlint" --check-claims empty.rec >empty.out 2>empty.err
[ $? -eq 0 ] && [ ! -s empty.out ] && grep -q '0 files' empty.err && ok || bad "no records: not an empty run"

echo "split: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
