/* rules.h - the rule catalogue (like universal-ctags' parser list): id, default level, summary, explain
 * text and examples, as data. --list-rules, --explain, the JSON/SARIF rule metadata, per-rule options and
 * the example tests all read this table; run/registry.h says which check or join implements each rule. */
#ifndef FL_RULES_H
#define FL_RULES_H

#include "core/diag.h"

enum {
    FL_RULE_ENCODING,
    FL_RULE_NUMERIC_CONFLICT,
    FL_RULE_NUMERIC_ARITHMETIC,
    FL_RULE_DATE_INCONSISTENCY,
    FL_RULE_QUOTE_CONFLICT,
    FL_RULE_QUOTE_ALTERED,
    FL_RULE_AMBIGUOUS_ATTRIBUTION,
    FL_RULE_UNATTRIBUTED_QUOTE,
    FL_RULE_ANONYMOUS_SOURCE,
    FL_RULE_VAGUE_SOURCE,
    FL_RULE_FOOTNOTE_GAP,
    FL_RULE_FOOTNOTE_ORDER,
    FL_RULE_FOOTNOTE_UNDEFINED,
    FL_RULE_FOOTNOTE_UNUSED,
    FL_RULE_FOOTNOTE_NO_NOTES,
    FL_RULE_SOURCE_PLACEHOLDER,
    FL_RULE_UNUSED_SUPPRESSION,  /* an extension of SPEC §5: reported by the suppression pass (suppress.c) */
    FL_RULE_UNPAIRED_QUOTE_MARK, /* an extension of SPEC §5: a quotation mark that pairs with no other */
    FL_RULE_COUNT
};

typedef struct {
    const char *id;
    fl_severity level;        /* default */
    const char *summary;      /* one line, lower case */
    const char *explain;      /* paragraphs for --explain */
    const char *fail_example; /* a document that must trigger the rule */
    const char *pass_example; /* a similar document that must not */
    const char *example_name; /* file name the examples are linted as (its extension picks the format) */
} fl_rule_info;

extern const fl_rule_info fl_rule_table[FL_RULE_COUNT];

/* Returns the rule index for id, or -1. */
int fl_rule_find(const char *id);

#endif
