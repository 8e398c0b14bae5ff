#!/bin/sh
# precommit.sh - .pre-commit-hooks.yaml works with the real pre-commit in a throwaway repository: a clean
# article commits; two staged articles that contradict each other are refused together (require_serial: one
# run sees both, even with more staged files than CPUs); a draft that contradicts the committed archive is
# refused with the README's --against example; a suppressed finding commits. pre-commit is not installed by
# this script (make test-deps does that): without it the suite FAILS, so a missing tool never looks like a pass.
# usage: precommit.sh FACTLINT
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
repo=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v pre-commit >/dev/null 2>&1 || ! command -v git >/dev/null 2>&1; then
    echo "precommit: NOT RUN: pre-commit or git is not installed (apt-get install pre-commit git; make test-deps does)"
    exit 1
fi
. "$repo/tests/lib.sh"
check_log=$scratch/log
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
export PRE_COMMIT_HOME="$scratch/cache" PATH="$(dirname "$bin"):$PATH"
unset FACTLINT_RULES_UNUSED 2>/dev/null
# the hook repository: this repository's manifest, committed as pre-commit needs a revision
hooks=$scratch/hooks
mkdir "$hooks" && cp "$repo/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q && git -C "$hooks" add . && git -C "$hooks" commit -qm hooks
rev=$(git -C "$hooks" rev-parse HEAD)
# a newsroom repository with an archive and the hook, as README shows it
w=$scratch/news
mkdir -p "$w/archive" "$w/articles"
cd "$w" || exit 2
git init -q
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: factlint
        args: ["--against=archive/"]
YAML
echo "Russia delivered 31 bcm of gas to China in 2024, the ministry said." >archive/2024-gas.md
git add . && git commit -qm archive --no-verify
pre-commit install -q >/dev/null 2>&1 || pre-commit install >/dev/null
commit() { git add -A && git commit -qm "$1" >"$scratch/log" 2>&1; }
echo "Wheat prices rose on Tuesday." >articles/wheat.md
check "a clean article commits" commit clean
# a draft that contradicts the archive, which is not staged: --against brings it in
echo "In 2024 Russia delivered 21 bcm of gas to China." >articles/draft.md
check "a draft contradicting the archive is refused" sh -c '! git add -A || ! git commit -qm draft >"$0" 2>&1' "$scratch/log"
check "the refusal names the rule and the archive" sh -c 'grep -q "numeric-conflict" "$0" && grep -q "archive/2024-gas.md" "$0"' "$scratch/log"
git reset -q && rm articles/draft.md
# two new staged articles that contradict each other, among more files than CPUs, so pre-commit would
# split them into parallel runs without require_serial
for i in 1 2 3 4 5 6 7 8; do echo "Item $i of the day: markets were calm." >"articles/filler$i.md"; done
echo "Brazil exported 40 bcm of gas to Chile in 2023." >articles/a-first.md
echo "In 2023 Brazil exported 12 bcm of gas to Chile." >articles/z-last.md
check "two contradicting new articles are refused together" sh -c '! git add -A || ! git commit -qm pair >"$0" 2>&1' "$scratch/log"
check "the conflict is found across the two staged files" grep -q "z-last.md.*numeric-conflict\|a-first.md.*numeric-conflict" "$scratch/log"
# accepted with an inline suppression
printf '%s\n%s\n' "<!-- factlint-disable-next-line numeric-conflict -- the ministry's first estimate -->" \
    "In 2023 Brazil exported 12 bcm of gas to Chile." >articles/z-last.md
check "a suppressed finding commits" commit suppressed
finish precommit
