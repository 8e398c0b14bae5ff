/* records.c - claim records: writing a collected run as JSON Lines (--dump-claims) and reading it back for
 * the corpus-wide half (--check-claims). See records.h for the layout. */
#include "run/records.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/json.h"
#include "core/input.h"
#include "packs/knowledge.h"
#include "core/map.h"
#include "core/rules.h"
#include "join/items.h"
#include "join/numeric.h"
#include "join/story.h"
#include "run/suppress.h"

static const char *const modalities[] = {"actual", "forecast", "target", "capacity"};
static const char *const period_hows[] = {"",
                                          "stated",
                                          "document date",
                                          "year before",
                                          "document date (event)",
                                          "story date (undated document)",
                                          "the period the report covers"};

/* ---- writing ---- */

/* A double that reads back as the same double: the shortest of 15 or 17 significant digits that does;
 * an infinite bound is null. */
static void add_double(cJSON *o, const char *name, double v)
{
    if (!isfinite(v)) {
        cJSON_AddNullToObject(o, name);
        return;
    }
    char num[40];
    snprintf(num, sizeof num, "%.15g", v);
    if (strtod(num, NULL) != v)
        snprintf(num, sizeof num, "%.17g", v);
    cJSON_AddRawToObject(o, name, num);
}

/* A record: an object whose first member is its key. */
static cJSON *record(const char *key, const char *type)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) {
        fl_oom();
    }
    cJSON_AddStringToObject(o, "key", key);
    cJSON_AddStringToObject(o, "type", type);
    return o;
}

/* A claim's record, with where it is as --dump-claims always gave it: file, line, code-point column. */
static cJSON *claim_record(const char *key, const char *type, const char *file, const fl_pos *start)
{
    cJSON *o = record(key, type);
    fl_buf nb = {0};
    cJSON_AddStringToObject(o, "file", fl_json_name(&nb, file));
    fl_buf_free(&nb);
    cJSON_AddNumberToObject(o, "line", start->line);
    cJSON_AddNumberToObject(o, "column", start->col[FL_COL_CODEPOINT]);
    return o;
}

static void put(FILE *out, fl_records_form form, const char *key, cJSON *o)
{
    if (form == FL_RECORDS_KEYED) {
        /* the key as Hadoop Streaming reads it: up to the first tab, on one line */
        for (const char *p = key; *p; p++)
            fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, out);
        fputc('\t', out);
    }
    fl_json_print(out, o, 0);
}

/* What every claim's join needs of its document: the rule's level there, and whether it is a reference. */
static void add_doc(cJSON *join, fl_run *run, size_t doc, int rule, const fl_pos *start, const char *key)
{
    cJSON_AddStringToObject(join, "level", fl_severity_name(run->level[doc][rule]));
    cJSON_AddBoolToObject(join, "reference", run->reference[doc]);
    /* whether a directive of its document suppresses the join's findings at it: the reducer that holds
     * the claim may not hold the document's file record; the directive learns the key in turn, so that the
     * reducer that holds it knows where its use is decided */
    int suppressed = run->sups[doc] && key[0] && fl_suppress_note_claim(run->sups[doc], rule, start, key);
    cJSON_AddBoolToObject(join, "suppressed", suppressed);
}

/* A 128-bit signature (story names, topic words, a clause's words) as read_names reads it: 32 hex digits. */
static void add_signature(cJSON *j, const char *name, const uint64_t sig[2])
{
    char hex[40];
    snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long)sig[0], (unsigned long long)sig[1]);
    cJSON_AddStringToObject(j, name, hex);
}

/* The key a claim is routed on (the keyed form's KEY): its key without the period ("...|item|"), or for a weekday
 * given a day its directory ("weekday|dir|"): a figure its sentence dates and one its document dates (a dated
 * report's month, a wire dateline's month without its year, or an undated report's "story", which the join gives
 * the period of a dated report of the same event) can have one key, and all of them must meet in one reducer.
 * Returns route or key. */
static const char *route_key(const fl_claim *c, const char *key, fl_buf *route)
{
    const char *bar = strrchr(key, '|');
    size_t file_at;
    if (c->key && fl_story_topic_file(c->key, &file_at)) {
        /* a figure of a document's topic: the join keys it by its story (fl_story_topic_keys) */
        fl_story_topic_route(c, route);
        fl_items_route(route); /* a generic count meets the specific one it may be (fl_items_resolve) */
        return route->ptr;
    }
    static const char wd[] = "weekday|";
    if (strncmp(key, wd, sizeof wd - 1) == 0 && bar) {
        /* a weekday given a day: one weekday given two days of one week is found among its directory's */
        route->len = 0;
        fl_buf_put(route, key, (size_t)(bar + 1 - key));
        return route->ptr;
    }
    if (!c->key || !bar)
        return key;
    route->len = 0;
    const char *at = c->subject_event ? strstr(key, "|@") : NULL, *gt = at ? strchr(at, '>') : NULL;
    const char *slash = gt ? memrchr(at, '/', (size_t)(gt - at)) : NULL;
    if (slash) {
        /* an event's figure: the story join gives a report's own event the event of its story's first report
         * ("fire" in one outlet, "explosion" in another), so the event's name is no part of the route, only
         * its directory */
        fl_buf_put(route, key, (size_t)(slash + 1 - key));
        key = gt;
    }
    /* every claim of a key without its period, whatever period it has: a figure its sentence dates ("in May
     * 2026") and one its document dates can have one key, and the single run compares them */
    const char *end = strrchr(key, '|') + 1;
    fl_buf_put(route, key, (size_t)(end - key));
    fl_items_route(route);
    return route->ptr;
}

static void write_claim(FILE *out, fl_records_form form, const fl_claim *c, const fl_knowledge *k, fl_run *run)
{
    const char *key = c->key ? c->key : "";
    cJSON *o = claim_record(key, "numeric", c->file, &c->start);
    cJSON_AddStringToObject(o, "text", c->text);
    cJSON_AddStringToObject(o, "context", c->context);
    add_double(o, "value", c->value);
    add_double(o, "low", c->lo);
    add_double(o, "high", c->hi);
    cJSON_AddStringToObject(o, "unit", c->dim);
    cJSON_AddStringToObject(o, "item", c->item);
    cJSON_AddStringToObject(o, "family", c->family >= 0 ? k->metrics[c->family].id : "");
    cJSON_AddStringToObject(o, "from", c->src >= 0 ? k->entities[c->src].id : "");
    cJSON_AddStringToObject(o, "to", c->dst >= 0 ? k->entities[c->dst].id : "");
    char period[48];
    fl_claim_period(c, period, sizeof period);
    cJSON_AddStringToObject(o, "period", period);
    cJSON_AddStringToObject(o, "period_from", period_hows[c->period_how]);
    if (c->period_how == 2)
        cJSON_AddStringToObject(o, "document_date_from", fl_date_source_text(c->date_source));
    cJSON_AddStringToObject(o, "modality", modalities[c->modality]);
    /* the claim model's parts: what the figure is about, how that was found, and why it has no key */
    cJSON_AddStringToObject(o, "subject", c->subject ? c->subject : "");
    cJSON_AddStringToObject(o, "subject_from", c->subject_how ? c->subject_how : "");
    cJSON_AddStringToObject(o, "attribute", c->family >= 0 ? k->metrics[k->metrics[c->family].join_as].id : "");
    cJSON_AddStringToObject(o, "why_not_compared", c->why ? c->why : "");
    cJSON *j = cJSON_AddObjectToObject(o, "join");
    cJSON_AddItemToObject(j, "start", fl_pos_to_json(&c->start));
    cJSON_AddItemToObject(j, "end", fl_pos_to_json(&c->end));
    cJSON_AddNumberToObject(j, "seq", (double)c->seq);
    cJSON_AddNumberToObject(j, "sentence", (double)c->sentence);
    if (c->key_base)
        cJSON_AddStringToObject(j, "key_base", c->key_base);
    else
        cJSON_AddNullToObject(j, "key_base");
    cJSON_AddNumberToObject(j, "year", c->year);
    cJSON_AddNumberToObject(j, "month", c->month);
    cJSON_AddNumberToObject(j, "day", c->day);
    cJSON_AddBoolToObject(j, "subject_event", c->subject_event);
    cJSON_AddNumberToObject(j, "doc_date", c->doc_date);
    cJSON_AddNumberToObject(j, "part", c->part);
    cJSON_AddStringToObject(j, "part_text", c->part_text);
    cJSON_AddNumberToObject(j, "since", c->since);
    cJSON_AddNumberToObject(j, "period_how", c->period_how);
    cJSON_AddNumberToObject(j, "date_source", c->date_source);
    cJSON_AddNumberToObject(j, "count_state", c->count_state);
    if (c->base) /* written only when set: records of earlier versions read the same */
        cJSON_AddBoolToObject(j, "base", 1);
    if (c->listed)
        cJSON_AddBoolToObject(j, "listed", 1);
    if (c->as_of)
        cJSON_AddNumberToObject(j, "as_of", c->as_of);
    if (c->entry)
        cJSON_AddNumberToObject(j, "entry", c->entry);
    if (c->governor)
        cJSON_AddNumberToObject(j, "governor", c->governor);
    if (c->deadline)
        cJSON_AddNumberToObject(j, "deadline", c->deadline);
    if (c->told_back)
        cJSON_AddNumberToObject(j, "told_back", c->told_back);
    if (c->definite)
        cJSON_AddBoolToObject(j, "definite", 1);
    if (c->dual)
        cJSON_AddBoolToObject(j, "dual", 1);
    if (c->own_noun)
        cJSON_AddNumberToObject(j, "own_noun", c->own_noun);
    if (c->told_past == FL_TOLD_PRESENT) /* an age told of its report's date (join/ages.c) */
        cJSON_AddBoolToObject(j, "told_present", 1);
    if (c->told_past == FL_TOLD_DEAD || c->told_past == FL_TOLD_ELSEWHEN) /* a dead person's, another year's */
        cJSON_AddNumberToObject(j, "told_age", c->told_past);
    if (c->whole)
        cJSON_AddBoolToObject(j, "whole", 1);
    if (c->row)
        cJSON_AddBoolToObject(j, "row", 1);
    if (c->restated)
        cJSON_AddBoolToObject(j, "restated", 1);
    if (c->subject_doc)
        cJSON_AddBoolToObject(j, "subject_doc", 1);
    if (c->transposable) /* a level the transposition join compares */
        cJSON_AddBoolToObject(j, "transposable", 1);
    if (c->doc_event > 0) /* its document's own event (fl_story_mark_events), written only when set */
        cJSON_AddStringToObject(j, "doc_event", k->event_classes[c->doc_event - 1]);
    if (c->event_day) /* the day its document states that event was on (fl_story_mark_events), only when set */
        cJSON_AddNumberToObject(j, "event_day", c->event_day);
    if (c->doc_parts[0]) /* the part nouns its document counts (fl_items_mark), written only when set */
        cJSON_AddStringToObject(j, "doc_parts", c->doc_parts);
    add_signature(j, "names", c->names);
    if (c->topics[0] || c->topics[1]) /* its document's most used content words (written only when set) */
        add_signature(j, "topics", c->topics);
    if (c->sim[0] || c->sim[1]) /* a figure no attribute keys: its clause's words (written only when set) */
        add_signature(j, "sim", c->sim);
    if (c->sim_when)
        cJSON_AddNumberToObject(j, "sim_when", c->sim_when);
    if (c->sim_act) /* a keyed act count's verb among its clause's words */
        cJSON_AddNumberToObject(j, "sim_act", c->sim_act);
    add_doc(j, run, c->doc, FL_RULE_NUMERIC_CONFLICT, &c->start, key);
    fl_buf route = {0};
    /* and a copy routed on its digits, so that every figure a transposition of it may be meets it in one reducer,
     * whatever their keys: the transposition join there reads the copies alone */
    cJSON *copy = NULL;
    if (form == FL_RECORDS_KEYED && c->transposable) {
        if (!(copy = cJSON_Duplicate(o, 1)))
            fl_oom();
        cJSON_AddBoolToObject(cJSON_GetObjectItemCaseSensitive(copy, "join"), "copy", 1);
    }
    put(out, form, route_key(c, key, &route), o);
    if (copy && fl_join_transposed_part(c, &route))
        put(out, form, route.ptr, copy);
    else
        cJSON_Delete(copy);
    fl_buf_free(&route);
}

/* The folded surname a speaker is joined on (quotes.c joins a surname alone with the one full name that
 * ends in it, so both must meet in one reducer): the last word of the folded name. */
static const char *surname_of(const char *speaker_key)
{
    if (!speaker_key)
        return "";
    const char *sp = strrchr(speaker_key, ' ');
    return sp ? sp + 1 : speaker_key;
}

/* The names of a remark's medium in a record (fl_qclaim.medium's order). */
static const char *const medium_names[] = {"", "written", "spoken"};

static void write_qclaim(FILE *out, fl_records_form form, const fl_qclaim *q, fl_run *run)
{
    const char *key = surname_of(q->speaker_key);
    cJSON *o = claim_record(key, q->direct ? "quote" : "reported", q->file, &q->start);
    cJSON_AddStringToObject(o, "speaker", q->speaker);
    cJSON_AddStringToObject(o, "resolved_by", q->how);
    cJSON_AddStringToObject(o, "audience", q->audience);
    cJSON_AddStringToObject(o, "hedge", q->hedge);
    cJSON_AddStringToObject(o, "source", q->source);
    cJSON_AddStringToObject(o, "text", q->text);
    cJSON_AddStringToObject(o, "medium", medium_names[q->medium]);
    if (q->speaker_key)
        cJSON_AddStringToObject(o, "speaker_key", q->speaker_key);
    else
        cJSON_AddNullToObject(o, "speaker_key");
    cJSON *j = cJSON_AddObjectToObject(o, "join");
    cJSON_AddItemToObject(j, "start", fl_pos_to_json(&q->start));
    cJSON_AddItemToObject(j, "end", fl_pos_to_json(&q->end));
    cJSON_AddNumberToObject(j, "seq", (double)q->seq);
    cJSON_AddNumberToObject(j, "sentence", (double)q->sentence);
    cJSON_AddBoolToObject(j, "local", q->local);
    add_doc(j, run, q->doc, FL_RULE_QUOTE_CONFLICT, &q->start, key);
    put(out, form, key, o);
}

static cJSON *location(cJSON *o, const char *file, const fl_pos *start, const fl_pos *end, const char *message,
                       uint64_t text_hash)
{
    fl_buf nb = {0};
    cJSON_AddStringToObject(o, "file", fl_json_name(&nb, file));
    fl_buf_free(&nb);
    cJSON_AddItemToObject(o, "start", fl_pos_to_json(start));
    cJSON_AddItemToObject(o, "end", fl_pos_to_json(end));
    cJSON_AddStringToObject(o, "message", message);
    cJSON_AddItemToObject(o, "text_hash", fl_hash_to_json(text_hash));
    return o;
}

static void write_diag(FILE *out, fl_records_form form, const fl_diag *d, int within)
{
    fl_buf nb = {0};
    const char *name = fl_json_name(&nb, d->file);
    cJSON *o = record(name, "diagnostic");
    cJSON_AddStringToObject(o, "rule", fl_rule_table[d->rule].id);
    cJSON_AddStringToObject(o, "severity", fl_severity_name(d->severity));
    cJSON_AddBoolToObject(o, "within", within);
    location(o, d->file, &d->start, &d->end, d->message, d->text_hash);
    cJSON *rel = cJSON_AddArrayToObject(o, "related");
    for (size_t i = 0; i < d->nrelated; i++) {
        const fl_related *x = &d->related[i];
        cJSON_AddItemToArray(rel,
                             location(cJSON_CreateObject(), x->file, &x->start, &x->end, x->message, x->text_hash));
    }
    put(out, form, name, o);
    fl_buf_free(&nb);
}

static void write_file(FILE *out, fl_records_form form, const fl_run *run, size_t i)
{
    fl_buf nb = {0};
    const char *name = fl_json_name(&nb, run->file[i]);
    cJSON *o = record(name, "file");
    cJSON_AddStringToObject(o, "file", name);
    cJSON_AddBoolToObject(o, "reference", run->reference[i]);
    cJSON_AddBoolToObject(o, "unreadable", run->unreadable[i]);
    cJSON *lv = cJSON_AddObjectToObject(o, "levels"); /* those that are not the rule's default */
    for (int r = 0; r < FL_RULE_COUNT; r++)
        if (run->level[i][r] != fl_rule_table[r].level)
            cJSON_AddStringToObject(lv, fl_rule_table[r].id, fl_severity_name(run->level[i][r]));
    if (run->sups[i])
        cJSON_AddItemToObject(o, "suppressions", fl_suppress_to_json(run->sups[i]));
    put(out, form, name, o);
    fl_buf_free(&nb);
}

void fl_records_write(FILE *out, fl_records_form form, const fl_rules *r, fl_run *run)
{
    const fl_knowledge *k = fl_rules_knowledge(r);
    for (size_t i = 0; i < run->claims.len; i++)
        write_claim(out, form, &run->claims.items[i], k, run);
    for (size_t i = 0; i < run->claims.nquote; i++)
        write_qclaim(out, form, &run->claims.quotes[i], run);
    for (size_t i = 0; i < run->diags.len; i++)
        write_diag(out, form, &run->diags.items[i], 0);
    for (size_t i = 0; i < run->local.len; i++)
        write_diag(out, form, &run->local.items[i], 1);
    for (size_t i = 0; i < run->ndocs; i++)
        write_file(out, form, run, i);
}

/* ---- reading ---- */

typedef struct {
    int has_file; /* its file record was read */
    unsigned char reference, unreadable;
    fl_severity level[FL_RULE_COUNT]; /* from its file record */
    int join_level[FL_RULE_COUNT];    /* from its claims (a reducer that never sees the file record): -1 none */
    cJSON *sups;                      /* its file record's "suppressions", detached; NULL none */
} doc_info;

struct fl_records_reader {
    const fl_rules *rules;
    fl_map metrics, entities; /* id -> index in the knowledge */
    fl_map docs;              /* display path -> document */
    doc_info *info;
    char **strings; /* owned: file names, then the claims' "resolved_by" */
    size_t nstrings, capstrings, ndocs, capdocs;
    size_t *doc_name; /* document -> its name in strings */
    fl_map how;       /* "resolved_by" -> its string */
    fl_map held;      /* the keys of the claim records read */
    fl_sink diags, local;
    fl_claims claims;
    const char *name; /* the stream being read, for messages */
    size_t line;
    fl_buf *err;
    int out_of_range; /* the record being read has a position outside 1..FL_POS_MAX */
    size_t max;       /* the limit on one record's size (0: the default) */
};

fl_records_reader *fl_records_reader_new(const fl_rules *r)
{
    fl_records_reader *rd = fl_xcalloc(1, sizeof *rd);
    rd->rules = r;
    const fl_knowledge *k = fl_rules_knowledge(r);
    fl_map_init(&rd->metrics, 0);
    fl_map_init(&rd->entities, 0);
    fl_map_init(&rd->docs, 0);
    fl_map_init(&rd->how, 0);
    fl_map_init(&rd->held, 0);
    for (size_t i = 0; i < k->nmetrics; i++)
        fl_map_put(&rd->metrics, k->metrics[i].id, strlen(k->metrics[i].id), (int)i);
    for (size_t i = 0; i < k->nentities; i++)
        fl_map_put(&rd->entities, k->entities[i].id, strlen(k->entities[i].id), (int)i);
    return rd;
}

void fl_records_reader_free(fl_records_reader *rd)
{
    if (!rd)
        return;
    fl_map_free(&rd->metrics);
    fl_map_free(&rd->entities);
    fl_map_free(&rd->docs);
    fl_map_free(&rd->how);
    fl_map_free(&rd->held);
    for (size_t i = 0; i < rd->ndocs; i++)
        cJSON_Delete(rd->info[i].sups);
    free(rd->info);
    free(rd->doc_name);
    for (size_t i = 0; i < rd->nstrings; i++)
        free(rd->strings[i]);
    free(rd->strings);
    fl_sink_free(&rd->diags);
    fl_sink_free(&rd->local);
    fl_claims_free(&rd->claims);
    free(rd);
}

static int bad(fl_records_reader *rd, const char *what)
{
    if (rd->out_of_range)
        fl_buf_printf(rd->err, "%s:%zu: a line or column out of range (1 to %d) in a record", rd->name, rd->line,
                      FL_POS_MAX);
    else
        fl_buf_printf(rd->err, "%s:%zu: %s", rd->name, rd->line, what);
    return -1;
}

static size_t keep(fl_records_reader *rd, char *s)
{
    FL_GROW(rd->strings, rd->capstrings, rd->nstrings + 1);
    rd->strings[rd->nstrings] = s;
    return rd->nstrings++;
}

/* The document of a file name, added the first time it is seen. */
static size_t doc_of(fl_records_reader *rd, const char *file)
{
    int d = fl_map_get(&rd->docs, file, strlen(file));
    if (d >= 0)
        return (size_t)d;
    size_t old = rd->capdocs;
    FL_GROW(rd->info, rd->capdocs, rd->ndocs + 1);
    if (rd->capdocs != old)
        rd->doc_name = fl_xrealloc(rd->doc_name, rd->capdocs * sizeof(size_t));
    doc_info *x = &rd->info[rd->ndocs];
    memset(x, 0, sizeof *x);
    for (int r = 0; r < FL_RULE_COUNT; r++) {
        x->level[r] = fl_rule_table[r].level;
        x->join_level[r] = -1;
    }
    rd->doc_name[rd->ndocs] = keep(rd, fl_xstrdup(file));
    fl_map_put(&rd->docs, file, strlen(file), (int)rd->ndocs);
    return rd->ndocs++;
}

static const char *file_name(const fl_records_reader *rd, size_t doc)
{
    return rd->strings[rd->doc_name[doc]];
}

/* Members: a string (NULL when absent or not a string), a whole number, a boolean. */
static const char *str(const cJSON *o, const char *name)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(j) ? j->valuestring : NULL;
}

static int whole(const cJSON *o, const char *name, double lo, double hi, double *v)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!cJSON_IsNumber(j) || j->valuedouble != floor(j->valuedouble) || j->valuedouble < lo || j->valuedouble > hi)
        return -1;
    *v = j->valuedouble;
    return 0;
}

static int whole_int(const cJSON *o, const char *name, int lo, int hi, int *v)
{
    double x;
    if (whole(o, name, lo, hi, &x) < 0)
        return -1;
    *v = (int)x;
    return 0;
}

/* A small whole number (a month, a flag) into a byte of a claim. */
static int whole_i8(const cJSON *o, const char *name, int lo, int hi, int8_t *v)
{
    int x;
    if (whole_int(o, name, lo, hi, &x) < 0)
        return -1;
    *v = (int8_t)x;
    return 0;
}

/* An index within a document (a claim's seq, sentence): 32-bit, as a document is under 4 GiB. */
static int whole_u32(const cJSON *o, const char *name, uint32_t *v)
{
    double x;
    if (whole(o, name, 0, UINT32_MAX, &x) < 0)
        return -1;
    *v = (uint32_t)x;
    return 0;
}

/* A claim's story names as written: 32 hex digits, two 64-bit words. */
static int read_names(const char *s, uint64_t names[2])
{
    if (strlen(s) != 32 || strspn(s, "0123456789abcdef") != 32)
        return -1;
    for (int w = 0; w < 2; w++) {
        names[w] = 0;
        for (int i = 0; i < 16; i++) {
            char ch = s[w * 16 + i];
            names[w] = names[w] << 4 | (uint64_t)(ch <= '9' ? ch - '0' : ch - 'a' + 10);
        }
    }
    return 0;
}

static int whole_size(const cJSON *o, const char *name, size_t *v)
{
    double x;
    if (whole(o, name, 0, 9007199254740992.0, &x) < 0)
        return -1;
    *v = (size_t)x;
    return 0;
}

static int boolean(const cJSON *o, const char *name, int *v)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!cJSON_IsBool(j))
        return -1;
    *v = cJSON_IsTrue(j);
    return 0;
}

/* A bound: a number, or null for an infinite one of sign. */
static int bound(const cJSON *o, const char *name, double inf, double *v)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, name);
    if (cJSON_IsNull(j))
        *v = inf;
    else if (cJSON_IsNumber(j))
        *v = j->valuedouble;
    else
        return -1;
    return 0;
}

static int pos_of(fl_records_reader *rd, const cJSON *o, const char *name, fl_pos *p)
{
    int rc = fl_pos_from_json(cJSON_GetObjectItemCaseSensitive(o, name), p);
    if (rc == -2)
        rd->out_of_range = 1;
    return rc;
}
#define pos(o, name, p) pos_of(rd, o, name, p)

static int index_of(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

/* The claim's document (from "file") with the level of rule there and its reference flag from "join"; its key is
 * held (a suppression of it is decided here) unless the record is a copy the transposition join reads. */
static int claim_doc(fl_records_reader *rd, const cJSON *o, const cJSON *j, int rule, size_t *doc, int *suppressed)
{
    int copy = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "copy"));
    const char *file = str(o, "file"), *level = str(j, "level"), *key = str(o, "key");
    int sev = level ? fl_severity_parse(level, 1) : -1, ref;
    if (!file || !key || sev < 0 || boolean(j, "reference", &ref) < 0 || boolean(j, "suppressed", suppressed) < 0)
        return bad(rd, "a claim record without its key, file, level, reference or suppressed flag");
    if (!copy)
        fl_map_put(&rd->held, key, strlen(key), 1);
    *doc = doc_of(rd, file);
    doc_info *x = &rd->info[*doc];
    x->join_level[rule] = sev;
    x->reference |= (unsigned char)ref;
    return 0;
}

/* An entity or metric id of the knowledge, -1 for "". */
static int known(fl_records_reader *rd, const fl_map *m, const char *id, int *v)
{
    if (!id)
        return -1;
    *v = id[0] ? fl_map_get(m, id, strlen(id)) : -1;
    if (id[0] && *v < 0) {
        fl_buf_printf(rd->err,
                      "%s:%zu: '%s' is not in the rule packs: give --check-claims the --rules of the --dump-claims run",
                      rd->name, rd->line, id);
        return -2;
    }
    return 0;
}

/* A numeric record's "doc_event" (its document's own event class, absent none) as 1 + its index in the packs. */
static int read_doc_event(fl_records_reader *rd, const cJSON *j, int16_t *event)
{
    const cJSON *ev = cJSON_GetObjectItemCaseSensitive(j, "doc_event");
    *event = 0;
    if (!ev)
        return 0;
    const fl_knowledge *k = fl_rules_knowledge(rd->rules);
    for (size_t e = 0; cJSON_IsString(ev) && e < k->nevent_classes && e < INT16_MAX; e++)
        if (strcmp(k->event_classes[e], ev->valuestring) == 0) {
            *event = (int16_t)(e + 1);
            return 0;
        }
    if (!cJSON_IsString(ev))
        return bad(rd, "a numeric claim record with a bad doc_event");
    fl_buf_printf(
        rd->err,
        "%s:%zu: event '%s' is not in the rule packs: give --check-claims the --rules of the --dump-claims run",
        rd->name, rd->line, ev->valuestring);
    return -1;
}

/* An optional 32-bit member of a record ("as_of", "deadline", "governor"): 0 when absent or out of range. */
static uint32_t optional_u32(const cJSON *j, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, name);
    return cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble <= 4294967295.0 ? (uint32_t)v->valuedouble : 0;
}

/* An age's told_past (join/ages.c): "told_present", or "told_age" (FL_TOLD_DEAD, FL_TOLD_ELSEWHEN). */
static int8_t read_told(const cJSON *j)
{
    const cJSON *told_age = cJSON_GetObjectItemCaseSensitive(j, "told_age");
    if (cJSON_IsNumber(told_age) && (told_age->valueint == FL_TOLD_DEAD || told_age->valueint == FL_TOLD_ELSEWHEN))
        return (int8_t)told_age->valueint;
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "told_present")) ? FL_TOLD_PRESENT : 0;
}

static int read_numeric(fl_records_reader *rd, const cJSON *o)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, "join");
    fl_claim c;
    memset(&c, 0, sizeof c);
    const char *key = str(o, "key"), *text = str(o, "text"), *context = str(o, "context"), *unit = str(o, "unit"),
               *item = str(o, "item"), *part_text = str(j, "part_text"), *doc_parts = str(j, "doc_parts");
    int k, year = 0;
    if (!cJSON_IsObject(j) || !key || !text || !context || !unit || !item || !part_text ||
        strlen(part_text) >= sizeof c.part_text || (doc_parts && strlen(doc_parts) >= sizeof c.doc_parts) ||
        pos(j, "start", &c.start) < 0 || pos(j, "end", &c.end) < 0 || bound(o, "value", NAN, &c.value) < 0 ||
        bound(o, "low", -INFINITY, &c.lo) < 0 || bound(o, "high", INFINITY, &c.hi) < 0 ||
        whole_u32(j, "seq", &c.seq) < 0 || whole_u32(j, "sentence", &c.sentence) < 0 ||
        whole_int(j, "year", INT16_MIN, INT16_MAX, &year) < 0 || whole_i8(j, "month", 0, 12, &c.month) < 0 ||
        whole_i8(j, "part", 0, 1, &c.part) < 0 || whole_i8(j, "since", 0, 1, &c.since) < 0 ||
        whole_i8(j, "period_how", 0, 6, &c.period_how) < 0 ||
        whole_i8(j, "date_source", FL_DATE_NONE, FL_DATE_INFERRED, &c.date_source) < 0 ||
        (c.modality = index_of(modalities, 4, str(o, "modality"))) < 0)
        return bad(rd, "a numeric claim record without all of its fields (written by another version?)");
    if ((k = known(rd, &rd->metrics, str(o, "family"), &c.family)) < 0 ||
        (k = known(rd, &rd->entities, str(o, "from"), &c.src)) < 0 ||
        (k = known(rd, &rd->entities, str(o, "to"), &c.dst)) < 0)
        return k == -1 ? bad(rd, "a numeric claim record without its family, from or to") : -1;
    const cJSON *base = cJSON_GetObjectItemCaseSensitive(j, "key_base");
    if (!cJSON_IsString(base) && !cJSON_IsNull(base))
        return bad(rd, "a numeric claim record without its key_base");
    size_t doc;
    int suppressed;
    if (claim_doc(rd, o, j, FL_RULE_NUMERIC_CONFLICT, &doc, &suppressed) < 0)
        return -1;
    c.doc = (uint32_t)doc; /* doc_of numbers the record's files: as many as the run has documents */
    c.suppressed = (int8_t)suppressed;
    c.file = file_name(rd, c.doc);
    /* every field is checked before any string is copied: a bad record leaks nothing */
    const cJSON *day = cJSON_GetObjectItemCaseSensitive(j, "day");
    if (day && whole_i8(j, "day", 0, 31, &c.day) < 0)
        return bad(rd, "a numeric claim record with a bad day");
    if (cJSON_GetObjectItemCaseSensitive(j, "doc_date") && whole_int(j, "doc_date", 0, 99991231, &c.doc_date) < 0)
        return bad(rd, "a numeric claim record with a bad doc_date");
    if (cJSON_GetObjectItemCaseSensitive(j, "event_day") && whole_int(j, "event_day", 0, 99991231, &c.event_day) < 0)
        return bad(rd, "a numeric claim record with a bad event_day");
    c.subject_event = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "subject_event"));
    if (cJSON_GetObjectItemCaseSensitive(j, "count_state") && whole_i8(j, "count_state", 0, 2, &c.count_state) < 0)
        return bad(rd, "a numeric claim record with a bad count_state");
    if (cJSON_GetObjectItemCaseSensitive(j, "own_noun") && whole_i8(j, "own_noun", 0, 2, &c.own_noun) < 0)
        return bad(rd, "a numeric claim record with a bad own_noun");
    c.base = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "base"));
    c.listed = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "listed"));
    c.definite = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "definite"));
    c.dual = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "dual"));
    c.whole = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "whole"));
    c.row = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "row"));
    c.restated = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "restated"));
    c.told_past = read_told(j);
    c.subject_doc = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "subject_doc"));
    c.transposable = (int8_t)cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "transposable"));
    int copy = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "copy"));
    c.as_of = optional_u32(j, "as_of");
    const cJSON *entry = cJSON_GetObjectItemCaseSensitive(j, "entry");
    if (cJSON_IsNumber(entry) && entry->valuedouble >= 0 && entry->valuedouble <= 1440)
        c.entry = (uint16_t)entry->valuedouble;
    c.year = (int16_t)year;
    c.deadline = optional_u32(j, "deadline");
    c.told_back = (int16_t)(optional_u32(j, "told_back") <= 400 ? optional_u32(j, "told_back") : 0);
    c.governor = optional_u32(j, "governor");
    if (read_doc_event(rd, j, &c.doc_event) < 0)
        return -1;
    const char *names = str(j, "names");
    if (names && read_names(names, c.names) < 0)
        return bad(rd, "a numeric claim record with bad names");
    const char *topics = str(j, "topics");
    if (topics && read_names(topics, c.topics) < 0)
        return bad(rd, "a numeric claim record with bad topics");
    const cJSON *sw = cJSON_GetObjectItemCaseSensitive(j, "sim_when");
    if (cJSON_IsNumber(sw) && sw->valuedouble >= 0 && sw->valuedouble <= 4294967295.0)
        c.sim_when = (uint32_t)sw->valuedouble;
    const cJSON *sa = cJSON_GetObjectItemCaseSensitive(j, "sim_act");
    if (cJSON_IsNumber(sa) && sa->valuedouble >= 0 && sa->valuedouble <= 64)
        c.sim_act = (uint8_t)sa->valuedouble;
    const char *sim = str(j, "sim");
    if (sim && read_names(sim, c.sim) < 0)
        return bad(rd, "a numeric claim record with bad clause words");
    memcpy(c.part_text, part_text, strlen(part_text) + 1);
    if (doc_parts)
        memcpy(c.doc_parts, doc_parts, strlen(doc_parts) + 1);
    c.text = fl_xstrdup(text);
    c.context = fl_xstrdup(context);
    c.dim = fl_xstrdup(unit);
    c.item = fl_xstrdup(item);
    c.key = key[0] ? fl_xstrdup(key) : NULL;
    c.key_base = cJSON_IsString(base) ? fl_xstrdup(base->valuestring) : NULL;
    /* the claim model's parts (records of an older version have none: no subject) */
    const char *subject = str(o, "subject");
    c.subject = fl_xstrdup(subject ? subject : "");
    /* how the subject was found, where the join reads it: a day or time found from an event noun beside it, or
     * given its document's event (join/story.c) */
    static const char *const noun_hows[] = {"event noun after it",
                                            "event noun before it",
                                            "the document's event (a discovery of its state)",
                                            "the document's event (a cleft setting its scene)",
                                            "the document's event (an event verb in the sentence)",
                                            fl_general_noun_how,
                                            FL_SINGLE_NAME_AGE, /* and a person's age by one name (join/ages.c) */
                                            FL_SINGLE_NAME_AGE_ASIDE}; /* never re-keyed by story (join/story.c) */
    const char *how = str(o, "subject_from");
    c.subject_how = "";
    for (size_t i = 0; how && i < sizeof noun_hows / sizeof noun_hows[0]; i++)
        if (strcmp(how, noun_hows[i]) == 0)
            c.subject_how = noun_hows[i];
    c.why = fl_xstrdup("");
    fl_claim_pack(&c);
    if (copy) { /* the transposition join's copy (write_claim) */
        FL_GROW(rd->claims.copies, rd->claims.capcopy, rd->claims.ncopy + 1);
        rd->claims.copies[rd->claims.ncopy++] = c;
        return 0;
    }
    FL_GROW(rd->claims.items, rd->claims.cap, rd->claims.len + 1);
    rd->claims.items[rd->claims.len++] = c;
    return 0;
}

static int read_quote(fl_records_reader *rd, const cJSON *o, int direct)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, "join");
    const cJSON *sk = cJSON_GetObjectItemCaseSensitive(o, "speaker_key");
    fl_qclaim q;
    memset(&q, 0, sizeof q);
    const char *speaker = str(o, "speaker"), *how = str(o, "resolved_by"), *audience = str(o, "audience"),
               *hedge = str(o, "hedge"), *source = str(o, "source"), *text = str(o, "text");
    if (!cJSON_IsObject(j) || !speaker || !how || !audience || !hedge || !source || !text ||
        (!cJSON_IsString(sk) && !cJSON_IsNull(sk)) || pos(j, "start", &q.start) < 0 || pos(j, "end", &q.end) < 0 ||
        whole_size(j, "seq", &q.seq) < 0 || whole_size(j, "sentence", &q.sentence) < 0 ||
        boolean(j, "local", &q.local) < 0)
        return bad(rd, "a quote record without all of its fields (written by another version?)");
    if (claim_doc(rd, o, j, FL_RULE_QUOTE_CONFLICT, &q.doc, &q.suppressed) < 0)
        return -1;
    q.file = file_name(rd, q.doc);
    q.direct = direct;
    int h = fl_map_get(&rd->how, how, strlen(how));
    if (h < 0) {
        h = (int)keep(rd, fl_xstrdup(how));
        fl_map_put(&rd->how, how, strlen(how), h);
    }
    q.how = rd->strings[h];
    q.speaker = fl_xstrdup(speaker);
    q.speaker_key = cJSON_IsString(sk) ? fl_xstrdup(sk->valuestring) : NULL;
    q.audience = fl_xstrdup(audience);
    q.hedge = fl_xstrdup(hedge);
    q.source = fl_xstrdup(source);
    q.text = fl_xstrdup(text);
    /* the medium (records of an older version have none: neither) */
    const char *medium = str(o, "medium");
    for (int m = FL_MEDIUM_WRITTEN; medium && m <= FL_MEDIUM_SPOKEN; m++)
        if (strcmp(medium, medium_names[m]) == 0)
            q.medium = m;
    fl_qclaim_pack(&q);
    FL_GROW(rd->claims.quotes, rd->claims.capquote, rd->claims.nquote + 1);
    rd->claims.quotes[rd->claims.nquote++] = q;
    return 0;
}

/* One location of a diagnostic record: its file (as a document), span, message and text hash. */
static int read_location(fl_records_reader *rd, const cJSON *o, const char **file, fl_pos *start, fl_pos *end,
                         char **message, uint64_t *hash)
{
    const char *f = str(o, "file"), *m = str(o, "message");
    if (!f || !m || pos(o, "start", start) < 0 || pos(o, "end", end) < 0 ||
        fl_hash_from_json(cJSON_GetObjectItemCaseSensitive(o, "text_hash"), hash) < 0)
        return -1;
    *file = file_name(rd, doc_of(rd, f));
    *message = fl_xstrdup(m);
    return 0;
}

static int read_diag(fl_records_reader *rd, const cJSON *o)
{
    const char *rule = str(o, "rule"), *sev = str(o, "severity");
    const cJSON *rel = cJSON_GetObjectItemCaseSensitive(o, "related");
    int id = rule ? fl_rule_find(rule) : -1, level = sev ? fl_severity_parse(sev, 0) : -1, within;
    if (id < 0 || level < 0 || !cJSON_IsArray(rel) || boolean(o, "within", &within) < 0)
        return bad(rd, "a diagnostic record without a known rule, its severity, within flag or related locations");
    const char *file;
    fl_pos start, end;
    char *message;
    uint64_t hash;
    if (read_location(rd, o, &file, &start, &end, &message, &hash) < 0)
        return bad(rd, "a diagnostic record without its file, span, message or text hash");
    fl_sink *to = within ? &rd->local : &rd->diags;
    fl_diag *d = fl_sink_push(to, id, (fl_severity)level, file, start, end, message);
    d->text_hash = hash;
    const cJSON *x;
    cJSON_ArrayForEach (x, rel) {
        fl_diag *last = &to->items[to->len - 1];
        if (read_location(rd, x, &file, &start, &end, &message, &hash) < 0)
            return bad(rd, "a related location without its file, span, message or text hash");
        fl_diag_relate(last, file, start, end, message);
        last->related[last->nrelated - 1].text_hash = hash;
    }
    return 0;
}

static int read_file(fl_records_reader *rd, cJSON *o)
{
    const char *file = str(o, "file");
    const cJSON *levels = cJSON_GetObjectItemCaseSensitive(o, "levels");
    int ref, unreadable;
    if (!file || !cJSON_IsObject(levels) || boolean(o, "reference", &ref) < 0 ||
        boolean(o, "unreadable", &unreadable) < 0)
        return bad(rd, "a file record without its file, levels, reference or unreadable flag");
    size_t doc = doc_of(rd, file);
    doc_info *x = &rd->info[doc];
    if (x->has_file) {
        fl_buf_printf(rd->err, "%s:%zu: a second file record of %s: the same document is in two claim dumps", rd->name,
                      rd->line, file);
        return -1;
    }
    x->has_file = 1;
    x->reference |= (unsigned char)ref;
    x->unreadable = (unsigned char)unreadable;
    const cJSON *lv;
    cJSON_ArrayForEach (lv, levels) {
        int id = fl_rule_find(lv->string), sev = cJSON_IsString(lv) ? fl_severity_parse(lv->valuestring, 1) : -1;
        if (id < 0 || sev < 0)
            return bad(rd, "a file record with an unknown rule or level (written by another version?)");
        x->level[id] = (fl_severity)sev;
    }
    cJSON *sups = cJSON_DetachItemFromObjectCaseSensitive(o, "suppressions");
    if (sups) {
        /* checked now, for the message's line; built again once the levels are in place */
        fl_suppressions *s = fl_suppress_from_json(sups, file, x->level);
        if (!s) {
            cJSON_Delete(sups);
            return bad(rd, "a file record whose suppressions cannot be read (a malformed directive, or a line or "
                           "column out of range)");
        }
        fl_suppress_free(s);
        x->sups = sups;
    }
    return 0;
}

/* One line: a record, with a key and a tab before it in the keyed form. */
static int read_line(fl_records_reader *rd, char *line, size_t len)
{
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' || line[len - 1] == '\t' || line[len - 1] == ' '))
        line[--len] = '\0';
    if (len == 0)
        return 0;
    if (line[0] != '{') {
        char *tab = memchr(line, '\t', len);
        if (!tab)
            return bad(rd, "not a claim record (a JSON object, or a key, a tab and a JSON object)");
        rd->claims.copied = 1; /* the keyed form: its transposable claims come with copies */
        len -= (size_t)(tab + 1 - line);
        line = tab + 1;
    }
    cJSON *o;
    const char *problem = fl_json_load_line(line, len, &o);
    const char *type = o ? str(o, "type") : NULL;
    int rc;
    rd->out_of_range = 0;
    if (problem && strcmp(problem, "malformed JSON") != 0) {
        /* text after the object, or a key twice: which of two values was meant is unknown */
        fl_buf_printf(rd->err, "%s:%zu: %s in a claim record", rd->name, rd->line, problem);
        rc = -1;
    } else if (!o || !cJSON_IsObject(o) || !type)
        rc = bad(rd, "not a claim record (not a JSON object with a \"type\")");
    else if (strcmp(type, "numeric") == 0)
        rc = read_numeric(rd, o);
    else if (strcmp(type, "quote") == 0 || strcmp(type, "reported") == 0)
        rc = read_quote(rd, o, type[0] == 'q');
    else if (strcmp(type, "diagnostic") == 0)
        rc = read_diag(rd, o);
    else if (strcmp(type, "file") == 0)
        rc = read_file(rd, o);
    else
        rc = bad(rd, "a record of an unknown type");
    cJSON_Delete(o);
    return rc;
}

void fl_records_set_max(fl_records_reader *rd, size_t max)
{
    rd->max = max;
}

int fl_records_read(fl_records_reader *rd, const char *name, FILE *in, fl_buf *err)
{
    rd->name = name;
    rd->line = 0;
    rd->err = err;
    size_t max = rd->max ? rd->max : FL_MAX_FILE_SIZE_DEFAULT;
    /* a regular file is read up to its size at open: a file that keeps growing ends the read */
    struct stat st;
    int fd = fileno(in);
    off_t at = fd >= 0 ? ftello(in) : -1;
    unsigned long long left = ULLONG_MAX;
    if (fd >= 0 && at >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        left = st.st_size > at ? (unsigned long long)(st.st_size - at) : 0;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
        return fl_fail(err, name, "cannot read the claim records: %s", strerror(EISDIR));
    fl_buf line = {0};
    int rc = 0;
    /* read in blocks, not byte by byte (getc was a fifth of --check-claims' time); a record is cut at '\n' */
    enum { BLOCK = 65536 };
    char *block = fl_xmalloc(BLOCK);
    size_t have = 0, at_block = 0;
    int eof = 0;
    while (rc == 0 && !eof) {
        line.len = 0;
        int complete = 0;
        /* one record, at most max bytes: a stream without line breaks (/dev/zero) ends here */
        while (rc == 0 && !complete) {
            if (at_block == have) {
                have = fread(block, 1, BLOCK, in);
                at_block = 0;
                if (have == 0) {
                    eof = 1;
                    break;
                }
            }
            const char *p = block + at_block;
            const char *nl = memchr(p, '\n', have - at_block);
            size_t seg = nl ? (size_t)(nl - p) + 1 : have - at_block;
            /* the bytes this record may take: up to the size at open and up to the record limit */
            size_t take = seg;
            if (take > left)
                take = (size_t)left;
            if (take > max - line.len)
                take = max - line.len;
            fl_buf_put(&line, p, take);
            left -= take;
            at_block += take;
            if (take < seg && left == 0)
                rc = fl_fail(err, name, "grew while it was read (%lld bytes at open)", (long long)st.st_size);
            else if (take < seg) {
                fl_buf_printf(err, "%s:%zu: a record larger than the limit of %zu bytes (--max-file-size)", name,
                              rd->line + 1, max);
                rc = -1;
            } else
                complete = nl != NULL;
        }
        if (rc == 0 && line.len) {
            rd->line++;
            if (memchr(line.ptr, '\0', line.len))
                rc = bad(rd, "not a claim record (a NUL byte)");
            else
                rc = read_line(rd, line.ptr, line.len);
        }
    }
    free(block);
    if (rc == 0 && ferror(in))
        rc = fl_fail(err, name, "cannot read the claim records: %s", strerror(errno ? errno : EIO));
    fl_buf_free(&line);
    return rc;
}

static int held(const char *key, void *arg)
{
    const fl_records_reader *rd = arg;
    return fl_map_get(&rd->held, key, strlen(key)) >= 0;
}

int fl_records_finish(fl_records_reader *rd, fl_run *run, size_t *files, fl_buf *err)
{
    fl_run_init(run, rd->ndocs);
    *files = 0;
    for (size_t i = 0; i < rd->ndocs; i++) {
        doc_info *x = &rd->info[i];
        run->file[i] = file_name(rd, i);
        run->reference[i] = x->reference;
        run->unreadable[i] = x->unreadable;
        memcpy(run->level[i], x->level, sizeof run->level[i]);
        /* without its file record (another reducer has it), the levels its claims carry */
        for (int r = 0; r < FL_RULE_COUNT && !x->has_file; r++)
            if (x->join_level[r] >= 0)
                run->level[i][r] = (fl_severity)x->join_level[r];
        if (x->has_file && !x->reference)
            (*files)++;
        if (x->sups && !(run->sups[i] = fl_suppress_from_json(x->sups, run->file[i], run->level[i]))) {
            fl_buf_printf(err, "the suppressions of %s cannot be read", run->file[i]);
            fl_run_free(run);
            fl_records_reader_free(rd);
            return -1;
        }
        if (run->sups[i])
            fl_suppress_settle(run->sups[i], held, rd);
    }
    run->diags = rd->diags;
    run->local = rd->local;
    run->claims = rd->claims;
    memset(&rd->diags, 0, sizeof rd->diags);
    memset(&rd->local, 0, sizeof rd->local);
    memset(&rd->claims, 0, sizeof rd->claims);
    run->strings = rd->strings;
    run->nstrings = rd->nstrings;
    run->capstrings = rd->capstrings;
    rd->strings = NULL;
    rd->nstrings = rd->capstrings = 0;
    fl_records_reader_free(rd);
    fl_run_sort_claims(run);
    return 0;
}
