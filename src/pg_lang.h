/*
 * pg_lang.h
 *		What the SQL bindings of the text core share: choosing the language,
 *		running a materialised set-returning function over (body, lang), and
 *		turning core values into Datums.
 */
#ifndef PG_LANG_H
#define PG_LANG_H

#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/date.h"

#include "cdtext.h"

/*
 * Report text and province names are processed as UTF-8 and spans count its
 * characters: any other database encoding is an error (SQLSTATE 0A000).
 */
extern void pg_require_utf8(void);

/*
 * The compiled language for `lang` (NULL: detect from the text; fall back to
 * English conventions when no word of any language occurs).  Unsupported
 * codes are an error with SQLSTATE 22023 and a hint listing the supported ones.
 */
extern const CdLangC *pg_choose_language(text *lang, const char *body, size_t len);

/*
 * text Datums of the core's static strings, made once per call: a table by
 * the strings' addresses, filled to three quarters at most (the strings
 * past that are made again each time); zeroed is empty
 */
#define PG_TEXT_CACHE 128

typedef struct PgTextCache
{
	const char *key[PG_TEXT_CACHE];
	Datum		value[PG_TEXT_CACHE];
	int			n;
	MemoryContext cxt;
} PgTextCache;

/*
 * The rows of a set-returning function, made into the tuplestore's minimal
 * tuples by a former that reads the row type once (heap_form_minimal_tuple
 * reads every attribute's description again for every row: a fifth of
 * numbers()).  The tuples are those heap_form_minimal_tuple makes, byte for
 * byte; a row type it does not know (a cstring column, more than
 * PG_ROW_MAX_ATTS columns) or a value stored out of line goes to
 * tuplestore_putvalues.
 */
#define PG_ROW_MAX_ATTS 32

typedef struct PgRowFormer
{
	Tuplestorestate *store;
	TupleDesc	desc;
	bool		lean;			/* the row type is one the former knows */
	int			natts;
	struct
	{
		int16		len;		/* attlen: 1, 2, 4, 8 by value; > 0 by reference; or -1 */
		bool		byval;
		uint8		amask;		/* its alignment less one */
		bool		packable;	/* a varlena not stored plain: may take a short header */
	}			att[PG_ROW_MAX_ATTS];
	char	   *buf;			/* the tuple being made (MINIMAL_TUPLE_OFFSET bytes before it) */
	Size		cap;
	MemoryContext cxt;			/* where buf lives: the call's */
} PgRowFormer;

/* clusterdata.check_rows: every row compared with heap_form_minimal_tuple's */
extern bool pg_check_rows;

extern void pg_row_former_init(PgRowFormer *f, Tuplestorestate *store, TupleDesc desc);
extern void pg_row_put(PgRowFormer *f, Datum *values, bool *nulls);

/*
 * len bytes as a varlena with a short (one-byte) header, the form a row
 * stores a small varlena in (the row former copies it as it is): written at
 * dst, or palloc'd when dst is NULL.  PG_SHORT_FITS(len): whether it can be.
 */
#define PG_SHORT_FITS(len) (VARHDRSZ_SHORT + (Size) (len) <= VARATT_SHORT_MAX)

static inline Datum
pg_short_varlena(const char *data, Size len, char *dst)
{
	Assert(PG_SHORT_FITS(len));
	if (dst == NULL)
		dst = palloc(VARHDRSZ_SHORT + len);
	SET_VARSIZE_SHORT(dst, VARHDRSZ_SHORT + len);
	memcpy(dst + VARHDRSZ_SHORT, data, len);
	return PointerGetDatum(dst);
}

/* room for the text of a span with a short header (pg_span_text) */
#define PG_SPAN_SCRATCH (VARATT_SHORT_MAX + 1)

/*
 * A materialised SRF over (body text, lang text): the prepared text, its
 * language, a context reset after every row, the text cache and the rows'
 * former.
 */
typedef struct PgTextSRF
{
	ReturnSetInfo *rsinfo;
	CdText		text;
	const CdLangC *lang;
	MemoryContext rowcxt;
	PgTextCache texts;
	PgRowFormer rows;
	char		span[PG_SPAN_SCRATCH];	/* pg_span_text's scratch */
} PgTextSRF;

/* Set up the SRF; false when body is NULL (no rows). */
extern bool pg_text_srf_begin(FunctionCallInfo fcinfo, PgTextSRF *srf);
/* Store one row (values built in srf->rowcxt), then reset the row context. */
extern void pg_text_srf_put(PgTextSRF *srf, Datum *values, bool *nulls);
extern void pg_text_srf_end(PgTextSRF *srf);

extern Datum pg_cached_text(PgTextCache *c, const char *s);

/*
 * the text of a span, cut from the caller's input as given; with `scratch`
 * (PG_SPAN_SCRATCH bytes), a span that fits is made there with a short
 * header, for a row formed before the next span is made (else palloc'd)
 */
extern Datum pg_span_text(CdText *t, size_t bstart, size_t bend, int32 cstart, int32 cend,
						  char *scratch);

/* numeric from an exact decimal v / 10^scale */
extern Datum pg_decimal_numeric(int64 v, int scale);

/*
 * The same numeric from a cache of the backend's life (a value's numeric
 * is the same in every call: years, counts, percents and confidences
 * recur).  A value not met before takes its slot's place and the numeric
 * there is freed, so a datum from here lasts until a later lookup takes its
 * slot: the slots a row holds (up to PG_NUM_HOLD, counted in *hold, which
 * starts zeroed for each row) are never taken: a value of such a slot gets a
 * numeric of the current memory context, as does a value past PG_NUM_HOLD.
 * For rows used before the next row is made (not for rows kept in slots);
 * the numerics kept have a short header, as a row keeps them.
 */
#define PG_NUM_HOLD 4

typedef struct PgNumHold
{
	int			slot[PG_NUM_HOLD];
	int			n;
} PgNumHold;

typedef struct PgNumSlot
{
	int64		v;
	int			scale;			/* -1: empty */
	Datum		d;
} PgNumSlot;

#define PG_NUM_CACHE 512

extern PgNumSlot *pg_num_cache;
extern Datum pg_cached_numeric_slow(int64 v, int scale, PgNumHold *hold, int k);

static inline Datum
pg_cached_numeric(int64 v, int scale, PgNumHold *hold)
{
	/* (the scale mixed in before the multiply: 500 and 0.500 apart) */
	uint64		h = ((uint64) v ^ ((uint64) scale << 56)) * UINT64CONST(0x9E3779B97F4A7C15);
	int			k = (int) ((h >> 40) % PG_NUM_CACHE);

	Assert(scale >= 0);			/* (-1 marks an empty slot) */

	/* (the common case: met before, and room to hold it) */
	if (likely(pg_num_cache != NULL) && pg_num_cache[k].scale == scale && pg_num_cache[k].v == v &&
		hold->n < PG_NUM_HOLD)
	{
		hold->slot[hold->n++] = k;
		return pg_num_cache[k].d;
	}
	return pg_cached_numeric_slow(v, scale, hold, k);
}

/* DateADT of yyyymmdd, when the year is stated and the date exists */
extern bool pg_yyyymmdd_date(int64 v, DateADT *out);

#endif
