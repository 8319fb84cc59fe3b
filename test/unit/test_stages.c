/*
 * Unit tests of the report parser's stages (report_stages.h), each run on
 * its own: words and marks, candidate figures, sentences and clauses, rates,
 * counts, and the whole pipeline's why text.
 */
#include "unit.h"
#include "report_stages.h"

#define MAXF 32

typedef struct Facts
{
	CdFact		f[MAXF];
	int			n;
} Facts;

static void
keep(const CdFact *f, void *arg)
{
	Facts	   *fs = arg;

	if (fs->n < MAXF)
		fs->f[fs->n++] = *f;
}

/* a report's text run through stages 1 and 2 */
typedef struct Stage
{
	CdText		t;
	Work		w;
	Out			o;
	Facts		facts;
	bool		ok;
} Stage;

static void
begin(Stage *st, const char *text, const char *lang)
{
	memset(st, 0, sizeof(*st));
	cd_text_init(&st->t, text, strlen(text));
	st->ok = rp_work_begin(&st->w, &st->t, cd_lang_compiled(lang));
	st->o.w = &st->w;
	st->o.emit = keep;
	st->o.arg = &st->facts;
}

static void
end(Stage *st)
{
	rp_work_end(&st->w);
	cd_text_free(&st->t);
}

/* the token k's text in the prepared text */
static bool
tok_is(const Stage *st, int k, const char *text)
{
	const Tok  *tk = &st->w.tok[k];

	return k < st->w.ntok && tk->bend - tk->bstart == strlen(text) &&
		memcmp(st->t.s + tk->bstart, text, strlen(text)) == 0;
}

/* is there a mark of this type over exactly this text? (value: -1 any) */
static bool
has_mark(const Stage *st, int type, int value, const char *text)
{
	for (int k = 0; k < st->w.nmark; k++)
	{
		const Mark *m = &st->w.mark[k];

		if (m->type == type && (value < 0 || m->value == value) &&
			m->bend - m->bstart == strlen(text) && memcmp(st->t.s + m->bstart, text, strlen(text)) == 0)
			return true;
	}
	return false;
}

static int
province_of(const char *name)
{
	return cd_province_lookup(name, strlen(name));
}

/* the words of a text alone (stage 1 keeps only those persons() reads) */
static void
words_only(Stage *st, const char *text, const char *lang)
{
	memset(st, 0, sizeof(*st));
	cd_text_init(&st->t, text, strlen(text));
	st->w.t = &st->t;
	st->w.L = cd_lang_compiled(lang);
	st->w.dict = rp_dict_for(lang, false);
	rp_tokenize(&st->w);
	st->ok = !st->w.oom;
}

/* stage 1: words in spaceless scripts, cues and names among them */
static void
test_words(void)
{
	Stage		st;
	char		bare[64];

	/* Latin diacritics stripped; other scripts left alone */
	CHECK(cd_strip_latin("điều tra khám phá", bare, sizeof(bare)) && strcmp(bare, "dieu tra kham pha") == 0);
	CHECK(!cd_strip_latin("rate 破案率", bare, sizeof(bare)) && strcmp(bare, "rate 破案率") == 0);
	/* a stripped text is told from one with its diacritics */
	{
		CdText		t;
		const char *plain = "Nam qua cac don vi trong Cum da dieu tra lam ro nhieu vu an va bat giu nhieu doi tuong, "
			"gop phan giu vung an ninh trat tu tren dia ban cac tinh trong khu vuc va ca nuoc trong nam. "
			"Hoi nghi cung da bau ra don vi dan dau phong trao thi dua cua Cum cho nam toi.";
		const char *marked = "Năm qua các đơn vị trong Cụm đã điều tra làm rõ nhiều vụ án và bắt giữ nhiều đối tượng, "
			"góp phần giữ vững an ninh trật tự trên địa bàn các tỉnh trong khu vực và cả nước trong năm. "
			"Hội nghị cũng đã bầu ra đơn vị dẫn đầu của Cụm cho năm tới.";

		cd_text_init(&t, plain, strlen(plain));
		CHECK(cd_text_unaccented(&t));
		cd_text_free(&t);
		cd_text_init(&t, marked, strlen(marked));
		CHECK(!cd_text_unaccented(&t));
		cd_text_free(&t);
	}
	/*
	 * Letters are counted exactly, eight bytes at a time or one by one:
	 * 80 letters among the ASCII bytes next to 'A'..'Z' and 'a'..'z'
	 * ('@', '[', '`', '{') make a text of enough letters, 79 do not
	 */
	for (int n = 79; n <= 80; n++)
	{
		char		buf[1024];
		size_t		bl = 0;
		CdText		t;

		for (int k = 0; k < n; k++)
		{
			buf[bl++] = "aZzAmBYc"[k % 8];
			buf[bl++] = "@[`{ .,"[k % 7];
		}
		buf[bl] = '\0';
		cd_text_init(&t, buf, bl);
		CHECK(cd_text_unaccented(&t) == (n == 80));
		cd_text_free(&t);
	}

	words_only(&st, "侦破刑事案件バクニン省", "ja");
	CHECK(st.ok);
	/* Han one by one, the Katakana run whole */
	CHECK(st.w.ntok == 8);
	CHECK(tok_is(&st, 0, "侦") && tok_is(&st, 5, "件") && tok_is(&st, 6, "バクニン") && tok_is(&st, 7, "省"));
	rp_find_marks(&st.w, st.w.dict);
	CHECK(has_mark(&st, RC_PROVINCE, province_of("Bắc Ninh"), "バクニン"));
	end(&st);

	/* Latin text: words split at spaces */
	words_only(&st, "Tỷ lệ điều tra", "vi");
	CHECK(st.w.ntok == 4 && tok_is(&st, 0, "Tỷ") && tok_is(&st, 1, "lệ"));
	end(&st);

	begin(&st, "刑事案件破案率为90%", "zh");
	/* the longest cue wins, with both its meanings */
	CHECK(has_mark(&st, RC_RATE, -1, "破案率") && has_mark(&st, RC_SOLVE, -1, "破案率"));
	CHECK(has_mark(&st, RC_METRIC, M_CRIMINAL, "刑事"));
	end(&st);

	/* Korean: the province word and a particle glued to a name */
	begin(&st, "회의에서 박닌성은 해결률 90%를 기록했다", "ko");
	CHECK(has_mark(&st, RC_PROVINCE, province_of("Bắc Ninh"), "박닌성은"));
	/* the longer prefix cue: rate, not only solve */
	CHECK(has_mark(&st, RC_RATE, -1, "해결률"));
	end(&st);

	/* multi-word cues */
	begin(&st, "Tỷ lệ điều tra khám phá đạt 90%", "vi");
	CHECK(has_mark(&st, RC_RATE, -1, "Tỷ lệ") && has_mark(&st, RC_SOLVE, -1, "khám phá"));
	end(&st);

	/* words that join a list's groups and abbreviations: known word by word, no marks */
	words_only(&st, "Công an các tỉnh và TP. Giám đốc", "vi");
	CHECK(st.w.ntok == 8);
	CHECK(rp_word_is(&st.w, 0, RC_LIST) && rp_word_is(&st.w, 1, RC_LIST) &&
		  rp_word_is(&st.w, 2, RC_LIST) && rp_word_is(&st.w, 3, RC_LIST) && rp_word_is(&st.w, 4, RC_LIST));
	CHECK(rp_word_is(&st.w, 5, RC_ABBREV) && !rp_word_is(&st.w, 4, RC_ABBREV));
	CHECK(!rp_word_is(&st.w, 6, RC_LIST) && !rp_word_is(&st.w, 7, RC_LIST));
	rp_find_marks(&st.w, st.w.dict);
	/* (but "và" is a link that starts another predicate too) */
	CHECK(st.w.nmark == 2 && has_mark(&st, RC_POST, -1, "Giám đốc") &&
		  has_mark(&st, RC_LINK, RC_LINK_AND, "và"));
	end(&st);
	/*
	 * a stretch of list words alone (multi-word ones too, cut and folded on
	 * the spot); with names, upper-case words and words of scripts without
	 * case pass as well
	 */
	{
		const char *t1 = "of the Provincial Public Security visited the police";

		begin(&st, t1, "en");
		CHECK(st.ok);
		CHECK(rp_only_words_of(&st.w, 0, 34, RC_LIST, false));			/* "of the Provincial Public Security" */
		CHECK(!rp_only_words_of(&st.w, 0, strlen(t1), RC_LIST, false));	/* "visited" */
		CHECK(!rp_only_words_of(&st.w, 0, strlen(t1), RC_LIST, true));	/* lower-case: no name */
		end(&st);
		begin(&st, "Colonel Tran Van Minh, the police", "en");
		CHECK(!rp_only_words_of(&st.w, 0, 33, RC_LIST, false));
		CHECK(rp_only_words_of(&st.w, 0, 33, RC_LIST, true));
		end(&st);
		begin(&st, "क्लस्टर लीडर की भूमिका", "hi");
		CHECK(rp_only_words_of(&st.w, 0, strlen("क्लस्टर लीडर की भूमिका"), RC_LIST, true));
		end(&st);
	}
	/* a prefix: "province*" is "provinces" */
	words_only(&st, "of the provinces provincial police proven", "en");
	CHECK(rp_word_is(&st.w, 2, RC_LIST) && rp_word_is(&st.w, 3, RC_LIST) && rp_word_is(&st.w, 4, RC_LIST));
	CHECK(!rp_word_is(&st.w, 5, RC_LIST));
	end(&st);

	/* the joining words and abbreviation dots after a name are kept for the members' rule */
	{
		const char *text = "Hà Nội và Công an TP. Hải Phòng đã họp.";

		begin(&st, text, "vi");
		CHECK(st.w.njoin == 5);
		CHECK(st.w.njoin == 5 && st.w.join[4].bstart == (uint32_t) (strstr(text, ". Hải") - text) &&
			  st.w.join[4].bend == st.w.join[4].bstart + 1);
		end(&st);
	}
}

/* stage 2: the figures kept, and the arithmetic linking a percent to a fraction */
static void
test_figures(void)
{
	Stage		st;

	/* 1,707/1,914 is 89.18%: reported as 89.1 (truncated) or 89.2 (rounded), not 89.3 */
	CHECK(rp_percent_matches(1707, 1914, 891, 1));
	CHECK(rp_percent_matches(1707, 1914, 892, 1));
	CHECK(!rp_percent_matches(1707, 1914, 893, 1));
	CHECK(rp_percent_matches(1707, 1914, 89, 0));
	CHECK(!rp_percent_matches(1, 0, 100, 0));

	/* bare numbers are kept only after a cluster cue; others with their unit or kind */
	begin(&st, "Phòng 12 rất rộng. Có 40 người dự, Cụm thi đua số 4 khám phá 88 vụ, đạt 90%.", "vi");
	CHECK(st.ok);
	{
		int			kinds[CD_NKINDS] = {0};

		for (int k = 0; k < st.w.nnum; k++)
			kinds[st.w.num[k].kind]++;
		CHECK(kinds[CD_K_PERCENT] == 1);
		CHECK(kinds[CD_K_ORDINAL] == 1);
		/* "40 người" has a unit, "88 vụ" too; the room number "12" is no figure */
		CHECK(kinds[CD_K_NUMBER] == 2);
	}
	end(&st);

	/* a year after "năm": the figure's year */
	begin(&st, "Hội nghị tổng kết năm 2024.", "vi");
	CHECK(st.w.nnum == 1 && rp_year_of_num(&st.w.num[0]) == 2024);
	end(&st);
}

/* stage 3: sentences and clauses */
static void
test_clauses(void)
{
	Stage		st;
	const char *text = "指标均已完成；侦破率达到81%。第二句。";
	size_t		semi = strstr(text, "；") - text,
				pct = strstr(text, "81") - text,
				stop = strstr(text, "。") - text;

	begin(&st, text, "zh");
	/* the full-width semicolon ends a clause, not a sentence */
	CHECK(rp_unit_start(&st.w, pct, true) == semi + 3);
	CHECK(rp_unit_start(&st.w, pct, false) == 0);
	/* the ideographic full stop ends both */
	CHECK(rp_unit_end(&st.w, pct, true) == stop);
	CHECK(rp_unit_end(&st.w, pct, false) == stop);
	end(&st);

	/* an abbreviation's dot before a number ends no sentence */
	text = "Cluster No. 4 solved 90% of cases. Next.";
	begin(&st, text, "en");
	CHECK(rp_unit_start(&st.w, strstr(text, "90") - text, false) == 0);
	CHECK(rp_unit_end(&st.w, 0, false) == (size_t) (strstr(text, ". Next") - text));
	end(&st);

	/* nor does the dot of an abbreviation ("TP. Hồ Chí Minh"); a dot after another word does */
	text = "Công an TP. Hồ Chí Minh và Hà Nội. Câu sau (Tp. Huế) năm 2024. Tập.";
	words_only(&st, text, "vi");
	CHECK(rp_abbrev_at(&st.w, strstr(text, ". Hồ") - text) && !rp_abbrev_at(&st.w, strstr(text, ". Câu") - text));
	CHECK(rp_abbrev_at(&st.w, strstr(text, ". Huế") - text));
	CHECK(!rp_abbrev_at(&st.w, strstr(text, "4. ") + 1 - text) && !rp_abbrev_at(&st.w, strstr(text, "Tập.") + strlen("Tập") - text));
	end(&st);
	begin(&st, text, "vi");
	CHECK(rp_unit_end(&st.w, 0, false) == (size_t) (strstr(text, ". Câu") - text));
	end(&st);

	/* a clause word bounds where cues may start */
	text = "Crimes rose, while the investigation rate reached 88%.";
	begin(&st, text, "en");
	CHECK(rp_cue_start(&st.w, strstr(text, "88") - text, 0) == (size_t) (strstr(text, " the") - text));
	end(&st);
}

static const CdFact *
first_kind(const Facts *fs, CdFactKind k)
{
	for (int i = 0; i < fs->n; i++)
		if (fs->f[i].kind == k)
			return &fs->f[i];
	return NULL;
}

static int
n_kind(const Facts *fs, CdFactKind k)
{
	int			n = 0;

	for (int i = 0; i < fs->n; i++)
		n += fs->f[i].kind == k;
	return n;
}

/* stages 4 to 6: rates scored, linked and de-duplicated */
static void
test_rates(void)
{
	Stage		st;
	const CdFact *f;

	/* a target in one clause does not block the next; the excess is no rate */
	begin(&st, "Mọi chỉ tiêu đều vượt; tỷ lệ khám phá án hình sự đạt 87,5%, vượt 7,5%.", "vi");
	rp_rates(&st.o);
	CHECK(n_kind(&st.facts, F_RATE) == 1);
	f = first_kind(&st.facts, F_RATE);
	CHECK(f && f->pv == 875 && f->pscale == 1 && strcmp(f->metric, "criminal") == 0);
	end(&st);

	/* linked with the two counts that give it, and stated twice: one fact */
	begin(&st, "Xảy ra 80 vụ, điều tra làm rõ 72 vụ, đạt tỷ lệ 90%. Tỷ lệ điều tra đạt 90%.", "vi");
	rp_rates(&st.o);
	CHECK(n_kind(&st.facts, F_RATE) == 1);
	f = first_kind(&st.facts, F_RATE);
	CHECK(f && f->has_fraction && f->solved == 72 && f->total == 80);
	CHECK(f && strstr(f->why, "counts:case") && strstr(f->why, "restated"));
	end(&st);

	/* a fraction alone behind a solve cue */
	begin(&st, "Riêng án ma túy, khám phá 415/452 vụ.", "vi");
	rp_rates(&st.o);
	f = first_kind(&st.facts, F_RATE);
	CHECK(f && !f->has_percent && f->solved == 415 && strcmp(f->metric, "drug") == 0);
	end(&st);
}

/* counts: law-enforcement quantities only */
static void
test_counts(void)
{
	Stage		st;
	const CdFact *f;

	begin(&st, "Tặng Bằng khen cho 14 tập thể và 27 cá nhân; bắt 96 đối tượng; 12 người chết.", "vi");
	rp_rates(&st.o);
	rp_changes_and_counts(&st.o);
	CHECK(n_kind(&st.facts, F_COUNT) == 1);
	f = first_kind(&st.facts, F_COUNT);
	CHECK(f && f->v == 96 && strcmp(f->metric, "person") == 0 && strcmp(f->why, "unit:person") == 0);
	end(&st);

	/* the cases solved with the general rate are part of it */
	begin(&st, "Công an tỉnh điều tra làm rõ 918 vụ, đạt tỷ lệ 87%.", "vi");
	rp_rates(&st.o);
	rp_changes_and_counts(&st.o);
	CHECK(n_kind(&st.facts, F_COUNT) == 0);
	f = first_kind(&st.facts, F_RATE);
	CHECK(f && strstr(f->why, "solved:918") != NULL);
	end(&st);
}

/* the members of a report, each province once (a list's items) */
static int
members_of(const char *text, const char *lang, const char *const *names)
{
	Stage		st;
	int			n = 0;

	begin(&st, text, lang);
	rp_members(&st.o, 0);
	for (int i = 0; i < st.facts.n; i++)
		if (st.facts.f[i].kind == F_MEMBER)
		{
			bool		known = false;

			for (int k = 0; names && names[k]; k++)
				known |= st.facts.f[i].province == province_of(names[k]);
			n += known ? 1 : 100;
		}
	end(&st);
	return n;
}

/* members: lists whose items come in groups, with roles, with abbreviations */
static void
test_members(void)
{
	static const char *const north[] = {"Hà Nội", "Hải Phòng", "Quảng Ninh", "Bắc Ninh", NULL};
	static const char *const centre[] = {"Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", NULL};
	static const char *const cities[] = {"Hà Nội", "Hồ Chí Minh", "Đà Nẵng", NULL};
	Stage		st;
	const CdFact *f;

	/* two groups, each with its head; a city alone, then provinces */
	CHECK(members_of("Cụm gồm Công an thành phố Hà Nội, Hải Phòng và Công an các tỉnh Quảng Ninh, Bắc Ninh.",
					 "vi", north) == 4);
	CHECK(members_of("Cụm gồm Công an thành phố Đà Nẵng và Công an các tỉnh Quảng Nam, Quảng Ngãi, Bình Định.",
					 "vi", centre) == 4);
	CHECK(members_of("The police of Da Nang city and of the provinces of Quang Nam, Quang Ngai and Binh Dinh.",
					 "en", centre) == 4);
	CHECK(members_of("La police de la ville de Da Nang et des provinces de Quang Nam, Quang Ngai et Binh Dinh.",
					 "fr", centre) == 4);
	CHECK(members_of("Poliția orașului Da Nang și a provinciilor Quang Nam, Quang Ngai și Binh Dinh.",
					 "ro", centre) == 4);
	/* an abbreviation's dot inside a list */
	CHECK(members_of("Cụm gồm Hà Nội, TP.HCM và Đà Nẵng.", "vi", cities) == 3);
	CHECK(members_of("Cụm gồm Hà Nội, TP. Hồ Chí Minh và Đà Nẵng.", "vi", cities) == 3);
	/* not lists: other words between the groups, a sentence's end, figures */
	CHECK(members_of("Công an thành phố Đà Nẵng phối hợp với Công an các tỉnh Quảng Nam, Quảng Ngãi.",
					 "vi", centre) == 0);
	CHECK(members_of("Cụm gồm Đà Nẵng, Quảng Nam. Công an tỉnh Quảng Ngãi họp.", "vi", centre) == 0);
	CHECK(members_of("Đà Nẵng làm rõ 1.204 vụ, Quảng Nam 905 vụ, Quảng Ngãi 611 vụ.", "vi", centre) == 0);

	/*
	 * roles in brackets: the items are members, the roles theirs, and who
	 * holds them now is the year reviewed
	 */
	begin(&st, "Tổng kết năm 2024, Cụm gồm Công an các tỉnh: Quảng Nam (đơn vị Cụm trưởng), "
		  "Quảng Ngãi (đơn vị Cụm phó), Bình Định, Đà Nẵng.", "vi");
	rp_members(&st.o, 0);
	CHECK(n_kind(&st.facts, F_MEMBER) == 4);
	for (int k = 0; k < st.w.nmark; k++)
		if (st.w.mark[k].type == RC_LEADER || st.w.mark[k].type == RC_DEPUTY)
			CHECK(st.w.mark[k].list_role == LIST_ROLE_BEFORE);
	rp_leaders(&st.o, 2024);
	f = first_kind(&st.facts, F_LEADER);
	CHECK(f && f->province == province_of("Quảng Nam") && f->year == 2024);
	f = first_kind(&st.facts, F_DEPUTY);
	CHECK(f && f->province == province_of("Quảng Ngãi") && f->year == 2024);
	end(&st);

	/* full-width brackets too */
	begin(&st, "第4竞赛集群包括富寿省（集群长）、北宁省（副集群长）、广宁省和谅山省。", "zh");
	rp_members(&st.o, 4);
	rp_leaders(&st.o, 0);
	CHECK(n_kind(&st.facts, F_MEMBER) == 4);
	f = first_kind(&st.facts, F_LEADER);
	CHECK(f && f->province == province_of("Phú Thọ"));
	f = first_kind(&st.facts, F_DEPUTY);
	CHECK(f && f->province == province_of("Bắc Ninh"));
	end(&st);

	/* a role before an item is that item's; an election elsewhere is stronger */
	begin(&st, "Dự có Công an các tỉnh Long An, Tây Ninh cùng đơn vị Cụm trưởng Công an tỉnh Bình Dương. "
		  "Hội nghị bầu Cụm trưởng năm 2025 là Công an tỉnh Tây Ninh.", "vi");
	rp_members(&st.o, 0);
	CHECK(n_kind(&st.facts, F_MEMBER) == 3);
	CHECK(st.w.nmark > 0);
	rp_leaders(&st.o, 2024);
	CHECK(n_kind(&st.facts, F_LEADER) == 1);
	f = first_kind(&st.facts, F_LEADER);
	CHECK(f && f->province == province_of("Tây Ninh") && f->year == 2025);
	end(&st);
	begin(&st, "Dự có Công an các tỉnh Long An, Tây Ninh cùng đơn vị Cụm trưởng Công an tỉnh Bình Dương.", "vi");
	rp_members(&st.o, 0);
	rp_leaders(&st.o, 2024);
	f = first_kind(&st.facts, F_LEADER);
	CHECK(f && f->province == province_of("Bình Dương") && f->year == 2024);
	end(&st);
}

/* the pipeline: the cluster before its cue, members, and the why of every figure */
static void
test_pipeline(void)
{
	Facts		fs;
	CdText		t;
	const char *text = "第6竞赛集群由芹苴市、安江省、坚江省组成。侦破刑事案件905/1012起，破案率为89.43%。";

	memset(&fs, 0, sizeof(fs));
	cd_text_init(&t, text, strlen(text));
	CHECK(cd_parse_report(&t, cd_lang_compiled("zh"), keep, &fs));
	CHECK(first_kind(&fs, F_CLUSTER) && first_kind(&fs, F_CLUSTER)->cluster_no == 6);
	CHECK(n_kind(&fs, F_MEMBER) == 3);
	for (int i = 0; i < fs.n; i++)
		CHECK((fs.f[i].why[0] != '\0') ==
			  (fs.f[i].kind == F_RATE || fs.f[i].kind == F_COUNT || fs.f[i].kind == F_CHANGE));
	cd_text_free(&t);
}

/*
 * The source: the first web address (http:// or https://, its trailing
 * punctuation left out), wherever it stands, the text's first and last
 * bytes included, when nine bytes or more are left from its start; "http"
 * alone, "http:/" or an 'h' before an address is none
 */
static void
test_source(void)
{
	struct
	{
		const char *text;
		const char *want;		/* NULL: no source */
	}			cases[] = {
		{"https://a.vn/x", "https://a.vn/x"},
		{"Theo http://b.vn/tin-1.html).", "http://b.vn/tin-1.html"},
		{"Nguồn: thhttps://c.vn, xem https://d.vn/2;", "https://c.vn"},
		{"See http://e.vn", "http://e.vn"},
		{"See http:/e.vn and the http link; hhhhhhhhh", NULL},
		{"x http://", NULL},
		{"x https://", NULL},
		{"x https://a", "https://a"},
		{"http://", NULL},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		Facts		fs;
		CdText		t;
		const CdFact *f;

		memset(&fs, 0, sizeof(fs));
		cd_text_init(&t, cases[k].text, strlen(cases[k].text));
		CHECK(cd_parse_report(&t, cd_lang_compiled("vi"), keep, &fs));
		f = first_kind(&fs, F_SOURCE);
		if (!cases[k].want)
			CHECK(f == NULL);
		else
			CHECK(f && f->bend - f->bstart == strlen(cases[k].want) &&
				  memcmp(t.s + f->bstart, cases[k].want, strlen(cases[k].want)) == 0);
		cd_text_free(&t);
	}
}

/* unit words users add: read by a parse, not by the scanner alone, and taken back */
static void
test_user_units(void)
{
	const char *text = "Die Polizei klärte 420 Tatbestände auf.";
	const char *text_en = "In 2024 thefts slid by 4.2 per hundred.";
	const char *langs[] = {"de", "de", "en", "en", "en", "en"};
	CdReportCue cues[] = {{"Tatbestände", RC_UNIT_CUE, 0}, {"Täter*", RC_UNIT_CUE, 1},
	{"case files", RC_UNIT_CUE, 11}, {"slid by", RC_CHANGE_CUE, 0}, {"per hundred", RC_PERCENT_CUE, 0},
	{"upwards of", RC_QUAL_CUE, CD_Q_GT}};
	const CdLangC *de = cd_lang_compiled("de");

	for (int round = 0; round < 3; round++)
	{
		Facts		fs;
		CdText		t;
		bool		taught = round == 1;

		CHECK(cd_set_user_cues(langs, cues, taught ? 6 : 0));
		memset(&fs, 0, sizeof(fs));
		cd_text_init(&t, text, strlen(text));
		CHECK(cd_parse_report(&t, de, keep, &fs));
		CHECK((n_kind(&fs, F_COUNT) == 1) == taught);
		if (taught)
			CHECK(first_kind(&fs, F_COUNT)->v == 420);
		/* the data's language itself is not changed */
		CHECK(cd_lang_user(de) == (taught ? cd_lang_user(de) : de));
		CHECK(!taught || cd_lang_user(de) != de);
		CHECK(de->units.n < (taught ? cd_lang_user(de)->units.n : de->units.n + 1));
		cd_text_free(&t);
		/* a change word and a percent word: one change, of a percent */
		memset(&fs, 0, sizeof(fs));
		cd_text_init(&t, text_en, strlen(text_en));
		CHECK(cd_parse_report(&t, cd_lang_compiled("en"), keep, &fs));
		CHECK((n_kind(&fs, F_CHANGE) == 1) == taught);
		cd_text_free(&t);
	}
	/*
	 * Memory running out while the languages with the users' words are
	 * made (at each of the first allocations): the data's lists stay whole
	 * (read under ASan, a list freed with the failed copy is an error),
	 * and a parse still reads them
	 */
	(void) cd_langs_compiled();
	for (int n = 1; n <= 8; n++)
	{
		Facts		fs;
		CdText		t;
		size_t		sum = 0;

		CHECK(cd_set_user_cues(langs, cues, 6));
		unit_calloc_calls = 0;
		unit_calloc_fail_at = n;
		(void) cd_lang_user(de);
		unit_calloc_fail_at = -1;
		CHECK(cd_set_user_cues(langs, cues, 0));
		for (int k = 0; k < de->units.n; k++)
			sum += strlen(de->units.cues[k].text);
		CHECK(de->units.n > 0 && sum > 0);
		memset(&fs, 0, sizeof(fs));
		cd_text_init(&t, "Die Polizei nahm 45 Verdächtige fest.", strlen("Die Polizei nahm 45 Verdächtige fest."));
		CHECK(cd_parse_report(&t, de, keep, &fs) && n_kind(&fs, F_COUNT) == 1);
		cd_text_free(&t);
	}
}

void
test_stages(void)
{
	test_words();
	test_figures();
	test_clauses();
	test_rates();
	test_counts();
	test_members();
	test_pipeline();
	test_source();
	test_user_units();
}
