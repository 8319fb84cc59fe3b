/*
 * pg_clusterdata.c
 *		Module entry: the magic block, and the core's allocator bound to
 *		palloc so that scanner memory belongs to the calling query.
 */
#include "postgres.h"
#include "fmgr.h"
#include "miscadmin.h"

#include "cdtext.h"

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
}
