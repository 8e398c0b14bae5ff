/* emit.c - the emitters: text, JSON, SARIF 2.1.0, GitHub workflow commands and reviewdog rdjsonl. */
#include "out/emit.h"

#include <cjson/cJSON.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/json.h"
#include "core/map.h"
#include "run/baseline.h"
#include "core/rules.h"
#include "core/version.h"

static const char *const format_names[] = {"text", "json", "sarif", "github", "rdjsonl"};

int fl_format_parse(const char *name)
{
    for (int i = 0; i < (int)(sizeof format_names / sizeof format_names[0]); i++)
        if (strcmp(name, format_names[i]) == 0)
            return i;
    return -1;
}

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
    fl_buf nb = {0};
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        fprintf(out, "%s:%d:%d: %s: %s [%s]\n", fl_text_name(&nb, d->file), d->start.line, d->start.col[unit],
                fl_severity_name(d->severity), d->message, fl_rule_table[d->rule].id);
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            fprintf(out, "%s:%d:%d: note: %s\n", fl_text_name(&nb, r->file), r->start.line, r->start.col[unit],
                    r->message);
        }
    }
    fl_buf_free(&nb);
}

/* ---- text for a terminal ---- */

/* The display width of the code point at text[i] (tabs aside), as the display column unit counts it. */
static int char_width(int32_t cp)
{
    if (cp < 0x80)
        return 1;
    int w = utf8proc_charwidth(cp);
    return w < 0 ? 1 : w;
}

/* Prints a location's source line (windowed to st->width display columns around it) and a caret line under
 * [start, end) of that line. */
static void snippet(FILE *out, const fl_text_style *st, const char *file, const fl_pos *start, const fl_pos *end)
{
    size_t len;
    const char *text = st->line(st->arg, file, start->line, &len);
    if (!text)
        return;
    size_t b0 = (size_t)(start->col[FL_COL_BYTE] - 1),
           b1 = end->line == start->line ? (size_t)(end->col[FL_COL_BYTE] - 1) : len;
    if (b0 > len)
        b0 = len;
    if (b1 > len || b1 < b0)
        b1 = len;
    /* display column of every character start */
    size_t n = 0;
    size_t *at = fl_xmalloc((len + 2) * sizeof(size_t));
    int *col = fl_xmalloc((len + 2) * sizeof(int));
    int c = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = fl_utf8_next(text, len, i, &cp);
        at[n] = i;
        col[n++] = c;
        c = cp == '\t' ? (c / 8 + 1) * 8 : c + char_width(cp);
        i += k;
    }
    at[n] = len;
    col[n] = c;
    size_t first = 0, last = n; /* the characters shown: [first, last) */
    int width = st->width > 20 ? st->width : 20;
    if (c > width) {
        size_t k0 = 0;
        while (k0 < n && at[k0] < b0)
            k0++;
        int left = col[k0] - width / 3;
        while (first < n && col[first] < left)
            first++;
        last = first;
        while (last < n && col[last + 1] - col[first] <= width - 2)
            last++;
    }
    const char *green = st->color ? "\033[1;32m" : "", *reset = st->color ? "\033[m" : "";
    fprintf(out, "%5d | %s", start->line, first > 0 ? "…" : "");
    for (size_t k = first; k < last; k++) {
        int32_t cp;
        size_t bytes = fl_utf8_next(text, len, at[k], &cp);
        if (cp == '\t' || cp < 0x20 || cp == 0x7F)
            fprintf(out, "%*s", col[k + 1] - col[k], "");
        else
            fwrite(text + at[k], 1, bytes, out);
    }
    fprintf(out, "%s\n      | %s", last < n ? "…" : "", first > 0 ? " " : "");
    int pad = 0, carets = 0;
    for (size_t k = first; k < last; k++) {
        if (at[k] < b0)
            pad += col[k + 1] - col[k];
        else if (at[k] < b1 || (at[k] == b0 && b1 == b0))
            carets += col[k + 1] - col[k];
    }
    if (carets == 0)
        carets = 1;
    fprintf(out, "%*s%s^", pad, "", green);
    for (int k = 1; k < carets; k++)
        fputc('~', out);
    fprintf(out, "%s\n", reset);
    free(at);
    free(col);
}

void fl_emit_text_styled(FILE *out, const fl_sink *s, fl_severity min, fl_colunit unit, const fl_text_style *st)
{
    static const char *const sev_color[] = {"", "\033[1;36m", "\033[1;35m", "\033[1;31m"};
    const char *bold = st->color ? "\033[1m" : "", *reset = st->color ? "\033[m" : "";
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        const char *sc = st->color ? sev_color[d->severity] : "";
        fprintf(out, "%s%s:%d:%d:%s %s%s:%s %s %s[%s]%s\n", bold, d->file, d->start.line, d->start.col[unit], reset, sc,
                fl_severity_name(d->severity), reset, d->message, sc, fl_rule_table[d->rule].id, reset);
        if (st->snippets && st->line)
            snippet(out, st, d->file, &d->start, &d->end);
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            fprintf(out, "%s%s:%d:%d:%s %snote:%s %s\n", bold, r->file, r->start.line, r->start.col[unit], reset,
                    st->color ? sev_color[FL_SEV_NOTE] : "", reset, r->message);
            if (st->snippets && st->line)
                snippet(out, st, r->file, &r->start, &r->end);
        }
    }
}

/* ---- JSON helpers (cJSON) ---- */

static cJSON *json_or_die(cJSON *item)
{
    if (!item) {
        fl_oom();
    }
    return item;
}

static cJSON *obj(void)
{
    return json_or_die(cJSON_CreateObject());
}

static cJSON *add_obj(cJSON *parent, const char *key)
{
    return json_or_die(cJSON_AddObjectToObject(parent, key));
}

static cJSON *add_arr(cJSON *parent, const char *key)
{
    return json_or_die(cJSON_AddArrayToObject(parent, key));
}

static void add_str(cJSON *parent, const char *key, const char *value)
{
    json_or_die(cJSON_AddStringToObject(parent, key, value));
}

static void add_num(cJSON *parent, const char *key, double value)
{
    json_or_die(cJSON_AddNumberToObject(parent, key, value));
}

static void emit_json(FILE *out, const fl_sink *s, fl_severity min, const fl_summary *sum)
{
    cJSON *root = obj();
    cJSON *tool = add_obj(root, "tool");
    add_str(tool, "name", "factlint");
    add_str(tool, "version", FL_VERSION);
    cJSON *arr = add_arr(root, "diagnostics");
    fl_buf nb = {0};
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        cJSON *o = obj();
        add_str(o, "rule", fl_rule_table[d->rule].id);
        add_str(o, "severity", fl_severity_name(d->severity));
        add_str(o, "message", d->message);
        add_str(o, "file", fl_json_name(&nb, d->file));
        add_num(o, "line", d->start.line);
        add_num(o, "column", d->start.col[FL_COL_CODEPOINT]);
        add_num(o, "end_line", d->end.line);
        add_num(o, "end_column", d->end.col[FL_COL_CODEPOINT]);
        cJSON *rel = add_arr(o, "related");
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            cJSON *ro = obj();
            add_str(ro, "file", fl_json_name(&nb, r->file));
            add_num(ro, "line", r->start.line);
            add_num(ro, "column", r->start.col[FL_COL_CODEPOINT]);
            add_str(ro, "message", r->message);
            cJSON_AddItemToArray(rel, ro);
        }
        cJSON_AddItemToArray(arr, o);
    }
    fl_buf_free(&nb);
    cJSON *su = add_obj(root, "summary");
    add_num(su, "files", (double)sum->files);
    add_num(su, "errors", (double)sum->errors);
    add_num(su, "warnings", (double)sum->warnings);
    add_num(su, "notes", (double)sum->notes);
    fl_json_print(out, root, 0);
}

/* ---- SARIF 2.1.0 ---- */

void fl_uri_from_path(fl_buf *b, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    while (path[0] == '.' && path[1] == '/') {
        path += 2;
        while (*path == '/')
            path++;
    }
    if (*path == '/')
        fl_buf_puts(b, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned char c = *p;
        if (fl_is_ascii_alpha(c) || fl_is_ascii_digit(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            fl_buf_putc(b, (char)c);
        } else {
            fl_buf_putc(b, '%');
            fl_buf_putc(b, hex[c >> 4]);
            fl_buf_putc(b, hex[c & 15]);
        }
    }
}

/* Appends s to b as SARIF plain-text message text: literal square brackets are escaped with a backslash
 * (SARIF §3.11.6) so that only factlint's own embedded links are links. */
static void sarif_text(fl_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '[' || *s == ']' || (*s == '\\' && (s[1] == '[' || s[1] == ']')))
            fl_buf_putc(b, '\\');
        fl_buf_putc(b, *s);
    }
}

/* The explain text with its hard line breaks joined: paragraphs stay, lines within them become one. */
static void put_unwrapped(fl_buf *b, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == '\n' && p[1] != '\n' && (p == text || p[-1] != '\n'))
            fl_buf_putc(b, ' ');
        else
            fl_buf_putc(b, *p);
    }
}

/* "numeric-conflict" -> "NumericConflict": SARIF's reportingDescriptor.name. */
static void put_pascal(fl_buf *b, const char *id)
{
    int up = 1;
    for (const char *p = id; *p; p++) {
        if (*p == '-') {
            up = 1;
            continue;
        }
        fl_buf_putc(b, up ? (char)(*p - ('a' <= *p && *p <= 'z' ? 'a' - 'A' : 0)) : *p);
        up = 0;
    }
}

static void add_message(cJSON *parent, const char *key, const char *text)
{
    cJSON *m = add_obj(parent, key);
    add_str(m, "text", text);
}

static cJSON *sarif_rule(int r)
{
    const fl_rule_info *ri = &fl_rule_table[r];
    fl_buf b = {0};
    cJSON *o = obj();
    add_str(o, "id", ri->id);
    put_pascal(&b, ri->id);
    add_str(o, "name", fl_buf_cstr(&b));
    b.len = 0;
    fl_buf_puts(&b, ri->summary);
    fl_buf_putc(&b, '.');
    add_message(o, "shortDescription", fl_buf_cstr(&b));
    b.len = 0;
    put_unwrapped(&b, ri->explain);
    add_message(o, "fullDescription", fl_buf_cstr(&b));
    cJSON *help = add_obj(o, "help");
    fl_buf_puts(&b, "\n\nReported (");
    fl_buf_puts(&b, ri->example_name);
    fl_buf_puts(&b, "):\n");
    fl_buf_put_valid_utf8(&b, ri->fail_example);
    fl_buf_puts(&b, "\nNot reported:\n");
    fl_buf_put_valid_utf8(&b, ri->pass_example);
    add_str(help, "text", fl_buf_cstr(&b));
    b.len = 0;
    put_unwrapped(&b, ri->explain);
    fl_buf_printf(&b, "\n\nReported (`%s`):\n\n```\n", ri->example_name);
    fl_buf_put_valid_utf8(&b, ri->fail_example);
    fl_buf_puts(&b, "```\n\nNot reported:\n\n```\n");
    fl_buf_put_valid_utf8(&b, ri->pass_example);
    fl_buf_puts(&b, "```\n");
    add_str(help, "markdown", fl_buf_cstr(&b));
    add_str(o, "helpUri", FL_RULES_URI);
    cJSON *conf = add_obj(o, "defaultConfiguration");
    add_str(conf, "level", fl_severity_name(ri->level));
    fl_buf_free(&b);
    return o;
}

static cJSON *sarif_location(const char *file, const fl_pos *start, const fl_pos *end)
{
    cJSON *loc = obj();
    cJSON *phys = add_obj(loc, "physicalLocation");
    cJSON *art = add_obj(phys, "artifactLocation");
    fl_buf uri = {0};
    fl_uri_from_path(&uri, file);
    add_str(art, "uri", fl_buf_cstr(&uri));
    fl_buf_free(&uri);
    cJSON *reg = add_obj(phys, "region");
    add_num(reg, "startLine", start->line);
    add_num(reg, "startColumn", start->col[FL_COL_CODEPOINT]);
    add_num(reg, "endLine", end->line);
    add_num(reg, "endColumn", end->col[FL_COL_CODEPOINT]);
    return loc;
}

/* The result's message: the diagnostic's text, then a link to each related location
 * ("(see [line 34](1))"), which code-scanning viewers turn into a jump to that location. */
static void sarif_result_text(fl_buf *b, const fl_diag *d)
{
    sarif_text(b, d->message);
    for (size_t k = 0; k < d->nrelated; k++) {
        const fl_related *r = &d->related[k];
        fl_buf_puts(b, k == 0 ? " (see [" : "; [");
        if (strcmp(r->file, d->file) != 0) {
            fl_buf nb = {0};
            sarif_text(b, fl_json_name(&nb, r->file));
            fl_buf_free(&nb);
            fl_buf_putc(b, ':');
        } else
            fl_buf_puts(b, "line ");
        fl_buf_printf(b, "%d](%zu)", r->start.line, k + 1);
    }
    if (d->nrelated)
        fl_buf_putc(b, ')');
}

static void emit_sarif(FILE *out, const fl_sink *s, fl_severity min)
{
    cJSON *root = obj();
    add_str(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    add_str(root, "version", "2.1.0");
    cJSON *runs = add_arr(root, "runs");
    cJSON *run = obj();
    cJSON_AddItemToArray(runs, run);
    cJSON *driver = add_obj(add_obj(run, "tool"), "driver");
    add_str(driver, "name", "factlint");
    add_str(driver, "version", FL_VERSION);
    add_str(driver, "semanticVersion", FL_VERSION);
    add_str(driver, "informationUri", FL_HOMEPAGE);
    cJSON *rules = add_arr(driver, "rules");
    for (int r = 0; r < FL_RULE_COUNT; r++)
        cJSON_AddItemToArray(rules, sarif_rule(r));
    add_str(run, "columnKind", "unicodeCodePoints");
    cJSON *results = add_arr(run, "results");
    /* occurrences of (rule, file, line text) so far: the counter that keeps equal lines apart */
    fl_map seen;
    fl_map_init(&seen, 0);
    fl_buf b = {0};
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        cJSON *res = obj();
        add_str(res, "ruleId", fl_rule_table[d->rule].id);
        add_num(res, "ruleIndex", d->rule);
        add_str(res, "level", fl_severity_name(d->severity));
        b.len = 0;
        sarif_result_text(&b, d);
        add_message(res, "message", fl_buf_cstr(&b));
        cJSON *locs = add_arr(res, "locations");
        cJSON_AddItemToArray(locs, sarif_location(d->file, &d->start, &d->end));
        if (d->nrelated) {
            cJSON *rel = add_arr(res, "relatedLocations");
            for (size_t k = 0; k < d->nrelated; k++) {
                const fl_related *r = &d->related[k];
                cJSON *loc = sarif_location(r->file, &r->start, &r->end);
                add_num(loc, "id", (double)(k + 1));
                b.len = 0;
                sarif_text(&b, r->message);
                add_message(loc, "message", fl_buf_cstr(&b));
                cJSON_AddItemToArray(rel, loc);
            }
        }
        b.len = 0;
        fl_buf_printf(&b, "%d\n%s\n%016" PRIx64, d->rule, d->file, d->start.line_hash);
        int n = fl_map_get(&seen, b.ptr, b.len);
        n = n < 0 ? 1 : n + 1;
        fl_map_set(&seen, b.ptr, b.len, n);
        b.len = 0;
        fl_buf_printf(&b, "%016" PRIx64 ":%d", d->start.line_hash, n);
        cJSON *fp = add_obj(res, "partialFingerprints");
        add_str(fp, "primaryLocationLineHash", fl_buf_cstr(&b));
        /* factlint's own: GitHub's upload computes primaryLocationLineHash itself and disagrees with any
         * other tool's, so code scanning tracks alerts by this one (the baseline's fingerprint: rule, file,
         * the words of the spans; an occurrence counter keeps equal findings apart) */
        char own[17];
        fl_baseline_fingerprint(d, NULL, own);
        b.len = 0;
        fl_buf_printf(&b, "finding\n%s", own);
        n = fl_map_get(&seen, b.ptr, b.len);
        n = n < 0 ? 1 : n + 1;
        fl_map_set(&seen, b.ptr, b.len, n);
        b.len = 0;
        fl_buf_printf(&b, "%s:%d", own, n);
        add_str(fp, "factlintFinding/v1", fl_buf_cstr(&b));
        cJSON_AddItemToArray(results, res);
    }
    fl_buf_free(&b);
    fl_map_free(&seen);
    fl_json_print(out, root, 1);
}

/* ---- GitHub Actions workflow commands ---- */

void fl_github_escape(fl_buf *b, const char *s, int property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%':
            fl_buf_puts(b, "%25");
            break;
        case '\r':
            fl_buf_puts(b, "%0D");
            break;
        case '\n':
            fl_buf_puts(b, "%0A");
            break;
        case ':':
            fl_buf_puts(b, property ? "%3A" : ":");
            break;
        case ',':
            fl_buf_puts(b, property ? "%2C" : ",");
            break;
        default:
            fl_buf_putc(b, *s);
        }
    }
}

static void emit_github(FILE *out, const fl_sink *s, fl_severity min)
{
    static const char *const command[] = {"notice", "notice", "warning", "error"};
    fl_buf b = {0}, msg = {0}, nb = {0};
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        b.len = 0;
        fl_buf_printf(&b, "::%s file=", command[d->severity]);
        fl_github_escape(&b, fl_text_name(&nb, d->file), 1);
        fl_buf_printf(&b, ",line=%d,endLine=%d,col=%d,endColumn=%d,title=", d->start.line, d->end.line,
                      d->start.col[FL_COL_CODEPOINT], d->end.col[FL_COL_CODEPOINT]);
        fl_github_escape(&b, fl_rule_table[d->rule].id, 1);
        fl_buf_puts(&b, "::");
        /* GitHub shows one annotation per command: the related locations go into its message */
        msg.len = 0;
        fl_buf_puts(&msg, d->message);
        for (size_t k = 0; k < d->nrelated; k++) {
            const fl_related *r = &d->related[k];
            fl_buf_printf(&msg, "\n%s:%d:%d: note: %s", fl_text_name(&nb, r->file), r->start.line,
                          r->start.col[FL_COL_CODEPOINT], r->message);
        }
        fl_github_escape(&b, fl_buf_cstr(&msg), 0);
        fl_buf_putc(&b, '\n');
        fputs(b.ptr, out);
    }
    fl_buf_free(&b);
    fl_buf_free(&msg);
    fl_buf_free(&nb);
}

/* ---- reviewdog rdjsonl ---- */

static cJSON *rd_location(const char *file, const fl_pos *start, const fl_pos *end)
{
    cJSON *loc = obj();
    fl_buf nb = {0};
    add_str(loc, "path", fl_json_name(&nb, file));
    fl_buf_free(&nb);
    cJSON *range = add_obj(loc, "range");
    cJSON *st = add_obj(range, "start");
    add_num(st, "line", start->line);
    add_num(st, "column", start->col[FL_COL_BYTE]);
    cJSON *en = add_obj(range, "end");
    add_num(en, "line", end->line);
    add_num(en, "column", end->col[FL_COL_BYTE]);
    return loc;
}

static void emit_rdjsonl(FILE *out, const fl_sink *s, fl_severity min)
{
    static const char *const severity[] = {"INFO", "INFO", "WARNING", "ERROR"};
    for (size_t i = 0; i < s->len; i++) {
        const fl_diag *d = &s->items[i];
        if (d->severity < min)
            continue;
        cJSON *o = obj();
        add_str(o, "message", d->message);
        cJSON_AddItemToObject(o, "location", rd_location(d->file, &d->start, &d->end));
        add_str(o, "severity", severity[d->severity]);
        cJSON *src = add_obj(o, "source");
        add_str(src, "name", "factlint");
        add_str(src, "url", FL_HOMEPAGE);
        cJSON *code = add_obj(o, "code");
        add_str(code, "value", fl_rule_table[d->rule].id);
        add_str(code, "url", FL_RULES_URI);
        if (d->nrelated) {
            cJSON *rel = add_arr(o, "related_locations");
            for (size_t k = 0; k < d->nrelated; k++) {
                const fl_related *r = &d->related[k];
                cJSON *ro = obj();
                add_str(ro, "message", r->message);
                cJSON_AddItemToObject(ro, "location", rd_location(r->file, &r->start, &r->end));
                cJSON_AddItemToArray(rel, ro);
            }
        }
        fl_json_print(out, o, 0);
    }
}

void fl_emit(FILE *out, fl_format fmt, const fl_sink *s, fl_severity min, fl_colunit unit, const fl_summary *sum)
{
    switch (fmt) {
    case FL_FMT_JSON:
        emit_json(out, s, min, sum);
        break;
    case FL_FMT_SARIF:
        emit_sarif(out, s, min);
        break;
    case FL_FMT_GITHUB:
        emit_github(out, s, min);
        break;
    case FL_FMT_RDJSONL:
        emit_rdjsonl(out, s, min);
        break;
    case FL_FMT_TEXT:
    default:
        emit_text(out, s, min, unit);
        break;
    }
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
