#!/bin/sh
# funclen.sh [MAX] - lists the functions of checker/ longer than MAX lines (default 120), from the line of
# the name to the closing brace at the start of a line; the status is 1 when there is one.
max=${1:-120}
dir=$(cd "$(dirname "$0")/.." && pwd)/checker
awk -v max="$max" '
    FNR == 1 { name = "" }
    /^[A-Za-z_][A-Za-z0-9_ \*]*\(/ && !/;[[:space:]]*$/ { name = $0; start = FNR }
    /^}/ && name != "" { n = FNR - start + 1; if (n > max) { printf "%s:%d: %d lines: %s\n", FILENAME, start, n, name; bad = 1 } name = "" }
    END { exit bad }
' "$dir"/*.c "$dir"/*/*.c
