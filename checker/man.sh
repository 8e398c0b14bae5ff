#!/bin/sh
# man.sh - writes the manual page factlint.1 (roff) to stdout from the binary's own --help and --list-rules:
# the option list and the rule table are the ones the program prints, so the page cannot drift from them.
# usage: man.sh FACTLINT
set -u
bin=$1
version=$("$bin" --version | awk '{ print $2 }')
esc() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
cat <<EOT
.TH FACTLINT 1 "" "factlint $version" "User Commands"
.SH NAME
factlint \\- fact\\-consistency checker and citation linter for prose
.SH SYNOPSIS
.B factlint
[\\fIOPTIONS\\fR] [\\fIPATH\\fR...]
.br
.B factlint \\-\\-lsp
[\\fIOPTIONS\\fR]
EOT
# the description: the paragraph after the usage line; then each "Section:" of options
"$bin" --help | awk '
    function flush() { if (opt != "") { print "M.TP"; print "M.B " opt; print "T" desc; opt = ""; desc = "" } }
    NR == 1 { next }
    /^$/ { flush(); next }
    /^Lint prose/ { print "M.SH DESCRIPTION"; inpara = 1 }
    inpara && /^[^ ]/ && !/:$/ { print "T" $0; next }
    /^[A-Z][A-Za-z ]*:$/ { flush(); inpara = 0; if (!opts++) print "M.SH OPTIONS"; sub(/:$/, ""); print "M.SS " $0; next }
    /^  -|^      --/ { flush(); opt = substr($0, 3, 26); sub(/ +$/, "", opt); sub(/^ +/, "", opt); desc = substr($0, 29); next }
    /^                            / { sub(/^ +/, ""); desc = desc " " $0; next }
    /^Exit status: 0/ { flush(); print "M.SH EXIT STATUS"; sub(/^Exit status: /, ""); print "T" $0; inexit = 1; next }
    inexit { print "T" $0 }
    END { flush() }
' | while IFS= read -r line; do
    case $line in
    M*) printf '%s\n' "${line#M}" | sed -e 's/\\/\\e/g' -e 's/-/\\-/g' ;;
    T*) printf '%s\n' "${line#T}" | esc ;;
    esac
done
echo ".SH RULES"
"$bin" --list-rules | while read -r id level summary; do
    printf '.TP\n.B %s\n' "$(printf '%s' "$id" | sed 's/-/\\-/g')"
    printf '(%s by default) %s\n' "$level" "$summary" | esc
done
cat <<'EOT'
.PP
\fBfactlint \-\-explain=\fIID\fR prints a rule's explanation with a failing and a passing example.
.SH FILES
.TP
.B .factlint.json
the configuration of the files under its directory (the nearest one applies)
.TP
.B .factlintignore, .gitignore
paths a directory walk skips, in gitignore's language (not with \-\-no\-ignore)
.TP
.B ../share/factlint/rules
the built\-in rule packs, found from the binary's own directory
.SH ENVIRONMENT
.TP
.B FACTLINT_RULES
the directory of the built\-in rule packs, in place of the one next to the binary
.TP
.B NO_COLOR
when set and not empty, no colours on a terminal (\-\-color=always still colours)
.TP
.B COLUMNS
the terminal's width, for source snippets
.SH SEE ALSO
The README of https://github.com/factlint/factlint: configuration, output formats, editors (the language
server in Neovim, Emacs, Helix and VS Code), pre\-commit, and running on a cluster.
EOT
