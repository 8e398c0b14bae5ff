/* json.c - the JSON helpers that emitters, configuration, suppressions and claim records share (cJSON). */
#include "core/json.h"

#include <stdlib.h>
#include <string.h>

/* Prints root to out (pretty or on one line) and frees it. */
void fl_json_print(FILE *out, cJSON *root, int pretty)
{
    char *text = pretty ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    if (!text) {
        fputs("factlint: out of memory\n", stderr);
        abort();
    }
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

/* An int of JSON: a number that is a whole number in int's range. */
static int json_int(const cJSON *j, int *v)
{
    if (!cJSON_IsNumber(j) || j->valuedouble != (double)(int)j->valuedouble)
        return -1;
    *v = (int)j->valuedouble;
    return 0;
}

int fl_pos_from_json(const cJSON *j, fl_pos *p)
{
    if (!cJSON_IsArray(j) || cJSON_GetArraySize(j) != 5)
        return -1;
    const cJSON *e = j->child;
    if (json_int(e, &p->line) < 0)
        return -1;
    for (int u = 0; u < 3; u++) {
        e = e->next;
        if (json_int(e, &p->col[u]) < 0)
            return -1;
    }
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
