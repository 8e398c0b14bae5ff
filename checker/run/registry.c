/* registry.c - the rule registry: for each rule of the catalogue, the check or join that implements it
 * and what it needs. */
#include "run/registry.h"

#include "check/conversions.h"
#include "check/encoding.h"
#include "check/numcheck.h"
#include "check/quotes.h"
#include "check/sources.h"
#include "join/numeric.h"
#include "join/quotes.h"
#include "check/footnotes.h"
#include "check/attribution.h"

static void numeric_within(const fl_rules *r, const fl_claims *all, const unsigned char *reference, fl_sink *out)
{
    fl_join_numeric(r, all, reference, FL_CONFLICT_WITHIN, out);
}

static void numeric_keyed(const fl_rules *r, const fl_claims *all, const unsigned char *reference, fl_sink *out)
{
    fl_join_numeric(r, all, reference, FL_CONFLICT_KEYED | FL_CONFLICT_TRANSPOSED, out);
}

const fl_join fl_joins[FL_JOIN_COUNT] = {
    [FL_JOIN_NUMERIC] = {numeric_within, numeric_keyed, FL_RULE_NUMERIC_CONFLICT},
    [FL_JOIN_QUOTES] = {NULL, fl_join_quotes, FL_RULE_QUOTE_CONFLICT},
};

const fl_rule_impl fl_registry[FL_RULE_COUNT] = {
    [FL_RULE_ENCODING] = {NULL, 0, 0}, /* fl_registry_unreadable */
    [FL_RULE_NUMERIC_CONFLICT] = {fl_check_conversions, 1 + FL_JOIN_NUMERIC, FL_NEEDS_CLAIMS},
    [FL_RULE_NUMERIC_ARITHMETIC] = {fl_check_arithmetic, 0, FL_NEEDS_CLAIMS},
    [FL_RULE_DATE_INCONSISTENCY] = {fl_check_dates, 0, FL_NEEDS_CLAIMS},
    [FL_RULE_QUOTE_CONFLICT] = {NULL, 1 + FL_JOIN_QUOTES, FL_NEEDS_SPEECH},
    [FL_RULE_QUOTE_ALTERED] = {fl_check_quotes, 0, 0},
    [FL_RULE_AMBIGUOUS_ATTRIBUTION] = {fl_check_attribution, 0, FL_NEEDS_SPEECH},
    [FL_RULE_UNATTRIBUTED_QUOTE] = {fl_check_unattributed, 0, FL_NEEDS_SPEECH},
    [FL_RULE_ANONYMOUS_SOURCE] = {fl_check_sources, 0, 0},
    [FL_RULE_VAGUE_SOURCE] = {fl_check_sources, 0, 0},
    [FL_RULE_FOOTNOTE_GAP] = {fl_check_footnotes, 0, 0},
    [FL_RULE_FOOTNOTE_ORDER] = {fl_check_footnotes, 0, 0},
    [FL_RULE_FOOTNOTE_UNDEFINED] = {fl_check_footnotes, 0, 0},
    [FL_RULE_FOOTNOTE_UNUSED] = {fl_check_footnotes, 0, 0},
    [FL_RULE_FOOTNOTE_NO_NOTES] = {fl_check_footnotes, 0, 0},
    [FL_RULE_SOURCE_PLACEHOLDER] = {fl_check_sources, 0, 0},
    [FL_RULE_UNUSED_SUPPRESSION] = {NULL, 0, 0}, /* the suppression pass (run/suppress.c) */
    [FL_RULE_UNPAIRED_QUOTE_MARK] = {fl_check_unpaired_marks, 0, 0},
};

const fl_check_fn fl_registry_unreadable = fl_check_encoding;

int fl_rule_check_first(int i)
{
    fl_check_fn fn = fl_registry[i].check;
    if (!fn)
        return 0;
    for (int k = 0; k < i; k++)
        if (fl_registry[k].check == fn)
            return 0;
    return 1;
}

unsigned fl_registry_needs(const fl_severity *level)
{
    unsigned needs = 0;
    for (int i = 0; i < FL_RULE_COUNT; i++)
        if (level[i] != FL_SEV_OFF)
            needs |= fl_registry[i].needs;
    return needs;
}

unsigned fl_registry_joins(const fl_severity *level)
{
    unsigned joins = 0;
    for (int i = 0; i < FL_RULE_COUNT; i++)
        if (level[i] != FL_SEV_OFF && fl_registry[i].join)
            joins |= 1u << (fl_registry[i].join - 1);
    return joins;
}
