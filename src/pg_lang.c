/*
 * pg_lang.c
 *		Shared layer of the SQL bindings of the text core (see pg_lang.h).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/tupmacs.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "detect.h"
#include "pg_lang.h"

void
pg_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clusterdata needs a UTF8 database; this one is %s",
						GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8' (initdb and pg_virtualenv take it from a UTF-8 locale such as C.UTF-8).")));
}

const CdLangC *
pg_choose_language(text *lang, const char *body, size_t len)
{
	const CdLangC *L;

	if (lang == NULL)
	{
		const CdLang *d = cd_guess_language_nfc(body, len);

		L = cd_lang_compiled(d ? d->code : "en");
	}
	else
	{
		char	   *code = text_to_cstring(lang);

		if (cd_lang_find(code) == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unsupported language \"%s\"", code),
					 errhint("Supported languages: %s; or NULL to detect the language.",
							 cd_lang_codes())));
		L = cd_lang_compiled(code);
	}
	if (L == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not build the language tables (ICU failure)")));
	return L;
}

bool
pg_text_srf_begin(FunctionCallInfo fcinfo, PgTextSRF *srf)
{
	text	   *body;

	ReturnSetInfo *rsi = (ReturnSetInfo *) fcinfo->resultinfo;

	pg_require_utf8();
	/*
	 * The row type the caller expects (the function's OUT columns), when it
	 * gives one: not built again from the catalog at every call
	 */
	InitMaterializedSRF(fcinfo, (rsi && IsA(rsi, ReturnSetInfo) && rsi->expectedDesc) ?
						MAT_SRF_USE_EXPECTED_DESC : 0);
	memset(srf, 0, sizeof(*srf));
	if (PG_ARGISNULL(0))
		return false;
	body = PG_GETARG_TEXT_PP(0);
	srf->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (!cd_text_init(&srf->text, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body)))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("could not normalise the text to NFC")));
	/* detection reads the NFC text, so decomposed input is detected alike */
	srf->lang = pg_choose_language(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1),
								   srf->text.s, srf->text.len);
	srf->texts.cxt = CurrentMemoryContext;
	srf->rowcxt = AllocSetContextCreate(CurrentMemoryContext, "clusterdata row",
										ALLOCSET_SMALL_SIZES);
	pg_row_former_init(&srf->rows, srf->rsinfo->setResult, srf->rsinfo->setDesc);
	return true;
}

void
pg_text_srf_put(PgTextSRF *srf, Datum *values, bool *nulls)
{
	CHECK_FOR_INTERRUPTS();
	pg_row_put(&srf->rows, values, nulls);
	MemoryContextReset(srf->rowcxt);
}

void
pg_row_former_init(PgRowFormer *f, Tuplestorestate *store, TupleDesc desc)
{
	f->store = store;
	f->desc = desc;
	f->natts = desc->natts;
	f->lean = desc->natts <= PG_ROW_MAX_ATTS;
	for (int i = 0; f->lean && i < desc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);

		f->att[i].len = a->attlen;
		/* (att_align_nominal's alignments, as masks) */
		f->att[i].amask = a->attalign == TYPALIGN_INT ? ALIGNOF_INT - 1 :
			a->attalign == TYPALIGN_CHAR ? 0 :
			a->attalign == TYPALIGN_DOUBLE ? ALIGNOF_DOUBLE - 1 : ALIGNOF_SHORT - 1;
		f->att[i].packable = a->attlen == -1 && a->attstorage != TYPSTORAGE_PLAIN;
		f->att[i].byval = a->attbyval;
		if (a->attisdropped || !(a->attbyval ? (a->attlen == 1 || a->attlen == 2 || a->attlen == 4 ||
												 a->attlen == 8) : (a->attlen == -1 || a->attlen > 0)))
			f->lean = false;
	}
	f->buf = NULL;
	f->cap = 0;
	f->cxt = CurrentMemoryContext;
}

/* room in f->buf for the header (hoff bytes) and `need` bytes of data */
static inline char *
row_room(PgRowFormer *f, Size hoff, Size need)
{
	if (MINIMAL_TUPLE_OFFSET + hoff + need > f->cap)
	{
		/* (doubling stops at what palloc takes; a larger row asks for its own size) */
		Size		cap = Max(MINIMAL_TUPLE_OFFSET + hoff + need, Min(2 * f->cap, MaxAllocSize));

		f->buf = f->buf ? repalloc(f->buf, cap) : MemoryContextAlloc(f->cxt, cap);
		f->cap = cap;
	}
	return f->buf + MINIMAL_TUPLE_OFFSET + hoff;
}

/*
 * The row as heap_form_minimal_tuple forms it (heap_compute_data_size and
 * heap_fill_tuple: the same lengths, alignments, short headers, null bitmap
 * and flags, and zero bytes between the values), made in f->buf in one pass
 * and copied into the tuplestore as tuplestore_puttuple copies a heap
 * tuple.  The data start at a MAXALIGNed offset of a MAXALIGNed buffer, so
 * aligning offsets is aligning addresses, as heap_fill_tuple does.
 */
void
pg_row_put(PgRowFormer *f, Datum *values, bool *nulls)
{
	const int	natts = f->natts;
	bool		hasnull;
	Size		hoff,
				off = 0;
	char	   *data;
	uint16		infomask = 0;
	uint32		present = 0;	/* (PG_ROW_MAX_ATTS bits) */
	MinimalTuple mt;
	HeapTupleData ht;

	if (!f->lean)
	{
		tuplestore_putvalues(f->store, f->desc, values, nulls);
		return;
	}
	hasnull = memchr(nulls, true, natts) != NULL;
	hoff = MAXALIGN(SizeofMinimalTupleHeader + (hasnull ? BITMAPLEN(natts) : 0));
	data = row_room(f, hoff, 64);
	/* (the header and the null bitmap start zero) */
	memset(f->buf + MINIMAL_TUPLE_OFFSET, 0, hoff);
	for (int i = 0; i < natts; i++)
	{
		Size		n;

		if (nulls[i])
			continue;
		if (f->att[i].len == -1)
		{
			Pointer		v = DatumGetPointer(values[i]);

			/* (an out-of-line or expanded value's header is a short one's too: first) */
			if (VARATT_IS_EXTERNAL(v))
			{
				/* (as PostgreSQL forms it) */
				tuplestore_putvalues(f->store, f->desc, values, nulls);
				return;
			}
			else if (VARATT_IS_SHORT(v))
			{
				n = VARSIZE_SHORT(v);
				data = row_room(f, hoff, off + n);
				memcpy(data + off, v, n);
			}
			else if (f->att[i].packable && VARATT_CAN_MAKE_SHORT(v))
			{
				n = VARATT_CONVERTED_SHORT_SIZE(v);
				data = row_room(f, hoff, off + n);
				SET_VARSIZE_SHORT(data + off, n);
				memcpy(data + off + 1, VARDATA(v), n - 1);
			}
			else
			{
				Size		a = (off + f->att[i].amask) & ~(Size) f->att[i].amask;

				n = VARSIZE(v);
				data = row_room(f, hoff, a + n);
				while (off < a)
					data[off++] = 0;
				memcpy(data + off, v, n);
			}
			infomask |= HEAP_HASVARWIDTH;
		}
		else
		{
			Size		a = (off + f->att[i].amask) & ~(Size) f->att[i].amask;

			n = f->att[i].len;
			data = row_room(f, hoff, a + n);
			while (off < a)
				data[off++] = 0;
			if (f->att[i].byval)
				store_att_byval(data + off, values[i], n);
			else
				memcpy(data + off, DatumGetPointer(values[i]), n);
		}
		off += n;
		present |= (uint32) 1 << i;
	}
	mt = (MinimalTuple) (f->buf + MINIMAL_TUPLE_OFFSET);
	/* the null bitmap: a bit set for each value present */
	if (hasnull)
		for (int b = 0; b < BITMAPLEN(natts); b++)
			mt->t_bits[b] = (bits8) (present >> (8 * b));
	mt->t_len = (uint32) (hoff + off);
	HeapTupleHeaderSetNatts(mt, natts);
	mt->t_hoff = (uint8) (hoff + MINIMAL_TUPLE_OFFSET);
	mt->t_infomask = infomask | (hasnull ? HEAP_HASNULL : 0);
	if (unlikely(pg_check_rows))
	{
		MinimalTuple pg = heap_form_minimal_tuple(f->desc, values, nulls
#if PG_VERSION_NUM >= 180000
												  ,0
#endif
			);

		if (pg->t_len != mt->t_len || memcmp(pg, mt, pg->t_len) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("a row of %u bytes differs from PostgreSQL's own forming of it (%u bytes)",
							mt->t_len, pg->t_len)));
		pfree(pg);
	}
	/* (tuplestore_puttuple copies the minimal tuple within the heap tuple) */
	ht.t_len = (uint32) (hoff + off + MINIMAL_TUPLE_OFFSET);
	ht.t_data = (HeapTupleHeader) f->buf;
	ItemPointerSetInvalid(&ht.t_self);
	ht.t_tableOid = InvalidOid;
	tuplestore_puttuple(f->store, &ht);
}

void
pg_text_srf_end(PgTextSRF *srf)
{
	cd_text_free(&srf->text);
	MemoryContextDelete(srf->rowcxt);
}

Datum
pg_cached_text(PgTextCache *c, const char *s)
{
	MemoryContext old;
	Datum		d;
	int			k = (int) (((uint64) (uintptr_t) s * UINT64CONST(0x9E3779B97F4A7C15)) >> 32) &
		(PG_TEXT_CACHE - 1);

	/* (a quarter of the table stays empty: a walk ends at an empty slot) */
	while (c->key[k] != NULL)
	{
		if (c->key[k] == s)
			return c->value[k];
		k = (k + 1) & (PG_TEXT_CACHE - 1);
	}
	old = MemoryContextSwitchTo(c->cxt);
	d = CStringGetTextDatum(s);
	MemoryContextSwitchTo(old);
	if (c->n < PG_TEXT_CACHE / 4 * 3)
	{
		c->key[k] = s;
		c->value[k] = d;
		c->n++;
	}
	return d;
}

Datum
pg_span_text(CdText *t, size_t bstart, size_t bend, int32 cstart, int32 cend, char *scratch)
{
	size_t		is,
				ie;

	cd_text_input_span(t, bstart, bend, cstart, cend, &is, &ie);
	if (scratch && PG_SHORT_FITS(ie - is))
		return pg_short_varlena(t->in_s + is, ie - is, scratch);
	return PointerGetDatum(cstring_to_text_with_len(t->in_s + is, (int) (ie - is)));
}

Datum
pg_decimal_numeric(int64 v, int scale)
{
	if (scale == 0)
		return NumericGetDatum(int64_to_numeric(v));
	return NumericGetDatum(int64_div_fast_to_numeric(v, scale));
}

PgNumSlot  *pg_num_cache;

bool		pg_check_rows = false;

/* pg_cached_numeric past its common case (k: the value's slot) */
Datum
pg_cached_numeric_slow(int64 v, int scale, PgNumHold *hold, int k)
{
	MemoryContext old;

	if (!pg_num_cache)
	{
		PgNumSlot  *c = MemoryContextAlloc(TopMemoryContext, PG_NUM_CACHE * sizeof(PgNumSlot));

		for (int i = 0; i < PG_NUM_CACHE; i++)
			c[i].scale = -1;
		pg_num_cache = c;
	}
	if (pg_num_cache[k].scale == scale && pg_num_cache[k].v == v)
	{
		/* (no room to hold it: unless it is held already, a numeric of the row's) */
		for (int i = 0; i < hold->n; i++)
			if (hold->slot[i] == k)
				return pg_num_cache[k].d;
		return pg_decimal_numeric(v, scale);
	}
	/* a slot the row holds, or no room to hold another: a numeric of the row's */
	if (hold->n >= PG_NUM_HOLD)
		return pg_decimal_numeric(v, scale);
	for (int i = 0; i < hold->n; i++)
		if (hold->slot[i] == k)
			return pg_decimal_numeric(v, scale);
	old = MemoryContextSwitchTo(TopMemoryContext);
	if (pg_num_cache[k].scale >= 0)
		pfree(DatumGetPointer(pg_num_cache[k].d));
	/* (the slot is empty while the new numeric is made: an error leaves no stale entry) */
	pg_num_cache[k].scale = -1;
	{
		Pointer		p = DatumGetPointer(pg_decimal_numeric(v, scale));

		/* (kept with a short header, as a row keeps it) */
		if (PG_SHORT_FITS(VARSIZE(p) - VARHDRSZ))
		{
			Datum		s = pg_short_varlena(VARDATA(p), VARSIZE(p) - VARHDRSZ, NULL);

			pfree(p);
			p = DatumGetPointer(s);
		}
		pg_num_cache[k].d = PointerGetDatum(p);
	}
	pg_num_cache[k].v = v;
	pg_num_cache[k].scale = scale;
	MemoryContextSwitchTo(old);
	hold->slot[hold->n++] = k;
	return pg_num_cache[k].d;
}

bool
pg_yyyymmdd_date(int64 v, DateADT *out)
{
	int			y = (int) (v / 10000),
				m = (int) (v / 100 % 100),
				d = (int) (v % 100);
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (v < 0 || v / 10000 > 9999999 || y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return false;
	/* only dates that date input reads back (a dump must restore) */
	if (!IS_VALID_JULIAN(y, m, d))
		return false;
	*out = date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
	return IS_VALID_DATE(*out);
}
