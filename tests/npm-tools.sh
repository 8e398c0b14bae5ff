# npm-tools.sh - sourced by the tests that validate JSON against a schema: make sure ajv-cli, ajv-formats
# and @microsoft/sarif-multitool (for its sarif-2.1.0.json) are installed with npm under $tools, and set
# $ajv and $sarif_schema. Returns 2 after a "NOT RUN" message when npm is absent (make test-deps installs
# it; a suite that cannot run fails, so it never looks like a pass), 2 after a "FAIL" message when the
# install fails.
# usage: . tests/npm-tools.sh; npm_tools NAME TOOLS_DIR || ...
npm_tools() {
    name=$1
    tools=$2
    ajv=$tools/node_modules/.bin/ajv
    sarif_schema=$tools/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json
    if [ -x "$ajv" ] && [ -f "$sarif_schema" ] && [ -d "$tools/node_modules/ajv-formats" ]; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "$name: NOT RUN: npm is not installed, so nothing was validated against its JSON schema"
        echo "$name: (make test-deps installs it with apt-get: nodejs npm)"
        return 2
    fi
    echo "$name: installing ajv-cli, ajv-formats and @microsoft/sarif-multitool into $tools"
    mkdir -p "$tools"
    if ! npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error \
        ajv-cli ajv-formats @microsoft/sarif-multitool >"$tools/npm.log" 2>&1; then
        cat "$tools/npm.log"
        echo "$name: FAIL: npm install failed (see above)"
        return 2
    fi
    if [ ! -f "$sarif_schema" ]; then
        echo "$name: FAIL: $sarif_schema not found after npm install"
        return 2
    fi
    return 0
}
