/* records.h - claim records: a run half-way (lint.h fl_run: the per-document findings, the claims and what
 * the corpus-wide joins need to know about each document) as JSON Lines. --dump-claims writes them (the map
 * step); --check-claims reads them back and finishes the run (the reduce step), so that a corpus too large
 * for one machine runs on Hadoop Streaming or Spark: shard the documents, shuffle on the key, reduce.
 *
 * Every line is one JSON object whose first member is "key", the value the record is joined on, so `sort`
 * groups a join's records together:
 *   numeric claims ("type": "numeric")            key: the claim key ("" when a part of it is unknown)
 *   quotes and reported speech ("quote", "reported") key: the speaker's folded surname ("" when none)
 *   diagnostics of the per-document checks ("diagnostic") and one record per file ("file")
 *                                                  key: the file's display path
 * In the keyed form (FL_RECORDS_KEYED) the key also precedes the object, then a tab, as Hadoop Streaming
 * splits a line into its key and value. Claims keep the fields of earlier versions (file, line, column,
 * text ...) and carry the rest under "join". */
#ifndef FL_RECORDS_H
#define FL_RECORDS_H

#include <stdio.h>

#include "run/lint.h"
#include "packs/rulepack.h"
#include "core/util.h"

typedef enum { FL_RECORDS_JSON = 0, FL_RECORDS_KEYED = 1 } fl_records_form;

/* Writes every record of run (after fl_lint_collect) to out; its suppressions learn which claims they
 * cover. */
void fl_records_write(FILE *out, fl_records_form form, const fl_rules *r, fl_run *run);

typedef struct fl_records_reader fl_records_reader;

/* A reader of records for the rule packs r (those of the --dump-claims runs: the claims name their metric
 * families and entities by id). */
fl_records_reader *fl_records_reader_new(const fl_rules *r);
/* Sets the limit on one record's size (--max-file-size; 0, the default, is FL_MAX_FILE_SIZE_DEFAULT). */
void fl_records_set_max(fl_records_reader *rd, size_t max);
/* Reads the records of in (named name in messages), a regular file up to its size when the read starts.
 * Returns 0, or -1 with "name:line: why" in err (a record over the limit, malformed, with text after its
 * object or a key twice, or with a line or column outside 1..FL_POS_MAX). */
int fl_records_read(fl_records_reader *rd, const char *name, FILE *in, fl_buf *err);
/* Turns everything read into run (which then owns it) and frees the reader: documents in the order their
 * records came, claims ordered by (file, seq). files is set to the documents that are not --against
 * references, for the summary. Returns 0, or -1 with the reason in err (run is then empty). */
int fl_records_finish(fl_records_reader *rd, fl_run *run, size_t *files, fl_buf *err);
void fl_records_reader_free(fl_records_reader *rd);

#endif
