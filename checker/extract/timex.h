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
    int year, month, day;     /* month and day 0 when unknown */
    int source;               /* fl_date_source */
    int wire_month, wire_day; /* a year-less wire dateline's day when the date is not otherwise known, else 0 */
} fl_date;

/* The date found in the document's own metadata, or {0} with FL_DATE_NONE. */
fl_date fl_doc_date(const fl_doc *d, const fl_rules *r);
/* A wire dateline that gives a day but no year: "PORTVILLE, Aug. 11 (Agency) -", "LAKETON, Tuesday, March 3 -"
 * at the start of one of the document's first lines (a capitalised place, a comma, an optional weekday, a month
 * and day, an optional parenthesis, a dash). Sets out's month and day (year 0, source FL_DATE_DATELINE) and
 * returns 1, else 0. */
int fl_doc_partial_date(const fl_doc *d, const fl_rules *r, fl_date *out);
/* Where a wire dateline that opens text [a, b) ends, as fl_doc_date and fl_doc_partial_date read one ("CARNWICK, 3
 * March 2026 (Wire) -", "LAKETON, Tuesday, March 3 -"): the byte after its dash, or a when none opens it. */
size_t fl_wire_dateline_end(const fl_doc *d, const fl_rules *r, size_t a, size_t b);
/* Parses YYYY-MM-DD (month and day may have one digit; it must be a real calendar day) into out with source
 * FL_DATE_GIVEN; returns 0, or -1. */
int fl_parse_iso_date(const char *s, fl_date *out);
/* Parses "2024-03-14" (a real calendar day, as fl_parse_iso_date), "14 March 2024", "March 14, 2024" or "March 2024" at
 * the start of s[0, len), and a day without its year ("March 14", "14 March": year 0, the year in force). Returns the
 * bytes used (0 when there is no date). */
size_t fl_parse_date(const char *s, size_t len, const fl_rules *r, fl_date *out);
/* The same for the date right after a weekday ("Tuesday, Aug. 19"), where a month may also be abbreviated with
 * its dot: after a weekday, "Aug." ends no sentence. */
size_t fl_parse_date_after_weekday(const char *s, size_t len, const fl_rules *r, fl_date *out);
/* Day of the week of a Gregorian date: 0 Monday .. 6 Sunday. */
int fl_weekday(int y, int m, int d);
/* Days since 1970-01-01 of a Gregorian date, and back. */
long fl_days_from_civil(int y, int m, int d);
void fl_civil_from_days(long z, int *y, int *m, int *d);

enum { FL_NO_ZONE = -100000, FL_NO_ZONE_RULE = -1, FL_LOCAL_ZONE = -2 };

/* A clock time as a text states it: "shortly after 9 p.m.", "at around 10:45 p.m.", "06:00 BST", "2100 GMT",
 * "noon". */
typedef struct {
    int at;            /* minutes after midnight, as stated */
    int lo, hi;        /* the minutes it admits: its hedge, else its precision (a round hour admits 20 minutes) */
    int zone;          /* minutes from UTC of a stated zone, or FL_NO_ZONE */
    int zone_rule;     /* a named zone that keeps summer time ("ET": index into zones), FL_LOCAL_ZONE ("local time"),
                        * or FL_NO_ZONE_RULE */
    size_t first, end; /* its tokens, hedge included: [first, end) */
    int hedged;        /* a hedge stands before it ("shortly before 2 a.m."): lo and hi are the hedge's */
} fl_clock;
/* Reads a clock time whose number or name is token i of t[0, n) (a hedge may end at token i - 1). A time
 * without a.m./p.m. is taken only in 24-hour form (an hour over 12, or a zone). Returns 1 when there is one. */
int fl_clock_at(const char *text, const fl_token *t, size_t n, size_t i, const fl_rules *r, fl_clock *out);
/* The same, where h24 says the text keeps to the 24-hour clock (fl_clock_24h): then "11:20" is 11:20. */
int fl_clock_read(const char *text, const fl_token *t, size_t n, size_t i, const fl_rules *r, int h24, fl_clock *out);
/* Does a text of tokens t[0, n) write its clock times with a colon on the 24-hour clock: one with an hour over
 * 12 ("14:35") and none with a.m./p.m. ("2:15 p.m."; "2 p.m." is no such time)? */
int fl_clock_24h(const char *text, const fl_token *t, size_t n, const fl_rules *r);
/* The offsets from UTC (minutes) time zone `zone` (index into the knowledge's zones) has on y-m-d: one, or two
 * (standard and summer time) when the day is not known (y, m or d 0) or its year precedes every period of the
 * zone's summer-time rule. Returns how many were written to out. */
int fl_zone_offsets(const fl_knowledge *k, int zone, int y, int m, int d, int out[2]);
/* The zone of a document's place: the one zone (index into zones) all the places of time.json zones that the
 * tokens t[0, n) name are in, or -1 when they name none or places of two zones. */
int fl_doc_zone(const char *text, const fl_token *t, size_t n, const fl_rules *r);
/* Reads at token i a clock time a followed by another in parentheses, b ("4:30 a.m. local time (11.30 p.m.
 * ET)", "9:40 p.m. (2140 GMT)"): one moment in two zones. Returns 1 when both are there. */
int fl_clock_conversion(const char *text, const fl_token *t, size_t n, size_t i, const fl_rules *r, int h24,
                        fl_clock *a, fl_clock *b);
/* Do two renderings a and b of one moment agree, a's time turned to b's zone? A zone is a's or b's stated one,
 * or, for none or "local time", doc_zone (-1: not known); the day y-m-d (0s: not known) decides summer time, and
 * with no day two zones of one summer-time rule keep it in step. Returns 1 (they agree), 0 (they do not:
 * *expected is a's time in b's zone, minutes after midnight) or -1 (a zone is not known, or neither is named). */
int fl_conversion_agrees(const fl_rules *r, const fl_clock *a, const fl_clock *b, int doc_zone, int y, int m, int d,
                         int *expected);
/* A short description of where a document date came from: "from the dateline", "inferred from the
 * latest year mentioned" ... */
const char *fl_date_source_text(int source);

#endif
