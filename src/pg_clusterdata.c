/*
 * pg_clusterdata.c
 *		Module entry: the magic block, and the core's allocator bound to
 *		palloc so that scanner memory belongs to the calling query.
 */
#include "postgres.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "cdtext.h"
#include "pg_lang.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* a cancel or a statement timeout, taken inside a long parse */
static void
pg_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

static void *
pg_alloc(size_t n)
{
	return palloc_extended(n, MCXT_ALLOC_HUGE);
}

static void *
pg_realloc(void *p, size_t n)
{
	return p ? repalloc_huge(p, n) : palloc_extended(n, MCXT_ALLOC_HUGE);
}

static void
pg_free(void *p)
{
	if (p)
		pfree(p);
}

void
_PG_init(void)
{
	cd_interrupt_hook = pg_interrupts;
	cd_allocator.alloc = pg_alloc;
	cd_allocator.realloc = pg_realloc;
	cd_allocator.free = pg_free;
	DefineCustomBoolVariable("clusterdata.check_rows",
							 "Compares every row numbers() and parse_report() make with PostgreSQL's own forming of it.",
							 "A check for tests: an error names a row that differs. Slower.",
							 &pg_check_rows, false, PGC_USERSET, GUC_NOT_IN_SAMPLE,
							 NULL, NULL, NULL);
}
