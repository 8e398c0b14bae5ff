#!/bin/sh
# sarif.sh - the SARIF output validates against the SARIF 2.1.0 JSON schema: factlint --format=sarif is run
# on the corpus and on the input of every golden case (after its setup), and each log is checked with
# ajv-cli (+ ajv-formats, JSON Schema 2020-12) against sarif-2.1.0.json as shipped in the npm package
# @microsoft/sarif-multitool. The validator is installed with npm into TOOLS_DIR when it is not there yet.
# Without npm the suite fails with "NOT RUN" (make test-deps installs npm).
# usage: sarif.sh FACTLINT TOOLS_DIR
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tools=$2
cd "$(dirname "$0")/.." || exit 2
repo=$(pwd)
. tests/npm-tools.sh
npm_tools sarif "$tools"
[ $? = 0 ] || exit 1
schema=$sarif_schema
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/logs"
FACTLINT_REPO=$repo
export FACTLINT_REPO
"$bin" --format=sarif corpus/ >"$scratch/logs/corpus.sarif.json" 2>/dev/null
n=1
for case in tests/cases/*/; do
    name=$(basename "$case")
    work=$scratch/$name
    cp -R "$case" "$work"
    (
        cd "$work" || exit 99
        if [ -f setup ]; then sh ./setup >/dev/null 2>&1 || exit 98; fi
        paths=input
        [ -e input ] || paths=.
        "$bin" --format=sarif "$paths" >"$scratch/logs/$name.sarif.json" 2>/dev/null </dev/null
    )
    # a case that stops before any output (a bad configuration) has no log to check
    if [ -s "$scratch/logs/$name.sarif.json" ]; then n=$((n + 1)); else rm -f "$scratch/logs/$name.sarif.json"; fi
done
out=$scratch/ajv.out
"$ajv" validate --spec=draft2020 -c ajv-formats -s "$schema" -d "$scratch/logs/*.sarif.json" >"$out" 2>&1
status=$?
invalid=$(grep -c ' invalid' "$out")
valid=$(grep -c ' valid$' "$out")
if [ "$status" != 0 ] || [ "$valid" != "$n" ]; then
    grep -v ' valid$' "$out" | head -40
    echo "sarif: $valid passed, $((n - valid)) failed (invalid: $invalid)"
    exit 1
fi
echo "sarif: $valid passed, 0 failed"
