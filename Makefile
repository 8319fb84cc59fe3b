# clusterdata: PGXS build.
EXTENSION   = clusterdata
# the version is the control file's (META.json and debian/changelog agree:
# test/meta_check.py)
EXTVERSION  = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(dir $(firstword $(MAKEFILE_LIST)))clusterdata.control)
MODULE_big  = clusterdata
# The install script of the newest version is assembled from the files of
# sql/install/, one per concern, in name order (the README says where each
# object is defined); earlier versions' scripts and the updates are kept as
# they are.
NEWEST_SQL = sql/clusterdata--$(EXTVERSION).sql
DATA_built  = $(NEWEST_SQL)
DATA        = $(filter-out $(NEWEST_SQL),$(wildcard sql/clusterdata--*.sql))
DOCS        = README.md

# Text-processing core: plain C + ICU, no PostgreSQL headers.
CORE_OBJS   = src/wilson.o src/solve_rate_text.o src/langdata.o src/cdtext.o src/detect.o src/numscan.o src/provinces.o src/provinces_data.o src/reportdata.o src/report_work.o src/report_emit.o src/report_dict.o src/report_words.o src/report_clauses.o src/report_figures.o src/report_rates.o src/report_counts.o src/report_cluster.o src/report_context.o src/report.o src/context.o src/confidence.o src/confidence_data.o
# SQL bindings.
PG_OBJS     = src/pg_clusterdata.o src/pg_solve_rate.o src/pg_lang.o src/pg_numbers.o src/pg_report.o src/pg_province.o src/pg_context.o src/pg_confidence.o src/pg_cue.o src/pg_store.o
OBJS        = $(CORE_OBJS) $(PG_OBJS)

REGRESS      = solve_rate_io solve_rate_ops solve_rate_agg solve_rate_funcs solve_rate_copy parallel_query rows numbers_vi numbers_en numbers_fr numbers_pl numbers_ro numbers_hi numbers_input numbers_words lang_zh lang_ja lang_ko lang_id lang_ru lang_datafiles province parse_report parse_report_facts parse_report_rates parse_report_why parse_report_members parse_report_counts parse_report_targets parse_report_roles parse_report_cluster parse_report_leaders upgrade storage parse_batch store_parsed ranking cluster_figures review cue owner encoding robustness garden
REGRESS_OPTS = --encoding=UTF8 --no-locale
# Isolation tests (concurrent sessions): test/isolation/specs, expected outputs beside them
ISOLATION      = ingest_same_body parse_queue correction_during_parse parse_transient cue_other_session
ISOLATION_OPTS = --inputdir=test/isolation --encoding=UTF8 --no-locale

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CONFIG ?= pg_config
# Server headers as system headers: -Wextra then checks our code, not theirs.
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS) -isystem $(shell $(PG_CONFIG) --includedir-server)
SHLIB_LINK  = $(ICU_LIBS) -lm

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(NEWEST_SQL): $(sort $(wildcard sql/install/*.sql))
	cat $^ > $@

# Unit tests of the core, without a server.  SANITIZE=1 builds them with
# AddressSanitizer and UndefinedBehaviorSanitizer (any finding fails the run).
# They also replay every input under test/fuzz/regressions/ through its target.
UNIT_CFLAGS = -O2 -g -Wall -Wextra -Werror -std=c11 -Isrc -Itest/fuzz $(ICU_CFLAGS)
CORE_SRCS   = $(CORE_OBJS:.o=.c)
UNIT_SRCS   = $(filter-out test/unit/scan_tool.c,$(wildcard test/unit/*.c)) test/fuzz/targets.c
ifeq ($(SANITIZE),1)
UNIT_BIN    = test/unit/run_unit_san
UNIT_CFLAGS += -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_ENV    = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
UNIT_BIN    = test/unit/run_unit
UNIT_ENV    =
endif

# (calloc wrapped: unit_main.c can make the core's calloc fail, to test what is
# left after running out of memory)
$(UNIT_BIN): $(UNIT_SRCS) $(CORE_SRCS) $(wildcard src/*.h) $(wildcard src/*.inc) $(wildcard test/unit/*.h) test/fuzz/targets.h
	$(CC) $(UNIT_CFLAGS) -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(ICU_LIBS) -lm -Wl,--wrap=calloc

.PHONY: unitcheck
unitcheck: $(UNIT_BIN)
	$(UNIT_ENV) $(UNIT_BIN) test/fuzz/regressions

test/unit/scan_tool: test/unit/scan_tool.c $(CORE_SRCS) $(wildcard src/*.h) $(wildcard src/*.inc)
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/scan_tool.c $(CORE_SRCS) $(ICU_LIBS) -lm

# Fuzzing with libFuzzer (clang), AddressSanitizer and UndefinedBehaviorSanitizer.
#   make fuzz                    builds the fuzzer and runs each target FUZZ_SECONDS
#   make fuzz FUZZ_SECONDS=600   longer; make fuzz FUZZ_TARGETS=report one target
# One binary holds every target (CD_FUZZ_TARGET names the one it runs);
# FUZZ_JOBS targets run at a time.  Seeds are the sample reports and the test
# sentences, the dictionary the cue words, units, month names and separators
# (both made by test/fuzz/prepare.py).  A finding stops the run; its input is
# under test/fuzz/work/TARGET/artifacts/: fix it, then keep the input in
# test/fuzz/regressions/TARGET/ so that `make unitcheck` replays it from then
# on.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 20
FUZZ_JOBS    ?= 2
FUZZ_TARGETS ?= numbers report detect province solve_rate decimal
FUZZ_FLAGS    = -g -O1 -std=c11 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
                -Isrc -Itest/fuzz $(ICU_CFLAGS)

test/fuzz/bin/fuzz: test/fuzz/libfuzzer.c test/fuzz/targets.c test/fuzz/targets.h $(CORE_SRCS) $(wildcard src/*.h) $(wildcard src/*.inc)
	@mkdir -p test/fuzz/bin
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ test/fuzz/libfuzzer.c test/fuzz/targets.c $(CORE_SRCS) $(ICU_LIBS) -lm

.PHONY: fuzz fuzz-build
fuzz-build: test/fuzz/bin/fuzz

fuzz: fuzz-build
	python3 test/fuzz/prepare.py test/fuzz/work
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) sh test/fuzz/run.sh $(FUZZ_TARGETS)

# The PGXN distribution: clusterdata-X.Y.0.zip of the committed tree.
.PHONY: print-version dist
print-version:
	@echo $(EXTVERSION)
dist:
	git archive --format zip --prefix=clusterdata-$(EXTVERSION).0/ -o clusterdata-$(EXTVERSION).0.zip HEAD

EXTRA_CLEAN = test/unit/run_unit test/unit/run_unit_san test/unit/scan_tool test/fuzz/bin test/fuzz/work

# rebuild objects when a header changes
$(OBJS): $(wildcard src/*.h)
# the languages kept as data files, compiled by scripts/gen_langs.py
src/langdata.o: src/lang_files.inc
src/reportdata.o: src/lang_cues.inc
