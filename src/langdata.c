/*
 * langdata.c
 *		The languages clusterdata reads, as data (see langdata.h).
 */
#include "langdata.h"

#include <string.h>

#define END {NULL, 0}
#define UEND {NULL, NULL}

/* ------------------------------------------------------------------ vi */
static const char *const vi_stop[] = {"của", "và", "các", "được", "trong", "những", "có", "với",
	"cho", "đã", "là", "người", "công", "tỉnh", "năm", "này", "một", "không", "tại", "để",
"đạt", "vụ", "hội", "nghị", "cụm", "thi", "đua", "an", "tác", "về", NULL};
static const CdCue vi_qb[] = {{"trên", CD_Q_GT}, {"hơn", CD_Q_GT}, {"vượt", CD_Q_GT},
	{"gần", CD_Q_APPROX}, {"khoảng", CD_Q_APPROX}, {"xấp xỉ", CD_Q_APPROX}, {"tối thiểu", CD_Q_GE},
	{"ít nhất", CD_Q_GE}, {"không dưới", CD_Q_GE}, {"dưới", CD_Q_LT}, {"chưa đến", CD_Q_LT},
{"tối đa", CD_Q_LE}, {"không quá", CD_Q_LE}, END};
static const CdCue vi_qa[] = {{"trở lên", CD_Q_GE}, END};
static const char *const vi_pct[] = {"phần trăm", NULL};
static const char *const vi_ord[] = {"số", NULL};
static const char *const vi_code[] = {"ban chỉ đạo", "đề án", "nghị quyết", "kết luận", "chỉ thị",
"nghị định", "quyết định", "kế hoạch", "thông tư", "công văn", "chuyên đề", "chương trình", NULL};
static const char *const vi_day[] = {"ngày", "hôm", "sáng", "chiều", NULL};
static const char *const vi_monthpre[] = {"tháng", NULL};
static const CdCue vi_ratio[] = {{"trên tổng số", CD_RATIO_PART_FIRST}, {"trên", CD_RATIO_PART_FIRST}, END};
static const CdUnit vi_units[] = {{"vụ", "case"}, {"vụ án", "case"}, {"đối tượng", "person"},
	{"người", "person"}, {"bị can", "suspect"}, {"mô hình", "model"}, {"tổ chức", "organisation"},
	{"tin báo", "report"}, {"nguồn tin", "report"}, {"tỉnh", "province"}, {"đơn vị", "unit"},
	{"tập thể", "collective"}, {"cá nhân", "individual"}, {"băng", "gang"}, {"nhóm", "group"},
	{"xã", "commune"}, {"kg", "kg"}, {"tấn", "tonne"}, {"bánh", "block"}, {"lượt", "time"},
{"cơ sở", "establishment"}, {"đường dây", "gang"}, {"băng nhóm", "gang"}, {"ổ nhóm", "gang"},
	{"chuyên án", "case"}, {"trường hợp", "case"}, {"tụ điểm", "den"}, {"gam", "gram"}, {"viên", "pill"},
	{"đảng viên", "member"}, {"đoàn viên", "member"}, {"hội viên", "member"}, {"thành viên", "member"},
	{"nhiệm vụ", "task"}, {"dịch vụ", "service"}, {"nghĩa vụ", "duty"}, UEND};
static const char *const vi_chb[] = {"giảm", "tăng", "ít hơn", "nhiều hơn", NULL};
static const char *const vi_cha[] = {NULL};
static const char *const vi_year[] = {"năm", NULL};

/* ------------------------------------------------------------------ en */
static const char *const en_stop[] = {"the", "and", "of", "to", "in", "was", "were", "with", "for",
"on", "that", "is", "by", "has", "have", "from", "at", "as", "this", "are", NULL};
static const CdCue en_qb[] = {{"over", CD_Q_GT}, {"more than", CD_Q_GT}, {"above", CD_Q_GT},
	{"higher than", CD_Q_GT}, {"in excess of", CD_Q_GT}, {"at least", CD_Q_GE},
	{"no less than", CD_Q_GE}, {"not less than", CD_Q_GE}, {"about", CD_Q_APPROX},
	{"around", CD_Q_APPROX}, {"approximately", CD_Q_APPROX}, {"nearly", CD_Q_APPROX},
	{"almost", CD_Q_APPROX}, {"roughly", CD_Q_APPROX}, {"some", CD_Q_APPROX}, {"up to", CD_Q_LE},
	{"at most", CD_Q_LE}, {"less than", CD_Q_LT}, {"fewer than", CD_Q_LT}, {"under", CD_Q_LT},
{"below", CD_Q_LT}, END};
static const CdCue en_qa[] = {{"or more", CD_Q_GE}, {"or higher", CD_Q_GE}, {"and above", CD_Q_GE},
{"or above", CD_Q_GE}, {"or less", CD_Q_LE}, END};
static const char *const en_pct[] = {"percent", "per cent", "pct", NULL};
static const char *const en_ord[] = {"no.", "nr.", "number", "num.", "#", "№", NULL};
static const char *const en_code[] = {"committee", "project", "resolution", "conclusion", "directive",
	"decree", "decision", "plan", "circular", "program", "programme", "dispatch", "instruction",
"law", "article", "clause", "regulation", "scheme", NULL};
static const char *const en_day[] = {"on", "dated", NULL};
static const CdCue en_months[] = {{"january", 1}, {"february", 2}, {"march", 3}, {"april", 4},
	{"may", 5}, {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
	{"november", 11}, {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6},
{"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}, END};
static const CdCue en_ratio[] = {{"out of", CD_RATIO_PART_FIRST}, {"of", CD_RATIO_PART_FIRST}, END};
static const CdUnit en_units[] = {{"case*", "case"}, {"suspect*", "suspect"}, {"people", "person"},
	{"criminals", "suspect"}, {"crimes", "case"}, {"rings", "gang"},
	{"person*", "person"}, {"subject*", "person"}, {"offender*", "person"}, {"defendant*", "suspect"},
	{"gambler*", "person"}, {"prostitute*", "person"}, {"gram*", "gram"}, {"pill*", "pill"},
	{"tablet*", "pill"},
	{"model*", "model"}, {"organi*", "organisation"}, {"report*", "report"},
	{"denunciation*", "report"}, {"province*", "province"}, {"unit*", "unit"}, {"gang*", "gang"},
	{"group*", "group"}, {"collective*", "collective"}, {"individual*", "individual"},
	{"commune*", "commune"}, {"agenc*", "agency"}, {"kg", "kg"}, {"kilogram*", "kg"},
{"ton*", "tonne"}, {"vehicle*", "vehicle"}, {"weapon*", "weapon"}, {"time*", "time"}, UEND};
static const char *const en_chb[] = {"decreased by", "increased by", "down", "up", "fell by",
	"rose by", "dropped by", "reduced by", "a decrease of", "an increase of", "decline of",
	"decreased", "increased", "fell", "rose", "dropped", "declined", "declined by", "grew",
	"grew by", "went down", "went up", "went down by", "went up by", "a drop of", "a rise of",
"a reduction of", "a fall of", NULL};
static const char *const en_cha[] = {"decrease", "increase", "drop", "decline", "reduction", "rise",
NULL};
static const char *const en_year[] = {"in", "year", NULL};

/* ------------------------------------------------------------------ fr */
static const char *const fr_stop[] = {"le", "la", "les", "des", "du", "et", "une", "un", "dans",
"pour", "sur", "est", "au", "aux", "avec", "qui", "ont", "de", "en", "à", "été", "d'", "l'", NULL};
static const CdCue fr_qb[] = {{"supérieur à", CD_Q_GT}, {"supérieure à", CD_Q_GT},
	{"supérieurs à", CD_Q_GT}, {"supérieures à", CD_Q_GT}, {"plus de", CD_Q_GT},
	{"au-delà de", CD_Q_GT}, {"au moins", CD_Q_GE}, {"environ", CD_Q_APPROX},
	{"près de", CD_Q_APPROX}, {"presque", CD_Q_APPROX}, {"quelque", CD_Q_APPROX},
	{"moins de", CD_Q_LT}, {"inférieur à", CD_Q_LT}, {"inférieure à", CD_Q_LT},
{"jusqu'à", CD_Q_LE}, {"jusqu’à", CD_Q_LE}, END};
static const CdCue fr_qa[] = {{"ou plus", CD_Q_GE}, {"et plus", CD_Q_GE}, END};
static const char *const fr_pct[] = {"pour cent", "pourcent", NULL};
static const char *const fr_ord[] = {"n°", "no.", "nº", "numéro", "№", NULL};
static const char *const fr_code[] = {"comité", "projet", "résolution", "conclusion", "directive",
"décret", "décision", "plan", "circulaire", "programme", "loi", "article", NULL};
static const char *const fr_day[] = {"le", "du", NULL};
static const CdCue fr_months[] = {{"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4},
	{"mai", 5}, {"juin", 6}, {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10},
{"novembre", 11}, {"décembre", 12}, END};
static const CdCue fr_ratio[] = {{"sur", CD_RATIO_PART_FIRST}, END};
static const CdUnit fr_units[] = {{"cas", "case"}, {"affaire*", "case"}, {"personne*", "person"},
	{"suspect*", "suspect"}, {"sujet*", "person"}, {"modèle*", "model"}, {"organisation*", "organisation"},
	{"rapport*", "report"}, {"signalement*", "report"}, {"dénonciation*", "report"},
	{"province*", "province"}, {"unité*", "unit"}, {"groupe*", "group"}, {"gang*", "gang"},
	{"collectif*", "collective"}, {"individu*", "individual"}, {"commune*", "commune"},
{"kg", "kg"}, {"tonne*", "tonne"}, {"fois", "time"}, {"délinquant*", "suspect"},
{"accusé*", "suspect"}, {"comprimé*", "pill"}, {"gramme*", "gram"}, UEND};
static const char *const fr_chb[] = {"baisse de", "hausse de", "baissé de", "diminué de", "augmenté de",
	"progressé de", "reculé de",
"diminution de", "augmentation de", "recul de", "réduit de", NULL};
static const char *const fr_cha[] = {"de moins", "de plus", NULL};
static const char *const fr_year[] = {"en", "année", "an", NULL};

/* ------------------------------------------------------------------ pl */
static const char *const pl_stop[] = {"i", "w", "na", "z", "się", "do", "oraz", "jest", "że",
"przez", "dla", "nie", "od", "po", "roku", "r.", "jako", "oraz", "został", "zostały", NULL};
static const CdCue pl_qb[] = {{"ponad", CD_Q_GT}, {"powyżej", CD_Q_GT}, {"przeszło", CD_Q_GT},
	{"więcej niż", CD_Q_GT}, {"co najmniej", CD_Q_GE}, {"nie mniej niż", CD_Q_GE},
	{"około", CD_Q_APPROX}, {"ok.", CD_Q_APPROX}, {"prawie", CD_Q_APPROX}, {"blisko", CD_Q_APPROX},
	{"niemal", CD_Q_APPROX}, {"niemalże", CD_Q_APPROX}, {"poniżej", CD_Q_LT}, {"mniej niż", CD_Q_LT},
{"do", CD_Q_LE}, {"maksymalnie", CD_Q_LE}, END};
static const CdCue pl_qa[] = {{"lub więcej", CD_Q_GE}, END};
static const char *const pl_pct[] = {"procent", "proc.", "procent.", NULL};
static const char *const pl_ord[] = {"nr", "nr.", "numer", "№", NULL};
static const char *const pl_code[] = {"sterujący", "sterującego", "sterujące", "sterującym",
	"projekt*", "rezolucj*", "uchwał*", "dyrektyw*", "dekret*", "decyzj*", "wniosk*", "konkluzj*",
"plan*", "program*", "ustaw*", "artykuł*", "okólnik*", NULL};
static const char *const pl_day[] = {"dnia", "dzień", NULL};
static const CdCue pl_months[] = {{"stycznia", 1}, {"styczeń", 1}, {"lutego", 2}, {"luty", 2},
	{"marca", 3}, {"marzec", 3}, {"kwietnia", 4}, {"kwiecień", 4}, {"maja", 5}, {"maj", 5},
	{"czerwca", 6}, {"czerwiec", 6}, {"lipca", 7}, {"lipiec", 7}, {"sierpnia", 8}, {"sierpień", 8},
	{"września", 9}, {"wrzesień", 9}, {"października", 10}, {"październik", 10},
{"listopada", 11}, {"listopad", 11}, {"grudnia", 12}, {"grudzień", 12}, END};
static const CdCue pl_ratio[] = {{"z", CD_RATIO_PART_FIRST}, {"spośród", CD_RATIO_PART_FIRST}, END};
static const CdUnit pl_units[] = {{"przypad*", "case"}, {"spraw*", "case"}, {"osob*", "person"},
	{"osób", "person"}, {"podejrzan*", "suspect"}, {"model*", "model"}, {"organizacj*", "organisation"},
	{"raport*", "report"}, {"zgłosze*", "report"}, {"doniesie*", "report"}, {"prowincj*", "province"},
	{"jednost*", "unit"}, {"zespoł*", "collective"}, {"zespół", "collective"}, {"gmin*", "commune"},
	{"gang*", "gang"}, {"grup*", "group"}, {"punkt*", "point"}, {"kg", "kg"}, {"ton*", "tonne"},
{"miejscowoś*", "locality"}, UEND};
static const char *const pl_chb[] = {"spadły o", "spadł o", "spadła o", "spadek o", "wzrost o",
	"wzrosła o", "wzrosły o", "wzrósł o", "zmniejszyła się o", "zmniejszył się o",
"zmniejszyły się o", "zwiększyła się o", "zwiększył się o", "zwiększyły się o", NULL};
static const char *const pl_cha[] = {NULL};
static const char *const pl_year[] = {"roku", "rok", "r.", "w", NULL};

/* ------------------------------------------------------------------ ro */
static const char *const ro_stop[] = {"și", "în", "din", "pe", "la", "cu", "pentru", "al", "ale",
"care", "este", "sunt", "de", "că", "un", "o", "a", "fost", "mai", "iar", "unei", "lor", NULL};
static const CdCue ro_qb[] = {{"peste", CD_Q_GT}, {"de peste", CD_Q_GT}, {"mai mult de", CD_Q_GT},
	{"mai mare de", CD_Q_GT}, {"cel puțin", CD_Q_GE}, {"cel puţin", CD_Q_GE},
	{"aproximativ", CD_Q_APPROX}, {"aproape", CD_Q_APPROX}, {"circa", CD_Q_APPROX},
	{"în jur de", CD_Q_APPROX}, {"sub", CD_Q_LT}, {"mai puțin de", CD_Q_LT}, {"mai puţin de", CD_Q_LT},
{"până la", CD_Q_LE}, END};
static const CdCue ro_qa[] = {{"sau mai mult", CD_Q_GE}, END};
static const char *const ro_pct[] = {"la sută", "la suta", "procente", "procent", NULL};
static const char *const ro_ord[] = {"nr.", "nr", "numărul", "numarul", "№", NULL};
static const char *const ro_code[] = {"comitet*", "proiect*", "rezoluți*", "rezoluţi*", "concluzi*",
"directiv*", "decret*", "decizi*", "plan*", "program*", "lege*", "legea", "articol*", NULL};
static const char *const ro_day[] = {"pe", "data de", NULL};
static const CdCue ro_months[] = {{"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4},
	{"mai", 5}, {"iunie", 6}, {"iulie", 7}, {"august", 8}, {"septembrie", 9}, {"octombrie", 10},
{"noiembrie", 11}, {"decembrie", 12}, END};
static const CdCue ro_ratio[] = {{"din", CD_RATIO_PART_FIRST}, END};
static const CdUnit ro_units[] = {{"caz*", "case"}, {"dosar*", "case"}, {"persoan*", "person"},
	{"suspect*", "suspect"}, {"subiec*", "person"}, {"model*", "model"}, {"organizați*", "organisation"},
	{"organizaţi*", "organisation"}, {"rapoart*", "report"}, {"raport*", "report"},
	{"sesiz*", "report"}, {"denunț*", "report"}, {"provinci*", "province"}, {"unități*", "unit"},
	{"unitate*", "unit"}, {"grup*", "group"}, {"band*", "gang"}, {"colectiv*", "collective"},
{"indivi*", "individual"}, {"comun*", "commune"}, {"kg", "kg"}, {"tone", "tonne"}, UEND};
static const char *const ro_chb[] = {"scăzut cu", "crescut cu", "scădere de", "scădere cu",
"creștere de", "creștere cu", "scăderea cu", "creșterea cu", "redus cu", NULL};
static const char *const ro_cha[] = {NULL};
static const char *const ro_year[] = {"în", "anul", NULL};

/* ------------------------------------------------------------------ hi */
static const char *const hi_stop[] = {"के", "की", "में", "और", "है", "को", "से", "ने", "का", "पर",
"किया", "एक", "था", "थे", "गया", "लिए", "हैं", "कि", "भी", NULL};
static const CdCue hi_qb[] = {{"लगभग", CD_Q_APPROX}, {"करीब", CD_Q_APPROX}, {"क़रीब", CD_Q_APPROX},
{"तकरीबन", CD_Q_APPROX}, {"कम से कम", CD_Q_GE}, {"अधिकतम", CD_Q_LE}, END};
static const CdCue hi_qa[] = {{"से अधिक", CD_Q_GT}, {"से ज़्यादा", CD_Q_GT}, {"से ज्यादा", CD_Q_GT},
	{"से ऊपर", CD_Q_GT}, {"से कम", CD_Q_LT}, {"से नीचे", CD_Q_LT}, {"या उससे अधिक", CD_Q_GE},
{"तक", CD_Q_LE}, END};
static const char *const hi_pct[] = {"प्रतिशत", "फ़ीसदी", "फीसदी", NULL};
static const char *const hi_ord[] = {"संख्या", "नंबर", "नम्बर", "क्रमांक", "सं.", NULL};
static const char *const hi_code[] = {"समिति", "परियोजना", "प्रोजेक्ट", "संकल्प", "प्रस्ताव", "निर्देश",
"निष्कर्ष", "डिक्री", "निर्णय", "योजना", "कार्यक्रम", "कानून", NULL};
static const char *const hi_day[] = {NULL};
static const CdCue hi_months[] = {{"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"मार्च", 3},
	{"अप्रैल", 4}, {"मई", 5}, {"जून", 6}, {"जुलाई", 7}, {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9},
{"अक्टूबर", 10}, {"अक्तूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11}, {"दिसंबर", 12}, {"दिसम्बर", 12}, END};
static const CdCue hi_ratio[] = {{"में से", CD_RATIO_TOTAL_FIRST}, END};
static const CdUnit hi_units[] = {{"मामल*", "case"}, {"मामले", "case"}, {"केस", "case"},
	{"लोग*", "person"}, {"व्यक्ति*", "person"}, {"संदिग्ध*", "suspect"}, {"आरोपी", "suspect"},
	{"मॉडल", "model"}, {"संगठन*", "organisation"}, {"रिपोर्ट*", "report"}, {"प्रांत*", "province"},
	{"इकाइ*", "unit"}, {"समूह*", "group"}, {"गिरोह*", "gang"}, {"अपराध", "case"},
{"प्रकार", "type"}, {"किलो*", "kg"}, UEND};
static const char *const hi_chb[] = {NULL};
static const char *const hi_cha[] = {"की कमी", "की वृद्धि", "की गिरावट", "की बढ़ोतरी", "कम", "अधिक", NULL};
static const char *const hi_year[] = {"वर्ष", "साल", NULL};

/* ------------------------------------------------------------------ es */
static const char *const es_stop[] = {"el", "la", "los", "las", "de", "y", "en", "del", "que", "por",
"con", "una", "para", "se", "al", "fue", "su", "sus", NULL};
static const CdCue es_qb[] = {{"más de", CD_Q_GT}, {"por encima de", CD_Q_GT}, {"superior a", CD_Q_GT},
	{"al menos", CD_Q_GE}, {"por lo menos", CD_Q_GE}, {"cerca de", CD_Q_APPROX},
	{"aproximadamente", CD_Q_APPROX}, {"casi", CD_Q_APPROX}, {"alrededor de", CD_Q_APPROX},
{"menos de", CD_Q_LT}, {"inferior a", CD_Q_LT}, {"hasta", CD_Q_LE}, END};
static const CdCue es_qa[] = {{"o más", CD_Q_GE}, END};
static const char *const es_pct[] = {"por ciento", NULL};
static const char *const es_ord[] = {"n.º", "nº", "no.", "número", "núm.", "№", NULL};
static const char *const es_code[] = {"comité", "proyecto", "resolución", "conclusión", "directiva",
"decreto", "decisión", "plan", "programa", "ley", "artículo", NULL};
static const char *const es_day[] = {"el", NULL};
static const CdCue es_months[] = {{"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4},
	{"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9},
{"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, END};
static const CdCue es_ratio[] = {{"de", CD_RATIO_PART_FIRST}, END};
static const CdUnit es_units[] = {{"caso*", "case"}, {"persona*", "person"}, {"sospechoso*", "suspect"},
	{"modelo*", "model"}, {"organizaci*", "organisation"}, {"informe*", "report"},
	{"denuncia*", "report"}, {"provincia*", "province"}, {"unidad*", "unit"}, {"grupo*", "group"},
{"banda*", "gang"}, {"kg", "kg"}, {"acusado*", "suspect"}, {"delincuente*", "suspect"},
	{"imputado*", "suspect"}, {"objeto*", "person"}, {"sujeto*", "person"}, {"tonelada*", "tonne"},
{"pastilla*", "pill"}, {"gramo*", "gram"}, UEND};
static const char *const es_chb[] = {"disminuyó un", "aumentó un", "descenso del", "aumento del",
	"reducción del", "disminuyó", "aumentó", "disminuyeron", "aumentaron", "disminuyeron un",
	"aumentaron un", "bajó", "bajó un", "subió", "subió un", "cayó", "cayó un", "creció",
	"creció un", "descendió", "descendió un", "se redujo", "se redujo un", "se redujeron",
"una reducción del", "un descenso de", "un aumento de", "una disminución del", NULL};
static const char *const es_cha[] = {NULL};
static const char *const es_year[] = {"en", "año", NULL};

/* ------------------------------------------------------------------ de */
static const char *const de_stop[] = {"der", "die", "das", "und", "den", "von", "mit", "des", "für",
"ist", "im", "dem", "zu", "auf", "wurde", "wurden", "eine", "ein", "sich", "nicht", NULL};
static const CdCue de_qb[] = {{"über", CD_Q_GT}, {"mehr als", CD_Q_GT}, {"mindestens", CD_Q_GE},
	{"etwa", CD_Q_APPROX}, {"rund", CD_Q_APPROX}, {"ungefähr", CD_Q_APPROX}, {"fast", CD_Q_APPROX},
	{"knapp", CD_Q_APPROX}, {"circa", CD_Q_APPROX}, {"ca.", CD_Q_APPROX}, {"weniger als", CD_Q_LT},
{"unter", CD_Q_LT}, {"bis zu", CD_Q_LE}, {"höchstens", CD_Q_LE}, END};
static const CdCue de_qa[] = {{"oder mehr", CD_Q_GE}, END};
static const char *const de_pct[] = {"prozent", NULL};
static const char *const de_ord[] = {"nr.", "nr", "nummer", "№", NULL};
static const char *const de_code[] = {"ausschuss", "komitee", "projekt", "resolution", "beschluss",
"richtlinie", "dekret", "entscheidung", "plan", "programm", "gesetz", "artikel", NULL};
static const char *const de_day[] = {"am", "vom", NULL};
static const CdCue de_months[] = {{"januar", 1}, {"februar", 2}, {"märz", 3}, {"april", 4},
	{"mai", 5}, {"juni", 6}, {"juli", 7}, {"august", 8}, {"september", 9}, {"oktober", 10},
{"november", 11}, {"dezember", 12}, END};
static const CdCue de_ratio[] = {{"von", CD_RATIO_PART_FIRST}, END};
static const CdUnit de_units[] = {{"fäll*", "case"}, {"fall", "case"}, {"person*", "person"},
	{"verdächtig*", "suspect"}, {"modell*", "model"}, {"organisation*", "organisation"},
	{"bericht*", "report"}, {"anzeige*", "report"}, {"provinz*", "province"}, {"einheit*", "unit"},
{"gruppe*", "group"}, {"bande*", "gang"}, {"kg", "kg"}, {"straftäter*", "suspect"},
{"täter*", "suspect"}, {"tonne*", "tonne"}, {"tablette*", "pill"}, {"gramm", "gram"}, UEND};
static const char *const de_chb[] = {"rückgang um", "anstieg um", "sank um", "stieg um",
	"verringerte sich um", "sanken um", "stiegen um", "gesunken um", "gestiegen um",
	"zurückgegangen um", "ging um", "gingen um", "zunahme um", "abnahme um", "erhöhte sich um",
"verringerten sich um", "erhöhten sich um", NULL};
static const char *const de_cha[] = {NULL};
static const char *const de_year[] = {"im", "jahr", NULL};

/* ------------------------------------------------------------------ zh */
/* Chinese: no spaces between words, so cues match inside a run of Han characters */
static const char *const zh_stop[] = {"的", "了", "这", "与", "对", "将", "并", "该", "们", "个", "为",
"和", "在", "是", NULL};
static const CdCue zh_qb[] = {{"超过", CD_Q_GT}, {"逾", CD_Q_GT}, {"高于", CD_Q_GT}, {"近", CD_Q_APPROX},
	{"约", CD_Q_APPROX}, {"将近", CD_Q_APPROX}, {"大约", CD_Q_APPROX}, {"至少", CD_Q_GE},
{"不少于", CD_Q_GE}, {"不足", CD_Q_LT}, {"低于", CD_Q_LT}, {"不到", CD_Q_LT}, END};
static const CdCue zh_qa[] = {{"以上", CD_Q_GE}, {"多", CD_Q_GT}, {"强", CD_Q_GT}, {"余", CD_Q_GT}, {"左右", CD_Q_APPROX},
{"以下", CD_Q_LE}, END};
static const char *const zh_pct[] = {"个百分点", NULL};
static const char *const zh_ord[] = {"第", "号", "№", NULL};
static const char *const zh_code[] = {"决议", "指示", "计划", "方案", "项目", "专项", "指导委员会",
"结论", "法令", "决定", "通知", NULL};
static const CdCue zh_ratio[] = {{"中", CD_RATIO_TOTAL_FIRST}, END};
static const CdUnit zh_units[] = {{"起", "case"}, {"宗", "case"}, {"件", "case"}, {"案", "case"},
	{"名", "person"}, {"人", "person"}, {"个团伙", "gang"}, {"团伙", "gang"}, {"个犯罪团伙", "gang"},
	{"公斤", "kg"}, {"千克", "kg"}, {"吨", "tonne"}, {"块", "block"}, {"个省", "province"},
{"个集体", "collective"}, {"个人", "individual"}, {"个模式", "model"}, {"次", "time"}, UEND};
static const char *const zh_chb[] = {"下降", "减少", "增加", "增长", "上升", "降低", "同比下降",
"同比增长", NULL};
static const char *const zh_year[] = {NULL};
static const CdCue zh_mult[] = {{"万", 4}, {"萬", 4}, {"亿", 8}, {"億", 8}, END};

/* ------------------------------------------------------------------ ja */
static const char *const ja_stop[] = {"の", "は", "を", "に", "が", "で", "と", "て", "た", "し",
"も", "な", "れ", "る", NULL};
static const CdCue ja_qb[] = {{"約", CD_Q_APPROX}, {"およそ", CD_Q_APPROX}, {"ほぼ", CD_Q_APPROX},
{"最低", CD_Q_GE}, {"少なくとも", CD_Q_GE}, END};
static const CdCue ja_qa[] = {{"以上", CD_Q_GE}, {"を超え", CD_Q_GT}, {"超え", CD_Q_GT}, {"を上回", CD_Q_GT},
	{"超", CD_Q_GT}, {"余り", CD_Q_GT}, {"近く", CD_Q_APPROX},
{"未満", CD_Q_LT}, {"以下", CD_Q_LE}, END};
static const char *const ja_pct[] = {"パーセント", NULL};
static const char *const ja_ord[] = {"第", "№", NULL};
static const char *const ja_code[] = {"決議", "指示", "計画", "プロジェクト", "委員会", "決定", "政令",
"通達", "結論", NULL};
static const CdCue ja_ratio[] = {{"中", CD_RATIO_TOTAL_FIRST}, {"のうち", CD_RATIO_TOTAL_FIRST}, END};
static const CdUnit ja_units[] = {{"件", "case"}, {"人", "person"}, {"名", "person"},
	{"グループ", "group"}, {"組織", "gang"}, {"kg", "kg"}, {"キロ", "kg"}, {"トン", "tonne"},
{"省", "province"}, {"回", "time"}, UEND};
static const char *const ja_chb[] = {"減少", "増加", NULL};
static const char *const ja_cha[] = {"減", "増", "減少", "増加", NULL};
static const char *const ja_year[] = {NULL};
static const CdCue ja_mult[] = {{"万", 4}, {"億", 8}, END};

/* ------------------------------------------------------------------ ko */
/* Korean: words are spaced, particles glued to them ("해결률은"): cues end in '*' */
static const char *const ko_stop[] = {"및", "등", "이", "그", "수", "또한", "위해", "대한", "통해",
"있다", "했다", "것", "이번", "올해", NULL};
static const CdCue ko_qb[] = {{"약", CD_Q_APPROX}, {"거의", CD_Q_APPROX}, {"최소", CD_Q_GE}, END};
static const CdCue ko_qa[] = {{"이상*", CD_Q_GE}, {"초과*", CD_Q_GT}, {"여", CD_Q_GT}, {"넘*", CD_Q_GT},
	{"를 넘*", CD_Q_GT}, {"을 넘*", CD_Q_GT}, {"를 웃*", CD_Q_GT}, {"를 상회*", CD_Q_GT},
{"미만*", CD_Q_LT}, {"이하*", CD_Q_LE}, {"가까이", CD_Q_APPROX}, END};
static const char *const ko_pct[] = {"퍼센트*", NULL};
static const char *const ko_ord[] = {"제", "№", NULL};
static const char *const ko_code[] = {"결의*", "지시*", "계획*", "프로젝트*", "위원회*", "결정*",
"법령*", "결론*", NULL};
static const CdCue ko_ratio[] = {{"중", CD_RATIO_TOTAL_FIRST}, {"가운데", CD_RATIO_TOTAL_FIRST}, END};
static const CdUnit ko_units[] = {{"건*", "case"}, {"명*", "person"}, {"kg*", "kg"}, {"킬로그램*", "kg"},
	{"톤*", "tonne"}, {"개 조직*", "gang"}, {"개 범죄조직*", "gang"}, {"개 성*", "province"},
	{"개의 조직*", "gang"}, {"개의 범죄조직*", "gang"}, {"개의 범죄*", "case"}, {"개의 성*", "province"},
{"회*", "time"}, UEND};
static const char *const ko_chb[] = {NULL};
static const char *const ko_cha[] = {"감소*", "증가*", "줄*", "늘*", NULL};
static const char *const ko_year[] = {NULL};
static const CdCue ko_mult[] = {{"만", 4}, {"억", 8}, {"천", 3}, END};
static const char *const ko_endings[] = {"에서는", "에서", "으로", "까지", "부터", "성은", "성의",
	"성과", "성이", "성에", "성을", "성", "시", "은", "는", "이", "가", "을", "를", "의", "과", "와",
"에", "도", "로", NULL};

/* ------------------------------------------------------------------ id */
static const char *const id_stop[] = {"yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu",
	"pada", "dalam", "tahun", "adalah", "oleh", "ke", "telah", "akan", "juga", "para", "tersebut",
"sebesar", "kasus", "provinsi", "kepolisian", "tingkat", "atas", "serta", NULL};
static const CdCue id_qb[] = {{"lebih dari", CD_Q_GT}, {"di atas", CD_Q_GT}, {"hampir", CD_Q_APPROX},
	{"sekitar", CD_Q_APPROX}, {"kurang lebih", CD_Q_APPROX}, {"setidaknya", CD_Q_GE},
	{"minimal", CD_Q_GE}, {"paling sedikit", CD_Q_GE}, {"kurang dari", CD_Q_LT}, {"di bawah", CD_Q_LT},
{"hingga", CD_Q_LE}, {"maksimal", CD_Q_LE}, END};
static const CdCue id_qa[] = {{"atau lebih", CD_Q_GE}, {"ke atas", CD_Q_GE}, END};
static const char *const id_pct[] = {"persen", NULL};
static const char *const id_ord[] = {"no.", "nomor", "nomer", "ke-", "№", NULL};
static const char *const id_code[] = {"komite", "proyek", "resolusi", "kesimpulan", "direktif", "dekrit",
	"keputusan", "rencana", "program", "undang-undang", "pasal", "instruksi", "peraturan", "surat edaran",
NULL};
static const char *const id_day[] = {"tanggal", NULL};
static const CdCue id_months[] = {{"januari", 1}, {"februari", 2}, {"maret", 3}, {"april", 4},
	{"mei", 5}, {"juni", 6}, {"juli", 7}, {"agustus", 8}, {"september", 9}, {"oktober", 10},
{"november", 11}, {"desember", 12}, END};
static const CdCue id_ratio[] = {{"dari", CD_RATIO_PART_FIRST}, {"dari total", CD_RATIO_PART_FIRST}, END};
static const CdUnit id_units[] = {{"kasus", "case"}, {"perkara", "case"}, {"orang", "person"},
	{"tersangka", "suspect"}, {"pelaku", "person"}, {"buronan", "person"}, {"penjahat", "suspect"}, {"model", "model"},
	{"organisasi", "organisation"}, {"laporan", "report"}, {"provinsi", "province"}, {"unit", "unit"},
	{"kelompok", "group"}, {"geng", "gang"}, {"komplotan", "gang"}, {"jaringan", "gang"},
	{"kolektif", "collective"}, {"individu", "individual"}, {"kg", "kg"}, {"kilogram", "kg"},
{"ton", "tonne"}, {"kali", "time"}, {"penjudi", "person"}, {"butir", "pill"}, {"gram", "gram"}, UEND};
static const char *const id_chb[] = {"turun", "naik", "menurun", "meningkat", "berkurang", "bertambah",
"penurunan", "peningkatan", "turun sebesar", "naik sebesar", NULL};
static const char *const id_year[] = {"tahun", NULL};
static const CdCue id_numw[] = {{"dua", 2}, {"tiga", 3}, {"empat", 4}, {"lima", 5}, {"enam", 6},
{"tujuh", 7}, {"delapan", 8}, {"sembilan", 9}, {"sepuluh", 10}, {"sebelas", 11}, {"seratus", 100},
{"satu", 1 | CD_NUMW_PART}, END};

/* ------------------------------------------------------------------ ru */
static const char *const ru_stop[] = {"и", "в", "на", "с", "по", "что", "года", "из", "для", "не",
"о", "от", "за", "к", "как", "а", "это", "году", "было", "были", "его", "также", "при", NULL};
static const CdCue ru_qb[] = {{"более", CD_Q_GT}, {"свыше", CD_Q_GT}, {"больше", CD_Q_GT},
	{"более чем", CD_Q_GT}, {"почти", CD_Q_APPROX}, {"около", CD_Q_APPROX}, {"примерно", CD_Q_APPROX},
	{"приблизительно", CD_Q_APPROX}, {"порядка", CD_Q_APPROX}, {"не менее", CD_Q_GE},
	{"не менее чем", CD_Q_GE}, {"по меньшей мере", CD_Q_GE}, {"менее", CD_Q_LT}, {"меньше", CD_Q_LT},
{"до", CD_Q_LE}, END};
static const CdCue ru_qa[] = {{"и более", CD_Q_GE}, {"и выше", CD_Q_GE}, END};
static const char *const ru_pct[] = {"процент*", NULL};
static const char *const ru_ord[] = {"№", "номер", "no.", NULL};
static const char *const ru_code[] = {"комитет*", "проект*", "резолюци*", "постановлени*", "директив*",
"указ*", "решени*", "план*", "программ*", "закон*", "стать*", "заключени*", NULL};
static const char *const ru_day[] = {NULL};
static const CdCue ru_months[] = {{"января", 1}, {"январь", 1}, {"февраля", 2}, {"февраль", 2},
	{"марта", 3}, {"март", 3}, {"апреля", 4}, {"апрель", 4}, {"мая", 5}, {"май", 5}, {"июня", 6},
	{"июнь", 6}, {"июля", 7}, {"июль", 7}, {"августа", 8}, {"август", 8}, {"сентября", 9},
	{"сентябрь", 9}, {"октября", 10}, {"октябрь", 10}, {"ноября", 11}, {"ноябрь", 11},
{"декабря", 12}, {"декабрь", 12}, END};
static const CdCue ru_ratio[] = {{"из", CD_RATIO_PART_FIRST}, END};
static const CdUnit ru_units[] = {{"дел", "case"}, {"дела", "case"}, {"делам", "case"},
	{"преступлени*", "case"}, {"случа*", "case"}, {"человек*", "person"}, {"лиц*", "person"},
	{"подозреваем*", "suspect"}, {"обвиняем*", "suspect"}, {"преступник*", "suspect"},
	{"банд*", "gang"}, {"преступных групп*", "gang"}, {"групп*", "group"}, {"кг", "kg"},
	{"килограмм*", "kg"}, {"тонн*", "tonne"}, {"модел*", "model"}, {"организаци*", "organisation"},
	{"провинци*", "province"}, {"коллектив*", "collective"}, {"раз", "time"}, UEND};
static const char *const ru_chb[] = {"снизилось на", "снизился на", "снизилась на", "сократилось на",
	"сократился на", "уменьшилось на", "увеличилось на", "увеличился на", "выросло на", "вырос на",
"возросло на", "снижение на", "рост на", "сокращение на", NULL};
static const char *const ru_year[] = {"году", "года", "год", "г.", NULL};

static const char *const none[] = {NULL};
static const CdCue no_cues[] = {END};

#define LANG(c, n, dec, gdot, gcomma, gspace, ind, letters, scripts, P) \
	{c, n, dec, gdot, gcomma, gspace, ind, P##_stop, letters, P##_pct, P##_qb, P##_qa, P##_ord, \
	 P##_code, P##_day, P##_months, P##_monthpre, P##_ratio, P##_units, P##_chb, P##_cha, P##_year, \
	 P##_numw, scripts, P##_mult, P##_endings, P##_yafter, P##_dmarks, P##_scales}

/* languages without a month-prefix construction */
#define en_monthpre none
#define fr_monthpre none
#define pl_monthpre none
#define ro_monthpre none
#define hi_monthpre none
#define es_monthpre none
#define de_monthpre none
#define zh_monthpre none
#define ja_monthpre none
#define ko_monthpre none
#define id_monthpre none
#define ru_monthpre none
/* languages whose months are numbers with a month word ("12月", "12월") */
#define zh_months no_cues
#define ja_months no_cues
#define ko_months no_cues
#define zh_day none
#define ja_day none
#define ko_day none
#define zh_cha none
#define id_cha none
#define ru_cha none
/* words after a year */
static const char *const zh_yafter[] = {"年", "年度", NULL};
static const char *const ja_yafter[] = {"年", "年度", NULL};
static const char *const ko_yafter[] = {"년*", "연도*", NULL};
static const char *const ru_yafter[] = {"году", "года", "год", "г.", "годом", NULL};
/* year, month and day marks of a date */
static const char *const zh_dmarks[] = {"年", "月", "日", NULL};
static const char *const ja_dmarks[] = {"年", "月", "日", NULL};
static const char *const ko_dmarks[] = {"년", "월", "일", NULL};
#define vi_dmarks NULL
#define en_dmarks NULL
#define fr_dmarks NULL
#define pl_dmarks NULL
#define ro_dmarks NULL
#define hi_dmarks NULL
#define es_dmarks NULL
#define de_dmarks NULL
#define id_dmarks NULL
#define ru_dmarks NULL
#define vi_yafter NULL
#define en_yafter NULL
#define fr_yafter NULL
#define pl_yafter NULL
#define ro_yafter NULL
#define hi_yafter NULL
#define es_yafter NULL
#define de_yafter NULL
#define id_yafter NULL
/* no number multipliers, no name endings */
#define vi_mult NULL
#define en_mult NULL
#define fr_mult NULL
#define pl_mult NULL
#define ro_mult NULL
#define hi_mult NULL
#define es_mult NULL
#define de_mult NULL
#define id_mult NULL
#define ru_mult NULL
#define vi_endings NULL
#define en_endings NULL
#define fr_endings NULL
#define pl_endings NULL
#define ro_endings NULL
#define hi_endings NULL
#define es_endings NULL
#define de_endings NULL
#define zh_endings NULL
#define ja_endings NULL
#define id_endings NULL
#define ru_endings NULL
/* spelled-out quantities ("one"/"un" are left out: mostly pronoun or article) */
static const CdCue en_numw[] = {{"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
	{"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
	{"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
	{"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
	{"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"one", 1 | CD_NUMW_PART}, END};
static const CdCue fr_numw[] = {{"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"six", 6},
	{"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13},
	{"quatorze", 14}, {"quinze", 15}, {"seize", 16}, {"dix-sept", 17}, {"dix-huit", 18},
	{"dix-neuf", 19}, {"vingt", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50},
	{"soixante", 60}, {"soixante-dix", 70}, {"quatre-vingt", 80}, {"quatre-vingts", 80},
{"quatre-vingt-dix", 90}, {"un", 1 | CD_NUMW_PART}, END};
/* Vietnamese number words are common words too ("năm": year, "một": a) */
static const CdCue vi_numw[] = {{"một", 1 | CD_NUMW_NEXT}, {"hai", 2 | CD_NUMW_NEXT},
	{"ba", 3 | CD_NUMW_NEXT}, {"bốn", 4 | CD_NUMW_NEXT}, {"năm", 5 | CD_NUMW_NEXT},
	{"sáu", 6 | CD_NUMW_NEXT}, {"bảy", 7 | CD_NUMW_NEXT}, {"tám", 8 | CD_NUMW_NEXT},
{"chín", 9 | CD_NUMW_NEXT}, {"mười", 10 | CD_NUMW_NEXT}, {"lăm", 5 | CD_NUMW_PART},
{"mốt", 1 | CD_NUMW_PART}, {"tư", 4 | CD_NUMW_PART}, END};
static const CdCue pl_numw[] = {{"dwa", 2}, {"dwie", 2}, {"trzy", 3}, {"cztery", 4}, {"pięć", 5},
	{"sześć", 6}, {"siedem", 7}, {"osiem", 8}, {"dziewięć", 9}, {"dziesięć", 10}, {"jedenaście", 11},
	{"dwanaście", 12}, {"trzynaście", 13}, {"czternaście", 14}, {"piętnaście", 15}, {"szesnaście", 16},
	{"siedemnaście", 17}, {"osiemnaście", 18}, {"dziewiętnaście", 19}, {"dwadzieścia", 20},
	{"trzydzieści", 30}, {"czterdzieści", 40}, {"pięćdziesiąt", 50}, {"sześćdziesiąt", 60},
	{"siedemdziesiąt", 70}, {"osiemdziesiąt", 80}, {"dziewięćdziesiąt", 90}, {"sto", 100},
	{"dwieście", 200}, {"trzysta", 300}, {"czterysta", 400}, {"pięćset", 500}, {"sześćset", 600},
	{"siedemset", 700}, {"osiemset", 800}, {"dziewięćset", 900}, {"jeden", 1 | CD_NUMW_PART}, END};
static const CdCue ro_numw[] = {{"două", 2}, {"doi", 2}, {"trei", 3}, {"patru", 4}, {"cinci", 5},
	{"șase", 6}, {"șapte", 7}, {"opt", 8 | CD_NUMW_NEXT}, {"nouă", 9 | CD_NUMW_NEXT}, {"zece", 10},
	{"unsprezece", 11}, {"doisprezece", 12}, {"douăsprezece", 12}, {"treisprezece", 13},
	{"paisprezece", 14}, {"cincisprezece", 15}, {"șaisprezece", 16}, {"şaisprezece", 16},
	{"șaptesprezece", 17}, {"şaptesprezece", 17}, {"optsprezece", 18}, {"nouăsprezece", 19},
	{"douăzeci", 20}, {"treizeci", 30}, {"patruzeci", 40}, {"cincizeci", 50}, {"șaizeci", 60},
	{"şaizeci", 60}, {"șaptezeci", 70}, {"şaptezeci", 70}, {"optzeci", 80}, {"nouăzeci", 90},
{"şase", 6}, {"şapte", 7}, {"un", 1 | CD_NUMW_PART}, {"o", 1 | CD_NUMW_PART}, END};
#define hi_numw no_cues
static const CdCue es_numw[] = {{"dos", 2}, {"tres", 3}, {"cuatro", 4}, {"cinco", 5}, {"seis", 6},
	{"siete", 7}, {"ocho", 8}, {"nueve", 9}, {"diez", 10}, {"once", 11}, {"doce", 12}, {"trece", 13},
	{"catorce", 14}, {"quince", 15}, {"dieciséis", 16}, {"diecisiete", 17}, {"dieciocho", 18},
	{"diecinueve", 19}, {"veinte", 20}, {"veintiuno", 21}, {"veintiuna", 21}, {"veintiún", 21},
	{"veintidós", 22}, {"veintitrés", 23}, {"veinticuatro", 24}, {"veinticinco", 25},
	{"veintiséis", 26}, {"veintisiete", 27}, {"veintiocho", 28}, {"veintinueve", 29},
	{"treinta", 30}, {"cuarenta", 40}, {"cincuenta", 50}, {"sesenta", 60}, {"setenta", 70},
	{"ochenta", 80}, {"noventa", 90}, {"cien", 100}, {"ciento", 100 | CD_NUMW_PART}, {"doscientos", 200},
	{"doscientas", 200}, {"trescientos", 300}, {"trescientas", 300}, {"cuatrocientos", 400},
	{"cuatrocientas", 400}, {"quinientos", 500}, {"quinientas", 500}, {"seiscientos", 600},
	{"seiscientas", 600}, {"setecientos", 700}, {"setecientas", 700}, {"ochocientos", 800},
	{"ochocientas", 800}, {"novecientos", 900}, {"novecientas", 900}, {"un", 1 | CD_NUMW_PART},
{"una", 1 | CD_NUMW_PART}, {"uno", 1 | CD_NUMW_PART}, END};
static const CdCue de_numw[] = {{"zwei", 2}, {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"sechs", 6},
	{"sieben", 7}, {"acht", 8 | CD_NUMW_NEXT}, {"neun", 9}, {"zehn", 10}, {"elf", 11}, {"zwölf", 12},
	{"dreizehn", 13}, {"vierzehn", 14}, {"fünfzehn", 15}, {"sechzehn", 16}, {"siebzehn", 17},
	{"achtzehn", 18}, {"neunzehn", 19}, {"zwanzig", 20}, {"dreißig", 30}, {"vierzig", 40},
	{"fünfzig", 50}, {"sechzig", 60}, {"siebzig", 70}, {"achtzig", 80}, {"neunzig", 90},
{"ein", 1 | CD_NUMW_PART}, {"eine", 1 | CD_NUMW_PART}, END};
/* Han numerals, read after an ordinal cue ("第四") */
static const CdCue zh_numw[] = {{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6},
	{"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"十一", 11}, {"十二", 12}, {"十三", 13},
	{"十四", 14}, {"十五", 15}, {"十六", 16}, {"十七", 17}, {"十八", 18}, {"十九", 19},
{"二十", 20}, END};
#define ja_numw zh_numw
#define ko_numw no_cues
#define ru_numw no_cues

/*
 * Scale words (see CD_SCALE_* in langdata.h): "dos mil" 2000, "3 triệu",
 * "mil 520" 1520, "20 de mii" 20000, "dua puluh lima ribu" 25000.
 */
static const CdCue vi_scales[] = {{"mươi", 1}, {"trăm", 2}, {"nghìn", 3}, {"ngàn", 3}, {"triệu", 6},
	{"tỷ", 9}, {"tỉ", 9}, {"tỷ lệ", CD_SCALE_NOT}, {"tỉ lệ", CD_SCALE_NOT}, {"tỷ trọng", CD_SCALE_NOT},
	{"tỉ trọng", CD_SCALE_NOT}, {"tỷ số", CD_SCALE_NOT}, {"tỉ số", CD_SCALE_NOT},
{"linh", CD_SCALE_AND}, {"lẻ", CD_SCALE_AND}, END};
static const CdCue en_scales[] = {{"hundred", 2}, {"thousand", 3}, {"million", 6}, {"millions", 6},
{"billion", 9}, {"billions", 9}, {"and", CD_SCALE_AND}, END};
static const CdCue fr_scales[] = {{"cent", 2}, {"cents", 2}, {"mille", 3}, {"mil", 3}, {"million", 6},
{"millions", 6}, {"milliard", 9}, {"milliards", 9}, {"et", CD_SCALE_AND}, END};
static const CdCue pl_scales[] = {{"tysiąc", 3}, {"tysiące", 3}, {"tysięcy", 3}, {"tys.", 3},
	{"milion", 6}, {"miliony", 6}, {"milionów", 6}, {"mln", 6}, {"miliard", 9}, {"miliardy", 9},
{"miliardów", 9}, {"mld", 9}, END};
static const CdCue ro_scales[] = {{"sută", 2}, {"sute", 2}, {"mie", 3}, {"mii", 3}, {"milion", 6},
	{"milioane", 6}, {"miliard", 9}, {"miliarde", 9}, {"de", CD_SCALE_OF}, {"și", CD_SCALE_AND},
{"şi", CD_SCALE_AND}, END};
static const CdCue hi_scales[] = {{"हज़ार", 3}, {"हजार", 3}, {"लाख", 5}, {"करोड़", 7}, {"करोड", 7}, END};
static const CdCue es_scales[] = {{"mil", 3}, {"millón", 6}, {"millones", 6}, {"y", CD_SCALE_AND}, END};
static const CdCue de_scales[] = {{"hundert", 2}, {"tausend", 3}, {"million", 6}, {"millionen", 6},
{"mio.", 6}, {"milliarde", 9}, {"milliarden", 9}, {"mrd.", 9}, END};
static const CdCue id_scales[] = {{"puluh", 1}, {"belas", CD_SCALE_TEEN}, {"ratus", 2}, {"ribu", 3},
	{"seribu", 3 | CD_SCALE_ONE}, {"juta", 6}, {"sejuta", 6 | CD_SCALE_ONE}, {"miliar", 9},
{"triliun", 12}, END};
static const CdCue ru_scales[] = {{"тысяч*", 3}, {"тыс.", 3}, {"миллион*", 6}, {"млн", 6},
{"миллиард*", 9}, {"млрд", 9}, END};
#define zh_scales NULL
#define ja_scales NULL
#define ko_scales NULL

/* Vietnamese writes months as "tháng 7": no month names */
#define vi_months no_cues

/*
 * The unit labels of law-enforcement quantities: what a `count` fact may be
 * (cases, offenders and suspects, arrests, gangs and criminal groups, dens
 * such as gambling spots).  Other quantities (awards to collectives and
 * individuals, patrol turns, provinces, models, organisations, reports)
 * stay in numbers() but are no count.  Labels are shared by all languages.
 */
const char *const cd_count_units[] = {"case", "suspect", "person", "gang", "group", "den", NULL};

/*
 * The unit labels of amounts seized (drugs by weight, block or pill,
 * firecrackers by weight): a `seizure` fact, not a count.
 */
const char *const cd_seizure_units[] = {"kg", "tonne", "block", "gram", "pill", NULL};

/*
 * Every label a unit word may carry: the count units, the seizure units and
 * units of other things ("63 tỉnh": province), which make a number no count
 * of cases.  The values of a users' unit cue.
 */
const char *const cd_unit_labels[] = {
	"case", "suspect", "person", "gang", "group", "den",
	"kg", "tonne", "block", "gram", "pill",
	"report", "province", "commune", "locality", "unit", "organisation", "agency",
	"establishment", "collective", "individual", "member", "model", "time", "type",
	"task", "duty", "service", "point", "vehicle", "weapon", NULL
};
const int	cd_nunit_labels = (int) (sizeof(cd_unit_labels) / sizeof(cd_unit_labels[0])) - 1;

bool
cd_is_seizure_unit(const char *label)
{
	if (!label)
		return false;
	for (int i = 0; cd_seizure_units[i]; i++)
		if (strcmp(cd_seizure_units[i], label) == 0)
			return true;
	return false;
}

bool
cd_is_count_unit(const char *label)
{
	if (!label)
		return false;
	for (int i = 0; cd_count_units[i]; i++)
		if (strcmp(cd_count_units[i], label) == 0)
			return true;
	return false;
}

/* the languages kept as data files (data/lang/XX.txt, scripts/gen_langs.py) */
#include "lang_files.inc"

const CdLang cd_langs[] = {
	LANG("vi", "Vietnamese", ',', true, false, false, false,
		 "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", NULL, vi),
	LANG("en", "English", '.', false, true, false, false, "", NULL, en),
	LANG("fr", "French", ',', true, false, true, false, "éèêëàâçùûœî", NULL, fr),
	LANG("pl", "Polish", ',', true, false, true, false, "ąęłśźżńć", NULL, pl),
	LANG("ro", "Romanian", ',', true, false, false, false, "șşțţăîâ", NULL, ro),
	LANG("hi", "Hindi", '.', false, true, false, true, "", NULL, hi),
	LANG("es", "Spanish", ',', true, false, false, false, "ñ¿¡", NULL, es),
	LANG("de", "German", ',', true, false, false, false, "äöüß", NULL, de),
	LANG("zh", "Chinese", '.', false, true, false, false, "", "Hani:4", zh),
	LANG("ja", "Japanese", '.', false, true, false, false, "", "Hani:2 Hira:6 Kana:4", ja),
	LANG("ko", "Korean", '.', false, true, false, false, "", "Hang:2", ko),
	LANG("id", "Indonesian", ',', true, false, false, false, "", NULL, id),
	LANG("ru", "Russian", ',', false, false, true, false, "", "Cyrl:1", ru),
	CD_FILE_LANGS,
};
const int	cd_nlangs = sizeof(cd_langs) / sizeof(cd_langs[0]);

const CdLang *
cd_lang_find(const char *code)
{
	for (int i = 0; i < cd_nlangs; i++)
		if (strcmp(cd_langs[i].code, code) == 0)
			return &cd_langs[i];
	return NULL;
}

const char *
cd_lang_codes(void)
{
	static char codes[128];

	if (codes[0] == '\0')
	{
		for (int i = 0; i < cd_nlangs; i++)
		{
			if (i > 0)
				strncat(codes, ", ", sizeof(codes) - strlen(codes) - 1);
			strncat(codes, cd_langs[i].code, sizeof(codes) - strlen(codes) - 1);
		}
	}
	return codes;
}
