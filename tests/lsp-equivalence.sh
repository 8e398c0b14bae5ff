#!/bin/sh
# lsp-equivalence.sh - the language server's findings equal the command line's while a document is edited:
# on a generated 1 MB workspace (corpus-wide numeric and quote conflicts across documents), the two documents
# with the most cross-document findings are opened, one is edited in eleven steps, and after each step both
# must be published exactly as `factlint --format=json` reports them (tests/lsp/equivalence.py, python3).
# usage: lsp-equivalence.sh FACTLINT BENCH_GEN
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
gen=$2
cd "$(dirname "$0")/.." || exit 2
if ! command -v python3 >/dev/null 2>&1; then
    echo "lsp-equivalence: NOT RUN: python3 is not installed (make test-deps installs it)"
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$gen" corpus "$scratch/ws" 1 >/dev/null || { echo "lsp-equivalence: FAIL: bench-gen failed"; exit 1; }
set -- $(cd "$scratch/ws" && "$bin" 2>/dev/null | grep -E ': warning: .*\[(numeric|quote)-conflict\]$' | cut -d: -f1 |
    sort | uniq -c | sort -rn | head -2 | awk '{ print $2 }')
if [ $# -lt 2 ]; then
    echo "lsp-equivalence: FAIL: the generated workspace has no two documents with cross-document findings"
    exit 1
fi
timeout 600 python3 tests/lsp/equivalence.py "$bin" "$scratch/ws" "$1" "$2"
