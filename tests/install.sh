#!/bin/sh
# install.sh - make install and make uninstall with DESTDIR and PREFIX: the installed binary, run with no
# FACTLINT_RULES and from another directory, finds its rule packs under PREFIX/share/factlint/rules and
# prints corpus/EXPECTED; the manual page names every option of --help and every rule of --list-rules, and
# renders without warnings where man(1) is installed; uninstall leaves nothing behind.
# usage: install.sh MAKE FACTLINT
set -u
make=$1
bin=$2
cd "$(dirname "$0")/.." || exit 2
repo=$(pwd)
. tests/lib.sh
dest=$scratch/stage
$make --no-print-directory install DESTDIR="$dest" PREFIX=/opt/fl >"$scratch/log" 2>&1 || { cat "$scratch/log"; echo "install: FAIL: make install"; exit 1; }
check "the binary is installed" test -x "$dest/opt/fl/bin/factlint"
check "the rule packs are installed" test -f "$dest/opt/fl/share/factlint/rules/$(cd rules && ls *.json | head -1)"
check "the manual page is installed" test -s "$dest/opt/fl/share/man/man1/factlint.1"
(cd "$scratch" && env -u FACTLINT_RULES "$dest/opt/fl/bin/factlint" "$repo/corpus/" >out 2>/dev/null)
sed "s|^corpus/|$repo/corpus/|" corpus/EXPECTED >"$scratch/want"
check "the installed binary, elsewhere and without FACTLINT_RULES, prints corpus/EXPECTED" cmp -s "$scratch/out" "$scratch/want"
page=$dest/opt/fl/share/man/man1/factlint.1
for opt in $("$bin" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    check "the page names $opt" grep -q -- "$(echo "$opt" | sed 's/-/\\\\-/g')" "$page"
done
for id in $("$bin" --list-rules | awk '{ print $1 }'); do
    check "the page names rule $id" grep -q "^\.B $(echo "$id" | sed 's/-/\\\\-/g')$" "$page"
done
if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
    check "man renders the page without warnings" sh -c "groff -man -Tutf8 -P-cbou -ww '$page' 2>'$scratch/warn' >'$scratch/rendered' && ! test -s '$scratch/warn'"
    check "the rendered page has its sections" grep -q "EXIT STATUS" "$scratch/rendered"
fi
$make --no-print-directory uninstall DESTDIR="$dest" PREFIX=/opt/fl >"$scratch/log" 2>&1
check "uninstall leaves no file" test -z "$(find "$dest" -type f)"
finish install
