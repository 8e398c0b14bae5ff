/* lexicon.c - loads the syntax layer: the tagger's model and rules/syntax/lexicon.json, the word classes the
 * chunker reads beyond tags. */
#include "syntax/syntax_int.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lexicon's classes: key and bit (negation_suffixes is read apart, as endings). */
static const struct {
    const char *key;
    int bit;
} classes[] = {
    {"passive_auxiliaries", FL_LEX_BE},
    {"future_modals", FL_LEX_FUTURE},
    {"negations", FL_LEX_NEG},
    {"clause_prepositions", FL_LEX_CLAUSE_PREP},
    {"agent_prepositions", FL_LEX_AGENT},
    {"noun_prepositions", FL_LEX_NOUN_PREP},
    {"clause_breaks", FL_LEX_BREAK},
    {"spaced_breaks", FL_LEX_SPACED_BREAK},
    {"quotes", FL_LEX_QUOTE},
    {"commas", FL_LEX_COMMA},
    {"time_adjectives", FL_LEX_TIME_ADJ},
    {"number_verbs", FL_LEX_NUMBER_VERB},
    {"relative_pronouns", FL_LEX_RELATIVE},
    {"adverbs", FL_LEX_ADVERB},
    {"clock_suffixes", FL_LEX_CLOCK_SUFFIX},
    {"relative_days", FL_LEX_DAY},
    {"nouns", FL_LEX_NOUN},
    {"indefinite_articles", FL_LEX_INDEFINITE},
    {"time_nouns", FL_LEX_TIME_NOUN},
    {"present_verbs", FL_LEX_VERB},
};
static const char suffix_key[] = "negation_suffixes";

int fl_syntax_lex(const fl_syntax *sx, fl_str w)
{
    int v = fl_map_get(&sx->lex, w.ptr, w.len);
    return v < 0 ? 0 : v;
}

static int load_list(fl_syntax *sx, const cJSON *arr, int bit, const char *path, fl_buf *err)
{
    if (!cJSON_IsArray(arr))
        return fl_fail(err, path, "\"%s\" must be an array of strings", arr->string);
    const cJSON *e;
    cJSON_ArrayForEach (e, arr) {
        if (!cJSON_IsString(e) || !*e->valuestring)
            return fl_fail(err, path, "\"%s\" must hold non-empty strings", arr->string);
        size_t n = strlen(e->valuestring);
        if (bit == 0) {
            sx->neg_suffix = fl_xrealloc(sx->neg_suffix, (sx->nneg_suffix + 1) * sizeof *sx->neg_suffix);
            sx->neg_suffix[sx->nneg_suffix++] = fl_xstrdup(e->valuestring);
            continue;
        }
        int old = fl_map_get(&sx->lex, e->valuestring, n);
        fl_map_set(&sx->lex, e->valuestring, n, (old < 0 ? 0 : old) | bit);
    }
    return 0;
}

int fl_syntax_load_lexicon(fl_syntax *sx, const char *path, fl_buf *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return fl_fail(err, path, "cannot open: %s", strerror(errno));
    fl_buf b = {0};
    char chunk[8192];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        fl_buf_put(&b, chunk, k);
    fclose(f);
    cJSON *root = cJSON_ParseWithLength(fl_buf_cstr(&b), b.len);
    fl_buf_free(&b);
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return fl_fail(err, path, "malformed JSON (expected an object of word lists)");
    }
    int rc = 0;
    const cJSON *sec;
    cJSON_ArrayForEach (sec, root) {
        if (strcmp(sec->string, "format") == 0) {
            if (!cJSON_IsNumber(sec) || sec->valueint != 1)
                rc = fl_fail(err, path, "\"format\" must be 1");
        } else if (strcmp(sec->string, "description") == 0) {
            continue;
        } else if (strcmp(sec->string, suffix_key) == 0) {
            rc = load_list(sx, sec, 0, path, err);
        } else {
            size_t i = 0;
            while (i < sizeof classes / sizeof classes[0] && strcmp(classes[i].key, sec->string) != 0)
                i++;
            if (i == sizeof classes / sizeof classes[0])
                rc = fl_fail(err, path, "unknown word class \"%s\"", sec->string);
            else
                rc = load_list(sx, sec, classes[i].bit, path, err);
        }
        if (rc)
            break;
    }
    cJSON_Delete(root);
    return rc;
}

fl_syntax *fl_syntax_load(const char *rules_dir, fl_buf *err)
{
    fl_syntax *sx = fl_xcalloc(1, sizeof *sx);
    fl_map_init(&sx->lex, 1);
    size_t dl = strlen(rules_dir);
    const char *sep = dl && rules_dir[dl - 1] == '/' ? "" : "/";
    char *model = fl_xasprintf("%s%ssyntax/pos-model.tsv", rules_dir, sep);
    char *lexicon = fl_xasprintf("%s%ssyntax/lexicon.json", rules_dir, sep);
    int rc = fl_syntax_load_model(sx, model, err);
    if (rc == 0)
        rc = fl_syntax_load_lexicon(sx, lexicon, err);
    free(model);
    free(lexicon);
    if (rc) {
        fl_syntax_free(sx);
        return NULL;
    }
    return sx;
}

void fl_syntax_free(fl_syntax *sx)
{
    if (!sx)
        return;
    free(sx->feat);
    free(sx->dict);
    free(sx->wtag);
    free(sx->wval);
    fl_map_free(&sx->lex);
    for (size_t i = 0; i < sx->nneg_suffix; i++)
        free(sx->neg_suffix[i]);
    free(sx->neg_suffix);
    free(sx);
}
