/* bench.c - `make tagger-bench`: the C tagger's accuracy on the held-out Brown sentences that
 * tests/tagger/train.py wrote (it must equal train.py's own figure, which checks that both compute the same
 * features), and the throughput of tokenizing and tagging, and of tokenizing, tagging and chunking.
 * Usage: tagger-bench RULES_DIR HELDOUT_TSV
 *        tagger-bench RULES_DIR --show < sentences   (prints each line's tags, chunks and clauses) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "syntax/syntax.h"
#include "doc/tokens.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine may be shared */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One line per sentence: word/TAG with [ ] around NPs, < > around verb groups and |c| before each token
 * that starts another clause; then each clause's kind, subject and verb. */
static int show(const fl_syntax *sx)
{
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strcspn(line, "\n");
        fl_token *toks;
        size_t n = fl_tokenize_text(line, 0, len, &toks);
        fl_str *w = malloc((n ? n : 1) * sizeof *w);
        fl_syntax_words(line, toks, n, w);
        fl_parse *p = fl_syntax_parse(sx, w, n);
        for (size_t i = 0; i < n; i++) {
            if (i > 0 && p->clause_of[i] != p->clause_of[i - 1])
                printf("|%d| ", p->clause_of[i]);
            int np = p->np_of[i], vg = p->vg_of[i];
            if (np >= 0 && p->nps[np].start == i)
                printf("[");
            if (vg >= 0 && p->vgs[vg].start == i)
                printf("<");
            printf("%.*s/%s", (int)w[i].len, w[i].ptr, fl_tag_name(p->tags[i]));
            if (vg >= 0 && p->vgs[vg].end == i + 1)
                printf(">");
            if (np >= 0 && p->nps[np].end == i + 1)
                printf("]");
            printf(" ");
        }
        printf("\n");
        for (size_t c = 0; c < p->nclause; c++) {
            int subj = fl_parse_subject(p, (int)c), v = fl_parse_verb(p, (int)c);
            printf("  clause %zu kind %d parent %d: subject %.*s, verb %.*s\n", c, p->clauses[c].kind,
                   p->clauses[c].parent, subj >= 0 ? (int)w[p->nps[subj].head].len : 1,
                   subj >= 0 ? w[p->nps[subj].head].ptr : "-", v >= 0 ? (int)w[p->vgs[v].head].len : 1,
                   v >= 0 ? w[p->vgs[v].head].ptr : "-");
        }
        fl_parse_free(p);
        free(w);
        free(toks);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: tagger-bench RULES_DIR HELDOUT_TSV\n");
        return 2;
    }
    fl_buf err = {0};
    double t0 = now();
    fl_syntax *sx = fl_syntax_load(argv[1], &err);
    if (!sx) {
        fprintf(stderr, "tagger-bench: %s\n", fl_buf_cstr(&err));
        return 1;
    }
    double tload = now() - t0;
    if (strcmp(argv[2], "--show") == 0) {
        int rc = show(sx);
        fl_syntax_free(sx);
        return rc;
    }
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        fl_syntax_free(sx);
        fprintf(stderr, "tagger-bench: cannot open %s (run make tagger-model)\n", argv[2]);
        return 1;
    }
    /* gold sentences: words and tags; and the same sentences as text, one per line */
    fl_buf text = {0};
    fl_str *words = NULL;
    uint8_t *gold = NULL, *tags = NULL;
    size_t n = 0, cap = 0, ntok = 0, ok = 0, ncap = 0, okcap = 0, nnum = 0, oknum = 0;
    char **owned = NULL;
    char line[4096];
    int more = 1;
    while (more) {
        more = fgets(line, sizeof line, f) != NULL;
        size_t len = more ? strcspn(line, "\n") : 0;
        if (len == 0) {
            if (n) {
                fl_syntax_tag(sx, words, n, tags);
                for (size_t i = 0; i < n; i++) {
                    int good = tags[i] == gold[i];
                    ntok++;
                    ok += good;
                    if (words[i].ptr[0] >= 'A' && words[i].ptr[0] <= 'Z') {
                        ncap++;
                        okcap += good;
                    }
                    if (words[i].ptr[0] >= '0' && words[i].ptr[0] <= '9') {
                        nnum++;
                        oknum += good;
                    }
                    fl_buf_put(&text, words[i].ptr, words[i].len);
                    fl_buf_putc(&text, i + 1 < n ? ' ' : '\n');
                    free(owned[i]);
                }
            }
            n = 0;
            continue;
        }
        line[len] = 0;
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = 0;
        int g = -1;
        for (int t = 0; t < FL_TAG_COUNT; t++)
            if (strcmp(fl_tag_name(t), tab + 1) == 0)
                g = t;
        if (n + 1 > cap) {
            cap = cap ? 2 * cap : 256;
            words = realloc(words, cap * sizeof *words);
            gold = realloc(gold, cap);
            tags = realloc(tags, cap);
            owned = realloc(owned, cap * sizeof *owned);
        }
        owned[n] = strdup(line);
        words[n].ptr = owned[n];
        words[n].len = strlen(line);
        gold[n] = (uint8_t)g;
        n++;
    }
    fclose(f);
    printf("tagger-bench: model loaded in %.0f ms\n", tload * 1000);
    printf("tagger-bench: held-out accuracy %.4f on %zu tokens; capitalised %.4f (%zu); numbers %.4f (%zu)\n",
           (double)ok / (double)ntok, ntok, (double)okcap / (double)(ncap ? ncap : 1), ncap,
           (double)oknum / (double)(nnum ? nnum : 1), nnum);

    /* throughput: the text, line by line, tokenized and tagged (and parsed), best of 5, in CPU seconds */
    const char *s = fl_buf_cstr(&text);
    for (int mode = 0; mode < 2; mode++) {
        double best = 1e9;
        size_t tokens = 0;
        for (int rep = 0; rep < 5; rep++) {
            double a = now();
            size_t i = 0;
            tokens = 0;
            while (i < text.len) {
                size_t e = fl_line_end(s, text.len, i);
                fl_token *toks;
                size_t m = fl_tokenize_text(s, i, e, &toks);
                fl_str *w = malloc((m ? m : 1) * sizeof *w);
                fl_syntax_words(s, toks, m, w);
                if (mode == 0) {
                    uint8_t *tg = malloc(m ? m : 1);
                    fl_syntax_tag(sx, w, m, tg);
                    free(tg);
                } else {
                    fl_parse_free(fl_syntax_parse(sx, w, m));
                }
                free(w);
                free(toks);
                tokens += m;
                i = fl_next_line(s, text.len, i);
            }
            double d = now() - a;
            if (d < best)
                best = d;
        }
        printf("tagger-bench: %s %.2f MB in %.3f s: %.1f MB/s, %.0f tokens/s (one core)\n",
               mode == 0 ? "tokenize+tag      " : "tokenize+tag+parse", (double)text.len / 1e6, best,
               (double)text.len / 1e6 / best, (double)tokens / best);
    }
    free(words);
    free(gold);
    free(tags);
    free(owned);
    fl_buf_free(&text);
    fl_syntax_free(sx);
    return 0;
}
