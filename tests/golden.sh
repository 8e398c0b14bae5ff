#!/bin/sh
# golden.sh - runs every case of tests/cases/ and compares output byte for byte.
#
# A case is a directory holding:
#   input/           the documents (any layout)
#   args             optional: the command-line arguments, one line (default: "input")
#   setup            optional: a shell script run first in the case's scratch copy (symlink loops, modes);
#                    $FACTLINT_REPO is the repository root
#   expected         the exact stdout
#   expected.stderr  optional: the exact stderr
#   expected.exit    the exit status
# Each case runs in a scratch copy, from the case's own directory, so paths print as "input/...".
# usage: golden.sh FACTLINT [--regen]
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
regen=${2:-}
root=$(cd "$(dirname "$0")" && pwd)/cases
# setup scripts may copy from the repository (e.g. corpus/): they find it here
FACTLINT_REPO=$(cd "$(dirname "$0")/.." && pwd)
export FACTLINT_REPO
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
pass=0
fail=0
for case in "$root"/*/; do
    name=$(basename "$case")
    work="$scratch/$name"
    cp -R "$case" "$work"
    (
        cd "$work" || exit 99
        if [ -f setup ]; then sh ./setup || exit 98; fi
        args="input"
        [ -f args ] && args=$(cat args)
        # shellcheck disable=SC2086
        eval "\"$bin\" $args" >actual.out 2>actual.err </dev/null
        echo $? >actual.exit
    )
    if [ "$regen" = "--regen" ]; then
        cp "$work/actual.out" "$case/expected"
        cp "$work/actual.exit" "$case/expected.exit"
        [ -f "$case/expected.stderr" ] && cp "$work/actual.err" "$case/expected.stderr"
        echo "regenerated $name"
        continue
    fi
    ok=1
    if ! cmp -s "$work/actual.out" "$case/expected"; then
        ok=0
        echo "--- $name: stdout differs"
        diff "$case/expected" "$work/actual.out" | head -20
    fi
    if ! cmp -s "$work/actual.exit" "$case/expected.exit"; then
        ok=0
        echo "--- $name: exit status $(cat "$work/actual.exit"), expected $(cat "$case/expected.exit")"
    fi
    if [ -f "$case/expected.stderr" ] && ! cmp -s "$work/actual.err" "$case/expected.stderr"; then
        ok=0
        echo "--- $name: stderr differs"
        diff "$case/expected.stderr" "$work/actual.err" | head -20
    fi
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
[ "$regen" = "--regen" ] && exit 0
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]
