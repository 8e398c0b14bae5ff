/* test_numbers.c - the number grammar: a table of sentences and the numbers found in them. */
#include "unit.h"

#include <math.h>

#include "extract/numbers.h"
#include "doc/tokens.h"

/* The numbers of text (*n of them; the caller frees the array). */
static fl_num *numbers_in(const char *text, size_t *n)
{
    fl_doc *d = unit_doc("t.txt", text);
    fl_token *t;
    size_t nt = fl_tokenize(d, d->start, d->len, &t);
    fl_num *nums;
    *n = fl_numbers(d->text, unit_rules(), t, nt, &nums);
    free(t);
    fl_doc_free(d);
    return nums;
}

/* Describes the numbers of text as "value[lo,hi]" items (nonclaims as "#kind"), joined by spaces. */
static char *numbers_of(const char *text)
{
    size_t n;
    fl_num *nums = numbers_in(text, &n);
    fl_buf b = {0};
    static const char *const nc[] = {"", "#year", "#date", "#time", "#name", "#label", "#list", "#phrase"};
    for (size_t i = 0; i < n; i++) {
        if (i)
            fl_buf_putc(&b, ' ');
        if (nums[i].nonclaim)
            fl_buf_printf(&b, "%s", nc[nums[i].nonclaim]);
        else if (nums[i].range)
            fl_buf_printf(&b, "%g..%g", nums[i].lo, nums[i].hi);
        else
            fl_buf_printf(&b, "%g[%g,%g]%s", nums[i].value, nums[i].lo, nums[i].hi, nums[i].proportion ? "p" : "");
    }
    free(nums);
    return fl_buf_take(&b);
}

static void expect_numbers(const char *text, const char *want)
{
    char *got = numbers_of(text);
    cr_expect_str_eq(got, want, "text: %s\n  got:  %s\n  want: %s", text, got, want);
    free(got);
}

Test(numbers, digits_and_precision)
{
    expect_numbers("Gazprom delivered 31 bcm.", "31[30.5,31.5]");
    expect_numbers("It was 21.3 bcm.", "21.3[21.25,21.35]");
    expect_numbers("Trade hit $582.9 billion.", "5.829e+11[5.8285e+11,5.8295e+11]");
    expect_numbers("About 1,000 people came.", "1000[999.5,1000.5]");
    expect_numbers("Costs rose.20 Loans totaled nearly $7 billion21 and more. Growth slowed.22",
                   "7e+09[6.5e+09,7.5e+09]");
    expect_numbers("It cost $3bn and 5m barrels.", "3e+09[2.5e+09,3.5e+09] 5e+06[4.5e+06,5.5e+06]");
}

Test(numbers, words)
{
    expect_numbers("They met over forty times.", "40[39.5,40.5]");
    expect_numbers("They met forty-two times.", "42[41.5,42.5]");
    /* a non-breaking hyphen (U+2011) or a hyphen (U+2010) joins the words as "-" does */
    expect_numbers("They met twenty\u2011one times.", "21[20.5,21.5]");
    expect_numbers("They met thirty\u2010two times.", "32[31.5,32.5]");
    expect_numbers("Two hundred and fifty died.", "250[249.5,250.5]");
    expect_numbers("Some two million voted.", "2e+06[1.5e+06,2.5e+06]");
    expect_numbers("Some 2 million voted.", "2e+06[1.5e+06,2.5e+06]");
    expect_numbers("A dozen ships sailed.", "12[11.5,12.5]");
    /* an approximate suffix: at least the number, below it plus the unit of its last non-zero place */
    expect_numbers("Sixty-odd ships sailed.", "60[60,70]");
    expect_numbers("Some 150-odd ships sailed.", "150[150,160]");
    expect_numbers("Thirty odd ships sailed.", "30[30,40]");
    expect_numbers("The 200-odd ships sailed.", "200[200,300]");
    /* "a" before "hundred" is one hundred, and the words after "and" add to it */
    expect_numbers("More than a hundred and ten boxes fell.", "110[109.5,110.5]");
    expect_numbers("A hundred people came.", "100[99.5,100.5]");
    /* compounds after "and", a scale after them, and "hundred" alone after another determiner ("the hundred and
     * forty") */
    expect_numbers("It had two hundred and twenty-one stakes.", "221[220.5,221.5]");
    expect_numbers("It had four hundred and twenty-one oak stakes.", "421[420.5,421.5]");
    expect_numbers("A hundred and sixty-eight thousand came.", "168000[167500,168500]");
    expect_numbers("It had one thousand two hundred and five stakes.", "1205[1204.5,1205.5]");
    expect_numbers("It had twenty-one thousand stakes.", "21000[20500,21500]");
    expect_numbers("The hundred and forty volunteers came.", "140[139.5,140.5]");
    expect_numbers("Her hundred and twenty-one days ended.", "121[120.5,121.5]");
    /* a hundred with no whole number after its "and" is no number of itself */
    expect_numbers("The hundred and the fifty met.", "50[49.5,50.5]");
    expect_numbers("The Hundred and Ten Club met.", "10[9.5,10.5]");
    /* "all" before a number word is a whole marker, not a fixed phrase: the count is stated */
    expect_numbers("All four casualties were taken to hospital.", "4[3.5,4.5]");
    expect_numbers("A hundred thousand people came.", "100000[99500,100500]");
    expect_numbers("It is roughly one-quarter of that.", "0.25[0.2475,0.2525]p");
    expect_numbers("Three-quarters agreed; a third did not.", "0.75[0.7425,0.7575]p 0.333333[0.33,0.336666]p");
    expect_numbers("Only one in five respondents agreed.", "0.2[0.198,0.202]p");
    /* "every" may stand between a ratio's "in" and its second number; "in" with no number after it is no ratio */
    expect_numbers("One in every eight lines failed.", "0.125[0.12375,0.12625]p");
    expect_numbers("One in every house was lit.", "1[0.5,1.5]");
    /* a hyphenated number word right after another number: split for "7.9 million-tonne", joined again */
    expect_numbers("In 2024 twenty-one people died.", "#year 21[20.5,21.5]");
    expect_numbers("By March 3 forty-two had left.", "#date 42[41.5,42.5]");
    /* a score or a vote is no count; a financial year keeps its year */
    expect_numbers("A day after the 9-3 deadlock was reported, they won 2-1.", "#label #label");
    /* a season's second year is the label's, no amount: "in the 2025/26 season, up from 410,000" */
    expect_numbers("The 2019-20 budget rose.", "#year");
    expect_numbers("It handled 492,000 tonnes in the 2025/26 season.", "492000[492000,492000] #year");
    expect_numbers("It ran from 2025/2026 on.", "#year");
    expect_numbers("Costs of 2025/27 rose.", "#year 27[26.5,27.5]");
    /* a number that ends the line before (a masthead's "Issue 4") does not split the next line's words */
    expect_numbers("Issue 4\n\nThirty-one people were hurt.", "4[3.5,4.5] 31[30.5,31.5]");
    expect_numbers("Three out of ten said no.", "0.3[0.297,0.303]p");
    /* a fraction of a unit of numbers.fraction_units through an article is an amount of it, read within a tenth as
     * "half a million" is, no share; of any other noun it stays a share */
    expect_numbers("Play was held up for half an hour.", "0.5[0.45,0.55]");
    expect_numbers("They waited a quarter of an hour.", "0.25[0.225,0.275]");
    expect_numbers("A quarter of the fans left.", "0.25[0.2475,0.2525]p");
    /* lengths and masses too ("half a mile"); "a mile and a half": the article and the fraction after the unit are one
     * number, the "a half" no share of its own */
    expect_numbers("They sheltered half a mile in.", "0.5[0.45,0.55]");
    expect_numbers("It lies about a mile and a half from the entrance.", "1.5[1.35,1.65]");
    expect_numbers("The fire burned for an hour and a half.", "1.5[1.35,1.65]");
    expect_numbers("A half of the mile was paved.", "0.5[0.495,0.505]p");
    /* "and" after a scale word adds as it does after "hundred"; a fixed phrase whose number goes on is no idiom */
    expect_numbers("It ran for two thousand and five seconds.", "2005[2004.5,2005.5]");
    expect_numbers("It ran for one thousand three hundred and forty-two seconds.", "1342[1341.5,1342.5]");
    expect_numbers("At one point one billion euros went.", "1.1e+09[1.05e+09,1.15e+09]");
    expect_numbers("For one, it ran at one point.", "#phrase #phrase");
    /* decimals in words ("point" and single digit words) and "N and a half" before a scale */
    expect_numbers("It cost one point one billion euros.", "1.1e+09[1.05e+09,1.15e+09]");
    expect_numbers("Growth was two point five per cent.", "2.5[2.45,2.55]");
    expect_numbers("It cost two and a half million euros.", "2.5e+06[2.45e+06,2.55e+06]");
    expect_numbers("They waited three and a half hours.", "3.5[3.45,3.55]");
    /* no decimal without a digit word after "point"; "a half of" is no added fraction */
    expect_numbers("They lost by one point.", "1[0.5,1.5]");
    expect_numbers("Two and a half of them left.", "2[1.5,2.5] 0.5[0.495,0.505]p");
}

Test(numbers, ranges)
{
    expect_numbers("Between 3 and 5 people left.", "2.5..5.5");
    expect_numbers("It took 3-5 weeks.", "2.5..5.5");
    expect_numbers("It took 3–5 weeks.", "2.5..5.5");
}

Test(numbers, not_claims)
{
    expect_numbers("It happened in 2022.", "#year");
    expect_numbers("It was signed on July 24, 2025.", "#date #year");
    expect_numbers("Xi visited on May 8–10.", "#date");
    expect_numbers("They met on 24 July.", "#date");
    expect_numbers("The talks start at 10:30 GMT.", "#time #time");
    /* a year before a label's colon and a space is no clock time */
    expect_numbers("Rounds played, 2025: 43,100", "#year 43100[43099.5,43100.5]");
    expect_numbers("See page 5 and section 3.", "#label #label");
    expect_numbers("The fears were: (1) land, (2) money.", "#list #list");
    expect_numbers("Its next five-year plan is set.", "#phrase");
    expect_numbers("In the 19th century and the 1990s, the G20 met.", "");
    expect_numbers("Trade grew.31 Prices fell.32 It began in January 2022.33 Then it slowed.34", "#year");
}

/* A scale word gives a whole value where the figure is one: 4.1 * 1e6 is 4099999.9999999995 in binary, and a
 * count stated as "4.1 million" is read as a whole count only when its value is whole. */
Test(numbers, scaled_values_are_exact)
{
    static const struct {
        const char *text;
        double value;
    } cases[] = {
        {"Loans fell to 4.1 million.", 4100000},
        {"It cost $0.7 billion.", 700000000},
        {"They shipped 3.3 million tonnes.", 3300000},
        {"Some 1.15 million voted.", 1150000},
        {"Sales hit 2.9bn.", 2900000000},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n;
        fl_num *nums = numbers_in(cases[i].text, &n);
        cr_expect_eq(n, 1, "%s: %zu numbers", cases[i].text, n);
        if (n)
            cr_expect(nums[0].value == cases[i].value, "%s: %.17g, want %.17g", cases[i].text, nums[0].value,
                      cases[i].value);
        free(nums);
    }
}
