/* footnotes.c - the footnote rules over the markers and notes that extract/markers.c found: gaps and order
 * in the sequence, markers without a note, notes without a marker, markers with no notes section. */
#include "check/footnotes.h"

#include <stdlib.h>
#include <string.h>

#include "core/map.h"
#include "core/rules.h"

static int repeats_allowed(const fl_marker *m)
{
    return m->style == FL_MK_BRACKET || m->style == FL_MK_CARET;
}

/* Does the notes section have an entry numbered v ("3. Wage survey.", "[^3]: Regional budget")? */
static int note_entry(const fl_doc *d, int v)
{
    for (size_t k = 0; k < d->nentries; k++)
        if (d->entries[k].value == v)
            return 1;
    return 0;
}

/* Has every number of a..b an entry in the notes section? */
static int notes_all(const fl_doc *d, int a, int b)
{
    for (int v = a; v <= b; v++)
        if (!note_entry(d, v))
            return 0;
    return 1;
}

static void check_sequence(fl_check_ctx *ctx)
{
    fl_doc *d = ctx->doc;
    int maxv = 0;
    int minv = -1;
    for (size_t i = 0; i < d->nmarkers; i++) {
        int v = d->markers[i].value;
        if (v > maxv)
            maxv = v;
        if (v >= 0 && (minv < 0 || v < minv))
            minv = v;
    }
    if (maxv <= 0)
        return;
    /* first occurrence of each number */
    size_t *first = fl_xmalloc(((size_t)maxv + 1) * sizeof(size_t));
    for (int v = 0; v <= maxv; v++)
        first[v] = SIZE_MAX;
    int seen_max = 0;
    size_t seen_max_at = 0;
    for (size_t i = 0; i < d->nmarkers; i++) {
        const fl_marker *m = &d->markers[i];
        if (m->value < 0)
            continue;
        if (first[m->value] != SIZE_MAX) {
            if (!repeats_allowed(m) && !(i > 0 && d->markers[i - 1].start == m->start)) {
                fl_diag *dg = fl_report(ctx, FL_RULE_FOOTNOTE_ORDER, m->start, m->end,
                                        "footnote marker %d is used again", m->value);
                const fl_marker *f = &d->markers[first[m->value]];
                fl_report_related(ctx, dg, f->start, f->end, "footnote marker %d first used here", m->value);
            }
            continue;
        }
        first[m->value] = i;
        if (m->value < seen_max) {
            fl_diag *dg = fl_report(ctx, FL_RULE_FOOTNOTE_ORDER, m->start, m->end,
                                    "footnote marker %d comes after marker %d", m->value, seen_max);
            const fl_marker *f = &d->markers[seen_max_at];
            fl_report_related(ctx, dg, f->start, f->end, "footnote marker %d is here", seen_max);
        } else {
            seen_max = m->value;
            seen_max_at = i;
        }
    }
    /* gaps: runs of numbers never used, between the first (or 1) and the last; not a run whose notes are all
     * there when the marker after it has none ("[^1] [^2] [^4]" over notes 1, 2, 3): that marker is the one whose
     * number is wrong, which footnote-undefined reports, not a note left out */
    int lo = minv <= 5 ? 1 : minv;
    int v = lo;
    while (v <= maxv) {
        if (first[v] != SIZE_MAX) {
            v++;
            continue;
        }
        int a = v;
        while (v <= maxv && first[v] == SIZE_MAX)
            v++;
        int b = v - 1; /* missing run a..b; v is the next used number */
        const fl_marker *after = &d->markers[first[v]];
        if (!note_entry(d, v) && notes_all(d, a, b))
            continue;
        fl_diag *dg;
        fl_buf what = {0};
        if (a == b)
            fl_buf_printf(&what, "footnote %d is missing", a);
        else
            fl_buf_printf(&what, "footnotes %d-%d are missing", a, b);
        if (a > 1)
            dg = fl_report(ctx, FL_RULE_FOOTNOTE_GAP, after->start, after->end, "%s: %d is followed by %d",
                           fl_buf_cstr(&what), a - 1, v);
        else
            dg = fl_report(ctx, FL_RULE_FOOTNOTE_GAP, after->start, after->end, "%s: the first footnote is %d",
                           fl_buf_cstr(&what), v);
        fl_buf_free(&what);
        if (a > 1) {
            int p = a - 1;
            while (p > 0 && first[p] == SIZE_MAX)
                p--;
            if (p > 0)
                fl_report_related(ctx, dg, d->markers[first[p]].start, d->markers[first[p]].end, "footnote %d is here",
                                  p);
        }
    }
    free(first);
}

/* Markdown footnote labels: the markers' and the definitions' (1 where a label is present), in hash maps,
 * so that a document of many labels is checked in linear time, not by a scan per label. */
static void label_set(fl_map *m, const fl_marker *arr, size_t n)
{
    fl_map_init(m, 0);
    for (size_t k = 0; k < n; k++)
        if (arr[k].label)
            fl_map_set(m, arr[k].label, strlen(arr[k].label), 1);
}

static void check_definitions(fl_check_ctx *ctx)
{
    fl_doc *d = ctx->doc;
    unsigned char has_entry[FL_MAX_NOTE] = {0}, has_marker[FL_MAX_NOTE] = {0};
    fl_map defined, referenced, reported;
    label_set(&defined, d->entries, d->nentries);
    label_set(&referenced, d->markers, d->nmarkers);
    fl_map_init(&reported, 0);
    for (size_t k = 0; k < d->nentries; k++)
        if (!d->entries[k].label && d->entries[k].value >= 0)
            has_entry[d->entries[k].value] = 1;
    for (size_t i = 0; i < d->nmarkers; i++) {
        const fl_marker *m = &d->markers[i];
        if (m->label) {
            size_t n = strlen(m->label);
            /* the first marker of a label only */
            if (fl_map_get(&reported, m->label, n) < 0) {
                fl_map_set(&reported, m->label, n, 1);
                if (fl_map_get(&defined, m->label, n) < 0)
                    fl_report(ctx, FL_RULE_FOOTNOTE_UNDEFINED, m->start, m->end, "footnote [^%s] has no definition",
                              m->label);
            }
            continue;
        }
        if (has_marker[m->value])
            continue;
        has_marker[m->value] = 1;
        if (!has_entry[m->value])
            fl_report(ctx, FL_RULE_FOOTNOTE_UNDEFINED, m->start, m->end,
                      "footnote marker %d has no entry in the notes section", m->value);
    }
    for (size_t k = 0; k < d->nentries; k++) {
        const fl_marker *e = &d->entries[k];
        if (e->label) {
            if (fl_map_get(&referenced, e->label, strlen(e->label)) < 0)
                fl_report(ctx, FL_RULE_FOOTNOTE_UNUSED, e->start, e->end, "footnote [^%s] is never referenced",
                          e->label);
        } else if (e->value >= 0 && !has_marker[e->value])
            fl_report(ctx, FL_RULE_FOOTNOTE_UNUSED, e->start, e->end, "note %d is never referenced", e->value);
    }
    fl_map_free(&defined);
    fl_map_free(&referenced);
    fl_map_free(&reported);
}

void fl_check_footnotes(fl_check_ctx *ctx)
{
    fl_doc *d = ctx->doc;
    if (d->nmarkers == 0) {
        /* a numbered list with no markers is a bibliography; only Markdown definitions need a reference */
        for (size_t k = 0; k < d->nentries; k++)
            if (d->entries[k].label)
                fl_report(ctx, FL_RULE_FOOTNOTE_UNUSED, d->entries[k].start, d->entries[k].end,
                          "footnote [^%s] is never referenced", d->entries[k].label);
        return;
    }
    check_sequence(ctx);
    if (!d->has_notes) {
        int lo = -1, hi = -1;
        for (size_t i = 0; i < d->nmarkers; i++) {
            int v = d->markers[i].value;
            if (v >= 0 && (lo < 0 || v < lo))
                lo = v;
            if (v > hi)
                hi = v;
        }
        const fl_marker *m = &d->markers[0];
        if (lo >= 0 && hi > lo)
            fl_report(ctx, FL_RULE_FOOTNOTE_NO_NOTES, m->start, m->end,
                      "%zu footnote markers (%d-%d) but no notes section", d->nmarkers, lo, hi);
        else
            fl_report(ctx, FL_RULE_FOOTNOTE_NO_NOTES, m->start, m->end, "%zu footnote marker%s but no notes section",
                      d->nmarkers, d->nmarkers == 1 ? "" : "s");
        return;
    }
    if (d->nentries == 0)
        return; /* a notes heading whose entries are not numbered: nothing to match markers against */
    check_definitions(ctx);
}
