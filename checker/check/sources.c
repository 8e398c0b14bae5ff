/* sources.c - phrase rules. The phrases are data (pattern sets of the rule packs); this file only runs each set
 * over the masked text, skips what a quoted speaker says (their words, not the article's sourcing), merges
 * several sourcing phrases of one sentence into one diagnostic, and words the message. */
#include "check/sources.h"

#include <stdlib.h>
#include <string.h>

#include "core/rules.h"

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
    int in_quotes;       /* report phrases inside a direct quote too (otherwise they are the speaker's) */
    int merge;           /* several phrases of one sentence make one diagnostic */
    const char *message; /* default template */
} phrase_rule;

static const phrase_rule phrase_rules[] = {
    {"vague-source", FL_RULE_VAGUE_SOURCE, 0, 1, "vague attribution \"{match}\": say who, or cite the study"},
    {"anonymous-source", FL_RULE_ANONYMOUS_SOURCE, 0, 1, "anonymous source \"{match}\""},
    {"source-placeholder", FL_RULE_SOURCE_PLACEHOLDER, 1, 0, "placeholder instead of a source: \"{match}\""},
};

typedef struct {
    size_t start, end;
} span;

/* Reports matches[first, last) of one sentence: the message names the first phrase and, right after it,
 * the others ("a European official briefed on the talks" … "on condition of anonymity"). */
static void report_group(fl_check_ctx *ctx, const phrase_rule *pr, const fl_patterns *ps, const fl_match *ms, size_t n)
{
    fl_doc *d = ctx->doc;
    fl_buf first = {0}, msg = {0};
    fl_excerpt(&first, d, ms[0].start, ms[0].end, EXCERPT_MAX);
    const char *tmpl = fl_patterns_message(ps, ms[0].entry);
    expand(&msg, tmpl ? tmpl : pr->message, fl_buf_cstr(&first));
    if (n > 1) {
        fl_buf extra = {0};
        for (size_t i = 1; i < n; i++) {
            fl_buf_puts(&extra, " \xE2\x80\xA6 \"");
            fl_excerpt(&extra, d, ms[i].start, ms[i].end, EXCERPT_MAX);
            fl_buf_puts(&extra, "\"");
        }
        fl_buf quoted = {0};
        fl_buf_printf(&quoted, "\"%s\"", fl_buf_cstr(&first));
        const char *at = strstr(fl_buf_cstr(&msg), fl_buf_cstr(&quoted));
        fl_buf out = {0};
        if (at) {
            size_t cut = (size_t)(at - msg.ptr) + quoted.len;
            fl_buf_put(&out, msg.ptr, cut);
            fl_buf_puts(&out, fl_buf_cstr(&extra));
            fl_buf_puts(&out, msg.ptr + cut);
        } else
            fl_buf_printf(&out, "%s (also%s)", fl_buf_cstr(&msg), fl_buf_cstr(&extra));
        fl_buf_free(&msg);
        msg = out;
        fl_buf_free(&extra);
        fl_buf_free(&quoted);
    }
    fl_report(ctx, pr->rule, ms[0].start, ms[0].end, "%s", fl_buf_cstr(&msg));
    fl_buf_free(&first);
    fl_buf_free(&msg);
}

static int overlaps(const span *sp, size_t n, size_t start, size_t end)
{
    for (size_t i = 0; i < n; i++)
        if (start < sp[i].end && sp[i].start < end)
            return 1;
    return 0;
}

/* Is [start, end) a bracketed text that the raw document follows with a link target or a reference label
 * ("[Source link](https://...)", "[link][1]")? Markdown masks the target, so the pattern cannot see it; the
 * text of a link is not a placeholder (an empty target is reported by empty_links). */
static int is_link_text(const fl_doc *d, size_t start, size_t end)
{
    return end > start && end < d->len && d->raw[end - 1] == ']' && (d->raw[end] == '(' || d->raw[end] == '[');
}

/* Reports the matches all[0..n) (owned) of one phrase rule's set; those overlapping a span of skip (already
 * reported) and, for placeholders, the texts of links are left out. */
static void run_phrase_rule(fl_check_ctx *ctx, const phrase_rule *pr, fl_match *all, size_t n, const span *skip,
                            size_t nskip)
{
    fl_doc *d = ctx->doc;
    const fl_patterns *ps = fl_rules_patterns(ctx->rules, pr->category);
    for (size_t i = 0; i < n; i++) {
        all[i].start += d->start;
        all[i].end += d->start;
    }
    /* keep the matches that count, in place */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!pr->in_quotes && fl_doc_in_quote(d, all[i].start))
            continue;
        if (nskip && overlaps(skip, nskip, all[i].start, all[i].end))
            continue;
        if (pr->rule == FL_RULE_SOURCE_PLACEHOLDER && is_link_text(d, all[i].start, all[i].end))
            continue;
        all[k++] = all[i];
    }
    for (size_t i = 0; i < k;) {
        size_t j = i + 1;
        if (pr->merge) {
            size_t sent = fl_doc_sentence_of(d, all[i].start);
            while (j < k && sent != d->nsent && fl_doc_sentence_of(d, all[j].start) == sent)
                j++;
        }
        report_group(ctx, pr, ps, all + i, j - i);
        i = j;
    }
    free(all);
}

/* Markdown links whose target is empty or "#": [Source]() [link](#). Their spans go to *out. */
static size_t empty_links(fl_check_ctx *ctx, span **out)
{
    size_t n = 0, cap = 0;
    *out = NULL;
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
        FL_GROW(*out, cap, n + 1);
        (*out)[n].start = a - 1;
        (*out)[n++].end = j + 1;
    }
    return n;
}

/* When the scan spent its match budget in set ps (the rest of the document was not matched), says so at the
 * line of the last limit hit, naming the pack file and the pattern: a resource limit is never silent. */
static int report_spent(fl_check_ctx *ctx, const fl_patterns *ps, const phrase_rule *pr)
{
    fl_doc *d = ctx->doc;
    const fl_patterns *set;
    size_t entry, at;
    const char *text = d->text + d->start;
    size_t len = d->len - d->start;
    if (!fl_matcher_spent(ctx->matcher, text, len, &set, &entry, &at) || set != ps)
        return 0;
    const char *nl = at < len ? memchr(text + at, '\n', len - at) : NULL;
    size_t end = nl ? (size_t)(nl - text) : len;
    fl_report(ctx, pr->rule, d->start + at, d->start + (end > at ? end : at),
              "pattern \"%s\" (regex \"%s\") of rule pack %s hit the regex match limit %d times; the sourcing "
              "patterns were not matched from here to the end of the file",
              fl_patterns_id(ps, entry), fl_patterns_regex(ps, entry), fl_patterns_pack(ps, entry),
              fl_matcher_budget());
    return 1;
}

void fl_check_sources(fl_check_ctx *ctx)
{
    enum { NRULES = sizeof(phrase_rules) / sizeof(phrase_rules[0]) };
    fl_doc *d = ctx->doc;
    span *links = NULL;
    size_t nlinks = d->markdown ? empty_links(ctx, &links) : 0;
    /* the sets of the rules that are on, scanned together (one pass over the text); the subject starts after
     * a BOM, so ^ matches at the first character */
    const fl_patterns *sets[NRULES];
    const phrase_rule *rules[NRULES];
    fl_match *found[NRULES];
    size_t nfound[NRULES], n = 0;
    for (size_t i = 0; i < NRULES; i++)
        if (fl_rule_on(ctx, phrase_rules[i].rule)) {
            rules[n] = &phrase_rules[i];
            sets[n++] = fl_rules_patterns(ctx->rules, phrase_rules[i].category);
        }
    if (n)
        fl_patterns_scan_sets(sets, n, ctx->matcher, d->text + d->start, d->len - d->start, 0, found, nfound);
    for (size_t i = 0; i < n; i++)
        run_phrase_rule(ctx, rules[i], found[i], nfound[i], links,
                        rules[i]->rule == FL_RULE_SOURCE_PLACEHOLDER ? nlinks : 0);
    free(links);
    for (size_t i = 0; n && i < n; i++)
        if (report_spent(ctx, sets[i], rules[i]))
            break;
}
