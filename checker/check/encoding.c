/* encoding.c - the encoding rule: a file that could not be read, or is not UTF-8 text, is reported once at
 * its first bad byte and goes no further down the pipeline. */
#include "check/encoding.h"

#include "core/rules.h"

void fl_check_encoding(fl_check_ctx *ctx)
{
    const fl_doc *d = ctx->doc;
    size_t off = d->bad_offset;
    switch (d->status) {
    case FL_DOC_UNREADABLE:
        fl_report(ctx, FL_RULE_ENCODING, d->start, d->start, "cannot read file: %s", d->error);
        break;
    case FL_DOC_INVALID_UTF8:
        fl_report(ctx, FL_RULE_ENCODING, off, off + 1, "invalid UTF-8 at byte offset %zu (byte 0x%02X); file skipped",
                  off, (unsigned char)d->raw[off]);
        break;
    case FL_DOC_BINARY:
        fl_report(ctx, FL_RULE_ENCODING, off, off + 1, "binary file (NUL byte at byte offset %zu); file skipped", off);
        break;
    default:
        break;
    }
}
