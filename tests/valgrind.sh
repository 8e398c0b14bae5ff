#!/bin/sh
# valgrind.sh - `make valgrind`: factlint under valgrind memcheck (full leak check; any error or leak fails)
# on corpus/ in each output mode, then every golden case through tests/golden.sh with valgrind wrapped
# around the binary, so that the outputs are still compared byte for byte.
# Usage: sh tests/valgrind.sh FACTLINT BUILD_DIR
set -u

[ $# -eq 2 ] || {
    echo "usage: sh tests/valgrind.sh FACTLINT BUILD_DIR" >&2
    exit 2
}
command -v valgrind >/dev/null 2>&1 || {
    echo "valgrind: valgrind is not installed (apt-get install valgrind)" >&2
    exit 2
}
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "$2/valgrind" && cd "$2/valgrind" && pwd)
rm -f "$work"/vg-*.log

# The wrapper: valgrind's own report goes to a log per process, not to stderr, so that golden cases
# with an expected stderr still compare; an error or a leak makes the exit status 99.
wrapper=$work/factlint
cat >"$wrapper" <<EOF
#!/bin/sh
exec valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \\
    --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes --log-file="$work/vg-%p.log" \\
    "$bin" "\$@"
EOF
chmod +x "$wrapper"

pass=0
fail=0
cd "$root" || exit 2
# corpus/: text (compared with corpus/EXPECTED), JSON, claims, their reduce (also compared with
# corpus/EXPECTED), one thread, and an --explain
for mode in text json claims reduce j1 explain; do
    case $mode in
    text) set -- corpus/ ;;
    json) set -- --format=json corpus/ ;;
    claims) set -- --dump-claims corpus/ ;;
    reduce) set -- --check-claims "$work/corpus-claims.out" ;;
    j1) set -- -j1 --fail-on=never corpus/ ;;
    explain) set -- --explain=numeric-arithmetic ;;
    esac
    "$wrapper" "$@" >"$work/corpus-$mode.out" 2>"$work/corpus-$mode.err"
    status=$?
    if [ "$status" -eq 99 ] || [ "$status" -gt 128 ]; then
        fail=$((fail + 1))
        echo "FAIL: factlint $* under valgrind: exit status $status"
    elif { [ "$mode" = text ] || [ "$mode" = reduce ]; } && ! cmp -s "$work/corpus-$mode.out" corpus/EXPECTED; then
        fail=$((fail + 1))
        echo "FAIL: factlint $* under valgrind does not print corpus/EXPECTED"
    else
        pass=$((pass + 1))
    fi
done
echo "valgrind corpus: $pass passed, $fail failed"

# the golden cases: an error or a leak shows as exit status 99 where the case expects its own status
sh "$root/tests/golden.sh" "$wrapper" || fail=$((fail + 1))

# whatever valgrind said, for the runs that failed
for log in "$work"/vg-*.log; do
    [ -s "$log" ] || continue
    echo "--- $log"
    head -n 40 "$log"
done
[ "$fail" = 0 ]
