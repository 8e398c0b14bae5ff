/* speakers.h - people who speak in a document: full names found in attribution contexts ("said Ana
 * Silva", "Rui Costa, another analyst, asserts", "– Ana Silva, Director ..."), authors from bylines (not
 * speakers), and surname-only references ("Silva said", "– Costa adds") resolved against them. */
#ifndef FL_SPEAKERS_H
#define FL_SPEAKERS_H

#include "check.h"

/* ambiguous-attribution: a surname reference that fits two or more speakers of the document. */
void fl_check_attribution(fl_check_ctx *ctx);

#endif
