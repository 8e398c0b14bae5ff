/* sources.c - phrase rules. The phrases are data (pattern sets of the rule packs); this file only runs each set
 * over the masked text, skips what a quoted speaker says (their words, not the article's sourcing), merges
 * several hits of one rule in one sentence into one diagnostic, and words the message. */
#include "sources.h"

#include <stdlib.h>
#include <string.h>

#include "ruletab.h"

enum { EXCERPT_MAX = 80 };

/* Expands a message template: {match} becomes the matched text. */
static void expand(fl_buf *out, const char *tmpl, const char *match)
{
    const char *p = tmpl;
    const char *hit;
    while ((hit = strstr(p, "{match}"))) {
        fl_buf_put(out, p, (size_t)(hit - p));
        fl_buf_puts(out, match);
        p = hit + 7;
    }
    fl_buf_puts(out, p);
}

typedef struct {
    const char *category;
    int rule;
    int skip_quotes; /* phrases inside a direct quote belong to the speaker */
    const char *message; /* default template */
} phrase_rule;

static const phrase_rule phrase_rules[] = {
    {"vague-source", FL_RULE_VAGUE_SOURCE, 1, "vague attribution \"{match}\": say who, or cite the study"},
    {"anonymous-source", FL_RULE_ANONYMOUS_SOURCE, 1, "anonymous source \"{match}\""},
    {"source-placeholder", FL_RULE_SOURCE_PLACEHOLDER, 0, "placeholder instead of a source: \"{match}\""},
};

/* Reports the pending diagnostic, naming the other phrases of its sentence, and empties the buffers. */
static void flush(fl_check_ctx *ctx, int rule, size_t start, size_t end, fl_buf *msg, fl_buf *more, size_t nmore)
{
    if (nmore)
        fl_buf_printf(msg, " (also %s)", fl_buf_cstr(more));
    fl_report(ctx, rule, start, end, "%s", fl_buf_cstr(msg));
    fl_buf_free(msg);
    fl_buf_free(more);
}

static void run_phrase_rule(fl_check_ctx *ctx, const phrase_rule *pr)
{
    fl_doc *d = ctx->doc;
    const fl_patterns *ps = fl_rules_patterns(ctx->rules, pr->category);
    fl_match *matches;
    size_t nmatches = fl_patterns_scan(ps, ctx->matcher, d->text, d->len, d->start, &matches);
    size_t last_sent = SIZE_MAX;
    fl_buf msg = {0}, more = {0};
    size_t ms = 0, me = 0, nmore = 0;
    int pending = 0;
    for (size_t mi = 0; mi < nmatches; mi++) {
        const fl_match m = matches[mi];
        if (pr->skip_quotes && fl_doc_in_quote(d, m.start))
            continue;
        size_t sent = fl_doc_sentence_of(d, m.start);
        fl_buf ex = {0};
        fl_excerpt(&ex, d, m.start, m.end, EXCERPT_MAX);
        if (pending && sent == last_sent && sent != d->nsent) {
            /* another phrase of the same rule in the same sentence: one diagnostic names both */
            fl_buf_printf(&more, "%s\"%s\"", nmore ? ", " : "", fl_buf_cstr(&ex));
            nmore++;
            fl_buf_free(&ex);
            continue;
        }
        if (pending)
            flush(ctx, pr->rule, ms, me, &msg, &more, nmore);
        nmore = 0;
        const char *tmpl = fl_patterns_message(ps, m.entry);
        expand(&msg, tmpl ? tmpl : pr->message, fl_buf_cstr(&ex));
        fl_buf_free(&ex);
        ms = m.start;
        me = m.end;
        last_sent = sent;
        pending = 1;
    }
    if (pending)
        flush(ctx, pr->rule, ms, me, &msg, &more, nmore);
    fl_buf_free(&msg);
    fl_buf_free(&more);
    free(matches);
}

/* Markdown links whose target is empty or "#": [Source]() [link](#) */
static void empty_links(fl_check_ctx *ctx)
{
    fl_doc *d = ctx->doc;
    const char *s = d->raw;
    for (size_t i = d->start; i + 2 < d->len; i++) {
        if (s[i] != ']' || s[i + 1] != '(')
            continue;
        size_t j = i + 2;
        while (j < d->len && s[j] == ' ')
            j++;
        if (j < d->len && s[j] == '#')
            j++;
        while (j < d->len && s[j] == ' ')
            j++;
        if (j >= d->len || s[j] != ')')
            continue;
        /* find the link text's opening bracket on the same line */
        size_t a = i;
        while (a > d->start && s[a - 1] != '[' && s[a - 1] != '\n' && i - a < 200)
            a--;
        if (a == d->start || s[a - 1] != '[' || d->text[a - 1] == ' ')
            continue; /* not a link, or inside masked code */
        fl_buf ex = {0};
        fl_excerpt(&ex, d, a - 1, j + 1, EXCERPT_MAX);
        fl_report(ctx, FL_RULE_SOURCE_PLACEHOLDER, a - 1, j + 1, "link \"%s\" has no target", fl_buf_cstr(&ex));
        fl_buf_free(&ex);
    }
}

void fl_check_sources(fl_check_ctx *ctx)
{
    for (size_t i = 0; i < sizeof(phrase_rules) / sizeof(phrase_rules[0]); i++)
        run_phrase_rule(ctx, &phrase_rules[i]);
    if (ctx->doc->markdown)
        empty_links(ctx);
}
