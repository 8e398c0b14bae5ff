#!/bin/sh
# lsp-nvim.sh - `factlint --lsp` with a real client: Neovim's built-in LSP client in headless mode, driven by
# tests/lsp/nvim-client.lua on a small workspace (an archive, a draft that contradicts it, another article).
# Neovim is installed by make test-deps; without it the suite FAILS as not run.
# usage: lsp-nvim.sh FACTLINT
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.." || exit 2
if ! command -v nvim >/dev/null 2>&1; then
    echo "lsp-nvim: NOT RUN: nvim is not installed (apt-get install neovim; make test-deps does)"
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ws=$scratch/ws
mkdir -p "$ws/archive" "$ws/articles" "$ws/node_modules/pkg"
echo "Russia delivered 31 bcm of gas to China in 2024, the ministry said." >"$ws/archive/2024.md"
printf '%s\n\n%s\n' "# Gas" "Ωmega Energy notes that in 2024 Russia delivered 21 bcm of gas to China." >"$ws/articles/draft.md"
echo "Russia delivered 40 bcm of gas to China in 2024." >"$ws/articles/other.md"
echo "Russia delivered 99 bcm of gas to China in 2024." >"$ws/node_modules/pkg/README.md"
FACTLINT_BIN=$bin FACTLINT_WS=$ws FACTLINT_OUT=$scratch/result HOME=$scratch XDG_CONFIG_HOME=$scratch \
XDG_STATE_HOME=$scratch XDG_DATA_HOME=$scratch \
    timeout 120 nvim --headless --clean -n -i NONE -c "luafile tests/lsp/nvim-client.lua" >"$scratch/nvim.log" 2>&1 </dev/null
status=$?
if [ ! -s "$scratch/result" ]; then
    cat "$scratch/nvim.log"
    echo "lsp-nvim: FAIL: Neovim wrote no result (status $status)"
    exit 1
fi
cat "$scratch/result"
# README's Neovim example, copied as it is into an init.lua: opening a Markdown file starts the server
awk '/^\*\*Neovim\*\*/ { on = 1 } on && /^```lua$/ { inside = 1; next } inside && /^```$/ { exit } inside' README.md \
    >"$scratch/init.lua"
cat >"$scratch/check.lua" <<LUA
vim.cmd("edit $ws/articles/other.md")
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 20)
local f = io.open("$scratch/readme-result", "w")
f:write(#vim.diagnostic.get(0) .. "\\n")
f:close()
vim.cmd("qa!")
LUA
(cd "$ws" && PATH="$(dirname "$bin"):$PATH" HOME=$scratch XDG_STATE_HOME=$scratch XDG_DATA_HOME=$scratch \
    timeout 60 nvim --headless --clean -n -i NONE -u "$scratch/init.lua" -c "luafile $scratch/check.lua" \
    >/dev/null 2>&1 </dev/null)
readme=0
if [ -s "$scratch/init.lua" ] && [ "$(cat "$scratch/readme-result" 2>/dev/null)" -gt 0 ] 2>/dev/null; then
    echo "lsp-nvim: README's Neovim example publishes diagnostics"
else
    echo "lsp-nvim: FAIL: README's Neovim example, as an init.lua, got no diagnostics"
    readme=1
fi
grep -q "lsp-nvim: [0-9]* passed, 0 failed" "$scratch/result" && [ "$status" = 0 ] && [ "$readme" = 0 ]
