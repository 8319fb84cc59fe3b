# clusterdata: PGXS build.
EXTENSION   = clusterdata
MODULE_big  = clusterdata
DATA        = $(wildcard sql/clusterdata--*.sql)
DOCS        = README.md

# Text-processing core: plain C + ICU, no PostgreSQL headers.
CORE_OBJS   = src/wilson.o src/solve_rate_text.o src/langdata.o src/cdtext.o src/detect.o src/numscan.o src/provinces.o src/provinces_data.o src/reportdata.o src/report.o
# SQL bindings.
PG_OBJS     = src/pg_clusterdata.o src/pg_solve_rate.o src/pg_lang.o src/pg_numbers.o src/pg_report.o src/pg_province.o
OBJS        = $(CORE_OBJS) $(PG_OBJS)

REGRESS      = solve_rate_io solve_rate_ops solve_rate_agg solve_rate_funcs solve_rate_copy parallel_query numbers_vi numbers_en numbers_fr numbers_pl numbers_ro numbers_hi numbers_input province parse_report parse_report_facts upgrade storage ranking encoding robustness
REGRESS_OPTS = --encoding=UTF8 --no-locale

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CONFIG ?= pg_config
# Server headers as system headers: -Wextra then checks our code, not theirs.
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS) -isystem $(shell $(PG_CONFIG) --includedir-server)
SHLIB_LINK  = $(ICU_LIBS) -lm

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Unit tests of the core, without a server.
UNIT_CFLAGS = -O2 -g -Wall -Wextra -Werror -std=c11 -Isrc $(ICU_CFLAGS)
test/unit/run_unit: $(filter-out test/unit/scan_tool.c,$(wildcard test/unit/*.c)) $(CORE_OBJS:.o=.c) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ $(filter %.c,$^) $(ICU_LIBS) -lm

.PHONY: unitcheck
unitcheck: test/unit/run_unit
	test/unit/run_unit

EXTRA_CLEAN = test/unit/run_unit test/unit/scan_tool

test/unit/scan_tool: test/unit/scan_tool.c $(CORE_OBJS:.o=.c) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ $(filter %.c,$^) $(ICU_LIBS) -lm

# rebuild objects when a header changes
$(OBJS): $(wildcard src/*.h)
