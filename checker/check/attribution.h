/* attribution.h - the attribution rules, over the speakers and quotes of extract/speakers.h. */
#ifndef FL_ATTRIBUTION_H
#define FL_ATTRIBUTION_H

#include "check/check.h"

/* ambiguous-attribution: a surname reference that fits two or more speakers of the document. */
void fl_check_attribution(fl_check_ctx *ctx);
/* unattributed-quote: a quote that reads as speech with no speaker the sieve can find. */
void fl_check_unattributed(fl_check_ctx *ctx);

#endif
