-- nvim-client.lua - drives `factlint --lsp` from Neovim's own LSP client (vim.lsp, Neovim 0.7 and later)
-- in headless mode, as a writer's editor would: open a document of a workspace, wait for the diagnostics
-- it publishes (with related information in another document of the workspace and rule links), hover on a
-- figure, apply the code action that suppresses the finding, edit the text, close. Run by tests/lsp-nvim.sh
-- with FACTLINT_BIN, FACTLINT_WS (the workspace) and FACTLINT_OUT (where PASS/FAIL lines go).
local bin, ws, outpath = os.getenv("FACTLINT_BIN"), os.getenv("FACTLINT_WS"), os.getenv("FACTLINT_OUT")
local out = assert(io.open(outpath, "w"))
local pass, fail = 0, 0
local function check(ok, what)
  if ok then pass = pass + 1 else fail = fail + 1; out:write("FAIL: " .. what .. "\n") end
  out:flush()
end
local function wait_for(cond, ms) return vim.wait(ms or 15000, cond, 10) end
local exit_code
local client_id = vim.lsp.start_client({
  name = "factlint",
  cmd = { bin, "--lsp" },
  root_dir = ws,
  flags = { debounce_text_changes = 0 },
  on_exit = function(code) exit_code = code end,
})
check(client_id ~= nil, "the client starts the server")
local function rules_of(buf)
  local ids = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(ids, tostring(d.code)) end
  table.sort(ids)
  return table.concat(ids, ",")
end

-- 1. open the article that contradicts the archive: the conflict, with the other document as related
vim.cmd("edit " .. ws .. "/articles/draft.md")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
check(wait_for(function() return rules_of(buf):find("numeric%-conflict") ~= nil end),
  "numeric-conflict is published for the opened document (got: " .. rules_of(buf) .. ")")
local conflict
for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == "numeric-conflict" then conflict = d end end
if conflict then
  local lsp = conflict.user_data and conflict.user_data.lsp or {}
  check(conflict.source == "factlint", "the source is factlint")
  check(conflict.lnum == 2, "the conflict is on line 3 (0-based 2), got " .. tostring(conflict.lnum))
  check(conflict.severity == vim.diagnostic.severity.WARN, "numeric-conflict is a warning")
  check(lsp.codeDescription and lsp.codeDescription.href:find("^https://") ~= nil, "the rule id links to its documentation")
  local rel = lsp.relatedInformation or {}
  check(#rel == 1 and rel[1].location.uri == vim.uri_from_fname(ws .. "/archive/2024.md"),
    "related information points into archive/2024.md, a document that is not open")
  check(#rel == 1 and rel[1].location.range.start.line == 0, "at its line 1")
  -- the line holds "Ωmega" before the figure: UTF-16 columns, as the client expects by default
  local line = vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1]
  local byte = line:find("21 bcm", 1, true) - 1
  check(conflict.col == byte, "the column is the figure's (byte " .. byte .. " in Neovim), got " .. conflict.col)

  -- 2. hover on the figure: what factlint read and what it was compared with
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                   position = { line = 2, character = vim.str_utfindex(line, byte + 1) } }
  local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000) or {}
  local text = ""
  for _, r in pairs(res) do if r.result then text = text .. vim.inspect(r.result.contents) end end
  check(text:find("21 bcm", 1, true) ~= nil, "the hover shows the figure read")
  check(text:find("deliveries", 1, true) ~= nil, "the hover shows the claim's key (metric)")
  check(text:find("31 bcm", 1, true) ~= nil and text:find("archive/2024.md", 1, true) ~= nil,
    "the hover shows the claim it was compared with, in archive/2024.md")
  local none = vim.lsp.buf_request_sync(buf, "textDocument/hover",
    { textDocument = params.textDocument, position = { line = 0, character = 0 } }, 10000) or {}
  local empty = true
  for _, r in pairs(none) do if r.result ~= nil and r.result ~= vim.NIL then empty = false end end
  check(empty, "no hover away from a claim")

  -- 3. the code action inserts a factlint-disable-next-line comment and the finding goes away
  local ca = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
    textDocument = params.textDocument, range = { start = params.position, ["end"] = params.position },
    context = { diagnostics = {} } }, 10000) or {}
  local action
  for _, r in pairs(ca) do
    for _, a in ipairs(r.result or {}) do
      if a.title:find("numeric%-conflict") then action = a end
    end
  end
  check(action ~= nil and action.kind == "quickfix", "a quickfix action is offered for numeric-conflict")
  if action then
    vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
    local inserted = vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1]
    check(inserted == "<!-- factlint-disable-next-line numeric-conflict -->", "the comment is inserted: " .. inserted)
    check(wait_for(function() return rules_of(buf) == "" end),
      "after the edit, the finding is suppressed (got: " .. rules_of(buf) .. ")")
    -- 4. typing: remove the comment (the finding returns), then correct the figure (it goes)
    vim.api.nvim_buf_set_lines(buf, 2, 3, false, {})
    check(wait_for(function() return rules_of(buf):find("numeric%-conflict") ~= nil end),
      "removing the comment brings the finding back")
    local l = vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1]
    vim.api.nvim_buf_set_lines(buf, 2, 3, false, { (l:gsub("21 bcm", "31 bcm")) })
    check(wait_for(function() return rules_of(buf):find("numeric%-conflict") == nil end),
      "correcting the figure clears the finding (got: " .. rules_of(buf) .. ")")
  end
end

-- 5. a second document joins against what the first says now, unsaved: it disagrees with the 31 typed
vim.cmd("edit " .. ws .. "/articles/other.md")
local buf2 = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf2, client_id)
check(wait_for(function() return rules_of(buf2):find("numeric%-conflict") ~= nil end),
  "other.md (40 bcm) conflicts with the archive and the unsaved draft (got: " .. rules_of(buf2) .. ")")
local d2 = vim.diagnostic.get(buf2)[1]
local rel2 = d2 and d2.user_data and d2.user_data.lsp and d2.user_data.lsp.relatedInformation or {}
check(#rel2 >= 1, "its conflict has related information")

-- 6. shutdown and exit: status 0
vim.lsp.stop_client(client_id)
check(wait_for(function() return exit_code ~= nil end), "the server exits after shutdown")
check(exit_code == 0, "with status 0, got " .. tostring(exit_code))
out:write(string.format("lsp-nvim: %d passed, %d failed\n", pass, fail))
out:close()
vim.cmd(fail == 0 and "qa!" or "cq")
