/* encoding.h - the encoding rule, reported for a document that did not read as UTF-8 text. */
#ifndef FL_ENCODING_H
#define FL_ENCODING_H

#include "check/check.h"

/* Reports why ctx->doc could not be linted (unreadable, invalid UTF-8, binary); nothing for a readable
 * document. Needs only ctx->doc and ctx->sink. */
void fl_check_encoding(fl_check_ctx *ctx);

#endif
