/* test_masking.c - the masking of bare URLs and Unicode spaces in plain text, compared on random texts with
 * the byte-at-a-time scan it replaced (which found URL starts by testing every letter); and the eight-byte
 * tests (util.h) that the scans skip plain text with. */
#include "unit.h"

#include <stdint.h>
#include <stdlib.h>

#include "doc/markup.h"

static int url_char(unsigned char c)
{
    return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '`' && c != 0x7F;
}

static void blank(char *out, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (out[i] != '\n' && out[i] != '\r')
            out[i] = ' ';
}

/* The scans as first written, on a copy of raw. */
static char *reference_mask(const char *s, size_t len)
{
    char *out = fl_xstrndup(s, len);
    for (size_t i = 0; i + 4 < len; i++) {
        char c = (char)fl_ascii_lower((unsigned char)s[i]);
        if (c != 'h' && c != 'f' && c != 'w')
            continue;
        size_t b = i;
        if ((fl_ascii_ieq(s + i, "http", 4) || fl_ascii_ieq(s + i, "ftp:", 4)) &&
            (i == 0 || !fl_is_ascii_alpha((unsigned char)s[i - 1]))) {
            size_t j = i;
            while (j < len && fl_is_ascii_alpha((unsigned char)s[j]))
                j++;
            if (j + 3 > len || memcmp(s + j, "://", 3) != 0)
                continue;
        } else if (!(fl_ascii_ieq(s + i, "www.", 4) &&
                     (i == 0 || fl_is_ascii_space((unsigned char)s[i - 1]) || s[i - 1] == '(')))
            continue;
        size_t e = b;
        while (e < len && url_char((unsigned char)s[e]))
            e++;
        while (e > b && strchr(".,;:!?)]'", s[e - 1]))
            e--;
        blank(out, b, e);
        i = e;
    }
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i + 1 < len; i++) {
        if (u[i] == 0xC2 && u[i + 1] == 0xA0) {
            blank(out, i, i + 2);
            i++;
        } else if (i + 2 < len && ((u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] <= 0x8A || u[i + 2] == 0xAF)) ||
                                   (u[i] == 0xE2 && u[i + 1] == 0x81 && u[i + 2] == 0x9F) ||
                                   (u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x80))) {
            blank(out, i, i + 3);
            i += 2;
        }
    }
    return out;
}

Test(masking, urls_and_spaces_as_reference)
{
    static const char *const pieces[] = {"http",
                                         "HTTPS",
                                         "ftp",
                                         "ftp:",
                                         "://",
                                         "www.",
                                         "WWW.",
                                         "x",
                                         "see ",
                                         " ",
                                         "(",
                                         ".",
                                         ",",
                                         ")",
                                         "/a",
                                         "é",
                                         "\xC2\xA0",
                                         "\xE2\x80\x89",
                                         "\n",
                                         "fhttp",
                                         "w",
                                         "ww",
                                         ":",
                                         "//",
                                         "\xE3\x80\x80",
                                         "'"};
    uint64_t seed = 7;
    size_t masked = 0;
    for (int t = 0; t < 4000; t++) {
        fl_buf text = {0};
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t n = (size_t)(seed >> 59) + 1;
        for (size_t k = 0; k < n; k++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            fl_buf_puts(&text, pieces[(seed >> 33) % (sizeof pieces / sizeof pieces[0])]);
        }
        char *raw = fl_xstrndup(fl_buf_cstr(&text), text.len);
        char *want = reference_mask(raw, text.len);
        char *got = fl_markup_mask(raw, text.len, 0, 0, NULL);
        cr_expect(memcmp(got, want, text.len) == 0, "masking of \"%s\": \"%s\", not \"%s\"", raw, got, want);
        masked += got != raw;
        if (got != raw)
            free(got);
        free(want);
        free(raw);
        fl_buf_free(&text);
    }
    cr_expect_gt(masked, 500, "the random texts have URLs and spaces to mask (%zu did)", masked);
}

Test(masking, swar_has_byte)
{
    /* the eight-byte tests the scans skip plain text with: against a byte loop on random words */
    uint64_t seed = 99;
    for (int t = 0; t < 20000; t++) {
        char b[8];
        for (int k = 0; k < 8; k++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned v = (unsigned)(seed >> 56);
            b[k] = v % 3 == 0 ? "\n\r.\"'!?\0"[v % 8] : v % 3 == 1 ? (char)('0' + v % 12 - 1) : (char)v;
        }
        uint64_t w = fl_swar_load(b);
        int high = 0;
        for (int k = 0; k < 8; k++)
            high |= (unsigned char)b[k] >= 0x80;
        cr_expect_eq(fl_swar_high(w) != 0, high);
        if (!high) {
            int digit = 0;
            for (int k = 0; k < 8; k++)
                digit |= b[k] >= '0' && b[k] <= '9';
            cr_expect_eq(fl_swar_digit(w) != 0, digit, "digits in %02x %02x %02x %02x %02x %02x %02x %02x",
                         (unsigned char)b[0], (unsigned char)b[1], (unsigned char)b[2], (unsigned char)b[3],
                         (unsigned char)b[4], (unsigned char)b[5], (unsigned char)b[6], (unsigned char)b[7]);
        }
        for (int x = 0; x < 8; x++) {
            unsigned char c = (unsigned char)"\n\r.\"'!?\0"[x];
            int has = memchr(b, c, 8) != NULL;
            cr_expect_eq(fl_swar_has(w, c) != 0, has, "byte 0x%02x", c);
        }
    }
}
