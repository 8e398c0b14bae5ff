# detok.awk - turns one tagged Brown Corpus file into plain text, one paragraph per line.
# Usage: awk -f tests/precision/detok.awk ca01 > ca01.txt
#
# Brown writes one sentence per line as `word/tag` tokens; a line that starts with a tab opens a
# paragraph, and a headline or dateline (see below) is a paragraph of its own.
# The `/tag` suffix is stripped (the last slash: `1/2/cd` is `1/2`), punctuation is joined to the
# word before it, `` and '' become curly double quotes, a lone ' becomes an opening or closing single
# quote in turn, and the period Brown repeats after an abbreviation at the end of a sentence (`Jr. .`)
# is dropped.

BEGIN {
    LDQ = "\342\200\234"        # “
    RDQ = "\342\200\235"        # ”
    LSQ = "\342\200\230"        # ‘
    RSQ = "\342\200\231"        # ’
    para = ""
}

function flush() {
    if (para != "")
        print para
    para = ""
    glue = 0                    # the next word attaches to the text before it (after “ ‘ ( )
    squote = 0                  # a single quote is open in this paragraph
}

# add WORD with SPACE (1: a space before it unless glued, 0: attached to the text before it)
function add(word, space) {
    if (para == "" || glue || !space)
        para = para word
    else
        para = para " " word
    glue = 0
}

NF == 0 { next }

{
    # a headline (or dateline) never starts with a tab and has words tagged *-hl; names in it keep
    # their own tags (`Coosa/np-tl`), and a sentence may quote one headline word (`Conant's/np$-hl`)
    headline = 0
    if (substr($0, 1, 1) != "\t")
        for (i = 1; i <= NF; i++)
            if ($i ~ /\/[^\/]*-hl$/)
                headline = 1
    if (headline || substr($0, 1, 1) == "\t")
        flush()
    for (i = 1; i <= NF; i++) {
        tok = $i
        w = tok
        if (match(tok, /\/[^\/]*$/) && RSTART > 1)
            w = substr(tok, 1, RSTART - 1)
        if (w == "``") {
            add(LDQ, 1)
            glue = 1
        } else if (w == "''") {
            add(RDQ, 0)
        } else if (w == "'") {
            if (squote) {
                add(RSQ, 0)
                squote = 0
            } else {
                add(LSQ, 1)
                glue = 1
                squote = 1
            }
        } else if (w == "(") {
            add(w, 1)
            glue = 1
        } else if (w == ".") {
            if (para !~ /\.$/)
                add(w, 0)
        } else if (w == "," || w == ";" || w == ":" || w == "?" || w == "!" || w == ")") {
            add(w, 0)
        } else {
            add(w, 1)
        }
    }
    if (headline)
        flush()
}

END {
    flush()
}
