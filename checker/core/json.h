/* json.h - JSON helpers shared by the emitters, configuration, suppressions and claim records (cJSON). */
#ifndef FL_JSON_H
#define FL_JSON_H

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>

#include "core/diag.h"

/* Prints root as one JSON document and a newline (indented when pretty, else on one line), then frees
 * it; out of memory aborts. */
void fl_json_print(FILE *out, cJSON *root, int pretty);

/* Positions and fingerprints in claim records (records.h): a position as [line, display column, byte
 * column, code-point column, "line hash"], a hash as 16 hex digits. The readers return 0, or -1 when j is
 * not one. */
cJSON *fl_pos_to_json(const fl_pos *p);
int fl_pos_from_json(const cJSON *j, fl_pos *p);
cJSON *fl_hash_to_json(uint64_t h);
int fl_hash_from_json(const cJSON *j, uint64_t *h);

#endif
