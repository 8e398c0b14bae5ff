/* unit.c - shared helpers for the unit tests. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

static fl_rules *rules;

const fl_rules *unit_rules(void)
{
    if (!rules) {
        const char *env = getenv("FACTLINT_RULES");
        const char *dir = env && *env ? env : "../../rules";
        fl_buf err = {0};
        rules = fl_rules_load(&dir, 1, &err);
        if (!rules)
            cr_assert_fail("cannot load rule packs: %s", fl_buf_cstr(&err));
        fl_buf_free(&err);
    }
    return rules;
}

fl_doc *unit_doc(const char *name, const char *text)
{
    fl_doc *d = fl_doc_from_buffer(name, text, strlen(text), fl_path_is_markdown(name));
    if (fl_doc_get_status(d) == FL_DOC_OK) {
        fl_segment(d, unit_rules());
        fl_cite_extract(d, unit_rules());
    }
    return d;
}

size_t unit_join_findings(const char *ta, const char *tb)
{
    fl_claims all;
    memset(&all, 0, sizeof all);
    fl_date none = {0, 0, 0, 0, 0, 0};
    fl_doc *da = unit_doc("c/a.txt", ta), *db = unit_doc("c/b.txt", tb);
    fl_facts f;
    fl_claims_extract(da, unit_rules(), &none, 0, &all, &f);
    fl_facts_free(&f);
    const fl_knowledge *k = fl_rules_knowledge(unit_rules());
    fl_story_mark_events(&all, 0, k); /* each document's own event, as a run marks it */
    size_t from = all.len;
    fl_claims_extract(db, unit_rules(), &none, 1, &all, &f);
    fl_facts_free(&f);
    fl_story_mark_events(&all, from, k);
    fl_sink s = {0};
    fl_join_numeric(unit_rules(), &all, NULL, FL_CONFLICT_WITHIN | FL_CONFLICT_KEYED, &s);
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += s.items[i].rule == FL_RULE_NUMERIC_CONFLICT || s.items[i].rule == FL_RULE_DATE_INCONSISTENCY;
    fl_sink_free(&s);
    fl_claims_free(&all);
    fl_doc_free(da);
    fl_doc_free(db);
    return n;
}

const fl_claim *unit_find_claim(const fl_claims *c, const char *prefix)
{
    for (size_t k = 0; k < c->len; k++)
        if (strncmp(c->items[k].text, prefix, strlen(prefix)) == 0)
            return &c->items[k];
    return NULL;
}

size_t unit_count(const char *name, const char *text, int rule)
{
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(unit_rules(), &o, name, text, strlen(text), &s);
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += s.items[i].rule == rule;
    fl_sink_free(&s);
    return n;
}

char *unit_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}

fl_doc *unit_claims(const char *name, const char *text, fl_claims *out)
{
    fl_doc *d = unit_doc(name, text);
    fl_facts f;
    fl_date none = {0, 0, 0, 0, 0, 0};
    memset(out, 0, sizeof(*out));
    fl_claims_extract(d, unit_rules(), &none, 0, out, &f);
    fl_facts_free(&f);
    fl_story_mark_events(out, 0, fl_rules_knowledge(unit_rules()));
    return d;
}
