# clusterdata: PGXS build.
EXTENSION   = clusterdata
MODULE_big  = clusterdata
DATA        = $(wildcard sql/clusterdata--*.sql)
DOCS        = README.md

# Text-processing core: plain C + ICU, no PostgreSQL headers.
CORE_OBJS   = src/wilson.o
# SQL bindings.
PG_OBJS     = src/pg_clusterdata.o src/pg_solve_rate.o
OBJS        = $(CORE_OBJS) $(PG_OBJS)

REGRESS      = solve_rate_io solve_rate_ops solve_rate_agg solve_rate_funcs solve_rate_copy parallel_query
REGRESS_OPTS = --encoding=UTF8 --no-locale

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS)
SHLIB_LINK  = $(ICU_LIBS) -lm

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Unit tests of the core, without a server.
UNIT_CFLAGS = -O2 -g -Wall -Wextra -Werror -std=c11 -Isrc $(ICU_CFLAGS)
test/unit/run_unit: $(wildcard test/unit/*.c) $(CORE_OBJS:.o=.c) $(wildcard src/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ $(filter %.c,$^) $(ICU_LIBS) -lm

.PHONY: unitcheck
unitcheck: test/unit/run_unit
	test/unit/run_unit

EXTRA_CLEAN = test/unit/run_unit
