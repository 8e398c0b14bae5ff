# lib.sh - what the shell suites share, sourced after `set -u` and the cd to the checkout:
#   . tests/lib.sh
# gives a scratch directory ($scratch, removed on exit), the pass/fail counters, check DESCRIPTION COMMAND...
# (counts COMMAND's success; on failure prints "FAIL: DESCRIPTION" and, when $check_log names a file, its
# first 30 lines), and finish SUITE, the closing "SUITE: N passed, M failed" line whose status is the suite's.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
pass=0
fail=0
check_log=
check() { # check DESCRIPTION COMMAND...
    desc=$1
    shift
    if "$@"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $desc"
        [ -n "$check_log" ] && head -30 "$check_log" 2>/dev/null
    fi
    return 0
}
finish() { # finish SUITE
    echo "$1: $pass passed, $fail failed"
    [ "$fail" = 0 ]
}
