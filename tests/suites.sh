#!/bin/sh
# suites.sh - `make test`'s runner: runs each suite (a make target) in turn with its output shown, then one
# summary line naming the suites that failed and, among them, those that could not run at all (a tool
# missing: their output says NOT RUN), so a suite that did not run never reads as a pass.
# usage: suites.sh MAKE TARGET...
set -u
make=$1
shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=""
notrun=""
for t in "$@"; do
    { $make --no-print-directory "$t"; echo $? >"$scratch/status"; } 2>&1 | tee "$scratch/out"
    if [ "$(cat "$scratch/status")" = 0 ]; then
        passed=$((passed + 1))
    elif grep -q "NOT RUN" "$scratch/out"; then
        notrun="$notrun $t"
    else
        failed="$failed $t"
    fi
done
nf=$(echo $failed | wc -w)
nn=$(echo $notrun | wc -w)
[ "$nf" -gt 0 ] && echo "make test: FAILED:$failed"
[ "$nn" -gt 0 ] && echo "make test: NOT RUN (counted as failed):$notrun"
# the closing line CI reads: suites, not single checks (each suite printed its own count above)
echo "suites: $passed passed, $((nf + nn)) failed"
[ "$nf" = 0 ] && [ "$nn" = 0 ]
