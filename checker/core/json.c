/* json.c - the JSON helpers that emitters, configuration, suppressions and claim records share (cJSON). */
#include "core/json.h"

#include "core/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Prints root to out (pretty or on one line) and frees it. */
void fl_json_print(FILE *out, cJSON *root, int pretty)
{
    char *text = pretty ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    if (!text)
        fl_oom();
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    cJSON_Delete(root);
}

cJSON *fl_pos_to_json(const fl_pos *p)
{
    cJSON *a = cJSON_CreateArray();
    if (!a)
        return NULL;
    cJSON_AddItemToArray(a, cJSON_CreateNumber(p->line));
    for (int u = 0; u < 3; u++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(p->col[u]));
    cJSON_AddItemToArray(a, fl_hash_to_json(p->line_hash));
    return a;
}

/* A line or column of JSON: a whole number from 1 to FL_POS_MAX, checked before it is converted (a double
 * outside int's range converts to nothing defined). Returns 0, -1 (not a whole number), or -2 (out of
 * range). */
static int json_coord(const cJSON *j, int *v)
{
    if (!cJSON_IsNumber(j) || j->valuedouble != floor(j->valuedouble))
        return -1;
    if (!(j->valuedouble >= 1 && j->valuedouble <= FL_POS_MAX))
        return -2;
    *v = (int)j->valuedouble;
    return 0;
}

int fl_pos_from_json(const cJSON *j, fl_pos *p)
{
    if (!cJSON_IsArray(j) || cJSON_GetArraySize(j) != 5)
        return -1;
    const cJSON *e = j->child;
    int rc = json_coord(e, &p->line);
    for (int u = 0; u < 3 && rc == 0; u++) {
        e = e->next;
        rc = json_coord(e, &p->col[u]);
    }
    if (rc < 0)
        return rc;
    return fl_hash_from_json(e->next, &p->line_hash);
}

cJSON *fl_hash_to_json(uint64_t h)
{
    char hex[17];
    snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
    return cJSON_CreateString(hex);
}

int fl_hash_from_json(const cJSON *j, uint64_t *h)
{
    if (!cJSON_IsString(j) || strlen(j->valuestring) != 16 || strspn(j->valuestring, "0123456789abcdef") != 16)
        return -1;
    *h = (uint64_t)strtoull(j->valuestring, NULL, 16);
    return 0;
}
