/* tables.h - tables in plain text: a caption line ("Table 1: Assets by scheme type, £ billion"; its opening words are
 * the "table-captions" lexicon), a header row of '|'-separated cells ("Scheme type | End of June 2026 | Change"; its
 * corner cell over the row labels may be blank: "| | FY2026 | FY2025 |") and
 * rows with as many cells ("Defined benefit | 1,110 | 1,118 | +8"), or "Label: value" rows right under a caption
 * ("Construction: 1,412"), each figure of which may follow its own period ("Unemployment rate: October 2026 4.8% |
 * October 2025 4.6%", "Revenue: 1,240.0 | 2025: 1,310.0"). A heading line that ends in a unit in brackets and
 * has such rows under it ("Summary income statement (£ million)") is a caption too, and so is a short title line right
 * above a header row ("Revenue by segment"). What a cell measures comes from its
 * table: its caption (what and in what unit), its column's header (when) and its row's label (which part; a total row,
 * "table-totals", is the whole). A lone line with bars (a dateline: "Statistical bulletin | Published: ...") is no
 * table: a table has a caption or at least two rows of as many cells after its header. */
#ifndef FL_EXTRACT_TABLES_H
#define FL_EXTRACT_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "core/map.h"
#include "packs/rulepack.h"

enum { FL_TABLE_COLS = 8 }; /* the cells of a row at most, its label included */

typedef struct {
    uint32_t start, end; /* byte span in the text, trimmed; start == end: none */
} fl_tspan;

typedef struct {
    fl_tspan caption;             /* the caption's text after "Table 1:", a heading line that ends in its
                                   * unit ("Summary income statement (£ million)") or a title right above the
                                   * header row ("Revenue by segment") (none: no caption) */
    fl_tspan head[FL_TABLE_COLS]; /* the header row's cells, head[0] the label column's (none: no header) */
    uint8_t ncols;                /* cells of each row, the label included */
} fl_table;

typedef struct {
    uint32_t table;               /* its table's index */
    fl_tspan cell[FL_TABLE_COLS]; /* cell[0] the row's label */
    uint8_t ncells;
    uint8_t total;               /* the label names the whole ("All schemes", "Total"): its figures are of no part */
    uint8_t piped;               /* its cells are parted by bars (else a "Label: value" row under a caption) */
    uint8_t dated;               /* a cell of its states its own period ("October 2026 4.8% | October 2025 4.6%") */
    fl_tspan per[FL_TABLE_COLS]; /* the period a cell states before its figure ("October 2026", "2025"; none) */
} fl_table_row;

typedef struct {
    fl_table *tables;
    size_t ntables;
    fl_table_row *rows; /* the rows of figures, in document order (header rows are not among them) */
    size_t nrows;
    fl_map labels; /* the labels of the rows that are no total, case aside: the first such row's index */
} fl_tables;

/* Finds the tables of text[start, end) (the lexicons "table-captions", "table-totals" of r) into out, which owns its
 * arrays (fl_tables_free); out is empty when there are none. Never fails but on memory (fl_xmalloc aborts). */
void fl_tables_find(const char *text, size_t start, size_t end, const fl_rules *r, fl_tables *out);
void fl_tables_free(fl_tables *t);

/* The row whose cell holds byte off, and which cell (*col, >= 1: a label holds no figure); NULL when none. Rows are
 * in document order, so a caller walking forward passes its last answer's index in *hint (0 at first). */
const fl_table_row *fl_tables_cell(const fl_tables *t, size_t off, size_t *col, size_t *hint);

/* Is the header cell h a period alone: a year or split year ("2026", "2025/26"), perhaps after a label of the
 * lexicon labels (results-periods: "H1 2026", "FY2026", "Q3 2026")? Then 1, its (first) year in *year and the label
 * in *label (empty when none). */
int fl_table_period_header(const char *s, fl_tspan h, const fl_lexicon *labels, int *year, fl_tspan *label);

/* Is the header cell h a period (fl_table_period_header) followed by the unit of its figures: a currency sign and
 * its scale ("FY2026 £m", "2025 $bn") or a bracket ("2026 (£m)")? Then 1 and the unit in *unit. A period header may
 * end in such a unit. */
int fl_table_header_unit(const char *s, fl_tspan h, const fl_lexicon *labels, fl_tspan *unit);

/* Is the cell text s[0, n) a figure ("1,118", "+8", "64.2%", "£3.4m"), not a label or a period ("2025/26", "End
 * of June 2026")? */
int fl_table_figure(const char *s, size_t n);

/* Is column col of table t (in text s) a column of changes, its header one of the "table-changes" lexicon ("Change",
 * "Change on year")? */
int fl_table_change_column(const char *s, const fl_rules *r, const fl_table *t, size_t col);
#endif
