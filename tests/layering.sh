#!/bin/sh
# layering.sh - the stages of checker/ include only the stages before them. Each folder of checker/ is a
# stage of the pipeline, in the order of STAGES below (main.c comes last); a file may include the headers
# of its own folder and of earlier ones, never of a later one. There are no exceptions: a file that needs
# something of a later stage is in the wrong folder, or the thing it needs is.
# usage: layering.sh [CHECKER_DIR]   (default: checker/ next to tests/)
set -u
dir=${1:-$(cd "$(dirname "$0")/.." && pwd)/checker}
STAGES="core doc packs segment extract check join run out"

# rank STAGE: prints its position in STAGES, nothing for a folder that is not a stage
rank() {
    i=0
    for s in $STAGES; do
        i=$((i + 1))
        if [ "$s" = "$1" ]; then
            echo $i
            return
        fi
    done
}

bad=0
files=0
for sub in "$dir"/*/; do
    stage=$(basename "$sub")
    if [ -z "$(rank "$stage")" ]; then
        echo "layering: checker/$stage/ is not a stage; add it to STAGES in tests/layering.sh, in pipeline order"
        bad=$((bad + 1))
    fi
done
for f in "$dir"/*.c "$dir"/*/*.c "$dir"/*/*.h; do
    [ -f "$f" ] || continue
    files=$((files + 1))
    rel=${f#"$dir"/}
    case $rel in
    */*) own=$(rank "${rel%%/*}") ;;
    *) own=99 ;; # main.c: on top of every stage
    esac
    [ -n "$own" ] || continue # reported above
    # every #include "stage/name.h" of the file
    for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
        case $inc in
        */*) ;;
        *)
            echo "layering: checker/$rel includes \"$inc\": name its stage (\"stage/$inc\")"
            bad=$((bad + 1))
            continue
            ;;
        esac
        their=$(rank "${inc%%/*}")
        if [ -z "$their" ]; then
            echo "layering: checker/$rel includes \"$inc\", which is not in a stage"
            bad=$((bad + 1))
        elif [ "$their" -gt "$own" ]; then
            echo "layering: checker/$rel (${rel%%/*}) includes \"$inc\", of the later stage ${inc%%/*}"
            bad=$((bad + 1))
        fi
    done
done
echo "layering: $files files, $bad problems"
[ $bad = 0 ]
