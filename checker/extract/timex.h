/* timex.h - time: the document date (front matter, dateline, copyright line, --date, or inferred from
 * the latest year the text mentions), date parsing, weekdays, and resolving relative years ("last year",
 * "the following year") against the document date or the year mentioned before. */
#ifndef FL_TIMEX_H
#define FL_TIMEX_H

#include "doc/document_int.h"
#include "packs/rulepack.h"

typedef enum {
    FL_DATE_NONE = 0,
    FL_DATE_FRONT_MATTER,
    FL_DATE_DATELINE,
    FL_DATE_COPYRIGHT,
    FL_DATE_GIVEN,    /* --date or configuration */
    FL_DATE_INFERRED, /* the latest year the text mentions */
} fl_date_source;

typedef struct {
    int year, month, day; /* month and day 0 when unknown */
    int source;           /* fl_date_source */
} fl_date;

/* The date found in the document's own metadata, or {0} with FL_DATE_NONE. */
fl_date fl_doc_date(const fl_doc *d, const fl_rules *r);
/* Parses YYYY-MM-DD (month and day may have one digit; it must be a real calendar day) into out with source
 * FL_DATE_GIVEN; returns 0, or -1. */
int fl_parse_iso_date(const char *s, fl_date *out);
/* Parses "2024-03-14" (a real calendar day, as fl_parse_iso_date), "14 March 2024", "March 14, 2024" or "March 2024" at
 * the start of s[0, len). Returns the bytes used (0 when there is no date). */
size_t fl_parse_date(const char *s, size_t len, const fl_rules *r, fl_date *out);
/* Day of the week of a Gregorian date: 0 Monday .. 6 Sunday. */
int fl_weekday(int y, int m, int d);
/* A short description of where a document date came from: "from the dateline", "inferred from the
 * latest year mentioned" ... */
const char *fl_date_source_text(int source);

#endif
