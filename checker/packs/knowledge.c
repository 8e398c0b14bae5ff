/* knowledge.c - loading the knowledge sections of the rule packs into phrase tables. */
#include "packs/knowledge.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- phrase tables ---- */

/* Writes the normalised form of tokens [i, i + k) of text into out (single spaces, ’ as '); returns its
 * length, or 0 when it does not fit in cap. */
static size_t join_into(char *out, size_t cap, const char *text, const fl_token *t, size_t i, size_t k, int fold)
{
    size_t n = 0;
    for (size_t x = i; x < i + k; x++) {
        if (x > i) {
            if (n + 1 >= cap)
                return 0;
            out[n++] = ' ';
        }
        for (size_t j = t[x].start; j < t[x].end; j++) {
            if (n + 1 >= cap)
                return 0;
            if ((unsigned char)text[j] == 0xE2 && j + 2 < t[x].end && (unsigned char)text[j + 1] == 0x80 &&
                (unsigned char)text[j + 2] == 0x99) {
                out[n++] = '\'';
                j += 2;
            } else
                out[n++] = fold ? (char)fl_ascii_lower((unsigned char)text[j]) : text[j];
        }
    }
    return n;
}

enum { MAX_PHRASE = 256, MAX_WORDS = 255 };

/* The hash of a phrase from its words' hashes. */
static uint32_t phrase_mix(uint32_t h, uint32_t word)
{
    h = (h ^ word) * 0x9E3779B1u;
    return h ^ (h >> 16);
}

static void phrases_init(fl_phrases *p, int fold)
{
    memset(p, 0, sizeof *p);
    p->fold = fold;
}

static void phrases_free(fl_phrases *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->items[i].key);
        free(p->items[i].whash);
    }
    free(p->items);
    free(p->slots);
    free(p->longest);
    free(p->prefixes);
    memset(p, 0, sizeof *p);
}

/* The bit of a phrase-prefix hash in p->prefixes (nlongest bytes). */
static size_t prefix_bit(const fl_phrases *p, uint32_t h)
{
    return (size_t)(h * 0x85EBCA6Bu >> 7) & (p->nlongest * 8 - 1);
}

/* Sets the prefix bits of the phrase with word hashes w[0..n). */
static void add_prefixes(fl_phrases *p, const uint32_t *w, size_t n)
{
    uint32_t h = w[0];
    for (size_t k = 1; k <= n; k++) {
        if (k > 1)
            h = phrase_mix(h, w[k - 1]);
        size_t b = prefix_bit(p, h);
        p->prefixes[b >> 3] |= (uint8_t)(1u << (b & 7));
    }
}

/* Rebuilds the hash slots and the longest-phrase table for the current items. */
static void phrases_index(fl_phrases *p, size_t nslots, size_t nlongest)
{
    free(p->slots);
    free(p->longest);
    free(p->prefixes);
    p->nslots = nslots;
    p->nlongest = nlongest;
    p->slots = fl_xcalloc(2 * nslots, sizeof(uint32_t));
    p->longest = fl_xcalloc(nlongest, 1);
    p->prefixes = fl_xcalloc(nlongest, 1);
    for (size_t i = 0; i < p->n; i++) {
        size_t k = p->items[i].hash & (nslots - 1);
        while (p->slots[2 * k + 1])
            k = (k + 1) & (nslots - 1);
        p->slots[2 * k] = p->items[i].hash;
        p->slots[2 * k + 1] = (uint32_t)i + 1;
        uint8_t *l = &p->longest[p->items[i].first & (nlongest - 1)];
        if (*l < p->items[i].words)
            *l = (uint8_t)p->items[i].words;
        add_prefixes(p, p->items[i].whash, p->items[i].words);
    }
}

/* Does item e equal the tokens [i, i + k) of text, normalised as its key is? */
static int key_equals(const fl_phrases *p, const fl_phrase *e, const char *text, const fl_token *t, size_t i, size_t k)
{
    size_t pos = 0;
    for (size_t x = i; x < i + k; x++) {
        if (x > i) {
            if (pos >= e->len || e->key[pos] != ' ')
                return 0;
            pos++;
        }
        for (size_t j = t[x].start; j < t[x].end; j++) {
            char c;
            if ((unsigned char)text[j] == 0xE2 && j + 2 < t[x].end && (unsigned char)text[j + 1] == 0x80 &&
                (unsigned char)text[j + 2] == 0x99) {
                c = '\'';
                j += 2;
            } else
                c = p->fold ? (char)fl_ascii_lower((unsigned char)text[j]) : text[j];
            if (pos >= e->len || e->key[pos] != c)
                return 0;
            pos++;
        }
    }
    return pos == e->len;
}

/* The item equal to tokens [i, i + k) whose hash is h, or NULL. */
static const fl_phrase *phrases_find(const fl_phrases *p, uint32_t h, const char *text, const fl_token *t, size_t i,
                                     size_t k)
{
    for (size_t s = h & (p->nslots - 1); p->slots[2 * s + 1]; s = (s + 1) & (p->nslots - 1)) {
        if (p->slots[2 * s] != h)
            continue; /* the hash beside the index: no need to touch the item */
        const fl_phrase *e = &p->items[p->slots[2 * s + 1] - 1];
        if (key_equals(p, e, text, t, i, k))
            return e;
    }
    return NULL;
}

/* Adds phrase with val; returns 1 when it was already there (the first value is kept). */
static int phrases_add(fl_phrases *p, const char *phrase, int val)
{
    fl_token *t;
    size_t n = fl_tokenize_text(phrase, 0, strlen(phrase), &t);
    int dup = 0;
    char key[MAX_PHRASE];
    size_t len;
    if (n && n <= MAX_WORDS && (len = join_into(key, sizeof key, phrase, t, 0, n, p->fold)) > 0) {
        uint32_t h = t[0].hash;
        for (size_t x = 1; x < n; x++)
            h = phrase_mix(h, t[x].hash);
        if (p->nslots && phrases_find(p, h, phrase, t, 0, n)) {
            dup = 1;
        } else {
            if ((p->n + 1) * 2 > p->nslots)
                /* the first-word table at 4 bytes per slot (8 per phrase, at least 512): a word that starts
                 * no phrase, the answer for most tokens, rarely shares a byte with one that does */
                phrases_index(p, p->nslots ? p->nslots * 2 : 64, p->nlongest ? p->nlongest * 2 : 512);
            FL_GROW(p->items, p->cap, p->n + 1);
            fl_phrase *e = &p->items[p->n];
            e->key = fl_xstrndup(key, len);
            e->len = len;
            e->hash = h;
            e->first = t[0].hash;
            e->words = n;
            e->whash = fl_xmalloc(n * sizeof(uint32_t));
            for (size_t x = 0; x < n; x++)
                e->whash[x] = t[x].hash;
            e->val = val;
            size_t k = h & (p->nslots - 1);
            while (p->slots[2 * k + 1])
                k = (k + 1) & (p->nslots - 1);
            p->slots[2 * k] = h;
            p->slots[2 * k + 1] = (uint32_t)++p->n;
            uint8_t *l = &p->longest[e->first & (p->nlongest - 1)];
            if (*l < n)
                *l = (uint8_t)n;
            add_prefixes(p, e->whash, n);
        }
    }
    free(t);
    return dup;
}

int fl_phrases_from(const fl_phrases *p, const char *text, const fl_token *t, size_t n, size_t i, size_t *used)
{
    if (i >= n || !p->n)
        return -1;
    uint32_t h[MAX_WORDS + 1];
    h[1] = fl_token_hash(text, &t[i]);
    size_t longest = p->longest[h[1] & (p->nlongest - 1)];
    if (longest > n - i)
        longest = n - i; /* a longer phrase cannot fit in the tokens left */
    for (size_t k = 2; k <= longest; k++) {
        h[k] = phrase_mix(h[k - 1], fl_token_hash(text, &t[i + k - 1]));
        size_t b = prefix_bit(p, h[k]);
        if (!((p->prefixes[b >> 3] >> (b & 7)) & 1)) {
            longest = k - 1; /* no phrase begins with these k words */
            break;
        }
    }
    for (size_t k = longest; k >= 1; k--) {
        const fl_phrase *e = phrases_find(p, h[k], text, t, i, k);
        if (e) {
            *used = k;
            return e->val;
        }
    }
    return -1;
}

size_t fl_suffix_lemmas(const fl_knowledge *k, const char *w, size_t len, char (*out)[FL_LEMMA_MAX], size_t max)
{
    size_t n = 0;
    for (size_t s = 0; s + 2 < k->nsuffixes && n < max; s += 3) {
        size_t sl = strlen(k->suffixes[s]), el = strlen(k->suffixes[s + 2]);
        if (sl >= len || memcmp(w + len - sl, k->suffixes[s], sl) != 0 ||
            (el && (el > len - sl || memcmp(w + len - sl - el, k->suffixes[s + 2], el) != 0)))
            continue;
        snprintf(out[n++], FL_LEMMA_MAX, "%.*s%s", (int)(len - sl), w, k->suffixes[s + 1]);
    }
    return n;
}

int fl_phrases_word(const fl_phrases *p, const char *s, size_t len)
{
    if (!len || !p->n)
        return -1;
    fl_token t = {0, len, FL_TOK_WORD, 1, fl_map_hash(s, len)};
    const fl_phrase *e = phrases_find(p, t.hash, s, &t, 0, 1);
    return e ? e->val : -1;
}

int fl_phrases_string(const fl_phrases *p, const char *s)
{
    enum { PHRASE_WORDS = 8 };
    fl_token t[PHRASE_WORDS];
    size_t n = 0, i = 0, len = strlen(s), used;
    while (i < len && n < PHRASE_WORDS) {
        size_t from = i;
        while (i < len && s[i] != ' ')
            i++;
        t[n++] = (fl_token){(uint32_t)from, (uint32_t)i, FL_TOK_WORD, n > 0, 0};
        while (i < len && s[i] == ' ')
            i++;
    }
    if (i < len || !n)
        return -1;
    int v = fl_phrases_at(p, s, t, n, 0, &used);
    return v >= 0 && used == n ? v : -1;
}

int fl_event_verb_at(const fl_knowledge *k, const char *text, const fl_token *t, size_t n, size_t i, size_t *used)
{
    size_t u, j;
    int v = fl_phrases_at(&k->event_verbs, text, t, n, i, used);
    if (v < 0 || (j = i + *used) >= n || t[j].kind != FL_TOK_WORD ||
        fl_phrases_at(&k->event_verb_preps, text, t, n, j - 1, &u) < 0 || u != 1)
        return v;
    /* "came down Harlow Hill", "fell in May", "went down the stairs": the phrase's last word takes an object */
    int object = fl_phrases_at(&k->determiners, text, t, n, j, &u) >= 0 ||
                 ((unsigned char)text[t[j].start] >= 'A' && (unsigned char)text[t[j].start] <= 'Z' &&
                  fl_phrases_at(&k->weekdays, text, t, n, j, &u) < 0);
    return object ? -1 : v;
}

int fl_phrases_ending(const fl_phrases *p, const char *text, const fl_token *t, size_t n, size_t i, size_t *used)
{
    /* try every start from the farthest a phrase may reach; the longest phrase wins */
    enum { MAX_BACK = 8 };
    for (size_t k = MAX_BACK; k >= 1; k--) {
        if (k > i + 1)
            continue;
        size_t u;
        int v = fl_phrases_at(p, text, t, n, i + 1 - k, &u);
        if (v >= 0 && u == k) {
            *used = k;
            return v;
        }
    }
    return -1;
}

/* ---- loading ---- */

void fl_knowledge_init(fl_knowledge *k)
{
    memset(k, 0, sizeof(*k));
    fl_phrases *folded[] = {&k->words,           &k->multipliers,    &k->scales,
                            &k->fractions,       &k->collectives,    &k->ordinals,
                            &k->approx_suffixes, &k->unit_names,     &k->unit_prefixes,
                            &k->unit_nouns,      &k->rates,          &k->currency_names,
                            &k->percent,         &k->triggers,       &k->modalities,
                            &k->events,          &k->qualifiers,     &k->non_claims,
                            &k->clause_openers,  &k->subordinators,  &k->prepositions,
                            &k->determiners,     &k->kind_nouns,     &k->event_nouns,
                            &k->non_items,       &k->hypothetical,   &k->relatives,
                            &k->coordinators,    &k->origins,        &k->story_happenings,
                            &k->happening_nouns, &k->happen_verbs,   &k->relative,
                            &k->fraction_units,  &k->decimal_points, &k->datelines,
                            &k->copyright,       &k->story_starts,   &k->story_spans,
                            &k->anniversary,     &k->years_after,    &k->positions,
                            &k->amount_heads,    &k->recordings,     &k->contents_dims,
                            &k->margin_verbs,    &k->margin_nouns,   &k->margin_units,
                            &k->estimate_verbs,  &k->estimate_preps, &k->thing_event_verbs,
                            &k->event_things,    &k->rated_dims,     &k->multiplication_signs,
                            &k->increase,        &k->decrease,       &k->multiples,
                            &k->subtractions,    &k->differences,    &k->update_verbs};
    for (size_t i = 0; i < sizeof folded / sizeof folded[0]; i++)
        phrases_init(folded[i], 1);
    phrases_init(&k->part_of_year, 0);
    phrases_init(&k->months, 0);
    phrases_init(&k->weekdays, 0);
    phrases_init(&k->masthead_weekdays, 0);
    phrases_init(&k->clock_before, 1);
    phrases_init(&k->clock_after, 1);
    phrases_init(&k->clock_periods, 0);
    phrases_init(&k->clock_day_parts, 1);
    phrases_init(&k->clock_names, 1);
    phrases_init(&k->clock_hour_words, 1);
    phrases_init(&k->clock_oclock, 1);
    phrases_init(&k->time_zones, 0);
    phrases_init(&k->relative_days, 1);
    phrases_init(&k->relative_months, 1);
    phrases_init(&k->month_preps, 1);
    phrases_init(&k->zone_names, 0);
    phrases_init(&k->zone_places, 0);
    phrases_init(&k->local_zone, 1);
    fl_phrases *spans[] = {
        &k->states,           &k->running_spans,      &k->span_periods, &k->span_preps,    &k->span_verbs,
        &k->span_state_preps, &k->span_moments,       &k->span_ends,    &k->elapsed_words, &k->not_states,
        &k->term_verbs,       &k->term_not,           &k->term_totals,  &k->event_verbs,   &k->acts,
        &k->part_whole_words, &k->not_event_object_of};
    for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++)
        phrases_init(spans[i], 1);
    fl_phrases *open[] = {&k->pred_words,        &k->linking,         &k->existential,     &k->locatives,
                          &k->not_places,        &k->item_preds,      &k->bare_preds,      &k->possessed_preds,
                          &k->participant_preds, &k->increments,      &k->item_class_of,   &k->irregular,
                          &k->running_preds,     &k->nominals,        &k->transfer_places, &k->transfer_verbs,
                          &k->transfer_preps,    &k->activity_starts, &k->activity_ends,   &k->activities};
    for (size_t i = 0; i < sizeof open / sizeof open[0]; i++)
        phrases_init(open[i], 1);
    fl_phrases *things[] = {
        &k->possessives,    &k->generic_items,   &k->generic_counts, &k->generic_conditions, &k->intensifiers,
        &k->thing_pronouns, &k->person_pronouns, &k->company_forms,  &k->untyped_kinds,      &k->measure_axes,
        &k->measure_nouns,  &k->measure_verbs,   &k->measure_heads,  &k->measure_bores,      &k->size_classes,
        &k->opening_nouns,  &k->level_heads,     &k->level_verbs,    &k->level_neutral,      &k->opening_same,
        &k->same_thing_of,  &k->thing_state_of,  &k->severity_words, &k->other_places,       &k->agent_nouns,
        &k->agent_preds,    &k->relations,       &k->radii,          &k->person_nouns,       &k->event_anchors,
        &k->responders,     &k->equatives,       &k->approaches,     &k->rise_bases};
    for (size_t i = 0; i < sizeof things / sizeof things[0]; i++)
        phrases_init(things[i], 1);
    fl_phrases *others[] = {&k->event_verb_preps, &k->search_finds,     &k->search_context,    &k->search_find_dims,
                            &k->motion_preps,     &k->result_verbs,     &k->result_states,     &k->level_fills,
                            &k->level_usual,      &k->level_statistics, &k->level_value_preps, &k->part_counts,
                            &k->level_averages,   &k->severity_light,   &k->severity_sum_not,  &k->entry_running};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        phrases_init(others[i], 1);
    fl_phrases *reports[] = {&k->not_events,
                             &k->light_preds,
                             &k->impersonal_possessors,
                             &k->aggregates,
                             &k->reporting_nouns,
                             &k->reporting_spans,
                             &k->reporting_wholes,
                             &k->reporting_bases,
                             &k->new_entity,
                             &k->other_entity,
                             &k->open_counts,
                             &k->superseded,
                             &k->revisions,
                             &k->retractions,
                             &k->weekday_ahead,
                             &k->event_milestones,
                             &k->event_repeats,
                             &k->event_discoveries,
                             &k->event_intransitive,
                             &k->event_nominals,
                             &k->thing_milestones,
                             &k->closure_milestones,
                             &k->closure_things,
                             &k->comparisons,
                             &k->times,
                             &k->multiple_hedges,
                             &k->multiple_suffixes,
                             &k->excess,
                             &k->shortfall,
                             &k->totals,
                             &k->remainders,
                             &k->additions,
                             &k->compositions,
                             &k->add_joints,
                             &k->vote_splits,
                             &k->vote_shares,
                             &k->margin_sides};
    for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++)
        phrases_init(reports[i], 1);
    k->opening_measure = -1;
    k->relation_default = k->tally_for = k->tally_against = -1;
    phrases_init(&k->case_scales, 0);
    phrases_init(&k->unit_symbols, 0);
    phrases_init(&k->aliases, 0);
    k->approx_tolerance = 0.10;
    k->conversion_tolerance = 0.05;
}

static int add_value(fl_knowledge *k, double v)
{
    FL_GROW(k->values, k->capvalues, k->nvalues + 1);
    k->values[k->nvalues] = v;
    return (int)k->nvalues++;
}

/* {"word": number, ...} into a phrase table whose values index k->values. */
static int load_numbers_map(fl_knowledge *k, fl_phrases *p, const cJSON *obj, const char *file, const char *what,
                            fl_buf *err)
{
    if (!cJSON_IsObject(obj))
        return fl_fail(err, file, "numbers.%s must be an object of numbers", what);
    const cJSON *it;
    cJSON_ArrayForEach (it, obj) {
        if (!cJSON_IsNumber(it) || !isfinite(it->valuedouble))
            return fl_fail(err, file, "numbers.%s.\"%s\" must be a number", what, it->string);
        phrases_add(p, it->string, add_value(k, it->valuedouble));
    }
    return 0;
}

/* An array of strings, each added to p with val. */
static int load_names(fl_phrases *p, const cJSON *arr, int val, const char *file, const char *what, fl_buf *err)
{
    if (!cJSON_IsArray(arr))
        return fl_fail(err, file, "%s must be an array of strings", what);
    const cJSON *it;
    cJSON_ArrayForEach (it, arr) {
        if (!cJSON_IsString(it) || !it->valuestring[0])
            return fl_fail(err, file, "%s must hold non-empty strings", what);
        phrases_add(p, it->valuestring, val);
    }
    return 0;
}

static const char *str_field(const cJSON *o, const char *key)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(f) ? f->valuestring : NULL;
}

/* Checks that object o has only the listed keys. */
static int only_keys(const cJSON *o, const char *const *keys, const char *file, const char *what, fl_buf *err)
{
    const cJSON *f;
    cJSON_ArrayForEach (f, o) {
        int ok = 0;
        for (int i = 0; keys[i] && !ok; i++)
            ok = strcmp(keys[i], f->string) == 0;
        if (!ok)
            return fl_fail(err, file, "%s: unknown key \"%s\"", what, f->string);
    }
    return 0;
}

static int load_numbers(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"words",     "multipliers", "scales",   "case_sensitive_scales",
                                       "fractions", "collectives", "ordinals", "approximate_suffixes",
                                       NULL};
    static const char *const all[] = {"words",          "multipliers",    "scales",   "case_sensitive_scales",
                                      "fractions",      "collectives",    "ordinals", "approximate_suffixes",
                                      "fraction_units", "decimal_points", NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, all, file, "numbers", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "\"numbers\" must be an object");
    const cJSON *fu = cJSON_GetObjectItemCaseSensitive(sec, "fraction_units");
    if (fu && load_names(&k->fraction_units, fu, 1, file, "fraction_units", err) < 0)
        return -1;
    const cJSON *dp = cJSON_GetObjectItemCaseSensitive(sec, "decimal_points");
    if (dp && load_names(&k->decimal_points, dp, 1, file, "decimal_points", err) < 0)
        return -1;
    fl_phrases *dst[] = {&k->words,     &k->multipliers, &k->scales,   &k->case_scales,
                         &k->fractions, &k->collectives, &k->ordinals, &k->approx_suffixes};
    for (int i = 0; keys[i]; i++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, keys[i]);
        if (o && load_numbers_map(k, dst[i], o, file, keys[i], err) < 0)
            return -1;
    }
    return 0;
}

static int period_index(fl_knowledge *k, const char *name)
{
    for (size_t i = 0; i < k->nperiods; i++)
        if (strcmp(k->periods[i], name) == 0)
            return (int)i;
    FL_GROW(k->periods, k->capperiods, k->nperiods + 1);
    k->periods[k->nperiods] = fl_xstrdup(name);
    return (int)k->nperiods++;
}

static int load_units(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"id",          "dimension",    "factor",      "names",  "case_sensitive_names",
                                       "rate",        "prefix_names", "scale_nouns", "signed", "offset",
                                       "also_factor", "glued_names",  NULL};
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "\"units\" must be an array");
    const cJSON *u;
    cJSON_ArrayForEach (u, sec) {
        const char *id = str_field(u, "id"), *dim = str_field(u, "dimension");
        const cJSON *factor = cJSON_GetObjectItemCaseSensitive(u, "factor");
        if (!cJSON_IsObject(u) || !id || !dim || !cJSON_IsNumber(factor) || !(factor->valuedouble > 0))
            return fl_fail(err, file, "each unit needs \"id\", \"dimension\" and a positive \"factor\"%s%s",
                           id ? ": " : "", id ? id : "");
        if (only_keys(u, keys, file, id, err) < 0)
            return -1;
        const cJSON *sign = cJSON_GetObjectItemCaseSensitive(u, "signed");
        if (sign && !cJSON_IsBool(sign))
            return fl_fail(err, file, "%s: \"signed\" must be true or false", id);
        const cJSON *offset = cJSON_GetObjectItemCaseSensitive(u, "offset");
        if (offset && !cJSON_IsNumber(offset))
            return fl_fail(err, file, "%s: \"offset\" must be a number", id);
        const cJSON *also = cJSON_GetObjectItemCaseSensitive(u, "also_factor");
        if (also && (!cJSON_IsNumber(also) || !(also->valuedouble > 0)))
            return fl_fail(err, file, "%s: \"also_factor\" must be a positive number", id);
        if (k->nunits >= FL_KNOWLEDGE_MAX_INDEX || k->nperiods >= FL_KNOWLEDGE_MAX_INDEX)
            return fl_fail(err, file, "more than %d units or rate periods", FL_KNOWLEDGE_MAX_INDEX);
        FL_GROW(k->units, k->capunits, k->nunits + 1);
        fl_unit *un = &k->units[k->nunits];
        un->id = fl_xstrdup(id);
        un->dimension = fl_xstrdup(dim);
        un->factor = factor->valuedouble;
        const char *rate = str_field(u, "rate");
        un->rate = rate ? period_index(k, rate) : -1;
        un->sign = cJSON_IsTrue(sign);
        un->offset = offset ? offset->valuedouble : 0;
        un->also_factor = also ? also->valuedouble : 0;
        int idx = (int)k->nunits++;
        const cJSON *names = cJSON_GetObjectItemCaseSensitive(u, "names");
        const cJSON *syms = cJSON_GetObjectItemCaseSensitive(u, "case_sensitive_names");
        const cJSON *glued = cJSON_GetObjectItemCaseSensitive(u, "glued_names");
        const cJSON *prefixes = cJSON_GetObjectItemCaseSensitive(u, "prefix_names");
        const cJSON *nouns = cJSON_GetObjectItemCaseSensitive(u, "scale_nouns");
        if ((names && load_names(&k->unit_names, names, idx, file, id, err) < 0) ||
            (syms && load_names(&k->unit_symbols, syms, idx, file, id, err) < 0) ||
            (glued && load_names(&k->unit_glued, glued, idx, file, id, err) < 0) ||
            (prefixes && load_names(&k->unit_prefixes, prefixes, idx, file, id, err) < 0) ||
            (nouns && load_names(&k->unit_nouns, nouns, idx, file, id, err) < 0))
            return -1;
    }
    return 0;
}

static int load_rates(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    if (!cJSON_IsObject(sec))
        return fl_fail(err, file, "\"rates\" must be an object of period -> phrases");
    const cJSON *it;
    cJSON_ArrayForEach (it, sec) {
        if (k->nperiods >= FL_KNOWLEDGE_MAX_INDEX)
            return fl_fail(err, file, "more than %d rate periods", FL_KNOWLEDGE_MAX_INDEX);
        if (load_names(&k->rates, it, period_index(k, it->string), file, it->string, err) < 0)
            return -1;
    }
    return 0;
}

static int load_currencies(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"code", "symbols", "names", NULL};
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "\"currencies\" must be an array");
    const cJSON *c;
    cJSON_ArrayForEach (c, sec) {
        const char *code = str_field(c, "code");
        if (!cJSON_IsObject(c) || !code)
            return fl_fail(err, file, "each currency needs a \"code\"");
        if (only_keys(c, keys, file, code, err) < 0)
            return -1;
        if (k->ncurrencies >= FL_KNOWLEDGE_MAX_INDEX)
            return fl_fail(err, file, "more than %d currencies", FL_KNOWLEDGE_MAX_INDEX);
        FL_GROW(k->currencies, k->capcurrencies, k->ncurrencies + 1);
        k->currencies[k->ncurrencies] = fl_xstrdup(code);
        int idx = (int)k->ncurrencies++;
        const cJSON *syms = cJSON_GetObjectItemCaseSensitive(c, "symbols"), *it;
        if (syms && !cJSON_IsArray(syms))
            return fl_fail(err, file, "%s: \"symbols\" must be an array", code);
        cJSON_ArrayForEach (it, syms) {
            if (!cJSON_IsString(it) || !it->valuestring[0])
                return fl_fail(err, file, "%s: symbols must be non-empty strings", code);
            for (size_t s = 0; s < k->nsymbols; s++)
                if (strcmp(k->symbols[s], it->valuestring) == 0)
                    return fl_fail(err, file, "currency symbol \"%s\" belongs to %s and %s", it->valuestring,
                                   k->currencies[k->symbol_currency[s]], code);
            size_t cap = k->capsymbols;
            FL_GROW(k->symbols, k->capsymbols, k->nsymbols + 1);
            if (k->capsymbols != cap)
                k->symbol_currency = fl_xrealloc(k->symbol_currency, k->capsymbols * sizeof(int));
            k->symbols[k->nsymbols] = fl_xstrdup(it->valuestring);
            k->symbol_currency[k->nsymbols++] = idx;
        }
        const cJSON *names = cJSON_GetObjectItemCaseSensitive(c, "names");
        if (names && load_names(&k->currency_names, names, idx, file, code, err) < 0)
            return -1;
    }
    return 0;
}

static int load_percent(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"percent", "points", "basis_points", NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "percent", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "\"percent\" must be an object");
    for (int i = 0; keys[i]; i++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, keys[i]);
        if (o && load_names(&k->percent, o, i, file, keys[i], err) < 0)
            return -1;
    }
    return 0;
}

static int load_entities(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"id", "type", "name", "aliases", "country", NULL};
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "\"entities\" must be an array");
    const cJSON *e;
    cJSON_ArrayForEach (e, sec) {
        const char *id = str_field(e, "id"), *type = str_field(e, "type"), *name = str_field(e, "name");
        if (!cJSON_IsObject(e) || !id || !type || !name)
            return fl_fail(err, file, "each entity needs \"id\", \"type\" and \"name\"");
        if (only_keys(e, keys, file, id, err) < 0)
            return -1;
        FL_GROW(k->entities, k->capentities, k->nentities + 1);
        fl_entity *en = &k->entities[k->nentities];
        en->id = fl_xstrdup(id);
        en->type = fl_xstrdup(type);
        en->name = fl_xstrdup(name);
        const char *country = str_field(e, "country");
        en->country_id = country ? fl_xstrdup(country) : NULL; /* resolved by fl_knowledge_finish */
        en->origin = fl_xstrdup(file);
        en->country = -1;
        int idx = (int)k->nentities++;
        const cJSON *aliases = cJSON_GetObjectItemCaseSensitive(e, "aliases");
        if (aliases && load_names(&k->aliases, aliases, idx, file, id, err) < 0)
            return -1;
    }
    return 0;
}

/* The family whose id is id, or -1. */
static int metric_index(const fl_knowledge *k, const char *id)
{
    for (size_t x = 0; x < k->nmetrics; x++)
        if (strcmp(k->metrics[x].id, id) == 0)
            return (int)x;
    return -1;
}

static int load_metrics(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"id", "triggers", "direction", NULL};
    static const char *const dirs[] = {"from-to", "to-from", "between", "on", "none", NULL};
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "\"metrics\" must be an array");
    const cJSON *m;
    cJSON_ArrayForEach (m, sec) {
        const char *id = str_field(m, "id"), *dir = str_field(m, "direction");
        if (!cJSON_IsObject(m) || !id)
            return fl_fail(err, file, "each metric needs an \"id\"");
        if (only_keys(m, keys, file, id, err) < 0)
            return -1;
        int d = FL_DIR_NONE;
        if (dir) {
            for (d = 0; dirs[d] && strcmp(dirs[d], dir) != 0; d++)
                ;
            if (!dirs[d])
                return fl_fail(err, file, "%s: direction \"%s\" is not one of from-to, to-from, between, on, none", id,
                               dir);
        }
        /* an id seen before (in this pack or another) is that family: its triggers join it, a direction
         * given replaces its own; two families of one id would key alike but take different attributes */
        int idx = metric_index(k, id);
        if (idx >= 0) {
            if (dir)
                k->metrics[idx].direction = (fl_direction)d;
        } else {
            FL_GROW(k->metrics, k->capmetrics, k->nmetrics + 1);
            memset(&k->metrics[k->nmetrics], 0, sizeof(fl_metric));
            k->metrics[k->nmetrics].id = fl_xstrdup(id);
            k->metrics[k->nmetrics].join_as = (int)k->nmetrics;
            k->metrics[k->nmetrics].amount_as = -1;
            k->metrics[k->nmetrics].direction = (fl_direction)d;
            idx = (int)k->nmetrics++;
        }
        const cJSON *tr = cJSON_GetObjectItemCaseSensitive(m, "triggers");
        if (tr && load_names(&k->triggers, tr, idx, file, id, err) < 0)
            return -1;
    }
    return 0;
}

/* {"kind": [phrases], ...} where each kind is one of names (its index is the value). */
static int load_kinds(fl_phrases *p, const cJSON *sec, const char *const *names, const char *file, const char *what,
                      fl_buf *err)
{
    if (!cJSON_IsObject(sec))
        return fl_fail(err, file, "\"%s\" must be an object", what);
    const cJSON *it;
    cJSON_ArrayForEach (it, sec) {
        int i;
        for (i = 0; names[i] && strcmp(names[i], it->string) != 0; i++)
            ;
        if (!names[i])
            return fl_fail(err, file, "%s: unknown kind \"%s\"", what, it->string);
        if (load_names(p, it, i, file, it->string, err) < 0)
            return -1;
    }
    return 0;
}

static int load_events(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"year", "names", NULL};
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "\"events\" must be an array");
    const cJSON *e;
    cJSON_ArrayForEach (e, sec) {
        const cJSON *year = cJSON_GetObjectItemCaseSensitive(e, "year");
        if (!cJSON_IsObject(e) || !cJSON_IsNumber(year))
            return fl_fail(err, file, "each event needs a numeric \"year\"");
        if (only_keys(e, keys, file, "event", err) < 0)
            return -1;
        const cJSON *names = cJSON_GetObjectItemCaseSensitive(e, "names"), *it;
        if (!cJSON_IsArray(names))
            return fl_fail(err, file, "event %d: \"names\" must be an array", year->valueint);
        cJSON_ArrayForEach (it, names) {
            if (!cJSON_IsString(it))
                return fl_fail(err, file, "event %d: names must be strings", year->valueint);
            /* a leading "the" is optional: store the name without it */
            const char *n = it->valuestring;
            if (fl_ascii_ieq(n, "the ", 4))
                n += 4;
            phrases_add(&k->events, n, year->valueint);
        }
    }
    return 0;
}

static int load_named_lists(fl_phrases *p, char ***names, size_t *n, size_t *cap, const cJSON *sec, const char *file,
                            const char *what, fl_buf *err);

/* time.summer_times: name -> [[from year, start month, start Sunday, end month, end Sunday], ...], latest first. */
static int load_summer_times(fl_knowledge *k, const cJSON *o, const char *file, fl_buf *err)
{
    const char *shape = "time.summer_times.\"%s\" must be a list of [from year, start month, start Sunday (1..5 or "
                        "-1: the last), end month, end Sunday], latest first";
    if (!cJSON_IsObject(o))
        return fl_fail(err, file, "time.summer_times must be an object of name -> periods");
    const cJSON *rule, *per;
    cJSON_ArrayForEach (rule, o) {
        if (!cJSON_IsArray(rule)) /* an empty list: summer time in some years, which is not known */
            return fl_fail(err, file, shape, rule->string);
        size_t np = (size_t)cJSON_GetArraySize(rule), i = 0;
        fl_summer_period *ps = fl_xcalloc(np ? np : 1, sizeof *ps);
        cJSON_ArrayForEach (per, rule) {
            int v[5], ok = cJSON_IsArray(per) && cJSON_GetArraySize(per) == 5;
            for (int j = 0; j < 5 && ok; j++) {
                const cJSON *x = cJSON_GetArrayItem(per, j);
                ok = cJSON_IsNumber(x);
                v[j] = ok ? x->valueint : 0;
            }
            ok = ok && v[1] >= 1 && v[1] <= 12 && v[3] >= 1 && v[3] <= 12 && v[2] >= -1 && v[2] <= 5 && v[2] &&
                 v[4] >= -1 && v[4] <= 5 && v[4] && (i == 0 || v[0] < ps[i - 1].from);
            if (!ok) {
                free(ps);
                return fl_fail(err, file, shape, rule->string);
            }
            ps[i++] = (fl_summer_period){v[0], v[1], v[2], v[3], v[4]};
        }
        size_t cap = k->capsummers;
        FL_GROW(k->summers, k->capsummers, k->nsummers + 1);
        if (cap != k->capsummers) {
            k->nsummer_periods = fl_xrealloc(k->nsummer_periods, k->capsummers * sizeof(size_t));
            k->summer_names = fl_xrealloc(k->summer_names, k->capsummers * sizeof(char *));
        }
        k->summers[k->nsummers] = ps;
        k->nsummer_periods[k->nsummers] = np;
        k->summer_names[k->nsummers++] = fl_xstrdup(rule->string);
    }
    return 0;
}

/* time.zones: id -> {"offset": minutes from UTC, "summer": a summer_times rule or "", "names": [...],
 * "places": [...]}. */
static int load_zone(fl_knowledge *k, const cJSON *z, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"offset", "summer", "names", "places", NULL};
    const cJSON *off = cJSON_GetObjectItemCaseSensitive(z, "offset");
    const char *summer = str_field(z, "summer");
    if (!cJSON_IsObject(z) || only_keys(z, keys, file, z->string, err) < 0 || !cJSON_IsNumber(off) || !summer ||
        off->valueint < -720 || off->valueint > 840)
        return err->len ? -1
                        : fl_fail(err, file,
                                  "time.zones.\"%s\" needs a numeric \"offset\" (minutes from UTC) and a \"summer\" "
                                  "rule (\"\" for none)",
                                  z->string);
    int rule = -1;
    for (size_t i = 0; i < k->nsummers && summer[0] && rule < 0; i++)
        if (strcmp(k->summer_names[i], summer) == 0)
            rule = (int)i;
    if (summer[0] && rule < 0)
        return fl_fail(err, file, "time.zones.\"%s\": unknown summer_times rule \"%s\"", z->string, summer);
    FL_GROW(k->zones, k->capzones, k->nzones + 1);
    int idx = (int)k->nzones;
    k->zones[k->nzones++] = (fl_zone){fl_xstrdup(z->string), off->valueint, rule};
    const cJSON *names = cJSON_GetObjectItemCaseSensitive(z, "names"),
                *places = cJSON_GetObjectItemCaseSensitive(z, "places");
    if (names && load_names(&k->zone_names, names, idx, file, "time.zones names", err) < 0)
        return -1;
    if (places && load_names(&k->zone_places, places, idx, file, "time.zones places", err) < 0)
        return -1;
    return 0;
}

/* The time zones of time.json: summer_times, zones and local_zone. */
static int load_zones(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, "summer_times"), *z;
    if (o && load_summer_times(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "zones")) && !cJSON_IsObject(o))
        return fl_fail(err, file, "time.zones must be an object of zone id -> zone");
    cJSON_ArrayForEach (z, o)
        if (load_zone(k, z, file, err) < 0)
            return -1;
    o = cJSON_GetObjectItemCaseSensitive(sec, "local_zone");
    return o ? load_names(&k->local_zone, o, 1, file, "local_zone", err) : 0;
}

/* time.activity: the verbs of the start ("starts") and the end ("ends") of the story's own activity, and its nouns
 * by activity class ("classes": "pulse": ["pulse", "shot"]) (fl_knowledge activity_starts, activity_ends,
 * activities). */
static int load_activity(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"starts", "ends", "classes", NULL};
    if (!sec)
        return 0;
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "time.activity", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "time.activity must be an object");
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(sec, "starts"),
                *en = cJSON_GetObjectItemCaseSensitive(sec, "ends");
    const cJSON *cls = cJSON_GetObjectItemCaseSensitive(sec, "classes");
    if ((st && load_names(&k->activity_starts, st, 1, file, "activity.starts", err) < 0) ||
        (en && load_names(&k->activity_ends, en, 1, file, "activity.ends", err) < 0))
        return -1;
    return cls ? load_named_lists(&k->activities, &k->activity_classes, &k->nactivity_classes, &k->capactivity_classes,
                                  cls, file, "activity.classes", err)
               : 0;
}

/* time.story_happenings, happening_nouns, happen_verbs, story_starts and story_spans: the words of a story's moment
 * and of the start of its state (fl_knowledge). */
static int load_happenings(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const happen[] = {"story_happenings", "happening_nouns", "happen_verbs", "story_starts",
                                         "story_spans"};
    fl_phrases *dst[] = {&k->story_happenings, &k->happening_nouns, &k->happen_verbs, &k->story_starts,
                         &k->story_spans};
    for (size_t i = 0; i < sizeof happen / sizeof happen[0]; i++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, happen[i]);
        if (o && load_names(dst[i], o, 1, file, happen[i], err) < 0)
            return -1;
    }
    return load_activity(k, cJSON_GetObjectItemCaseSensitive(sec, "activity"), file, err);
}

/* claim_model.event_verb_prepositions (the last words of event verbs that may take an object: fl_event_verb_at);
 * claim_model.thing_event_verbs and claim_model.event_things: the verbs whose event class their subject tells
 * ("crashed": an outage of a system) and the subjects' head nouns, by class, in the index space of verb_classes. */
static int load_thing_events(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    const cJSON *preps = cJSON_GetObjectItemCaseSensitive(sec, "event_verb_prepositions");
    if (preps && load_names(&k->event_verb_preps, preps, 1, file, "event_verb_prepositions", err) < 0)
        return -1;
    const cJSON *verbs = cJSON_GetObjectItemCaseSensitive(sec, "thing_event_verbs");
    if (verbs && load_named_lists(&k->thing_event_verbs, &k->verb_classes, &k->nverb_classes, &k->capverb_classes,
                                  verbs, file, "thing_event_verbs", err) < 0)
        return -1;
    const cJSON *nouns = cJSON_GetObjectItemCaseSensitive(sec, "event_things");
    return nouns ? load_named_lists(&k->event_things, &k->verb_classes, &k->nverb_classes, &k->capverb_classes, nouns,
                                    file, "event_things", err)
                 : 0;
}

/* time.event_milestones and thing_milestones, and closure_milestones and closure_things: the verbs of a thing's
 * closure and reopening, and what closes. */
static int load_milestones(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    const cJSON *ms = cJSON_GetObjectItemCaseSensitive(sec, "event_milestones");
    if (ms && load_named_lists(&k->event_milestones, &k->milestone_classes, &k->nmilestone_classes,
                               &k->capmilestone_classes, ms, file, "event_milestones", err) < 0)
        return -1;
    const cJSON *things = cJSON_GetObjectItemCaseSensitive(sec, "thing_milestones");
    if (things && load_names(&k->thing_milestones, things, 1, file, "thing_milestones", err) < 0)
        return -1;
    const cJSON *cm = cJSON_GetObjectItemCaseSensitive(sec, "closure_milestones");
    if (cm && load_named_lists(&k->closure_milestones, &k->closure_classes, &k->nclosure_classes,
                               &k->capclosure_classes, cm, file, "closure_milestones", err) < 0)
        return -1;
    const cJSON *ct = cJSON_GetObjectItemCaseSensitive(sec, "closure_things");
    if (ct && load_named_lists(&k->closure_things, &k->closure_thing_classes, &k->nclosure_thing_classes,
                               &k->capclosure_thing_classes, ct, file, "closure_things", err) < 0)
        return -1;
    return 0;
}

static int load_time(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"relative_years",
                                       "datelines",
                                       "copyright",
                                       "anniversary",
                                       "years_after",
                                       "part_of_year",
                                       "months",
                                       "weekdays",
                                       "masthead_weekdays",
                                       "clock_before",
                                       "clock_after",
                                       "clock_periods",
                                       "clock_names",
                                       "clock_hour_words",
                                       "clock_oclock",
                                       "time_zones",
                                       "relative_days",
                                       "relative_months",
                                       "month_prepositions",
                                       "weekday_ahead",
                                       "clock_day_parts",
                                       "event_milestones",
                                       "event_repeats",
                                       "event_discoveries",
                                       "event_intransitive",
                                       "thing_milestones",
                                       "closure_milestones",
                                       "closure_things",
                                       "summer_times",
                                       "zones",
                                       "local_zone",
                                       "event_nominals",
                                       "story_happenings",
                                       "happening_nouns",
                                       "happen_verbs",
                                       "story_starts",
                                       "story_spans",
                                       "activity",
                                       NULL};
    static const char *const froms[] = {"document", "previous", "none", NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "time", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "\"time\" must be an object");
    const cJSON *rel = cJSON_GetObjectItemCaseSensitive(sec, "relative_years"), *it;
    if (rel && !cJSON_IsArray(rel))
        return fl_fail(err, file, "time.relative_years must be an array");
    cJSON_ArrayForEach (it, rel) {
        const char *phrase = str_field(it, "phrase"), *from = str_field(it, "from");
        const cJSON *off = cJSON_GetObjectItemCaseSensitive(it, "offset");
        int f = 0;
        while (from && froms[f] && strcmp(froms[f], from) != 0)
            f++;
        if (!phrase || !cJSON_IsNumber(off) || !from || !froms[f])
            return fl_fail(err, file,
                           "time.relative_years entries need \"phrase\", a numeric \"offset\" and \"from\" "
                           "(document, previous or none)");
        size_t cap = k->caprel;
        FL_GROW(k->rel_offset, k->caprel, k->nrel + 1);
        if (cap != k->caprel)
            k->rel_from = fl_xrealloc(k->rel_from, k->caprel * sizeof(int));
        k->rel_offset[k->nrel] = off->valueint;
        k->rel_from[k->nrel] = f;
        phrases_add(&k->relative, phrase, (int)k->nrel++);
    }
    static const char *const maps[] = {"months",          "weekdays",          "clock_before",    "clock_after",
                                       "clock_periods",   "clock_names",       "time_zones",      "relative_days",
                                       "clock_day_parts", "masthead_weekdays", "relative_months", "clock_hour_words",
                                       "clock_oclock"};
    fl_phrases *mdst[] = {&k->months,          &k->weekdays,          &k->clock_before,    &k->clock_after,
                          &k->clock_periods,   &k->clock_names,       &k->time_zones,      &k->relative_days,
                          &k->clock_day_parts, &k->masthead_weekdays, &k->relative_months, &k->clock_hour_words,
                          &k->clock_oclock};
    for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, maps[i]);
        if (!o)
            continue;
        if (!cJSON_IsObject(o))
            return fl_fail(err, file, "time.%s must be an object of name -> number", maps[i]);
        cJSON_ArrayForEach (it, o) {
            if (!cJSON_IsNumber(it))
                return fl_fail(err, file, "time.%s.\"%s\" must be a number", maps[i], it->string);
            phrases_add(mdst[i], it->string, it->valueint);
        }
    }
    fl_phrases *dst[] = {NULL, &k->datelines, &k->copyright, &k->anniversary, &k->years_after, &k->part_of_year};
    for (int i = 1; i < 6; i++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, keys[i]);
        if (o && load_names(dst[i], o, 1, file, keys[i], err) < 0)
            return -1;
    }
    const cJSON *ahead = cJSON_GetObjectItemCaseSensitive(sec, "weekday_ahead");
    if (ahead && load_names(&k->weekday_ahead, ahead, 1, file, "weekday_ahead", err) < 0)
        return -1;
    const cJSON *mp = cJSON_GetObjectItemCaseSensitive(sec, "month_prepositions");
    if (mp && load_names(&k->month_preps, mp, 1, file, "month_prepositions", err) < 0)
        return -1;
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(sec, "event_repeats");
    if (rep && load_names(&k->event_repeats, rep, 1, file, "event_repeats", err) < 0)
        return -1;
    const cJSON *disc = cJSON_GetObjectItemCaseSensitive(sec, "event_discoveries");
    if (disc && load_names(&k->event_discoveries, disc, 1, file, "event_discoveries", err) < 0)
        return -1;
    const cJSON *intr = cJSON_GetObjectItemCaseSensitive(sec, "event_intransitive");
    if (intr && load_named_lists(&k->event_intransitive, &k->verb_classes, &k->nverb_classes, &k->capverb_classes, intr,
                                 file, "event_intransitive", err) < 0)
        return -1;
    if (load_happenings(k, sec, file, err) < 0)
        return -1;
    const cJSON *nom = cJSON_GetObjectItemCaseSensitive(sec, "event_nominals");
    if (nom && load_named_lists(&k->event_nominals, &k->nominal_verbs, &k->nnominal_verbs, &k->capnominal_verbs, nom,
                                file, "event_nominals", err) < 0)
        return -1;
    if (load_milestones(k, sec, file, err) < 0)
        return -1;
    return load_zones(k, sec, file, err);
}

static int load_arithmetic(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {
        "increase",    "decrease",    "multiples",  "comparisons",       "times",     "multiple_hedges",
        "excess",      "shortfall",   "totals",     "remainders",        "additions", "compositions",
        "vote_splits", "vote_shares", "add_joints", "multiple_suffixes", "equatives", "subtractions",
        "differences", "approaches",  "rise_bases", "raise_to",          NULL};
    /* every key but "multiples" is a list of phrases */
    fl_phrases *const lists[] = {
        &k->increase,    &k->decrease,    NULL,           &k->comparisons,       &k->times,     &k->multiple_hedges,
        &k->excess,      &k->shortfall,   &k->totals,     &k->remainders,        &k->additions, &k->compositions,
        &k->vote_splits, &k->vote_shares, &k->add_joints, &k->multiple_suffixes, &k->equatives, &k->subtractions,
        &k->differences, &k->approaches,  &k->rise_bases, &k->update_verbs};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "arithmetic", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "\"arithmetic\" must be an object");
    for (size_t i = 0; keys[i]; i++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, keys[i]);
        if (o && (lists[i] ? load_names(lists[i], o, 1, file, keys[i], err)
                           : load_numbers_map(k, &k->multiples, o, file, keys[i], err)) < 0)
            return -1;
    }
    return 0;
}

/* ---- the claim model ---- */

/* What a "claim_model" section says about metrics and units, kept until fl_knowledge_finish resolves the ids
 * (the metrics and units may come from a later pack). */
typedef struct {
    char *family, *same_as, *origin;
    char *span;      /* the dimension of the span its figure accumulates over, or NULL */
    char *counts;    /* the unit a bare number of this family counts ("killed 14": persons), or NULL */
    char *as_act;    /* the act class its counts are keyed as ("layoffs": cut), or NULL */
    char *amount_as; /* the story amount family a sum of it is without known parties, or NULL */
    char **dims, **same_counts;
    size_t ndims, nsame_counts;
    int event, cumulative, settled, scoped, of_object, of_thing, acts, amounts, levels, possessed, adjacent, rates,
        story_amount, of_state, averages;
    int report_level, terms, decided;
} pending_attr;

typedef struct {
    char *unit, *item, *origin;
    int family; /* item names a metric family (unit_families), not a commodity */
} pending_item;

typedef struct {
    pending_attr *attrs;
    size_t nattrs, capattrs;
    pending_item *items;
    size_t nitems, capitems;
} pending_model;

static pending_model *pending_of(fl_knowledge *k)
{
    if (!k->pending)
        k->pending = fl_xcalloc(1, sizeof(pending_model));
    return k->pending;
}

/* {"name": [phrases], ...}: each name is appended to *names (or found there) and its phrases point to it. */
static int load_named_lists(fl_phrases *p, char ***names, size_t *n, size_t *cap, const cJSON *sec, const char *file,
                            const char *what, fl_buf *err)
{
    if (!cJSON_IsObject(sec))
        return fl_fail(err, file, "claim_model.%s must be an object of name -> phrases", what);
    const cJSON *it;
    cJSON_ArrayForEach (it, sec) {
        size_t i = 0;
        while (i < *n && strcmp((*names)[i], it->string) != 0)
            i++;
        if (i == *n) {
            FL_GROW(*names, *cap, *n + 1);
            (*names)[(*n)++] = fl_xstrdup(it->string);
        }
        if (load_names(p, it, (int)i, file, it->string, err) < 0)
            return -1;
    }
    return 0;
}

/* claim_model.general_things: general noun -> the nouns of the things it may stand for, each a lower-case word
 * ("structure": ["pier", "bridge"]), stored as pairs. */
static int load_general_things(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    if (!cJSON_IsObject(sec))
        return fl_fail(err, file, "claim_model.general_things must be an object of general noun -> nouns");
    const cJSON *it, *w;
    cJSON_ArrayForEach (it, sec) {
        if (!cJSON_IsArray(it) || !cJSON_GetArraySize(it))
            return fl_fail(err, file, "claim_model.general_things.%s must be a non-empty array of nouns", it->string);
        cJSON_ArrayForEach (w, it) {
            if (!cJSON_IsString(w) || !w->valuestring[0])
                return fl_fail(err, file, "claim_model.general_things.%s must hold nouns", it->string);
            size_t cap = k->capgeneral_things;
            FL_GROW(k->general_thing, k->capgeneral_things, k->ngeneral_things + 1);
            if (cap != k->capgeneral_things)
                k->specific_thing = fl_xrealloc(k->specific_thing, k->capgeneral_things * sizeof(char *));
            k->general_thing[k->ngeneral_things] = fl_xstrdup(it->string);
            k->specific_thing[k->ngeneral_things++] = fl_xstrdup(w->valuestring);
        }
    }
    return 0;
}

/* claim_model.measured_acts: act class -> the dimensions ("length", "mass") of the measures its figure may be,
 * or "dimension=class", a measure of that dimension keyed as another class's (a cargo: "mass=carry"); each class
 * must be one of "acts" (of this pack or one loaded before). Stored as "class dimension[=class]". */
static int load_measured_acts(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    if (!cJSON_IsObject(sec))
        return fl_fail(err, file, "claim_model.measured_acts must be an object of act class -> dimensions");
    const cJSON *it, *d;
    cJSON_ArrayForEach (it, sec) {
        size_t i = 0;
        while (i < k->nact_classes && strcmp(k->act_classes[i], it->string) != 0)
            i++;
        if (i == k->nact_classes)
            return fl_fail(err, file, "claim_model.measured_acts: \"%s\" is no class of claim_model.acts", it->string);
        if (!cJSON_IsArray(it) || !cJSON_GetArraySize(it))
            return fl_fail(err, file, "claim_model.measured_acts.%s must be a non-empty array of dimensions",
                           it->string);
        cJSON_ArrayForEach (d, it) {
            if (!cJSON_IsString(d) || !d->valuestring[0] || strchr(d->valuestring, ' '))
                return fl_fail(err, file, "claim_model.measured_acts.%s must hold dimensions (one word each)",
                               it->string);
            const char *eq = strchr(d->valuestring, '=');
            size_t j = 0;
            while (eq && j < k->nact_classes && strcmp(k->act_classes[j], eq + 1) != 0)
                j++;
            if (eq && (eq == d->valuestring || j == k->nact_classes))
                return fl_fail(err, file,
                               "claim_model.measured_acts.%s: \"%s\" must be dimension=class of "
                               "claim_model.acts",
                               it->string, d->valuestring);
            fl_buf b = {0};
            fl_buf_printf(&b, "%s %s", it->string, d->valuestring);
            FL_GROW(k->measured_acts, k->capmeasured_acts, k->nmeasured_acts + 1);
            k->measured_acts[k->nmeasured_acts++] = fl_buf_take(&b);
        }
    }
    return 0;
}

/* claim_model.reporting: "nouns", what a report's lede names before the period it covers ("results"); "flows"
 * and "stocks", the ids of the families that period dates (a flow over it, a stock at its end: checked when the
 * packs are finished); "spans", the nouns of a stretch of time ("in the half") that are no part of the whole;
 * "wholes", the modifiers that say a figure is the whole's ("total revenue"). */
static int load_reporting(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"nouns", "flows", "stocks", "spans", "wholes", "bases", NULL};
    static const char *const lists[] = {"flows", "stocks"};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "claim_model.reporting", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "claim_model.reporting must be an object");
    const cJSON *nouns = cJSON_GetObjectItemCaseSensitive(sec, "nouns"),
                *spans = cJSON_GetObjectItemCaseSensitive(sec, "spans"), *it;
    if (nouns && load_names(&k->reporting_nouns, nouns, 1, file, "claim_model.reporting.nouns", err) < 0)
        return -1;
    if (spans && load_names(&k->reporting_spans, spans, 1, file, "claim_model.reporting.spans", err) < 0)
        return -1;
    if ((it = cJSON_GetObjectItemCaseSensitive(sec, "wholes")) &&
        load_names(&k->reporting_wholes, it, 1, file, "claim_model.reporting.wholes", err) < 0)
        return -1;
    if ((it = cJSON_GetObjectItemCaseSensitive(sec, "bases")) &&
        load_names(&k->reporting_bases, it, 1, file, "claim_model.reporting.bases", err) < 0)
        return -1;
    for (size_t l = 0; l < 2; l++) {
        const cJSON *ids = cJSON_GetObjectItemCaseSensitive(sec, lists[l]);
        if (ids && !cJSON_IsArray(ids))
            return fl_fail(err, file,
                           l ? "claim_model.reporting.stocks must be an array of family ids"
                             : "claim_model.reporting.flows must be an array of family ids");
        cJSON_ArrayForEach (it, ids) {
            if (!cJSON_IsString(it) || !it->valuestring[0])
                return fl_fail(err, file,
                               l ? "claim_model.reporting.stocks must hold non-empty strings"
                                 : "claim_model.reporting.flows must hold non-empty strings");
            FL_GROW(k->reported_flows, k->capreported_flows, k->nreported_flows + 1);
            k->reported_flows[k->nreported_flows++] = fl_xstrdup(it->valuestring);
        }
    }
    free(k->reported_origin);
    k->reported_origin = fl_xstrdup(file);
    return 0;
}

/* claim_model.<what>: an array of class names, each one of classes[0..n) (of this pack or one loaded before),
 * appended to *out; named after the section they must come from (of). */
static int load_class_subset(char ***out, size_t *nout, size_t *cap, char *const *classes, size_t n, const cJSON *sec,
                             const char *file, const char *what, const char *of, fl_buf *err)
{
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "claim_model.%s must be an array of classes of claim_model.%s", what, of);
    const cJSON *it;
    cJSON_ArrayForEach (it, sec) {
        size_t i = 0;
        while (cJSON_IsString(it) && i < n && strcmp(classes[i], it->valuestring) != 0)
            i++;
        if (!cJSON_IsString(it) || i == n)
            return fl_fail(err, file, "claim_model.%s: \"%s\" is no class of claim_model.%s", what,
                           cJSON_IsString(it) ? it->valuestring : "?", of);
        FL_GROW(*out, *cap, *nout + 1);
        (*out)[(*nout)++] = fl_xstrdup(it->valuestring);
    }
    return 0;
}

static int load_attributes(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {
        "family",       "units",     "event",       "cumulative",   "scoped",  "same_as", "counts",   "of_object",
        "acts",         "possessed", "same_counts", "of_thing",     "span",    "settled", "adjacent", "rates",
        "story_amount", "of_state",  "as_act",      "report_level", "amounts", "levels",  "terms",    "decided",
        "amount_as",    "averages",  NULL};
    if (!cJSON_IsArray(sec))
        return fl_fail(err, file, "claim_model.attributes must be an array");
    pending_model *pm = pending_of(k);
    const cJSON *a;
    cJSON_ArrayForEach (a, sec) {
        const char *fam = str_field(a, "family"), *same = str_field(a, "same_as"), *counts = str_field(a, "counts");
        if (!cJSON_IsObject(a) || !fam)
            return fl_fail(err, file, "each claim_model attribute needs a \"family\"");
        if (only_keys(a, keys, file, fam, err) < 0)
            return -1;
        const cJSON *units = cJSON_GetObjectItemCaseSensitive(a, "units"),
                    *ev = cJSON_GetObjectItemCaseSensitive(a, "event"),
                    *cu = cJSON_GetObjectItemCaseSensitive(a, "cumulative");
        if (cu && !cJSON_IsBool(cu))
            return fl_fail(err, file, "%s: \"cumulative\" must be true or false", fam);
        if ((units && !cJSON_IsArray(units)) || (ev && !cJSON_IsBool(ev)))
            return fl_fail(err, file, "%s: \"units\" must be an array of dimensions and \"event\" true or false", fam);
        FL_GROW(pm->attrs, pm->capattrs, pm->nattrs + 1);
        pending_attr *pa = &pm->attrs[pm->nattrs++];
        memset(pa, 0, sizeof *pa);
        pa->family = fl_xstrdup(fam);
        pa->same_as = same ? fl_xstrdup(same) : NULL;
        pa->counts = counts ? fl_xstrdup(counts) : NULL;
        const char *span = str_field(a, "span");
        if (cJSON_GetObjectItemCaseSensitive(a, "span") && (!span || !span[0]))
            return fl_fail(err, file, "%s: \"span\" must be a dimension", fam);
        pa->span = span ? fl_xstrdup(span) : NULL;
        const char *as_act = str_field(a, "as_act");
        if (cJSON_GetObjectItemCaseSensitive(a, "as_act") && (!as_act || !as_act[0]))
            return fl_fail(err, file, "%s: \"as_act\" must name an act class", fam);
        pa->as_act = as_act ? fl_xstrdup(as_act) : NULL;
        const char *amount_as = str_field(a, "amount_as");
        if (cJSON_GetObjectItemCaseSensitive(a, "amount_as") && (!amount_as || !amount_as[0]))
            return fl_fail(err, file, "%s: \"amount_as\" must name a metric family", fam);
        pa->amount_as = amount_as ? fl_xstrdup(amount_as) : NULL;
        pa->origin = fl_xstrdup(file);
        pa->event = cJSON_IsTrue(ev);
        pa->cumulative = cJSON_IsTrue(cu);
        pa->settled = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "settled"));
        if (pa->settled && pa->cumulative)
            return fl_fail(err, file, "%s: a running count (\"cumulative\") cannot be \"settled\"", fam);
        pa->scoped = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "scoped"));
        pa->adjacent = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "adjacent"));
        pa->of_state = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "of_state"));
        pa->of_object = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "of_object"));
        pa->of_thing = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "of_thing"));
        pa->story_amount = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "story_amount"));
        pa->decided = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "decided"));
        pa->report_level = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "report_level"));
        pa->acts = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "acts"));
        pa->amounts = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "amounts"));
        pa->levels = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "levels"));
        pa->averages = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "averages"));
        pa->terms = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "terms"));
        pa->possessed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "possessed"));
        pa->rates = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "rates"));
        const cJSON *it;
        cJSON_ArrayForEach (it, units) {
            if (!cJSON_IsString(it) || !it->valuestring[0])
                return fl_fail(err, file, "%s: units must be non-empty strings", fam);
            pa->dims = fl_xrealloc(pa->dims, (pa->ndims + 1) * sizeof(char *));
            pa->dims[pa->ndims++] = fl_xstrdup(it->valuestring);
        }
        const cJSON *same_counts = cJSON_GetObjectItemCaseSensitive(a, "same_counts");
        if (same_counts && !cJSON_IsArray(same_counts))
            return fl_fail(err, file, "%s: \"same_counts\" must be an array of unit ids", fam);
        cJSON_ArrayForEach (it, same_counts) {
            if (!cJSON_IsString(it) || !it->valuestring[0])
                return fl_fail(err, file, "%s: same_counts must be non-empty strings", fam);
            pa->same_counts = fl_xrealloc(pa->same_counts, (pa->nsame_counts + 1) * sizeof(char *));
            pa->same_counts[pa->nsame_counts++] = fl_xstrdup(it->valuestring);
        }
    }
    return 0;
}

static int load_unit_items(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err, int family)
{
    if (!cJSON_IsObject(sec))
        return fl_fail(err, file, "claim_model.unit_items must be an object of item -> unit ids");
    pending_model *pm = pending_of(k);
    const cJSON *it, *u;
    cJSON_ArrayForEach (it, sec) {
        if (!cJSON_IsArray(it))
            return fl_fail(err, file, "claim_model.unit_items.%s must be an array of unit ids", it->string);
        cJSON_ArrayForEach (u, it) {
            if (!cJSON_IsString(u))
                return fl_fail(err, file, "claim_model.unit_items.%s must hold unit ids", it->string);
            FL_GROW(pm->items, pm->capitems, pm->nitems + 1);
            pm->items[pm->nitems++] =
                (pending_item){fl_xstrdup(u->valuestring), fl_xstrdup(it->string), fl_xstrdup(file), family};
        }
    }
    return 0;
}

/* The index of a measure's family name in measure_names, appended when new. */
static int measure_name(fl_knowledge *k, const char *name)
{
    size_t i = 0;
    while (i < k->nmeasure_names && strcmp(k->measure_names[i], name) != 0)
        i++;
    if (i == k->nmeasure_names) {
        FL_GROW(k->measure_names, k->capmeasure_names, k->nmeasure_names + 1);
        k->measure_names[k->nmeasure_names++] = fl_xstrdup(name);
    }
    return (int)i;
}

/* {"dimension": "family", ...} into parallel arrays of dimensions and measure name indices. */
static int load_dimension_map(fl_knowledge *k, const cJSON *o, char ***dims, int **fams, size_t *n, size_t *cap,
                              const char *file, const char *what, fl_buf *err)
{
    const cJSON *it;
    if (!cJSON_IsObject(o))
        return fl_fail(err, file, "claim_model.measures.%s must be an object of dimension -> family", what);
    cJSON_ArrayForEach (it, o) {
        if (!cJSON_IsString(it))
            return fl_fail(err, file, "claim_model.measures.%s.%s must name a family", what, it->string);
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 4;
            *dims = fl_xrealloc(*dims, *cap * sizeof(char *));
            *fams = fl_xrealloc(*fams, *cap * sizeof(int));
        }
        (*dims)[*n] = fl_xstrdup(it->string);
        (*fams)[(*n)++] = measure_name(k, it->valuestring);
    }
    return 0;
}

/* An array of dimension ids (claim_model.measures.frames.<what>) appended to *v; absent is none. */
static int load_dimensions(char ***v, size_t *n, size_t *cap, const cJSON *o, const char *file, const char *what,
                           fl_buf *err)
{
    const cJSON *it;
    if (o && !cJSON_IsArray(o))
        return fl_fail(err, file, "%s must be an array of dimensions", what);
    cJSON_ArrayForEach (it, o) {
        if (!cJSON_IsString(it) || !it->valuestring[0] || strchr(it->valuestring, ' '))
            return fl_fail(err, file, "%s must hold dimensions", what);
        FL_GROW(*v, *cap, *n + 1);
        (*v)[(*n)++] = fl_xstrdup(it->valuestring);
    }
    return 0;
}

/* claim_model.measures.frames: "story_subject" and "story_dimensions" (a measure of the story's event, keyed by
 * the story: extract/frames.c), "relations" (class -> words after a length that relate it to a reference; a class
 * named as a scoped family keys that family, the others "relation_family") and "radii" (class -> words before a
 * length that make it a radius around what its "of" names: "within 3 miles of"); "event_relations" (classes whose
 * length is where along a route an event happened: "9 km into the stage"). */
static int load_frames(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"story_subject",
                                       "story_dimensions",
                                       "person_dimensions",
                                       "entry_dimensions",
                                       "person_nouns",
                                       "entry_running",
                                       "relations",
                                       "relation_family",
                                       "radii",
                                       "event_relations",
                                       NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "claim_model.measures.frames", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "claim_model.measures.frames must be an object");
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, "story_subject");
    if (o && (!cJSON_IsString(o) || !o->valuestring[0]))
        return fl_fail(err, file, "claim_model.measures.frames.story_subject must be a non-empty string");
    if (o) {
        free(k->story_subject);
        k->story_subject = fl_xstrdup(o->valuestring);
    }
    if (load_dimensions(&k->story_dims, &k->nstory_dims, &k->capstory_dims,
                        cJSON_GetObjectItemCaseSensitive(sec, "story_dimensions"), file,
                        "claim_model.measures.frames.story_dimensions", err) < 0 ||
        load_dimensions(&k->person_dims, &k->nperson_dims, &k->capperson_dims,
                        cJSON_GetObjectItemCaseSensitive(sec, "person_dimensions"), file,
                        "claim_model.measures.frames.person_dimensions", err) < 0 ||
        load_dimensions(&k->entry_dims, &k->nentry_dims, &k->capentry_dims,
                        cJSON_GetObjectItemCaseSensitive(sec, "entry_dimensions"), file,
                        "claim_model.measures.frames.entry_dimensions", err) < 0 ||
        load_dimensions(&k->event_relations, &k->nevent_relations, &k->capevent_relations,
                        cJSON_GetObjectItemCaseSensitive(sec, "event_relations"), file,
                        "claim_model.measures.frames.event_relations", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "relation_family"))) {
        if (!cJSON_IsString(o))
            return fl_fail(err, file, "claim_model.measures.frames.relation_family must name a family");
        k->relation_default = measure_name(k, o->valuestring);
    }
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "relations")) &&
        load_named_lists(&k->relations, &k->relation_classes, &k->nrelation_classes, &k->caprelation_classes, o, file,
                         "measures.frames.relations", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "person_nouns")) &&
        load_names(&k->person_nouns, o, 1, file, "claim_model.measures.frames.person_nouns", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "entry_running")) &&
        load_names(&k->entry_running, o, 1, file, "claim_model.measures.frames.entry_running", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "radii")) &&
        load_named_lists(&k->radii, &k->relation_classes, &k->nrelation_classes, &k->caprelation_classes, o, file,
                         "measures.frames.radii", err) < 0)
        return -1;
    return 0;
}

/* claim_model.measures.openings: {"nouns": [...], "axes": [family, ...], "as": family, "subject": word}; -1 with a
 * message when malformed (the families are checked when the measures are finished). */
static int load_openings(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"nouns", "axes", "as", "subject", NULL};
    const char *what = "claim_model.measures.openings";
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, what, err) < 0)
        return err->len ? -1 : fl_fail(err, file, "%s must be an object", what);
    const cJSON *axes = cJSON_GetObjectItemCaseSensitive(sec, "axes"), *it;
    const cJSON *subject = cJSON_GetObjectItemCaseSensitive(sec, "subject");
    const char *as = str_field(sec, "as");
    if (!as || !cJSON_IsArray(axes) || !cJSON_IsObject(subject) || cJSON_GetArraySize(subject) != 1 ||
        !subject->child->string[0])
        return fl_fail(err, file,
                       "%s needs \"nouns\", \"axes\" (families), \"as\" (a family) and \"subject\" "
                       "({word: [nouns]})",
                       what);
    if (load_names(&k->opening_nouns, cJSON_GetObjectItemCaseSensitive(sec, "nouns"), 1, file, what, err) < 0 ||
        load_names(&k->opening_same, subject->child, 1, file, what, err) < 0)
        return -1;
    cJSON_ArrayForEach (it, axes) {
        if (!cJSON_IsString(it))
            return fl_fail(err, file, "%s.axes must hold family names", what);
        FL_GROW(k->opening_axes, k->capopening_axes, k->nopening_axes + 1);
        k->opening_axes[k->nopening_axes++] = measure_name(k, it->valuestring);
    }
    k->opening_measure = measure_name(k, as);
    free(k->opening_subject);
    k->opening_subject = fl_xstrdup(subject->child->string);
    return 0;
}

/* claim_model.measures.levels: {"heads": [...], "alone": [...], "verbs": [...], "changes": [...], "neutral": [...],
 * "raises": [...], "placed": [dimensions]}; "alone" are heads that name a level with no modifier, "changes" verbs
 * whose "to" figure is the new level, "raises" transitive ones whose object is the level, "placed" the dimensions
 * of a level read at a place; optional "puts" verbs whose object is a level its "value_preps" word gives the figure
 * of, "statistics" the nouns of a placed level's summary over a window. -1 with a message when malformed. */
static int load_levels(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"heads", "alone", "verbs", "changes",    "neutral",     "placed",   "raises",
                                       "fills", "usual", "puts",  "statistics", "value_preps", "averages", NULL};
    const char *what = "claim_model.measures.levels";
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, what, err) < 0)
        return err->len ? -1 : fl_fail(err, file, "%s must be an object", what);
    struct {
        const char *key;
        fl_phrases *p;
        int val, optional; /* the lists added after packs were written may be left out */
    } lists[] = {{"heads", &k->level_heads, 0, 0},
                 {"alone", &k->level_heads, 1, 0},
                 {"verbs", &k->level_verbs, 1, 0},
                 {"changes", &k->level_verbs, 2, 0},
                 {"raises", &k->level_verbs, 3, 0},
                 {"neutral", &k->level_neutral, 1, 0},
                 {"fills", &k->level_fills, 1, 0},
                 {"usual", &k->level_usual, 1, 0},
                 {"puts", &k->level_verbs, 4, 1},
                 {"statistics", &k->level_statistics, 1, 1},
                 {"value_preps", &k->level_value_preps, 1, 1},
                 {"averages", &k->level_averages, 1, 1}};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, lists[l].key);
        if ((o || !lists[l].optional) && load_names(lists[l].p, o, lists[l].val, file, what, err) < 0)
            return -1;
    }
    return load_dimensions(&k->level_placed, &k->nlevel_placed, &k->caplevel_placed,
                           cJSON_GetObjectItemCaseSensitive(sec, "placed"), file, "claim_model.measures.levels.placed",
                           err);
}

/* claim_model.measures.margins "sides": {"for": F, "against": G, "for_words": [...], "against_words": [...]}: the
 * families of a division's two sides, the first and second count of a tally ("by 31 votes to 22"), and the words
 * after a count that name its side ("31 voted in favour", "22 against"). Absent: no tallies. -1 when malformed. */
static int load_sides(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"for", "against", "for_words", "against_words", NULL};
    const char *what = "claim_model.measures.margins.sides";
    if (!sec)
        return 0;
    const char *pro = str_field(sec, "for"), *con = str_field(sec, "against");
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, what, err) < 0)
        return err->len ? -1 : fl_fail(err, file, "%s must be an object", what);
    if (!pro || !pro[0] || !con || !con[0])
        return fl_fail(err, file, "%s needs \"for\" and \"against\" families", what);
    k->tally_for = measure_name(k, pro);
    k->tally_against = measure_name(k, con);
    const cJSON *fw = cJSON_GetObjectItemCaseSensitive(sec, "for_words"),
                *aw = cJSON_GetObjectItemCaseSensitive(sec, "against_words");
    if ((fw && load_names(&k->margin_sides, fw, k->tally_for, file, what, err) < 0) ||
        (aw && load_names(&k->margin_sides, aw, k->tally_against, file, what, err) < 0))
        return -1;
    return 0;
}

/* claim_model.measures.margins: {"family": F, "verbs": [...], "nouns": [...], "units": [...]}: the verbs of winning
 * whose "by" figure and the nouns whose "of" figure is a winning margin, family F, in the count units listed; a pack
 * may give any of the lists, adding to those before it. -1 with a message when malformed. */
static int load_margins(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"family", "verbs", "nouns", "units", "sides", NULL};
    const char *what = "claim_model.measures.margins", *fam = str_field(sec, "family");
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, what, err) < 0)
        return err->len ? -1 : fl_fail(err, file, "%s must be an object", what);
    if (!fam || !fam[0])
        return fl_fail(err, file, "%s needs a \"family\"", what);
    int v = measure_name(k, fam);
    struct {
        const char *key;
        fl_phrases *p;
        int val;
    } lists[] = {{"verbs", &k->margin_verbs, v}, {"nouns", &k->margin_nouns, v}, {"units", &k->margin_units, 1}};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, lists[l].key);
        if (o && load_names(lists[l].p, o, lists[l].val, file, "claim_model.measures.margins lists", err) < 0)
            return -1;
    }
    return load_sides(k, cJSON_GetObjectItemCaseSensitive(sec, "sides"), file, err);
}

/* claim_model.measures: axes, nouns, verbs and heads by family; premodifiers and by_dimension by dimension. */
static int load_measures(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"axes",
                                       "nouns",
                                       "verbs",
                                       "heads",
                                       "bores",
                                       "premodifiers",
                                       "size_classes",
                                       "by_dimension",
                                       "positions",
                                       "recordings",
                                       "frames",
                                       "openings",
                                       "estimates",
                                       "levels",
                                       "margins",
                                       "contents_dimensions",
                                       "amount_heads",
                                       "rated_dimensions",
                                       "multiplication_signs",
                                       NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "claim_model.measures", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "claim_model.measures must be an object");
    struct {
        const char *key;
        fl_phrases *p;
    } lists[] = {{"axes", &k->measure_axes},
                 {"nouns", &k->measure_nouns},
                 {"verbs", &k->measure_verbs},
                 {"heads", &k->measure_heads},
                 {"bores", &k->measure_bores}};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, lists[l].key), *it;
        if (o && !cJSON_IsObject(o))
            return fl_fail(err, file, "claim_model.measures.%s must be an object of family -> phrases", lists[l].key);
        cJSON_ArrayForEach (it, o)
            if (load_names(lists[l].p, it, measure_name(k, it->string), file, it->string, err) < 0)
                return -1;
    }
    const cJSON *o;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "size_classes")) &&
        load_names(&k->size_classes, o, 1, file, "claim_model.measures.size_classes", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "positions")) &&
        load_names(&k->positions, o, 1, file, "claim_model.measures.positions", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "amount_heads")) &&
        load_names(&k->amount_heads, o, 1, file, "claim_model.measures.amount_heads", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "recordings")) &&
        load_names(&k->recordings, o, 1, file, "claim_model.measures.recordings", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "contents_dimensions")) &&
        load_names(&k->contents_dims, o, 1, file, "claim_model.measures.contents_dimensions", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "rated_dimensions")) &&
        load_names(&k->rated_dims, o, 1, file, "claim_model.measures.rated_dimensions", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "multiplication_signs")) &&
        load_names(&k->multiplication_signs, o, 1, file, "claim_model.measures.multiplication_signs", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "frames")) && load_frames(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "estimates")) &&
        (load_names(&k->estimate_verbs, cJSON_GetObjectItemCaseSensitive(o, "verbs"), 1, file,
                    "claim_model.measures.estimates.verbs", err) < 0 ||
         load_names(&k->estimate_preps, cJSON_GetObjectItemCaseSensitive(o, "prepositions"), 1, file,
                    "claim_model.measures.estimates.prepositions", err) < 0))
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "openings")) && load_openings(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "levels")) && load_levels(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "margins")) && load_margins(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "premodifiers")) &&
        load_dimension_map(k, o, &k->premod_dims, &k->premod_family, &k->npremod, &k->cappremod, file, "premodifiers",
                           err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "by_dimension")) &&
        load_dimension_map(k, o, &k->bydim_dims, &k->bydim_family, &k->nbydim, &k->capbydim, file, "by_dimension",
                           err) < 0)
        return -1;
    return 0;
}

/* The keys of the claim model section (rules/claims.json "claim_model"). */
static const char *const claim_model_keys[] = {
    "clause_openers",
    "subordinators",
    "prepositions",
    "determiners",
    "kinds",
    "events",
    "attributes",
    "unit_items",
    "unit_families",
    "non_items",
    "hypothetical",
    "generic_conditions",
    "intensifiers",
    "thing_pronouns",
    "person_pronouns",
    "company_forms",
    "relatives",
    "coordinators",
    "origins",
    "open_counts",
    "event_verbs",
    "event_verb_prepositions",
    "thing_event_verbs",
    "event_things",
    "acts",
    "possessives",
    "generic_items",
    "generic_counts",
    "part_counts",
    "untyped_kinds",
    "event_anchors",
    "responders",
    "not_events",
    "aggregates",
    "new_entity",
    "other_entity",
    "measures",
    "superseded",
    "revisions",
    "measured_acts",
    "states",
    "running_spans",
    "span_periods",
    "span_preps",
    "span_verbs",
    "span_state_preps",
    "span_moments",
    "span_ends",
    "term_verbs",
    "term_totals",
    "term_not",
    "elapsed_words",
    "not_states",
    "settled_acts",
    "ground_acts",
    "search_finds",
    "search_context",
    "search_find_dims",
    "momentary_events",
    "noun_timed_events",
    "retractions",
    "reporting",
    "severities",
    "severity_sums",
    "other_places",
    "part_whole_words",
    "same_things",
    "not_event_objects",
    "thing_states",
    "general_things",
    "consequence_events",
    "fallback_events",
    NULL,
};

/* claim_model.severity_sums: "light" (severity class names) and "not" (phrases), both optional. */
static int load_severity_sums(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(sec, "severity_sums"), *l;
    if (!o)
        return 0;
    if (!cJSON_IsObject(o))
        return fl_fail(err, file, "\"claim_model.severity_sums\" must be an object");
    if ((l = cJSON_GetObjectItemCaseSensitive(o, "light")) &&
        load_names(&k->severity_light, l, 1, file, "severity_sums.light", err) < 0)
        return -1;
    if ((l = cJSON_GetObjectItemCaseSensitive(o, "not")) &&
        load_names(&k->severity_sum_not, l, 1, file, "severity_sums.not", err) < 0)
        return -1;
    return 0;
}

/* claim_model's lists of a span's state and of a court's terms: span_state_preps, span_periods, term_verbs, term_not
 * (phrases) and term_totals (classes of phrases); severity_sums (load_severity_sums); responders, part_counts and
 * person_pronouns (phrases); and a search's finds: search_context and search_find_dims (phrases), search_finds
 * (classes of phrases). */
static int load_term_tables(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    if (load_severity_sums(k, sec, file, err) < 0)
        return -1;
    const cJSON *o;
    struct {
        const char *key;
        fl_phrases *names;
    } flat[] = {{"span_state_preps", &k->span_state_preps},
                {"span_periods", &k->span_periods},
                {"term_verbs", &k->term_verbs},
                {"term_not", &k->term_not},
                {"responders", &k->responders},
                {"part_counts", &k->part_counts},
                {"person_pronouns", &k->person_pronouns},
                {"search_context", &k->search_context},
                {"search_find_dims", &k->search_find_dims}};
    for (size_t i = 0; i < sizeof flat / sizeof flat[0]; i++)
        if ((o = cJSON_GetObjectItemCaseSensitive(sec, flat[i].key)) &&
            load_names(flat[i].names, o, 1, file, flat[i].key, err) < 0)
            return -1;
    o = cJSON_GetObjectItemCaseSensitive(sec, "search_finds");
    if (o && load_named_lists(&k->search_finds, &k->search_find_classes, &k->nsearch_find_classes,
                              &k->capsearch_find_classes, o, file, "search_finds", err) < 0)
        return -1;
    o = cJSON_GetObjectItemCaseSensitive(sec, "term_totals");
    return o ? load_named_lists(&k->term_totals, &k->term_total_classes, &k->nterm_total_classes,
                                &k->capterm_total_classes, o, file, "term_totals", err)
             : 0;
}

/* claim_model.general_things, claim_model.part_whole_words (words of a part's or the whole's value that keep a
 * general noun's figure its own) and claim_model.not_event_objects (an "of" object's head -> the event class whose
 * noun it makes name no event), all optional. */
static int load_things(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    const cJSON *o;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "general_things")) && load_general_things(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "part_whole_words")) &&
        load_names(&k->part_whole_words, o, 1, file, "part_whole_words", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "not_event_objects")) &&
        load_named_lists(&k->not_event_object_of, &k->not_event_object_classes, &k->nnot_event_object_classes,
                         &k->capnot_event_object_classes, o, file, "not_event_objects", err) < 0)
        return -1;
    return 0;
}

static int load_claim_model(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const roles[] = {"to", "from", "on", "in", "of", "other", NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, claim_model_keys, file, "claim_model", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "\"claim_model\" must be an object");
    const cJSON *o;
    /* the flat name lists, one table */
    struct {
        const char *key;
        fl_phrases *names;
    } flat[] = {{"clause_openers", &k->clause_openers},
                {"subordinators", &k->subordinators},
                {"determiners", &k->determiners},
                {"origins", &k->origins},
                {"coordinators", &k->coordinators},
                {"relatives", &k->relatives},
                {"hypothetical", &k->hypothetical},
                {"possessives", &k->possessives},
                {"generic_conditions", &k->generic_conditions},
                {"intensifiers", &k->intensifiers},
                {"thing_pronouns", &k->thing_pronouns},
                {"company_forms", &k->company_forms},
                {"generic_items", &k->generic_items},
                {"generic_counts", &k->generic_counts},
                {"untyped_kinds", &k->untyped_kinds},
                {"open_counts", &k->open_counts},
                {"non_items", &k->non_items},
                {"event_anchors", &k->event_anchors},
                {"aggregates", &k->aggregates},
                {"new_entity", &k->new_entity},
                {"other_entity", &k->other_entity},
                {"superseded", &k->superseded},
                {"revisions", &k->revisions},
                {"not_events", &k->not_events},
                {"retractions", &k->retractions},
                {"other_places", &k->other_places},
                {"running_spans", &k->running_spans},
                {"span_preps", &k->span_preps},
                {"span_verbs", &k->span_verbs},
                {"span_moments", &k->span_moments},
                {"elapsed_words", &k->elapsed_words},
                {"not_states", &k->not_states}};
    for (size_t i = 0; i < sizeof flat / sizeof flat[0]; i++)
        if ((o = cJSON_GetObjectItemCaseSensitive(sec, flat[i].key)) &&
            load_names(flat[i].names, o, 1, file, flat[i].key, err) < 0)
            return -1;
    /* the named lists read before the acts' subsets: name -> phrases, and the class names */
    struct {
        const char *key;
        fl_phrases *phrases;
        char ***names;
        size_t *n, *cap;
    } named[] = {{"event_verbs", &k->event_verbs, &k->verb_classes, &k->nverb_classes, &k->capverb_classes},
                 {"severities", &k->severity_words, &k->severities, &k->nseverities, &k->capseverities},
                 {"acts", &k->acts, &k->act_classes, &k->nact_classes, &k->capact_classes},
                 {"states", &k->states, &k->state_classes, &k->nstate_classes, &k->capstate_classes},
                 {"span_ends", &k->span_ends, &k->span_end_classes, &k->nspan_end_classes, &k->capspan_end_classes}};
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if ((o = cJSON_GetObjectItemCaseSensitive(sec, named[i].key)) &&
            load_named_lists(named[i].phrases, named[i].names, named[i].n, named[i].cap, o, file, named[i].key, err) <
                0)
            return -1;
    if (load_thing_events(k, sec, file, err) < 0 || load_term_tables(k, sec, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "reporting")) && load_reporting(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "measured_acts")) && load_measured_acts(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "settled_acts")) &&
        load_class_subset(&k->settled_acts, &k->nsettled_acts, &k->capsettled_acts, k->act_classes, k->nact_classes, o,
                          file, "settled_acts", "acts", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "ground_acts")) &&
        load_class_subset(&k->ground_acts, &k->nground_acts, &k->capground_acts, k->act_classes, k->nact_classes, o,
                          file, "ground_acts", "acts", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "prepositions")) &&
        load_kinds(&k->prepositions, o, roles, file, "claim_model.prepositions", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "same_things")) &&
        load_named_lists(&k->same_thing_of, &k->same_things, &k->nsame_things, &k->capsame_things, o, file,
                         "same_things", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "thing_states")) &&
        load_named_lists(&k->thing_state_of, &k->thing_states, &k->nthing_states, &k->capthing_states, o, file,
                         "thing_states", err) < 0)
        return -1;
    if (load_things(k, sec, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "kinds")) &&
        load_named_lists(&k->kind_nouns, &k->kinds, &k->nkinds, &k->capkinds, o, file, "kinds", err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "events")) &&
        load_named_lists(&k->event_nouns, &k->event_classes, &k->nevent_classes, &k->capevent_classes, o, file,
                         "events", err) < 0)
        return -1;
    /* the subsets of the event classes, read once the classes are */
    struct {
        const char *key;
        char ***names;
        size_t *n, *cap;
    } subsets[] = {{"momentary_events", &k->momentary_events, &k->nmomentary_events, &k->capmomentary_events},
                   {"noun_timed_events", &k->noun_timed_events, &k->nnoun_timed_events, &k->capnoun_timed_events},
                   {"consequence_events", &k->consequence_events, &k->nconsequence_events, &k->capconsequence_events},
                   {"fallback_events", &k->fallback_events, &k->nfallback_events, &k->capfallback_events}};
    for (size_t i = 0; i < sizeof subsets / sizeof subsets[0]; i++)
        if ((o = cJSON_GetObjectItemCaseSensitive(sec, subsets[i].key)) &&
            load_class_subset(subsets[i].names, subsets[i].n, subsets[i].cap, k->event_classes, k->nevent_classes, o,
                              file, subsets[i].key, "events", err) < 0)
            return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "attributes")) && load_attributes(k, o, file, err) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "unit_items")) && load_unit_items(k, o, file, err, 0) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "unit_families")) && load_unit_items(k, o, file, err, 1) < 0)
        return -1;
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "measures")) && load_measures(k, o, file, err) < 0)
        return -1;
    return 0;
}

/* Applies the attributes and unit items of the claim model to the metrics and units they name. */
/* Resolves the measures' family names to metric indices ("dimension": -1, "contents": FL_MEASURE_CONTENTS, "none":
 * FL_MEASURE_NONE, "size-reached": FL_MEASURE_GROWTH); -1
 * with a message when a name is no family. */
static int finish_measures(fl_knowledge *k, fl_buf *err)
{
    k->measure_family = fl_xmalloc((k->nmeasure_names + 1) * sizeof(int));
    for (size_t i = 0; i < k->nmeasure_names; i++) {
        int m = metric_index(k, k->measure_names[i]);
        if (m < 0 && strcmp(k->measure_names[i], "contents") == 0)
            m = FL_MEASURE_CONTENTS;
        else if (m < 0 && strcmp(k->measure_names[i], "none") == 0)
            m = FL_MEASURE_NONE;
        else if (m < 0 && strcmp(k->measure_names[i], "size-reached") == 0)
            m = FL_MEASURE_GROWTH;
        else if (m < 0 && strcmp(k->measure_names[i], "dimension") != 0) {
            fl_buf_printf(err, "claim_model.measures names family \"%s\", which no pack defines", k->measure_names[i]);
            return -1;
        }
        k->measure_family[i] = m;
    }
    for (size_t i = 0; i < k->npremod; i++)
        k->premod_family[i] = k->measure_family[k->premod_family[i]];
    for (size_t i = 0; i < k->nbydim; i++)
        k->bydim_family[i] = k->measure_family[k->bydim_family[i]];
    if (k->relation_default >= 0)
        k->relation_default = k->measure_family[k->relation_default];
    return 0;
}

/* Checks that the families the transfers' places give ("hospital": hospitalisations) are families; -1 with a
 * message when one is not. */
static int finish_transfers(const fl_knowledge *k, fl_buf *err)
{
    for (size_t i = 0; i < k->ntransfer_families; i++)
        if (metric_index(k, k->transfer_families[i]) < 0) {
            fl_buf_printf(err, "%s: predicates.transfers names family \"%s\", which no pack defines",
                          k->transfer_origin ? k->transfer_origin : "predicates", k->transfer_families[i]);
            return -1;
        }
    return 0;
}

/* Marks the families claim_model.reporting "flows" names; -1 with a message when one is no family. */
static int finish_reported(fl_knowledge *k, fl_buf *err)
{
    for (size_t i = 0; i < k->nreported_flows; i++) {
        int m = metric_index(k, k->reported_flows[i]);
        if (m < 0) {
            fl_buf_printf(err, "%s: claim_model.reporting.flows names family \"%s\", which no pack defines",
                          k->reported_origin ? k->reported_origin : "claim_model", k->reported_flows[i]);
            return -1;
        }
        k->metrics[m].reported = 1;
    }
    return 0;
}

/* The family of each relation class (claim_model.measures.frames.relations), once the attributes say which
 * families are scoped, and whether it is an event relation; an event relation that names no class is an error.
 * Also the state class of each event class. */
static int finish_relations(fl_knowledge *k, fl_buf *err)
{
    k->relation_family = fl_xmalloc((k->nrelation_classes + 1) * sizeof(int));
    k->relation_event = fl_xcalloc(k->nrelation_classes + 1, 1);
    for (size_t i = 0; i < k->nrelation_classes; i++) {
        int m = metric_index(k, k->relation_classes[i]);
        k->relation_family[i] = m >= 0 && k->metrics[m].scoped ? m : k->relation_default;
    }
    for (size_t e = 0; e < k->nevent_relations; e++) {
        size_t i = 0;
        while (i < k->nrelation_classes && strcmp(k->relation_classes[i], k->event_relations[e]) != 0)
            i++;
        if (i == k->nrelation_classes) {
            fl_buf_printf(err, "claim_model.measures.frames.event_relations names \"%s\", which is no relation class",
                          k->event_relations[e]);
            return -1;
        }
        k->relation_event[i] = 1;
    }
    k->event_state = fl_xmalloc((k->nevent_classes + 1) * sizeof(int));
    for (size_t e = 0; e < k->nevent_classes; e++) {
        k->event_state[e] = -1;
        for (size_t s = 0; s < k->nstate_classes && k->event_state[e] < 0; s++)
            if (strcmp(k->state_classes[s], k->event_classes[e]) == 0)
                k->event_state[e] = (int)s;
    }
    return 0;
}

/* The items and families claim_model.unit_items and unit_families give the units (k->unit_item, k->unit_family);
 * -1 with err set when one names a unit or a family no pack defines. */
static int finish_unit_items(fl_knowledge *k, const pending_model *pm, fl_buf *err)
{
    for (size_t i = 0; i < pm->nitems; i++) {
        size_t u = 0;
        while (u < k->nunits && strcmp(k->units[u].id, pm->items[i].unit) != 0)
            u++;
        if (u == k->nunits) {
            fl_buf_printf(err, "%s: claim_model unit_items names unit \"%s\", which no pack defines",
                          pm->items[i].origin, pm->items[i].unit);
            return -1;
        }
        if (pm->items[i].family) {
            int m = metric_index(k, pm->items[i].item);
            if (m < 0) {
                fl_buf_printf(err, "%s: claim_model unit_families names family \"%s\", which no pack defines",
                              pm->items[i].origin, pm->items[i].item);
                return -1;
            }
            k->unit_family[u] = m;
            continue;
        }
        free(k->unit_item[u]);
        k->unit_item[u] = fl_xstrdup(pm->items[i].item);
    }
    return 0;
}

static int finish_claim_model(fl_knowledge *k, fl_buf *err)
{
    if (finish_measures(k, err) < 0 || finish_transfers(k, err) < 0)
        return -1;
    for (size_t i = 0; i < k->nmetrics; i++) {
        k->metrics[i].join_as = (int)i;
        k->metrics[i].amount_as = -1;
        k->metrics[i].count_unit = -1;
    }
    k->act_family = k->amount_family = k->level_family = k->term_family = k->average_family = -1;
    k->unit_item = fl_xcalloc(k->nunits + 1, sizeof(char *));
    k->unit_family = fl_xmalloc((k->nunits + 1) * sizeof(int));
    for (size_t u = 0; u <= k->nunits; u++)
        k->unit_family[u] = -1;
    pending_model *pm = k->pending;
    if (!pm)
        return 0;
    for (size_t i = 0; i < pm->nattrs; i++) {
        pending_attr *pa = &pm->attrs[i];
        int m = metric_index(k, pa->family), same = pa->same_as ? metric_index(k, pa->same_as) : -1;
        if (m < 0 || (pa->same_as && same < 0)) {
            fl_buf_printf(err, "%s: claim_model attribute \"%s\" names a metric family that no pack defines",
                          pa->origin, m < 0 ? pa->family : pa->same_as);
            return -1;
        }
        fl_metric *me = &k->metrics[m];
        me->event = pa->event;
        me->cumulative = pa->cumulative;
        me->settled = pa->settled;
        me->scoped = pa->scoped;
        me->adjacent = pa->adjacent;
        me->of_state = pa->of_state;
        free(me->span);
        me->span = pa->span ? fl_xstrdup(pa->span) : NULL;
        free(me->as_act);
        me->as_act = NULL;
        if (pa->as_act) {
            size_t a = 0, c = 0;
            while (a < k->nact_classes && strcmp(k->act_classes[a], pa->as_act) != 0)
                a++;
            while (c < k->npred_classes && strcmp(k->pred_classes[c], pa->as_act) != 0)
                c++; /* or a predicate class: "the crowd of 38,400" is "present", as "38,400 fans packed in" is */
            if (a == k->nact_classes && c == k->npred_classes) {
                fl_buf_printf(err,
                              "%s: claim_model attribute \"%s\" is keyed as act \"%s\", which no pack defines (as an "
                              "act or predicate class)",
                              pa->origin, pa->family, pa->as_act);
                return -1;
            }
            me->as_act = fl_xstrdup(pa->as_act);
        }
        me->of_object = pa->of_object;
        me->of_thing = pa->of_thing;
        me->story_amount = pa->story_amount;
        me->decided = pa->decided;
        me->amount_as = pa->amount_as ? metric_index(k, pa->amount_as) : -1;
        if (pa->amount_as && me->amount_as < 0) {
            fl_buf_printf(err, "%s: claim_model attribute \"%s\" is amount_as \"%s\", which no pack defines",
                          pa->origin, pa->family, pa->amount_as);
            return -1;
        }
        me->report_level = pa->report_level;
        me->possessed = pa->possessed;
        me->rates = pa->rates;
        me->count_unit = -1;
        if (pa->acts)
            k->act_family = m;
        if (pa->amounts)
            k->amount_family = m;
        if (pa->levels)
            k->level_family = m;
        if (pa->averages)
            k->average_family = m;
        if (pa->terms)
            k->term_family = m;
        if (pa->counts) {
            for (size_t u = 0; u < k->nunits && me->count_unit < 0; u++)
                if (strcmp(k->units[u].id, pa->counts) == 0)
                    me->count_unit = (int)u;
            if (me->count_unit < 0) {
                fl_buf_printf(err, "%s: claim_model attribute \"%s\" counts unit \"%s\", which no pack defines",
                              pa->origin, pa->family, pa->counts);
                return -1;
            }
        }
        for (size_t x = 0; x < pa->nsame_counts; x++) {
            size_t u = 0;
            while (u < k->nunits && strcmp(k->units[u].id, pa->same_counts[x]) != 0)
                u++;
            if (u == k->nunits) {
                fl_buf_printf(err,
                              "%s: claim_model attribute \"%s\" same_counts names unit \"%s\", which no pack "
                              "defines",
                              pa->origin, pa->family, pa->same_counts[x]);
                return -1;
            }
            me->same_kind = fl_xrealloc(me->same_kind, (me->nsame_kind + 1) * sizeof(int));
            me->same_kind[me->nsame_kind++] = (int)u;
        }
        if (same >= 0)
            me->join_as = same;
        for (size_t d = 0; d < pa->ndims; d++) {
            me->dims = fl_xrealloc(me->dims, (me->ndims + 1) * sizeof(char *));
            me->dims[me->ndims++] = fl_xstrdup(pa->dims[d]);
        }
    }
    return finish_unit_items(k, pm, err);
}

static void free_pending(fl_knowledge *k)
{
    pending_model *pm = k->pending;
    if (!pm)
        return;
    for (size_t i = 0; i < pm->nattrs; i++) {
        free(pm->attrs[i].family);
        free(pm->attrs[i].same_as);
        free(pm->attrs[i].amount_as);
        free(pm->attrs[i].span);
        free(pm->attrs[i].as_act);
        free(pm->attrs[i].counts);
        free(pm->attrs[i].origin);
        for (size_t d = 0; d < pm->attrs[i].ndims; d++)
            free(pm->attrs[i].dims[d]);
        free(pm->attrs[i].dims);
        for (size_t d = 0; d < pm->attrs[i].nsame_counts; d++)
            free(pm->attrs[i].same_counts[d]);
        free(pm->attrs[i].same_counts);
    }
    free(pm->attrs);
    for (size_t i = 0; i < pm->nitems; i++) {
        free(pm->items[i].unit);
        free(pm->items[i].item);
        free(pm->items[i].origin);
    }
    free(pm->items);
    free(pm);
    k->pending = NULL;
}

/* Section "predicates" (rules/predicates.json): the open predicates' tables. */
static int load_predicates(fl_knowledge *k, const cJSON *sec, const char *file, fl_buf *err)
{
    static const char *const keys[] = {"classes",
                                       "linking_verbs",
                                       "existential",
                                       "locatives",
                                       "not_places",
                                       "item_predicates",
                                       "bare_counts",
                                       "possessed",
                                       "participants",
                                       "item_classes",
                                       "increments",
                                       "irregular",
                                       "nominalisations",
                                       "suffixes",
                                       "running",
                                       "light",
                                       "impersonal_possessors",
                                       "transfers",
                                       "transfer_verbs",
                                       "transfer_prepositions",
                                       "motion_prepositions",
                                       "result_verbs",
                                       "result_states",
                                       "agents",
                                       "agent_predicates",
                                       NULL};
    if (!cJSON_IsObject(sec) || only_keys(sec, keys, file, "predicates", err) < 0)
        return err->len ? -1 : fl_fail(err, file, "\"predicates\" must be an object");
    struct {
        const char *key;
        fl_phrases *names;
    } flat[] = {{"linking_verbs", &k->linking},
                {"existential", &k->existential},
                {"not_places", &k->not_places},
                {"increments", &k->increments},
                {"light", &k->light_preds},
                {"impersonal_possessors", &k->impersonal_possessors},
                {"transfer_verbs", &k->transfer_verbs},
                {"transfer_prepositions", &k->transfer_preps},
                {"motion_prepositions", &k->motion_preps},
                {"result_verbs", &k->result_verbs}};
    const cJSON *o;
    for (size_t i = 0; i < sizeof flat / sizeof flat[0]; i++)
        if ((o = cJSON_GetObjectItemCaseSensitive(sec, flat[i].key)) &&
            load_names(flat[i].names, o, 1, file, flat[i].key, err) < 0)
            return -1;
    struct {
        const char *key;
        fl_phrases *p;
        char ***names;
        size_t *n, *cap;
    } named[] = {
        {"classes", &k->pred_words, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"locatives", &k->locatives, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"result_states", &k->result_states, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"item_predicates", &k->item_preds, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"possessed", &k->possessed_preds, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"participants", &k->participant_preds, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"agents", &k->agent_nouns, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"agent_predicates", &k->agent_preds, &k->pred_classes, &k->npred_classes, &k->cappred_classes},
        {"bare_counts", &k->bare_preds, &k->bare_units, &k->nbare_units, &k->capbare_units},
        {"item_classes", &k->item_class_of, &k->item_classes, &k->nitem_classes, &k->capitem_classes},
        {"irregular", &k->irregular, &k->lemmas, &k->nlemmas, &k->caplemmas},
        {"nominalisations", &k->nominals, &k->lemmas, &k->nlemmas, &k->caplemmas},
        {"running", &k->running_preds, &k->running_families, &k->nrunning_families, &k->caprunning_families},
        {"transfers", &k->transfer_places, &k->transfer_families, &k->ntransfer_families, &k->captransfer_families},
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if ((o = cJSON_GetObjectItemCaseSensitive(sec, named[i].key)) &&
            load_named_lists(named[i].p, named[i].names, named[i].n, named[i].cap, o, file, named[i].key, err) < 0)
            return -1;
    if (cJSON_GetObjectItemCaseSensitive(sec, "transfers")) {
        free(k->transfer_origin);
        k->transfer_origin = fl_xstrdup(file);
    }
    if ((o = cJSON_GetObjectItemCaseSensitive(sec, "suffixes"))) {
        const cJSON *pair;
        static const char msg[] = "predicates.suffixes must be an array of [suffix, replacement] or [suffix, "
                                  "replacement, stem ending] arrays of strings";
        if (!cJSON_IsArray(o))
            return fl_fail(err, file, msg);
        cJSON_ArrayForEach (pair, o) {
            const cJSON *a = cJSON_GetArrayItem(pair, 0), *b = cJSON_GetArrayItem(pair, 1),
                        *e = cJSON_GetArrayItem(pair, 2);
            int n = cJSON_IsArray(pair) ? cJSON_GetArraySize(pair) : 0;
            if ((n != 2 && n != 3) || !cJSON_IsString(a) || !cJSON_IsString(b) || (e && !cJSON_IsString(e)))
                return fl_fail(err, file, msg);
            FL_GROW(k->suffixes, k->capsuffixes, k->nsuffixes + 3);
            k->suffixes[k->nsuffixes++] = fl_xstrdup(a->valuestring);
            k->suffixes[k->nsuffixes++] = fl_xstrdup(b->valuestring);
            k->suffixes[k->nsuffixes++] = fl_xstrdup(e ? e->valuestring : "");
        }
    }
    return 0;
}

int fl_knowledge_section(fl_knowledge *k, const char *name, const cJSON *sec, const char *file, fl_buf *err)
{
    if (strcmp(name, "arithmetic") == 0)
        return load_arithmetic(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "time") == 0)
        return load_time(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "claim_model") == 0)
        return load_claim_model(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "predicates") == 0)
        return load_predicates(k, sec, file, err) < 0 ? -1 : 1;
    static const char *const qualifier_kinds[] = {"approx", "nearly", "over", "under", "up_to", "at_least", NULL};
    static const char *const modality_kinds[] = {"actual", "forecast", "target", "capacity", NULL};
    if (strcmp(name, "numbers") == 0)
        return load_numbers(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "units") == 0)
        return load_units(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "rates") == 0)
        return load_rates(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "currencies") == 0)
        return load_currencies(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "percent") == 0)
        return load_percent(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "entities") == 0)
        return load_entities(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "metrics") == 0)
        return load_metrics(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "modalities") == 0)
        return load_kinds(&k->modalities, sec, modality_kinds, file, name, err) < 0 ? -1 : 1;
    if (strcmp(name, "events") == 0)
        return load_events(k, sec, file, err) < 0 ? -1 : 1;
    if (strcmp(name, "qualifiers") == 0)
        return load_kinds(&k->qualifiers, sec, qualifier_kinds, file, name, err) < 0 ? -1 : 1;
    if (strcmp(name, "non_claims") == 0)
        return load_names(&k->non_claims, sec, 1, file, name, err) < 0 ? -1 : 1;
    if (strcmp(name, "conversion_tolerance") == 0) {
        if (!cJSON_IsNumber(sec) || sec->valuedouble < 0 || sec->valuedouble >= 1)
            return fl_fail(err, file,
                           "\"conversion_tolerance\" must be a number from 0 to 1 (0.05 is 5%% of the amount)");
        k->conversion_tolerance = sec->valuedouble;
        return 1;
    }
    if (strcmp(name, "approx_tolerance") == 0) {
        if (!cJSON_IsNumber(sec) || sec->valuedouble <= 0 || sec->valuedouble >= 1)
            return fl_fail(err, file, "\"approx_tolerance\" must be a number between 0 and 1 (0.1 is +-10%%)");
        k->approx_tolerance = sec->valuedouble;
        return 1;
    }
    return 0;
}

int fl_knowledge_entity(const fl_knowledge *k, const char *id)
{
    for (size_t i = 0; i < k->nentities; i++)
        if (strcmp(k->entities[i].id, id) == 0)
            return (int)i;
    return -1;
}

int fl_knowledge_stands_for(const fl_knowledge *k, const char *general, const char *specific)
{
    int known = -1;
    for (size_t i = 0; i < k->ngeneral_things; i++)
        if (strcmp(k->general_thing[i], general) == 0) {
            if (strcmp(k->specific_thing[i], specific) == 0)
                return 1;
            known = 0;
        }
    return known;
}

const char *fl_knowledge_same_thing(const fl_knowledge *k, const char *s)
{
    enum { LONGEST = 64 };
    char one[LONGEST];
    size_t len = strlen(s);
    if (!k->nsame_things || !len || len >= LONGEST)
        return NULL;
    int i = fl_phrases_string(&k->same_thing_of, s);
    if (i < 0 && len > 3 && s[len - 1] == 's' && s[len - 2] != 's') { /* "refits"; not "glass" */
        memcpy(one, s, len - 1);
        one[len - 1] = '\0';
        i = fl_phrases_string(&k->same_thing_of, one);
    }
    return i >= 0 ? k->same_things[i] : NULL;
}

int fl_knowledge_finish(fl_knowledge *k, fl_buf *err)
{
    for (size_t i = 0; i < k->nentities; i++) {
        fl_entity *e = &k->entities[i];
        if (!e->country_id)
            continue;
        e->country = fl_knowledge_entity(k, e->country_id);
        if (e->country < 0) {
            fl_buf_printf(err, "%s: entity \"%s\" names country \"%s\", which no pack defines", e->origin, e->id,
                          e->country_id);
            return -1;
        }
    }
    /* currency symbols longest first, so "US$" is tried before "$" */
    for (size_t a = 1; a < k->nsymbols; a++) {
        char *sym = k->symbols[a];
        int cur = k->symbol_currency[a];
        size_t b = a;
        while (b > 0 && strlen(k->symbols[b - 1]) < strlen(sym)) {
            k->symbols[b] = k->symbols[b - 1];
            k->symbol_currency[b] = k->symbol_currency[b - 1];
            b--;
        }
        k->symbols[b] = sym;
        k->symbol_currency[b] = cur;
    }
    k->symbol_len = fl_xcalloc(k->nsymbols + 1, sizeof(size_t));
    for (size_t a = 0; a < k->nsymbols; a++)
        k->symbol_len[a] = strlen(k->symbols[a]);
    int rc = finish_claim_model(k, err);
    if (rc == 0)
        rc = finish_relations(k, err);
    if (rc == 0)
        rc = finish_reported(k, err);
    free_pending(k);
    return rc;
}

/* Frees n strings and the array that holds them (NULL with n 0). */
static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* The zone tables of time.json (their phrase tables are freed with the others). */
static void free_zones(fl_knowledge *k)
{
    for (size_t i = 0; i < k->nzones; i++)
        free(k->zones[i].id);
    free(k->zones);
    for (size_t i = 0; i < k->nsummers; i++)
        free(k->summers[i]);
    free(k->summers);
    free(k->nsummer_periods);
    free_strings(k->summer_names, k->nsummers);
}

/* The phrase tables of the sections loaded on their own: retractions, participants, levels, reporting, the verbs
 * of things' events, a live entry's running-total words. */
static void free_section_tables(fl_knowledge *k)
{
    fl_phrases *all[] = {&k->retractions,     &k->participant_preds, &k->level_heads,          &k->level_verbs,
                         &k->level_neutral,   &k->reporting_nouns,   &k->reporting_spans,      &k->reporting_wholes,
                         &k->reporting_bases, &k->thing_event_verbs, &k->event_things,         &k->vote_splits,
                         &k->vote_shares,     &k->add_joints,        &k->multiple_suffixes,    &k->equatives,
                         &k->subtractions,    &k->differences,       &k->approaches,           &k->rise_bases,
                         &k->margin_sides,    &k->rated_dims,        &k->multiplication_signs, &k->update_verbs};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        phrases_free(all[i]);
    phrases_free(&k->level_fills);
    phrases_free(&k->level_usual);
    phrases_free(&k->level_statistics);
    phrases_free(&k->level_value_preps);
    phrases_free(&k->level_averages);
    phrases_free(&k->entry_running);
}

/* Every phrase table of the knowledge. */
static void free_phrase_tables(fl_knowledge *k)
{
    fl_phrases *all[] = {&k->words,           &k->multipliers,
                         &k->scales,          &k->case_scales,
                         &k->approx_suffixes, &k->motion_preps,
                         &k->result_verbs,    &k->result_states,
                         &k->fractions,       &k->collectives,
                         &k->ordinals,        &k->unit_names,
                         &k->unit_symbols,    &k->unit_prefixes,
                         &k->unit_nouns,      &k->rates,
                         &k->currency_names,  &k->percent,
                         &k->aliases,         &k->triggers,
                         &k->modalities,      &k->events,
                         &k->qualifiers,      &k->non_claims,
                         &k->relative,        &k->datelines,
                         &k->copyright,       &k->anniversary,
                         &k->years_after,     &k->part_of_year,
                         &k->months,          &k->weekdays,
                         &k->increase,        &k->decrease,
                         &k->additions,       &k->compositions,
                         &k->multiples,       &k->clause_openers,
                         &k->subordinators,   &k->prepositions,
                         &k->determiners,     &k->kind_nouns,
                         &k->event_nouns,     &k->non_items,
                         &k->hypothetical,    &k->relatives,
                         &k->coordinators,    &k->origins,
                         &k->clock_before,    &k->clock_after,
                         &k->clock_periods,   &k->clock_names,
                         &k->time_zones,      &k->relative_days,
                         &k->event_verbs,     &k->open_counts,
                         &k->weekday_ahead,   &k->acts,
                         &k->possessives,     &k->generic_items,
                         &k->pred_words,      &k->linking,
                         &k->existential,     &k->locatives,
                         &k->not_places,      &k->item_preds,
                         &k->bare_preds,      &k->possessed_preds,
                         &k->increments,      &k->item_class_of,
                         &k->irregular,       &k->running_preds,
                         &k->transfer_places, &k->transfer_verbs,
                         &k->transfer_preps,  &k->untyped_kinds,
                         &k->clock_day_parts, &k->masthead_weekdays,
                         &k->relative_months, &k->month_preps,
                         &k->generic_counts,  &k->clock_hour_words,
                         &k->clock_oclock,    &k->generic_conditions,
                         &k->intensifiers,    &k->thing_pronouns,
                         &k->company_forms,   &k->responders};
    /* the claim model's later tables: measures, stock counts, descriptors, event milestones, comparisons */
    fl_phrases *more[] = {&k->nominals,
                          &k->fraction_units,
                          &k->decimal_points,
                          &k->states,
                          &k->running_spans,
                          &k->span_preps,
                          &k->span_verbs,
                          &k->span_moments,
                          &k->span_ends,
                          &k->elapsed_words,
                          &k->not_states,
                          &k->light_preds,
                          &k->impersonal_possessors,
                          &k->event_anchors,
                          &k->not_events,
                          &k->aggregates,
                          &k->new_entity,
                          &k->other_entity,
                          &k->measure_axes,
                          &k->measure_nouns,
                          &k->measure_verbs,
                          &k->estimate_verbs,
                          &k->estimate_preps,
                          &k->size_classes,
                          &k->event_milestones,
                          &k->event_repeats,
                          &k->event_intransitive,
                          &k->event_nominals,
                          &k->story_happenings,
                          &k->happening_nouns,
                          &k->happen_verbs,
                          &k->story_starts,
                          &k->story_spans,
                          &k->event_discoveries,
                          &k->thing_milestones,
                          &k->comparisons,
                          &k->times,
                          &k->multiple_hedges,
                          &k->positions,
                          &k->amount_heads,
                          &k->recordings,
                          &k->contents_dims,
                          &k->relations,
                          &k->radii,
                          &k->person_nouns,
                          &k->superseded,
                          &k->revisions,
                          &k->excess,
                          &k->shortfall,
                          &k->totals,
                          &k->remainders,
                          &k->measure_heads,
                          &k->zone_names,
                          &k->zone_places,
                          &k->local_zone,
                          &k->opening_nouns,
                          &k->opening_same,
                          &k->severity_words,
                          &k->other_places,
                          &k->agent_nouns,
                          &k->agent_preds,
                          &k->measure_bores,
                          &k->margin_verbs,
                          &k->margin_nouns,
                          &k->margin_units,
                          &k->same_thing_of,
                          &k->thing_state_of};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        phrases_free(all[i]);
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        phrases_free(more[i]);
    free_section_tables(k);
}

/* The phrase tables of a span's state and of a court's terms (claim_model span_state_preps, span_periods, term_*), and
 * of severity_sums. */
static void free_term_tables(fl_knowledge *k)
{
    fl_phrases *terms[] = {&k->span_state_preps, &k->span_periods,   &k->term_verbs,      &k->term_not,
                           &k->term_totals,      &k->severity_light, &k->severity_sum_not};
    for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++)
        phrases_free(terms[i]);
    free_strings(k->term_total_classes, k->nterm_total_classes);
}

void fl_knowledge_free(fl_knowledge *k)
{
    free_phrase_tables(k);
    phrases_free(&k->unit_glued);
    phrases_free(&k->part_counts);
    phrases_free(&k->event_verb_preps);
    phrases_free(&k->person_pronouns);
    free_term_tables(k);
    free_strings(k->measure_names, k->nmeasure_names);
    free(k->measure_family);
    free_strings(k->premod_dims, k->npremod);
    free(k->premod_family);
    free_strings(k->bydim_dims, k->nbydim);
    free(k->bydim_family);
    free_strings(k->story_dims, k->nstory_dims);
    free_strings(k->level_placed, k->nlevel_placed);
    free_strings(k->entry_dims, k->nentry_dims);
    free_strings(k->person_dims, k->nperson_dims);
    free(k->story_subject);
    free(k->opening_axes);
    free(k->opening_subject);
    free_strings(k->relation_classes, k->nrelation_classes);
    free_strings(k->event_relations, k->nevent_relations);
    free(k->relation_family);
    free(k->relation_event);
    free(k->event_state);
    free(k->rel_offset);
    free(k->rel_from);
    free(k->values);
    for (size_t i = 0; i < k->nunits; i++) {
        free(k->units[i].id);
        free(k->units[i].dimension);
    }
    free(k->units);
    free_strings(k->periods, k->nperiods);
    free_strings(k->currencies, k->ncurrencies);
    free_strings(k->symbols, k->nsymbols);
    free(k->symbol_len);
    free(k->symbol_currency);
    for (size_t i = 0; i < k->nentities; i++) {
        free(k->entities[i].id);
        free(k->entities[i].type);
        free(k->entities[i].name);
        free(k->entities[i].country_id);
        free(k->entities[i].origin);
    }
    free(k->entities);
    for (size_t i = 0; i < k->nmetrics; i++) {
        free(k->metrics[i].id);
        for (size_t d = 0; d < k->metrics[i].ndims; d++)
            free(k->metrics[i].dims[d]);
        free(k->metrics[i].dims);
        free(k->metrics[i].same_kind);
        free(k->metrics[i].span);
        free(k->metrics[i].as_act);
    }
    free(k->metrics);
    free_strings(k->unit_item, k->unit_item ? k->nunits : 0);
    free(k->unit_family);
    free_strings(k->kinds, k->nkinds);
    free_strings(k->event_classes, k->nevent_classes);
    free_strings(k->verb_classes, k->nverb_classes);
    free_strings(k->milestone_classes, k->nmilestone_classes);
    phrases_free(&k->closure_milestones);
    phrases_free(&k->closure_things);
    free_strings(k->closure_classes, k->nclosure_classes);
    free_strings(k->closure_thing_classes, k->nclosure_thing_classes);
    free_strings(k->nominal_verbs, k->nnominal_verbs);
    free_strings(k->activity_classes, k->nactivity_classes);
    phrases_free(&k->activity_starts);
    phrases_free(&k->activity_ends);
    phrases_free(&k->activities);
    free_zones(k);
    free_strings(k->act_classes, k->nact_classes);
    free_strings(k->state_classes, k->nstate_classes);
    free_strings(k->span_end_classes, k->nspan_end_classes);
    free_strings(k->severities, k->nseverities);
    free_strings(k->measured_acts, k->nmeasured_acts);
    free_strings(k->settled_acts, k->nsettled_acts);
    free_strings(k->ground_acts, k->nground_acts);
    free_strings(k->search_find_classes, k->nsearch_find_classes);
    phrases_free(&k->search_finds);
    phrases_free(&k->search_context);
    phrases_free(&k->search_find_dims);
    free_strings(k->momentary_events, k->nmomentary_events);
    free_strings(k->noun_timed_events, k->nnoun_timed_events);
    free_strings(k->consequence_events, k->nconsequence_events);
    free_strings(k->fallback_events, k->nfallback_events);
    free_strings(k->pred_classes, k->npred_classes);
    free_strings(k->bare_units, k->nbare_units);
    free_strings(k->item_classes, k->nitem_classes);
    free_strings(k->same_things, k->nsame_things);
    free_strings(k->not_event_object_classes, k->nnot_event_object_classes);
    phrases_free(&k->not_event_object_of);
    phrases_free(&k->part_whole_words);
    free_strings(k->general_thing, k->ngeneral_things);
    free_strings(k->specific_thing, k->ngeneral_things);
    free_strings(k->thing_states, k->nthing_states);
    free_strings(k->lemmas, k->nlemmas);
    free_strings(k->suffixes, k->nsuffixes);
    free_strings(k->running_families, k->nrunning_families);
    free_strings(k->transfer_families, k->ntransfer_families);
    free_strings(k->reported_flows, k->nreported_flows);
    free(k->reported_origin);
    free(k->transfer_origin);
    free_pending(k);
    memset(k, 0, sizeof(*k));
}
