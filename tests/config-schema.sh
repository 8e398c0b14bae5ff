#!/bin/sh
# config-schema.sh - factlint-config.schema.json agrees with factlint: its rule ids are exactly those of
# --list-rules, every configuration of the config-* golden cases that factlint accepts validates against
# it, and every one that factlint rejects for its shape or values does not (ajv-cli with ajv-formats,
# JSON Schema 2020-12; installed with npm like the SARIF test; without npm the suite fails as not run).
# usage: config-schema.sh FACTLINT TOOLS_DIR
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tools=$2
cd "$(dirname "$0")/.." || exit 2
. tests/npm-tools.sh
npm_tools config-schema "$tools"
[ $? = 0 ] || exit 1
schema=factlint-config.schema.json
. tests/lib.sh
ids=$("$bin" --list-rules | awk '{print $1}' | sort | tr '\n' ' ')
schema_ids=$(node -e 'const s = require("./" + process.argv[1]);
    console.log(s.properties.rules.propertyNames.enum.slice().sort().join(" ") + " ")' "$schema")
check "the schema's rule ids are those of --list-rules" test "$ids" = "$schema_ids"
valid() { "$ajv" validate --spec=draft2020 -c ajv-formats -s "$schema" -d "$1" >/dev/null 2>&1; }
invalid() { ! valid "$1"; }
for f in tests/cases/config-*/input/.factlint.json tests/cases/config-*/input/*/.factlint.json \
    tests/cases/config-*/*.json; do
    [ -f "$f" ] || continue
    case $f in
    */expected*) continue ;;
    esac
    case_name=$(echo "$f" | cut -d/ -f3)
    case $case_name in
    config-error-malformed | config-error-rule-packs-missing | config-error-bad-pack)
        continue ;; # not JSON, or wrong only in what the file system holds
    config-error-*) check "$f is rejected by the schema" invalid "$f" ;;
    *) check "$f validates" valid "$f" ;;
    esac
done
finish config-schema
