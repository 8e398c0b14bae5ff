/* emit.c - text and JSON emitters. */
#include "emit.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

#include "ruletab.h"
#include "util.h"
#include "version.h"


fl_summary fl_summarize(const fl_sink *s, fl_severity min, size_t files)
{
    fl_summary sum = {files, 0, 0, 0};
    for (size_t i = 0; i < s->len; i++) {
        fl_severity sv = s->items[i].severity;
        if (sv < min)
            continue;
        if (sv == FL_SEV_ERROR)
            sum.errors++;
        else if (sv == FL_SEV_WARNING)
            sum.warnings++;
        else
            sum.notes++;
    }
    return sum;
}

static void emit_text(FILE *out, const fl_sink *s, fl_severity min, fl_colunit unit)
{
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        fprintf(out, "%s:%d:%d: %s: %s [%s]\n", d->file, d->start.line, d->start.col[unit],
                fl_severity_name(d->severity), d->message, fl_rule_table[d->rule].id);
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            fprintf(out, "%s:%d:%d: note: %s\n", r->file, r->start.line, r->start.col[unit], r->message);
        }
    }
}

static cJSON *json_or_die(cJSON *item)
{
    if (!item) {
        fputs("factlint: out of memory\n", stderr);
        abort();
    }
    return item;
}

static void emit_json(FILE *out, const fl_sink *s, fl_severity min, const fl_summary *sum)
{
    cJSON *root = json_or_die(cJSON_CreateObject());
    cJSON *tool = cJSON_AddObjectToObject(root, "tool");
    cJSON_AddStringToObject(tool, "name", "factlint");
    cJSON_AddStringToObject(tool, "version", FL_VERSION);
    cJSON *arr = cJSON_AddArrayToObject(root, "diagnostics");
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        cJSON *o = json_or_die(cJSON_CreateObject());
        cJSON_AddStringToObject(o, "rule", fl_rule_table[d->rule].id);
        cJSON_AddStringToObject(o, "severity", fl_severity_name(d->severity));
        cJSON_AddStringToObject(o, "message", d->message);
        cJSON_AddStringToObject(o, "file", d->file);
        cJSON_AddNumberToObject(o, "line", d->start.line);
        cJSON_AddNumberToObject(o, "column", d->start.col[FL_COL_CODEPOINT]);
        cJSON_AddNumberToObject(o, "end_line", d->end.line);
        cJSON_AddNumberToObject(o, "end_column", d->end.col[FL_COL_CODEPOINT]);
        cJSON *rel = cJSON_AddArrayToObject(o, "related");
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            cJSON *ro = json_or_die(cJSON_CreateObject());
            cJSON_AddStringToObject(ro, "file", r->file);
            cJSON_AddNumberToObject(ro, "line", r->start.line);
            cJSON_AddNumberToObject(ro, "column", r->start.col[FL_COL_CODEPOINT]);
            cJSON_AddStringToObject(ro, "message", r->message);
            cJSON_AddItemToArray(rel, ro);
        }
        cJSON_AddItemToArray(arr, o);
    }
    cJSON *su = cJSON_AddObjectToObject(root, "summary");
    cJSON_AddNumberToObject(su, "files", (double)sum->files);
    cJSON_AddNumberToObject(su, "errors", (double)sum->errors);
    cJSON_AddNumberToObject(su, "warnings", (double)sum->warnings);
    cJSON_AddNumberToObject(su, "notes", (double)sum->notes);
    char *text = cJSON_PrintUnformatted(root);
    if (!text) {
        fputs("factlint: out of memory\n", stderr);
        abort();
    }
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    cJSON_Delete(root);
}

void fl_emit(FILE *out, fl_format fmt, const fl_sink *s, fl_severity min, fl_colunit unit, const fl_summary *sum)
{
    if (fmt == FL_FMT_JSON)
        emit_json(out, s, min, sum);
    else
        emit_text(out, s, min, unit);
}

static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

void fl_emit_summary(FILE *err, const fl_summary *sum)
{
    fprintf(err, "factlint: %zu %s", sum->files, plural(sum->files, "file", "files"));
    if (sum->errors)
        fprintf(err, ", %zu %s", sum->errors, plural(sum->errors, "error", "errors"));
    fprintf(err, ", %zu %s, %zu %s\n", sum->warnings, plural(sum->warnings, "warning", "warnings"), sum->notes,
            plural(sum->notes, "note", "notes"));
}
