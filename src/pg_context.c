/*
 * pg_context.c
 *		SQL binding of context.c: evidence_in_context(), the evidence of a fact
 *		marked in the text around it.
 *
 *		A view calls it once per fact, with the body of the fact's report.  The
 *		body is detoasted and indexed once and kept for the next call while the
 *		same body comes again (the facts of a report come together), so a
 *		report's facts cost their windows, not a detoast and a scan of the body
 *		each.  The same body is recognised without detoasting: by its TOAST
 *		pointer when stored out of line, else by its bytes as stored (at most
 *		a TOAST threshold when it comes from a table).
 */
#include "postgres.h"

#include "access/detoast.h"
#include "fmgr.h"
#include "utils/builtins.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "context.h"

typedef struct ContextCache
{
	bool		valid;
	bool		external;		/* identified by its TOAST pointer */
	Oid			valueid;
	Oid			toastrelid;
	char	   *raw;			/* else: the datum as passed */
	Size		rawlen;
	char	   *body;			/* detoasted text, no header */
	Size		bodylen;
	size_t	   *marks;
	CdCharIndex idx;
} ContextCache;

static bool
same_body(const ContextCache *c, struct varlena *raw)
{
	if (!c->valid)
		return false;
	if (VARATT_IS_EXTERNAL_ONDISK(raw))
	{
		struct varatt_external ptr;

		if (!c->external)
			return false;
		VARATT_EXTERNAL_GET_POINTER(ptr, raw);
		return ptr.va_valueid == c->valueid && ptr.va_toastrelid == c->toastrelid;
	}
	if (c->external || VARATT_IS_EXTERNAL(raw))
		return false;
	return VARSIZE_ANY(raw) == c->rawlen && memcmp(raw, c->raw, c->rawlen) == 0;
}

static void
remember_body(ContextCache *c, MemoryContext mcxt, struct varlena *raw)
{
	MemoryContext old = MemoryContextSwitchTo(mcxt);
	text	   *t;

	if (c->raw)
		pfree(c->raw);
	if (c->body)
		pfree(c->body);
	if (c->marks)
		pfree(c->marks);
	c->raw = NULL;
	c->body = NULL;
	c->marks = NULL;
	c->valid = false;

	if (VARATT_IS_EXTERNAL_ONDISK(raw))
	{
		struct varatt_external ptr;

		VARATT_EXTERNAL_GET_POINTER(ptr, raw);
		c->external = true;
		c->valueid = ptr.va_valueid;
		c->toastrelid = ptr.va_toastrelid;
	}
	else if (!VARATT_IS_EXTERNAL(raw))
	{
		c->external = false;
		c->rawlen = VARSIZE_ANY(raw);
		c->raw = palloc(c->rawlen);
		memcpy(c->raw, raw, c->rawlen);
	}
	else
	{
		/* an in-memory pointer: not kept beyond this call */
		c->external = false;
		c->rawlen = 0;
	}
	t = (text *) detoast_attr(raw);
	c->bodylen = VARSIZE_ANY_EXHDR(t);
	c->body = palloc(c->bodylen + 1);
	memcpy(c->body, VARDATA_ANY(t), c->bodylen);
	c->body[c->bodylen] = '\0';
	if ((void *) t != (void *) raw)
		pfree(t);
	c->marks = palloc(sizeof(size_t) * cd_char_index_marks(c->bodylen));
	cd_char_index_build(&c->idx, c->body, c->bodylen, c->marks);
	c->valid = c->external || c->raw != NULL;
	MemoryContextSwitchTo(old);
}

PG_FUNCTION_INFO_V1(evidence_in_context);
Datum
evidence_in_context(PG_FUNCTION_ARGS)
{
	struct varlena *raw = (struct varlena *) PG_GETARG_POINTER(0);
	int32		span_start = PG_GETARG_INT32(1);
	int32		span_end = PG_GETARG_INT32(2);
	text	   *evidence = PG_GETARG_TEXT_PP(3);
	int32		width = PG_GETARG_INT32(4);
	ContextCache *c = (ContextCache *) fcinfo->flinfo->fn_extra;
	text	   *result;
	size_t		n;

	if (width < 0 || width > 10000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("context width must be between 0 and 10000 characters, not %d", width)));
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ContextCache));
		fcinfo->flinfo->fn_extra = c;
	}
	if (!same_body(c, raw))
		remember_body(c, fcinfo->flinfo->fn_mcxt, raw);

	result = palloc(VARHDRSZ + cd_context_max(VARSIZE_ANY_EXHDR(evidence), width));
	n = cd_context_cut(&c->idx, span_start, span_end, VARDATA_ANY(evidence),
					   VARSIZE_ANY_EXHDR(evidence), width, VARDATA(result));
	SET_VARSIZE(result, VARHDRSZ + n);
	/* a body known only for this call (in-memory pointer) is forgotten */
	if (!c->valid && c->body)
	{
		pfree(c->body);
		pfree(c->marks);
		c->body = NULL;
		c->marks = NULL;
	}
	PG_RETURN_TEXT_P(result);
}
