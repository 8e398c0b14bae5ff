/* sources.h - sourcing rules driven by the rule packs' pattern sets: vague-source, anonymous-source and
 * source-placeholder (plus Markdown links with an empty target). */
#ifndef FL_SOURCES_H
#define FL_SOURCES_H

#include "check/check.h"

void fl_check_sources(fl_check_ctx *ctx);

#endif
