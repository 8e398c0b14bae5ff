/* main.c - the command line: parse arguments, run, pick the exit status. Everything else lives in the
 * stages (run/inputs: --against and per-file configurations; run/lint: the run; run/accepted: baselines;
 * out/emit: the output; run/timings: the --timings table); this file does argument parsing and I/O only. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "run/accepted.h"
#include "run/config.h"
#include "out/emit.h"
#include "core/input.h"
#include "run/lint.h"
#include "run/inputs.h"
#include "run/records.h"
#include "run/timings.h"
#include "packs/rulepack.h"
#include "core/rules.h"
#include "run/registry.h"
#include "core/version.h"
#include "lsp/server.h"
#include "out/terminal.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* --help, a line per element (one string would pass the length ISO C asks compilers to support). */
static const char *const usage_text[] = {
    "usage: factlint [OPTIONS] [PATH...]\n",
    "\n",
    "Lint prose for fact consistency and citations. PATH is a file or a directory (walked recursively for\n",
    "*.txt, *.text, *.md and *.markdown; hidden entries, node_modules and what .gitignore and\n",
    ".factlintignore ignore are skipped), a glob (quoted: 'articles/**/*.md'), or - for standard input;\n",
    "the default is the current directory.\n",
    "\n",
    "Input:\n",
    "      --stdin-filename=PATH the name of standard input (-): its configuration and format (.md:\n",
    "                            Markdown) come from PATH, which need not exist\n",
    "      --no-ignore           also walk what .gitignore and .factlintignore ignore, and node_modules\n",
    "\n",
    "Output:\n",
    "  -f, --format=FORMAT       text (default: file:line:col: severity: message [rule]), json, sarif\n",
    "                            (SARIF 2.1.0 for code scanning), github (Actions workflow commands) or\n",
    "                            rdjsonl (reviewdog)\n",
    "      --min-severity=LEVEL  show diagnostics at or above note (default), warning or error\n",
    "      --column-unit=UNIT    text columns: display (default, as GCC), byte (Vim %c) or codepoint\n",
    "  -o, --output=FILE         write the report to FILE instead of standard output\n",
    "      --color=WHEN          colour the text output: auto (default: on a terminal, unless NO_COLOR is\n",
    "                            set), always or never\n",
    "      --snippets=WHEN       show the source line with a caret under each location: auto (default:\n",
    "                            on a terminal), always or never\n",
    "\n",
    "Exit status:\n",
    "      --fail-on=LEVEL       exit 1 when a diagnostic at or above error, warning (default) or note is\n",
    "                            found; never: only problems running make the status non-zero\n",
    "\n",
    "Rules:\n",
    "      --enable=ID[,ID...]   switch rules on (all are on by default)\n",
    "      --disable=ID[,ID...]  switch rules off\n",
    "      --rules=DIR           load the rule packs (*.json) of DIR too; repeatable. The built-in packs\n",
    "                            come from $FACTLINT_RULES or the rules/ directory next to the binary\n",
    "  -c, --config=FILE         use FILE as the configuration of every file, instead of the nearest\n",
    "                            .factlint.json found walking up from each file\n",
    "      --no-config           read no configuration file\n",
    "      --print-config=FILE   print the settings that apply to FILE (configuration and options\n",
    "                            merged) as JSON, and exit\n",
    "      --list-rules          list the rules with their default levels\n",
    "      --explain=ID          explain a rule, with a failing and a passing example\n",
    "\n",
    "Numbers:\n",
    "      --date=YYYY-MM-DD     the date of documents whose own date cannot be found (front matter\n",
    "                            \"date:\", a \"Published:\" dateline or a copyright line) or from a\n",
    "                            configuration's \"dates\"; used for \"last year\"\n",
    "      --against=PATH        a reference corpus (file or directory; repeatable): its claims take part\n",
    "                            in the cross-checks, but only the PATHs are reported on\n",
    "      --dump-claims[=FORM]  print the claims as JSON Lines instead of diagnostics: numeric claims\n",
    "                            with their keys (why two figures were or were not compared), quotes\n",
    "                            and reported speech with speaker, audience, hedge and source, then the\n",
    "                            findings of each file and a record per file. FORM: json (default) or\n",
    "                            keyed (KEY, a tab, the record: Hadoop Streaming's key/value lines)\n",
    "      --check-claims        the operands are such records (none or -: standard input), from any\n",
    "                            number of --dump-claims runs: run the corpus-wide checks and report as\n",
    "                            one run over all their documents would (in any order)\n",
    "\n",
    "Baselines:\n",
    "      --baseline=FILE       do not show the findings FILE accepts (fingerprints of rule, file and\n",
    "                            text, not line numbers): CI fails only on new findings\n",
    "      --write-baseline=FILE write every finding shown to FILE as accepted (exit status 0 unless\n",
    "                            there is trouble); with --baseline, refreshes it\n",
    "\n",
    "Running:\n",
    "  -j, --jobs=N              worker threads (default: number of CPUs); output is the same for any N\n",
    "      --timings             print where the time went to stderr: CPU milliseconds and share of the\n",
    "                            total for each stage (reading, segments, claims, attribution, joins,\n",
    "                            output) and each check, summed over threads, slowest first\n",
    "      --max-file-size=SIZE  the largest input read, in bytes or with K, M or G (default 256M, at\n",
    "                            most 4095M): a larger file, a device that goes on, or a file that\n",
    "                            grows while it is read is reported and skipped; a configuration's\n",
    "                            \"max-file-size\" sets it for the files under it\n",
    "      --lsp                 serve the Language Server Protocol on standard input and output for an\n",
    "                            editor (the workspace comes from the client; --against, --config and\n",
    "                            the rule options apply)\n",
    "  -h, --help                show this help\n",
    "      --version             print the version\n",
    "\n",
    "Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error, missing or\n",
    "unreadable path, bad configuration, rule pack or baseline, or internal error.\n",
    "A summary line goes to stderr: \"factlint: 5 files, 7 warnings, 9 notes\".\n",
    NULL};

static int usage_error(const char *fmt, const char *arg)
{
    fputs("factlint: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (see factlint --help)\n", stderr);
    return EXIT_TROUBLE;
}

static void list_rules(void)
{
    for (int i = 0; i < FL_RULE_COUNT; i++)
        printf("%-20s %-8s %s\n", fl_rule_table[i].id, fl_severity_name(fl_rule_table[i].level),
               fl_rule_table[i].summary);
}

static void print_example(const char *label, const char *text)
{
    printf("%s:\n", label);
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = fl_xstrndup(p, n);
        fl_buf b = {0};
        fl_buf_put_valid_utf8(&b, line); /* bytes that are not valid text as escapes; "“" as it is */
        printf("    %s\n", b.len ? b.ptr : "");
        fl_buf_free(&b);
        free(line);
        p += n + (nl ? 1 : 0);
    }
}

/* Prints a rule's explanation and examples, with what factlint reports on the failing one. */
static int explain(int r, const fl_rules *rules)
{
    const fl_rule_info *ri = &fl_rule_table[r];
    printf("%s (%s by default): %s\n\n%s\n\n", ri->id, fl_severity_name(ri->level), ri->summary, ri->explain);
    print_example("Reported", ri->fail_example);
    fl_lint_opts o;
    fl_lint_opts_init(&o);
    fl_sink s = {0};
    fl_lint_buffer(rules, &o, ri->example_name, ri->fail_example, strlen(ri->fail_example), &s);
    printf("factlint says:\n");
    for (size_t i = 0; i < s.len; i++)
        if (s.items[i].rule == r)
            printf("    %s:%d:%d: %s: %s [%s]\n", s.items[i].file, s.items[i].start.line,
                   s.items[i].start.col[FL_COL_DISPLAY], fl_severity_name(s.items[i].severity), s.items[i].message,
                   ri->id);
    fl_sink_free(&s);
    putchar('\n');
    print_example("Not reported", ri->pass_example);
    return EXIT_CLEAN;
}

static int parse_jobs(const char *s, int *jobs)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < 1 || v > 1024)
        return -1;
    *jobs = (int)v;
    return 0;
}

/* What the command line asked for. */
typedef struct {
    fl_lint_opts opts;
    fl_format format;
    fl_severity fail_on, min_sev;
    fl_colunit colunit;
    const char **dirs; /* dirs[0] is the built-in directory, then --rules values */
    size_t ndirs;
    int explain_rule;
    int dump_claims;
    fl_records_form dump_form; /* --dump-claims=json|keyed */
    int check_claims;          /* --check-claims: the operands are claim records, not documents */
    fl_timings timings;        /* --timings: opts.timings points here */
    const char **against;      /* --against paths */
    size_t nagainst;
    const char *baseline;                /* --baseline: accepted findings are not shown */
    const char *write_baseline;          /* --write-baseline: accept every finding shown */
    signed char rule_cli[FL_RULE_COUNT]; /* --enable (1) or --disable (-1), the last one given; 0: neither */
    const char *config;                  /* --config */
    int no_config;                       /* --no-config */
    const char *print_config;            /* --print-config: the file whose settings to print */
    int lsp;                             /* --lsp: serve the Language Server Protocol on stdin and stdout */
    const char *stdin_filename;          /* --stdin-filename: the name (configuration, format) of "-" */
    const char *output;                  /* -o, --output: write the report to this file */
    int no_ignore;                       /* --no-ignore: walk what ignore files ignore, and node_modules */
    fl_when color, snippets;             /* --color, --snippets */
    fl_text_style *style;                /* the text output's colours and snippets */
} cli;

/* The end of an informational option (--list-rules, --explain, --help, --version, --print-config): status,
 * or trouble when stdout could not be written (a full disk, a closed descriptor). */
static int written(int status)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "factlint: cannot write the output: %s\n", strerror(errno ? errno : EIO));
        return EXIT_TROUBLE;
    }
    return status;
}

/* Applies a comma-separated list of rule ids, remembering it over any configuration. */
static int set_rules(cli *c, const char *list, int on)
{
    char *copy = fl_xstrdup(list);
    int rc = 0;
    for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        while (*tok == ' ')
            tok++;
        int r = fl_rule_find(tok);
        if (r < 0) {
            fprintf(stderr, "factlint: unknown rule \"%s\" (factlint --list-rules lists them)\n", tok);
            rc = EXIT_TROUBLE;
            break;
        }
        c->rule_cli[r] = (signed char)(on ? 1 : -1);
    }
    free(copy);
    return rc;
}

/* The long options of the command line. */
enum {
    OPT_FAIL_ON = 256,
    OPT_MIN_SEV,
    OPT_ENABLE,
    OPT_DISABLE,
    OPT_RULES,
    OPT_COLUMN_UNIT,
    OPT_LIST_RULES,
    OPT_EXPLAIN,
    OPT_VERSION,
    OPT_DUMP_CLAIMS,
    OPT_DATE,
    OPT_AGAINST,
    OPT_BASELINE,
    OPT_WRITE_BASELINE,
    OPT_NO_CONFIG,
    OPT_PRINT_CONFIG,
    OPT_CHECK_CLAIMS,
    OPT_TIMINGS,
    OPT_MAX_FILE_SIZE,
    OPT_LSP,
    OPT_STDIN_FILENAME,
    OPT_NO_IGNORE,
    OPT_COLOR,
    OPT_SNIPPETS
};
static const struct option longopts[] = {
    {"format", required_argument, NULL, 'f'},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"min-severity", required_argument, NULL, OPT_MIN_SEV},
    {"enable", required_argument, NULL, OPT_ENABLE},
    {"disable", required_argument, NULL, OPT_DISABLE},
    {"rules", required_argument, NULL, OPT_RULES},
    {"column-unit", required_argument, NULL, OPT_COLUMN_UNIT},
    {"jobs", required_argument, NULL, 'j'},
    {"list-rules", no_argument, NULL, OPT_LIST_RULES},
    {"explain", required_argument, NULL, OPT_EXPLAIN},
    {"version", no_argument, NULL, OPT_VERSION},
    {"dump-claims", optional_argument, NULL, OPT_DUMP_CLAIMS},
    {"check-claims", no_argument, NULL, OPT_CHECK_CLAIMS},
    {"timings", no_argument, NULL, OPT_TIMINGS},
    {"lsp", no_argument, NULL, OPT_LSP},
    {"stdin-filename", required_argument, NULL, OPT_STDIN_FILENAME},
    {"output", required_argument, NULL, 'o'},
    {"no-ignore", no_argument, NULL, OPT_NO_IGNORE},
    {"color", required_argument, NULL, OPT_COLOR},
    {"colour", required_argument, NULL, OPT_COLOR},
    {"snippets", required_argument, NULL, OPT_SNIPPETS},
    {"date", required_argument, NULL, OPT_DATE},
    {"against", required_argument, NULL, OPT_AGAINST},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"write-baseline", required_argument, NULL, OPT_WRITE_BASELINE},
    {"config", required_argument, NULL, 'c'},
    {"no-config", no_argument, NULL, OPT_NO_CONFIG},
    {"print-config", required_argument, NULL, OPT_PRINT_CONFIG},
    {"max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

/* The usage error for an option getopt did not accept: "--version=3" is a known option that takes no
 * value, "--colour=always" an unknown one. */
static int unknown_option(const char *arg)
{
    const char *eq = strchr(arg, '=');
    if (eq && strncmp(arg, "--", 2) == 0)
        for (const struct option *o = longopts; o->name; o++)
            if (strlen(o->name) == (size_t)(eq - arg - 2) && strncmp(o->name, arg + 2, (size_t)(eq - arg - 2)) == 0)
                return usage_error("option --%s takes no value", o->name);
    return usage_error("unknown option %s", arg);
}

/* Options that cannot be given together. Returns -1 when there is no clash, or the exit status. */
static int check_combination(const cli *c)
{
    if (c->config && c->no_config)
        return usage_error("%s", "--config and --no-config cannot be given together");
    if (c->lsp && (c->dump_claims || c->check_claims || c->output || c->stdin_filename))
        return usage_error("%s", "--lsp cannot be given with --dump-claims, --check-claims, --output or "
                                 "--stdin-filename: the client sends the documents");
    if (c->check_claims) {
        /* the levels, dates and references are those of the --dump-claims runs, carried in the records */
        int rules_cli = 0;
        for (int r = 0; r < FL_RULE_COUNT; r++)
            rules_cli |= c->rule_cli[r] != 0;
        const char *clash = c->dump_claims      ? "--dump-claims"
                            : c->nagainst       ? "--against"
                            : rules_cli         ? "--enable and --disable"
                            : c->config         ? "--config"
                            : c->opts.date.year ? "--date"
                            : c->print_config   ? "--print-config"
                                                : NULL;
        if (clash)
            return usage_error("%s cannot be given with --check-claims: the claim records carry the levels, "
                               "dates and references of the --dump-claims runs",
                               clash);
    }
    return -1;
}

/* The options of where input comes from and output goes (stdin, ignore files, the largest file read, -o,
 * the terminal's colours and snippets, the language server). Returns -1, the exit status of a usage error,
 * or -2 when opt is none of them. */
static int parse_where(cli *c, int opt)
{
    int rc;
    switch (opt) {
    case OPT_LSP:
        c->lsp = 1;
        break;
    case OPT_STDIN_FILENAME:
        c->stdin_filename = optarg;
        break;
    case 'o':
        c->output = optarg;
        break;
    case OPT_NO_IGNORE:
        c->no_ignore = 1;
        break;
    case OPT_MAX_FILE_SIZE:
        if (fl_parse_size(optarg, &c->opts.max_file_size) < 0)
            return usage_error(
                "--max-file-size takes a size in bytes, or a number with K, M or G (64M), at most 4095M, not \"%s\"",
                optarg);
        break;
    case OPT_COLOR:
    case OPT_SNIPPETS:
        if ((rc = fl_when_parse(optarg)) < 0)
            return usage_error(opt == OPT_COLOR ? "--color takes auto, always or never, not \"%s\""
                                                : "--snippets takes auto, always or never, not \"%s\"",
                               optarg);
        if (opt == OPT_COLOR)
            c->color = (fl_when)rc;
        else
            c->snippets = (fl_when)rc;
        break;
    default:
        return -2;
    }
    return -1;
}

/* Parses the options into c. Returns -1 to go on and run, or the exit status to stop with. */
static int parse(int argc, char **argv, cli *c)
{
    int opt, rc;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":f:j:c:o:h", longopts, NULL)) != -1) {
        if ((rc = parse_where(c, opt)) != -2) {
            if (rc >= 0)
                return rc;
            continue;
        }
        switch (opt) {
        case 'f':
            if ((rc = fl_format_parse(optarg)) < 0)
                return usage_error("unknown format \"%s\" (known: text, json, sarif, github, rdjsonl)", optarg);
            c->format = (fl_format)rc;
            break;
        case OPT_FAIL_ON:
            if (strcmp(optarg, "never") == 0)
                c->fail_on = FL_SEV_OFF;
            else if ((rc = fl_severity_parse(optarg, 0)) < 0)
                return usage_error("--fail-on takes error, warning, note or never, not \"%s\"", optarg);
            else
                c->fail_on = (fl_severity)rc;
            break;
        case OPT_MIN_SEV:
            if ((rc = fl_severity_parse(optarg, 0)) < 0)
                return usage_error("--min-severity takes note, warning or error, not \"%s\"", optarg);
            c->min_sev = (fl_severity)rc;
            break;
        case OPT_ENABLE:
        case OPT_DISABLE:
            if (set_rules(c, optarg, opt == OPT_ENABLE))
                return EXIT_TROUBLE;
            break;
        case OPT_RULES:
            c->dirs[c->ndirs++] = optarg;
            break;
        case OPT_COLUMN_UNIT:
            if (strcmp(optarg, "display") == 0)
                c->colunit = FL_COL_DISPLAY;
            else if (strcmp(optarg, "byte") == 0)
                c->colunit = FL_COL_BYTE;
            else if (strcmp(optarg, "codepoint") == 0)
                c->colunit = FL_COL_CODEPOINT;
            else
                return usage_error("--column-unit takes display, byte or codepoint, not \"%s\"", optarg);
            break;
        case 'j':
            if (parse_jobs(optarg, &c->opts.jobs) < 0)
                return usage_error("--jobs takes a number from 1 to 1024, not \"%s\"", optarg);
            break;
        case OPT_LIST_RULES:
            list_rules();
            return written(EXIT_CLEAN);
        case OPT_EXPLAIN:
            if ((c->explain_rule = fl_rule_find(optarg)) < 0) {
                fprintf(stderr, "factlint: unknown rule \"%s\" (factlint --list-rules lists them)\n", optarg);
                return EXIT_TROUBLE;
            }
            break;
        case OPT_DUMP_CLAIMS:
            if (!optarg || strcmp(optarg, "json") == 0)
                c->dump_form = FL_RECORDS_JSON;
            else if (strcmp(optarg, "keyed") == 0)
                c->dump_form = FL_RECORDS_KEYED;
            else
                return usage_error("--dump-claims takes json or keyed, not \"%s\"", optarg);
            c->dump_claims = 1;
            c->opts.want_claims = 1;
            break;
        case OPT_CHECK_CLAIMS:
            c->check_claims = 1;
            break;
        case OPT_TIMINGS:
            c->opts.timings = &c->timings;
            break;
        case OPT_AGAINST:
            c->against[c->nagainst++] = optarg;
            break;
        case OPT_BASELINE:
            c->baseline = optarg;
            break;
        case OPT_WRITE_BASELINE:
            c->write_baseline = optarg;
            break;
        case 'c':
            c->config = optarg;
            break;
        case OPT_NO_CONFIG:
            c->no_config = 1;
            break;
        case OPT_PRINT_CONFIG:
            c->print_config = optarg;
            break;
        case OPT_DATE:
            if (fl_parse_iso_date(optarg, &c->opts.date) < 0)
                return usage_error("--date takes YYYY-MM-DD, not \"%s\"", optarg);
            break;
        case OPT_VERSION:
            printf("factlint %s\n", FL_VERSION);
            return written(EXIT_CLEAN);
        case 'h':
            for (const char *const *l = usage_text; *l; l++)
                fputs(*l, stdout);
            return written(EXIT_CLEAN);
        case ':':
            return usage_error("option %s needs a value", argv[optind - 1]);
        default:
            return unknown_option(argv[optind - 1]);
        }
    }

    if ((rc = check_combination(c)) >= 0)
        return rc;
    fl_rules_override(c->rule_cli, c->opts.level);
    return -1;
}

/* The limit on the files that steer a run (configurations, rule packs, baselines): the default, or
 * --max-file-size when that is larger, so that a small limit meant for documents does not refuse them.
 * Documents and claim records are read up to --max-file-size itself. */
static size_t control_max(const cli *c)
{
    return c->opts.max_file_size > FL_MAX_FILE_SIZE_DEFAULT ? c->opts.max_file_size : 0;
}

/* Loads the built-in packs, the --rules directories and then extra (configurations'); NULL after a
 * message on failure. */
static fl_rules *load_packs(cli *c, const char *const *extra, size_t nextra)
{
    const char **dirs = fl_xcalloc(c->ndirs + nextra + 1, sizeof(char *));
    memcpy(dirs, c->dirs, c->ndirs * sizeof(char *));
    for (size_t i = 0; i < nextra; i++)
        dirs[c->ndirs + i] = extra[i];
    fl_buf err = {0};
    fl_rules *rules = fl_rules_load_max(dirs, c->ndirs + nextra, control_max(c), &err);
    if (!rules)
        fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&err));
    fl_buf_free(&err);
    free(dirs);
    return rules;
}

/* --print-config FILE: the settings that apply to FILE, the command line's included. */
static int print_config(cli *c)
{
    fl_configs *cs = fl_configs_new(c->config, c->no_config);
    fl_configs_set_max(cs, control_max(c));
    fl_file_config fc;
    fl_buf err = {0};
    int status = EXIT_CLEAN;
    fl_severity base[FL_RULE_COUNT];
    for (int r = 0; r < FL_RULE_COUNT; r++)
        base[r] = fl_rule_table[r].level;
    if (fl_configs_for(cs, c->print_config, base, &fc, &err) < 0) {
        fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&err));
        status = EXIT_TROUBLE;
    } else {
        fl_rules_override(c->rule_cli, fc.level);
        if (!fc.date.year && c->opts.date.year)
            fc.date = c->opts.date;
        fl_config_print(stdout, c->print_config, &fc);
        status = written(status);
    }
    fl_buf_free(&err);
    fl_configs_free(cs);
    return status;
}

/* Applies --baseline and --write-baseline to the findings, prints them and the summary; returns the exit
 * status they call for. */
static int report(const cli *c, fl_sink *sink, size_t files)
{
    int status = EXIT_CLEAN;
    fl_accepted acc;
    fl_accepted_apply(c->baseline, c->write_baseline, c->min_sev, sink, &acc);
    fl_summary sum = fl_summarize(sink, c->min_sev, files);
    double t = c->opts.timings ? fl_thread_seconds() : 0;
    if (c->format == FL_FMT_TEXT && c->style && (c->style->color || c->style->snippets))
        fl_emit_text_styled(stdout, sink, c->min_sev, c->colunit, c->style);
    else
        fl_emit(stdout, c->format, sink, c->min_sev, c->colunit, &sum);
    if (c->opts.timings) {
        fflush(stdout);
        c->opts.timings->stage[FL_STAGE_OUTPUT] += fl_thread_seconds() - t;
    }
    fl_emit_summary(stderr, &sum);
    if (acc.baselined)
        fprintf(stderr, "factlint: %zu accepted %s in %s not shown\n", acc.accepted,
                acc.accepted == 1 ? "finding" : "findings", c->baseline);
    if (acc.written >= 0 && c->write_baseline)
        fprintf(stderr, "factlint: %ld %s written to %s\n", acc.written, acc.written == 1 ? "finding" : "findings",
                c->write_baseline);
    /* a baseline just written accepts every finding shown */
    if (c->fail_on != FL_SEV_OFF && !c->write_baseline)
        for (size_t i = 0; i < sink->len; i++)
            if (sink->items[i].severity >= c->fail_on)
                status = EXIT_FINDINGS;
    if (acc.trouble)
        status = EXIT_TROUBLE;
    return status;
}

/* The end of a run that printed: the --timings table, and trouble (status 2) when stdout could not be
 * written; returns the exit status. */
static int end_output(const cli *c, int status)
{
    if (c->opts.timings)
        fl_timings_print(stderr, c->opts.timings);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("factlint: cannot write the output\n", stderr);
        status = EXIT_TROUBLE;
    }
    return status;
}

/* --check-claims: the reduce step. Reads the claim records of the operands ("-" or none: standard input),
 * finishes the run they describe (the corpus-wide joins, levels, suppressions) and reports as a whole run
 * would; returns the exit status. */
static int check_claims(cli *c, int argc, char **argv)
{
    fl_rules *rules = load_packs(c, NULL, 0);
    if (!rules)
        return EXIT_TROUBLE;
    fl_records_reader *rd = fl_records_reader_new(rules);
    fl_records_set_max(rd, c->opts.max_file_size);
    fl_buf err = {0};
    int rc = 0;
    const char *std[] = {"-"};
    const char *const *names = optind < argc ? (const char *const *)argv + optind : std;
    size_t n = optind < argc ? (size_t)(argc - optind) : 1;
    for (size_t i = 0; i < n && rc == 0; i++) {
        int is_std = strcmp(names[i], "-") == 0;
        FILE *in = is_std ? stdin : fopen(names[i], "r");
        if (!in) {
            rc = fl_fail(&err, names[i], "%s", strerror(errno));
            break;
        }
        rc = fl_records_read(rd, is_std ? "<stdin>" : names[i], in, &err);
        if (!is_std)
            fclose(in);
    }
    fl_run run;
    size_t files = 0;
    if (rc == 0)
        rc = fl_records_finish(rd, &run, &files, &err);
    else
        fl_records_reader_free(rd);
    if (rc < 0) {
        fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&err));
        fl_buf_free(&err);
        fl_rules_free(rules);
        return EXIT_TROUBLE;
    }
    fl_buf_free(&err);
    fl_sink sink = {0};
    run.timings = c->opts.timings;
    fl_lint_finish(rules, &run, &sink);
    int status = report(c, &sink, files);
    for (size_t i = 0; i < run.ndocs; i++)
        if (run.unreadable[i])
            status = EXIT_TROUBLE;
    status = end_output(c, status);
    fl_sink_free(&sink);
    fl_run_free(&run);
    fl_rules_free(rules);
    return status;
}

static fl_rules *lsp_load_packs(void *arg, const char *const *extra, size_t nextra)
{
    return load_packs(arg, extra, nextra);
}

/* --lsp: serves a client on stdin and stdout until it exits; returns the exit status. */
static int serve(cli *c, int argc)
{
    if (optind < argc)
        return usage_error("%s", "--lsp takes no PATH: the client names the workspace folders");
    fl_lsp_opts lo = {.opts = c->opts,
                      .against = c->against,
                      .nagainst = c->nagainst,
                      .config = c->config,
                      .no_config = c->no_config,
                      .timings = c->opts.timings != NULL,
                      .fd_in = 0,
                      .fd_out = 1,
                      .load_packs = lsp_load_packs,
                      .load_arg = c};
    lo.opts.timings = NULL;
    return fl_lsp_serve(&lo);
}

/* Loads the packs, walks the paths, lints, prints; returns the exit status. */
static int run(cli *c, int argc, char **argv)
{
    if (c->print_config)
        return print_config(c);
    char *builtin = fl_rules_default_dir();
    if (!builtin) {
        fputs("factlint: cannot find the built-in rule packs: set FACTLINT_RULES to the rules/ directory\n", stderr);
        return EXIT_TROUBLE;
    }
    c->dirs[0] = builtin;
    if (c->explain_rule >= 0) {
        fl_rules *rules = load_packs(c, NULL, 0);
        int rc = rules ? written(explain(c->explain_rule, rules)) : EXIT_TROUBLE;
        fl_rules_free(rules);
        free(builtin);
        return rc;
    }

    if (c->check_claims || c->lsp) {
        int rc = c->lsp ? serve(c, argc) : check_claims(c, argc, argv);
        free(builtin);
        return rc;
    }

    int implicit = optind >= argc;
    const char *dot[] = {"."};
    const char *const *paths = implicit ? dot : (const char *const *)argv + optind;
    size_t npaths = implicit ? 1 : (size_t)(argc - optind);
    fl_filelist files = {0};
    int flags = c->no_ignore ? FL_WALK_NO_IGNORE : 0, from_stdin;
    const char *stdin_name = c->stdin_filename ? c->stdin_filename : "<stdin>";
    fl_inputs_walk(&files, paths, npaths, implicit, flags, stdin, stdin_name, &from_stdin);
    if (c->stdin_filename && !from_stdin) {
        fl_filelist_free(&files);
        free(builtin);
        return usage_error("%s", "--stdin-filename names standard input: give - among the paths");
    }
    fl_text_style style;
    fl_text_style_init(&style, c->color, c->snippets, stdin_name, from_stdin ? files.items[files.len - 1].data : NULL,
                       from_stdin ? files.items[files.len - 1].len : 0);
    c->style = &style;
    /* --against: the reference corpus follows the linted files; a file in both is linted */
    unsigned char *reference = fl_inputs_add_reference_with(&files, c->against, c->nagainst, flags);
    c->opts.reference = reference;

    /* the configurations: per-file levels, dates and tolerance; excluded files; their rule packs */
    fl_configs *cs = fl_configs_new(c->config, c->no_config);
    fl_configs_set_max(cs, control_max(c));
    fl_file_opts *fopts = NULL;
    fl_buf cerr = {0};
    int cfg = fl_inputs_configure(cs, c->rule_cli, &files, reference, &fopts, &cerr) < 0 ? EXIT_TROUBLE : -1;
    if (cfg >= 0)
        fprintf(stderr, "factlint: %s\n", fl_buf_cstr(&cerr));
    fl_buf_free(&cerr);
    c->opts.file_opts = fopts;
    size_t nextra = 0;
    const char *const *extra = fl_configs_pack_dirs(cs, &nextra);
    fl_rules *rules = cfg < 0 ? load_packs(c, extra, nextra) : NULL;
    if (!rules) {
        fl_text_style_free(&style);
        fl_configs_free(cs);
        fl_filelist_free(&files);
        free(fopts);
        free(reference);
        free(builtin);
        return EXIT_TROUBLE;
    }

    fl_sink sink = {0};
    fl_lint_stats stats;
    int status = EXIT_CLEAN;
    if (c->dump_claims) {
        /* the map step: the per-document half of the run, as records for --check-claims */
        fl_run half;
        fl_lint_collect(rules, &c->opts, &files, &half, &stats);
        fl_records_write(stdout, c->dump_form, rules, &half);
        fl_run_free(&half);
    } else {
        atomic_size_t done;
        atomic_init(&done, 0);
        c->opts.progress = &done;
        fl_progress *progress = fl_progress_start(&done, files.len);
        fl_lint_files(rules, &c->opts, &files, &sink, &stats, NULL);
        fl_progress_stop(progress);
        c->opts.progress = NULL;
        status = report(c, &sink, stats.files);
    }
    if (stats.unreadable || files.problems)
        status = EXIT_TROUBLE;
    status = end_output(c, status);
    fl_sink_free(&sink);
    fl_text_style_free(&style);
    fl_filelist_free(&files);
    fl_rules_free(rules);
    fl_configs_free(cs);
    free(fopts);
    free(builtin);
    free(reference);
    return status;
}

/* A standard descriptor that is closed is taken by /dev/null, opened the other way round (stdin for
 * writing, stdout and stderr for reading), so that no file factlint opens becomes fd 1 and receives the
 * output, and writes to a closed stdout still fail and are reported. */
static void hold_std_fds(void)
{
    for (int fd = 0; fd < 3; fd++)
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
            if (got >= 0 && got != fd)
                close(got);
        }
}

/* glibc gives each thread that allocates its own malloc arena, up to 8 per CPU, and reserves 64 MB of
 * address space for each: -j64 under a 400 MB limit ran out where -j2 did not. The workers share at most
 * one arena per CPU (8 at most), fewer under an address-space limit (one per 256 MB of it). */
static void limit_arenas(long ncpu)
{
#ifdef __GLIBC__
    long arenas = ncpu < 1 ? 1 : ncpu > 8 ? 8 : ncpu;
    struct rlimit rl;
    if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        long room = (long)(rl.rlim_cur / (256UL << 20));
        arenas = room < 1 ? 1 : room < arenas ? room : arenas;
    }
    mallopt(M_ARENA_MAX, (int)arenas);
#else
    (void)ncpu;
#endif
}

/* -o FILE: standard output goes to FILE from here on (so no terminal styling applies). Returns 0, or -1
 * after a message. */
static int redirect_output(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "factlint: %s: %s\n", path, strerror(errno));
        return -1;
    }
    fflush(stdout);
    int rc = dup2(fileno(f), 1) < 0 ? -1 : 0;
    if (rc < 0)
        fprintf(stderr, "factlint: %s: %s\n", path, strerror(errno));
    fclose(f);
    return rc;
}

int main(int argc, char **argv)
{
    hold_std_fds();
    fl_json_init();
    cli c;
    memset(&c, 0, sizeof c);
    fl_lint_opts_init(&c.opts);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    limit_arenas(ncpu);
    c.opts.jobs = ncpu > 0 ? (int)ncpu : 1;
    c.format = FL_FMT_TEXT;
    c.fail_on = FL_SEV_WARNING;
    c.min_sev = FL_SEV_NOTE;
    c.colunit = FL_COL_DISPLAY;
    c.explain_rule = -1;
    c.dirs = fl_xcalloc((size_t)argc + 1, sizeof(char *));
    c.against = fl_xcalloc((size_t)argc + 1, sizeof(char *));
    c.ndirs = 1;
    int status = parse(argc, argv, &c);
    if (status < 0 && c.output && redirect_output(c.output) < 0)
        status = EXIT_TROUBLE;
    if (status < 0)
        status = run(&c, argc, argv);
    free(c.dirs);
    free(c.against);
    return status;
}
