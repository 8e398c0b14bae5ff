/* test_document.c - UTF-8 validation, BOM, line ends and byte offset -> position conversion. */
#include "unit.h"

static fl_doc *doc(const char *text, size_t len)
{
    return fl_doc_from_buffer("t.txt", text, len, 0);
}

#define DOC(s) doc((s), sizeof(s) - 1)

static void expect_pos(fl_doc *d, size_t off, int line, int disp, int byte, int cp)
{
    fl_pos p = fl_doc_pos(d, off);
    cr_expect_eq(p.line, line, "offset %zu: line %d, expected %d", off, p.line, line);
    cr_expect_eq(p.col[FL_COL_DISPLAY], disp, "offset %zu: display column %d, expected %d", off, p.col[FL_COL_DISPLAY],
                 disp);
    cr_expect_eq(p.col[FL_COL_BYTE], byte, "offset %zu: byte column %d, expected %d", off, p.col[FL_COL_BYTE], byte);
    cr_expect_eq(p.col[FL_COL_CODEPOINT], cp, "offset %zu: code point column %d, expected %d", off,
                 p.col[FL_COL_CODEPOINT], cp);
}

Test(utf8, valid_text)
{
    fl_doc *d = DOC("plain \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 text\n");
    cr_assert_eq(fl_doc_get_status(d), FL_DOC_OK);
    fl_doc_free(d);
}

Test(utf8, invalid_bytes)
{
    struct {
        const char *s;
        size_t len, bad;
    } cases[] = {
        {"ab\xFF", 3, 2},                              /* never valid */
        {"ab\xC3(", 4, 2},                             /* bad continuation */
        {"\xE2\x82", 2, 0},                            /* truncated */
        {"x\xC0\xAF", 3, 1},                           /* overlong */
        {"x\xED\xA0\x80", 4, 1},                       /* surrogate */
        {"line1\nline2 \xF8\x88\x80\x80\x80", 17, 12}, /* five-byte form */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fl_doc *d = doc(cases[i].s, cases[i].len);
        cr_expect_eq(fl_doc_get_status(d), FL_DOC_INVALID_UTF8, "case %zu", i);
        cr_expect_eq(fl_doc_bad_offset(d), cases[i].bad, "case %zu: offset %zu", i, fl_doc_bad_offset(d));
        fl_doc_free(d);
    }
}

Test(utf8, nul_is_binary)
{
    fl_doc *d = DOC("text\0more");
    cr_assert_eq(fl_doc_get_status(d), FL_DOC_BINARY);
    cr_assert_eq(fl_doc_bad_offset(d), 4);
    fl_doc_free(d);
}

Test(utf8, invalid_line_reported)
{
    fl_doc *d = DOC("one\ntwo\nthr\xFF\n");
    cr_assert_eq(fl_doc_get_status(d), FL_DOC_INVALID_UTF8);
    expect_pos(d, fl_doc_bad_offset(d), 3, 4, 4, 4);
    fl_doc_free(d);
}

Test(position, ascii_and_lines)
{
    fl_doc *d = DOC("abc\ndef\n\nxyz");
    expect_pos(d, 0, 1, 1, 1, 1);
    expect_pos(d, 2, 1, 3, 3, 3);
    expect_pos(d, 4, 2, 1, 1, 1);
    expect_pos(d, 9, 4, 1, 1, 1);
    expect_pos(d, 12, 4, 4, 4, 4);
    fl_doc_free(d);
}

Test(position, tabs)
{
    /* GCC's display column: a tab advances to the next multiple of 8, plus one */
    fl_doc *d = DOC("\tx\nab\tc\n\t\tz");
    expect_pos(d, 1, 1, 9, 2, 2);
    expect_pos(d, 6, 2, 9, 4, 4);
    expect_pos(d, 10, 3, 17, 3, 3);
    fl_doc_free(d);
}

Test(position, multibyte)
{
    /* é (2 bytes), € (3 bytes), 😀 (4 bytes, display width 2), 中 (3 bytes, width 2) */
    fl_doc *d = DOC("\xC3\xA9x\n\xE2\x82\xACx\n\xF0\x9F\x98\x80x\n\xE4\xB8\xAD\xE6\x96\x87x");
    expect_pos(d, 2, 1, 2, 3, 2);
    expect_pos(d, 7, 2, 2, 4, 2);
    expect_pos(d, 13, 3, 3, 5, 2);
    expect_pos(d, 21, 4, 5, 7, 3);
    fl_doc_free(d);
}

Test(position, crlf_and_cr)
{
    fl_doc *d = DOC("ab\r\ncd\ref\r\n\r\ngh");
    expect_pos(d, 4, 2, 1, 1, 1);
    expect_pos(d, 5, 2, 2, 2, 2);
    expect_pos(d, 7, 3, 1, 1, 1);
    expect_pos(d, 13, 5, 1, 1, 1);
    fl_doc_free(d);
}

Test(position, bom_is_skipped)
{
    fl_doc *d = DOC("\xEF\xBB\xBFhello\nworld");
    cr_assert_eq(fl_doc_get_status(d), FL_DOC_OK);
    expect_pos(d, 3, 1, 1, 1, 1);
    expect_pos(d, 5, 1, 3, 3, 3);
    expect_pos(d, 9, 2, 1, 1, 1);
    fl_doc_free(d);
}

Test(position, backwards_after_cache)
{
    fl_doc *d = DOC("a\xC3\xA9"
                    "bcdef");
    expect_pos(d, 6, 1, 6, 7, 6);
    expect_pos(d, 1, 1, 2, 2, 2);
    expect_pos(d, 3, 1, 3, 4, 3);
    fl_doc_free(d);
}

Test(markup, masking_keeps_offsets)
{
    const char *t =
        "---\ndate: 2024\n---\nText `code 1` and <!-- c -->[link](http://x.org/a1).\n```\nfenced 2\n```\nend\n";
    fl_doc *d = fl_doc_from_buffer("t.md", t, strlen(t), 1);
    cr_assert_eq(strlen(d->text), strlen(t));
    cr_assert(strstr(d->text, "code") == NULL);
    cr_assert(strstr(d->text, "date") == NULL);
    cr_assert(strstr(d->text, "fenced") == NULL);
    cr_assert(strstr(d->text, "x.org") == NULL);
    cr_assert(strstr(d->text, "[link]") != NULL);
    cr_assert(strstr(d->text, "Text") == d->text + (strstr(t, "Text") - t));
    cr_assert(strstr(d->text, "end\n") == d->text + (strstr(t, "end\n") - t));
    fl_doc_free(d);
}

Test(markup, plain_text_masks_only_urls)
{
    const char *t = "See `this` at https://example.org/page2, then <b>go</b>.";
    fl_doc *d = fl_doc_from_buffer("t.txt", t, strlen(t), 0);
    cr_assert(strstr(d->text, "`this`") != NULL);
    cr_assert(strstr(d->text, "example") == NULL);
    cr_assert(strstr(d->text, ", then") != NULL);
    fl_doc_free(d);
}

Test(position, long_line_random_access)
{
    /* a 40 KB line of mixed widths: random access must agree with a fresh sequential conversion */
    fl_buf b = {0};
    for (int i = 0; i < 4000; i++)
        fl_buf_puts(&b, i % 3 == 0 ? "\t\xE4\xB8\xAD" : i % 3 == 1 ? "ab\xC3\xA9 " : "xyz ");
    fl_doc *d = fl_doc_from_buffer("t.txt", b.ptr, b.len, 0);
    size_t offs[] = {b.len - 1, 5, b.len / 2, 1024, 1025, b.len * 3 / 4, 3, b.len, b.len / 3};
    for (size_t i = 0; i < sizeof offs / sizeof offs[0]; i++) {
        size_t off = offs[i];
        while (off < b.len && ((unsigned char)b.ptr[off] & 0xC0) == 0x80)
            off++;
        fl_pos got = fl_doc_pos(d, off);
        fl_doc *fresh = fl_doc_from_buffer("t.txt", b.ptr, off, 0); /* prefix: the position at its end */
        fl_pos want = fl_doc_pos(fresh, off);
        cr_expect_eq(got.col[FL_COL_DISPLAY], want.col[FL_COL_DISPLAY], "offset %zu", off);
        cr_expect_eq(got.col[FL_COL_BYTE], (int)off + 1, "offset %zu", off);
        cr_expect_eq(got.col[FL_COL_CODEPOINT], want.col[FL_COL_CODEPOINT], "offset %zu", off);
        fl_doc_free(fresh);
    }
    fl_doc_free(d);
    fl_buf_free(&b);
}
