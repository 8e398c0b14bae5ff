#!/bin/sh
# readme.sh - README must stay true: every rule of --list-rules and every long option of --help is
# documented in it, and it gives the two commands.
set -u
bin=$1
cd "$(dirname "$0")/.." || exit 2
pass=0
fail=0
for id in $("$bin" --list-rules | awk '{print $1}'); do
    if grep -q "\`$id\`" README.md; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: rule $id is not in README.md"; fi
done
for opt in $("$bin" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    if grep -q -- "$opt" README.md; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: option $opt is not in README.md"; fi
done
for cmd in "make run" "make test"; do
    if grep -q "$cmd" README.md; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: README does not give $cmd"; fi
done
echo "readme: $pass passed, $fail failed"
[ "$fail" = 0 ]
