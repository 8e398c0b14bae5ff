#!/bin/sh
# cli.sh - what the text output looks like where a person reads it, and where it goes: -o/--output writes the
# report to a file (byte-identical to stdout's); on a terminal (a pseudo-terminal made by script(1)) the text
# has GCC's colours and a caret snippet under each location, NO_COLOR and --color=never drop the colours,
# --snippets=never the snippets; piped, nothing changes unless --color/--snippets=always ask; a long line
# is windowed around the column; a run longer than a second shows a progress line on a terminal's stderr.
# usage: cli.sh FACTLINT
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.." || exit 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }
if ! command -v script >/dev/null 2>&1; then
    echo "cli: NOT RUN: script(1) (util-linux) is not installed"
    exit 1
fi
esc=$(printf '\033')
# on a pseudo-terminal: script runs the command with stdout and stderr on one; its transcript is the screen
tty_run() { # tty_run OUT ENV... -- ARGS...: factlint on a terminal, the screen in OUT
    out=$1
    shift
    envs=""
    while [ "$1" != "--" ]; do envs="$envs $1"; shift; done
    shift
    TERM=xterm COLUMNS=80 script -qec "env $envs $bin $* 2>/dev/null" /dev/null </dev/null | tr -d '\r' >"$out"
}

"$bin" corpus/ >"$scratch/plain" 2>/dev/null
"$bin" -o "$scratch/file" corpus/ >"$scratch/stdout" 2>/dev/null
[ $? = 1 ] && ok || bad "-o keeps the exit status"
cmp -s "$scratch/plain" "$scratch/file" && ok || bad "-o writes what stdout gets"
[ ! -s "$scratch/stdout" ] && ok || bad "-o leaves stdout empty"
"$bin" --output="$scratch/nodir/x" corpus/ 2>"$scratch/err"
[ $? = 2 ] && grep -q "nodir/x" "$scratch/err" && ok || bad "an unwritable -o file is trouble (status 2)"

# piped: byte-identical to the format README documents
"$bin" --color=auto --snippets=auto corpus/ 2>/dev/null | cmp -s - "$scratch/plain" && ok || bad "auto adds nothing to a pipe"
NO_COLOR= "$bin" corpus/ 2>/dev/null | grep -q "$esc" && bad "escape codes in piped output" || ok

# a terminal
tty_run "$scratch/tty" -- corpus/
grep -q "${esc}\[1;35mwarning:" "$scratch/tty" && ok || bad "warnings are coloured on a terminal"
grep -q "^   23 | " "$scratch/tty" && ok || bad "a snippet shows the source line with its number"
grep -q "^      | *.*\^~" "$scratch/tty" && ok || bad "a caret line follows"
# the caret sits under the column the diagnostic gives (display columns, the line windowed to the width)
awk -v e="$esc" '{ gsub(e "\\[[0-9;]*m", "") } /^[^ ].*:[0-9]+:[0-9]+: / { n++ } END { exit n < 10 }' "$scratch/tty" && ok ||
    bad "the diagnostics are all there"
len=$(sed "s/${esc}\[[0-9;]*m//g" "$scratch/tty" | grep -E '^ *[0-9]+ \| ' | while IFS= read -r l; do
    printf '%s' "$l" | LC_ALL=C.UTF-8 wc -m; done | sort -n | tail -1)
[ "$len" -le 80 ] && ok || bad "snippet lines fit the terminal's 80 columns (longest $len)"
tty_run "$scratch/nocolor" NO_COLOR=1 -- corpus/
grep -q "$esc" "$scratch/nocolor" && bad "NO_COLOR leaves escape codes" || ok
grep -q "^      | *\^" "$scratch/nocolor" && ok || bad "NO_COLOR keeps the snippets"
tty_run "$scratch/never" -- --color=never --snippets=never corpus/
cmp -s "$scratch/never" "$scratch/plain" && ok || bad "--color=never --snippets=never on a terminal is the plain format"

# a caret under the right display column: a tab, a two-byte and a wide character before the figure
mkdir "$scratch/w"
printf 'x\tÅ 中文 Russia delivered 60 bcm of gas to China in 2024.\n' >"$scratch/w/a.txt"
echo "Russia delivered 31 bcm of gas to China in 2024." >"$scratch/w/b.txt"
(cd "$scratch/w" && "$bin" --snippets=always a.txt b.txt 2>/dev/null) >"$scratch/caret"
col=$(head -1 "$scratch/caret" | cut -d: -f3)
caret=$(sed -n 3p "$scratch/caret" | awk '{ print index($0, "^") - 8 }')
[ "$col" = "$caret" ] && ok || bad "the caret is at display column $col (found $caret)"
sed -n 3p "$scratch/caret" | grep -q '\^~~~~~$' && ok || bad "the caret spans the figure (6 columns)"
# a long line is windowed around the column, with ellipses
python_line=$(awk 'BEGIN { for (i = 0; i < 60; i++) printf "Trade news today. "; printf "Russia delivered 50 bcm of gas to China in 2024."; for (i = 0; i < 60; i++) printf " More words here."; print "" }')
echo "$python_line" >"$scratch/w/long.txt"
(cd "$scratch/w" && COLUMNS=80 "$bin" --snippets=always long.txt b.txt 2>/dev/null) >"$scratch/long"
sed -n 2p "$scratch/long" | grep -q "^    1 | ….*50 bcm.*…$" && ok || bad "a long line is windowed with ellipses around the figure"
sed -n 3p "$scratch/long" | grep -q "\^~~~~~" && ok || bad "with its caret"

# progress: on a terminal's stderr, for a run over a second (checked only when the run took that long)
mkdir "$scratch/big"
i=0
while [ $i -lt 100 ]; do cat corpus/*.txt corpus/*.txt >"$scratch/big/f$i.txt"; i=$((i + 1)); done
start=$(date +%s%N)
TERM=xterm script -qec "$bin -j1 $scratch/big >/dev/null" /dev/null </dev/null | tr -d '\r' >"$scratch/progress"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$ms" -gt 1500 ]; then
    grep -q "factlint: [0-9]* of 100 files" "$scratch/progress" && ok || bad "no progress line in a run of $ms ms"
fi
"$bin" -j1 "$scratch/big" 2>"$scratch/err" >/dev/null
grep -q " of 100 files" "$scratch/err" && bad "a progress line on stderr that is not a terminal" || ok
echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
