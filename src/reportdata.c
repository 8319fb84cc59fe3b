/*
 * reportdata.c
 *		Report-level cue words per language, as data: what marks a solve
 *		rate, a target, a metric, a cluster, its leader and deputy, and the
 *		reporting period, the conference and its place (a place word's value
 *		is 1 when it follows the name, as Hindi's postposition), ranks of
 *		officials and their posts, and particles that end a name.  A clause
 *		word's value is 1 when the clause is a part of what was just counted
 *		("trong đó", "of which", "w tym").  Words that may stand between the
 *		items and groups of a member list (conjunctions, police, city and
 *		province words, articles: RC_LIST) and abbreviations whose dot ends no
 *		sentence (RC_ABBREV) are no marks: a phrase of them gives each of its
 *		words.  Cues are lower-case; '*' ends a prefix match; the same words
 *		may carry two meanings (French "à").
 */
#include "reportdata.h"
#include "langdata.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define END {NULL, 0, 0}

static const CdReportCue vi[] = {
	{"nồng độ cồn", RC_NOT_COUNT, 0}, {"mũ bảo hiểm", RC_NOT_COUNT, 0}, {"cai nghiện", RC_NOT_COUNT, 0},
	{"tử vong", RC_NOT_COUNT, 1},
	{"chết", RC_NOT_COUNT, 1}, {"bị thương", RC_NOT_COUNT, 1}, {"tngt", RC_NOT_COUNT, 1},
	{"tai nạn", RC_NOT_COUNT, 1}, {"giao thông", RC_NOT_COUNT, 0}, {"cháy", RC_NOT_COUNT, 1},
	{"vụ nổ", RC_NOT_COUNT, 1}, {"cháy nổ", RC_NOT_COUNT, 1}, {"nạn nhân", RC_NOT_COUNT, 1},
	{"heroin", RC_GOODS, 0}, {"hêrôin", RC_GOODS, 0}, {"ma túy", RC_GOODS, 0}, {"ma tuý", RC_GOODS, 0},
	{"ma túy tổng hợp", RC_GOODS, 0}, {"cần sa", RC_GOODS, 0}, {"thuốc phiện", RC_GOODS, 0},
	{"thuốc lắc", RC_GOODS, 0}, {"pháo", RC_GOODS, 0}, {"pháo nổ", RC_GOODS, 0},
	{"thuốc nổ", RC_GOODS, 0}, {"vũ khí", RC_GOODS, 0}, {"súng", RC_GOODS, 0},
	{"methamphetamine", RC_GOODS, 0}, {"ketamine", RC_GOODS, 0}, {"cocaine", RC_GOODS, 0},
	{"vượt", RC_EXCESS_BEFORE, 0}, {"vượt mức", RC_EXCESS_BEFORE, 0}, {"cao hơn", RC_EXCESS_BEFORE, 0},
	{"tăng", RC_EXCESS_BEFORE, 0}, {"so với", RC_EXCESS_AFTER, 0}, {"so cùng kỳ", RC_EXCESS_AFTER, 0},
	{"trong đó", RC_CLAUSE, 1}, {"đạt", RC_ACHIEVE, 0},
	{"tỷ lệ", RC_RATE, 0}, {"tỉ lệ", RC_RATE, 0},
	{"điều tra", RC_SOLVE, 0}, {"khám phá", RC_SOLVE, 0}, {"làm rõ", RC_SOLVE, 0},
	{"phá án", RC_SOLVE, 0},
	{"chỉ tiêu", RC_TARGET, 0}, {"phấn đấu", RC_TARGET, 1}, {"mục tiêu", RC_TARGET, 0},
	{"nghiêm trọng", RC_METRIC, M_SERIOUS}, {"trọng án", RC_METRIC, M_SERIOUS},
	{"hình sự", RC_METRIC, M_CRIMINAL}, {"trật tự xã hội", RC_METRIC, M_CRIMINAL},
	{"án chung", RC_METRIC, M_CRIMINAL}, {"ma túy", RC_METRIC, M_DRUG}, {"ma tuý", RC_METRIC, M_DRUG},
	{"kinh tế", RC_METRIC, M_ECONOMIC}, {"tham nhũng", RC_METRIC, M_CORRUPTION},
	{"chuyển hóa", RC_METRIC, M_OTHER}, {"chuyển hoá", RC_METRIC, M_OTHER},
	{"giải quyết", RC_METRIC, M_OTHER}, {"tin báo", RC_METRIC, M_OTHER},
	{"giết người", RC_METRIC, M_OTHER},
	{"cụm thi đua", RC_CLUSTER, 0}, {"cụm", RC_CLUSTER, 0},
	{"cụm trưởng", RC_LEADER, 0}, {"trưởng cụm", RC_LEADER, 0},
	{"cụm phó", RC_DEPUTY, 0}, {"phó cụm", RC_DEPUTY, 0},
	{"là", RC_LINK, 0}, {"cho", RC_LINK, 0},
	{"6 tháng đầu năm", RC_PERIOD, P_H1}, {"sáu tháng đầu năm", RC_PERIOD, P_H1},
	{"sơ kết", RC_PERIOD, P_H1 | P_WEAK}, {"9 tháng", RC_PERIOD, P_9M}, {"chín tháng", RC_PERIOD, P_9M},
	{"quý i", RC_PERIOD, P_Q1}, {"quý ii", RC_PERIOD, P_Q2}, {"quý iii", RC_PERIOD, P_Q3},
	{"quý iv", RC_PERIOD, P_Q4}, {"tổng kết", RC_PERIOD, P_YEAR},
	{"hội nghị", RC_EVENT, 0}, {"tại", RC_LOCATION, 0},
	{"toàn cụm", RC_WHOLE, 0}, {"cả cụm", RC_WHOLE, 0}, {"các đơn vị trong cụm", RC_WHOLE, 0},
	{"đại tướng", RC_RANK, 0}, {"thượng tướng", RC_RANK, 0}, {"trung tướng", RC_RANK, 0},
	{"thiếu tướng", RC_RANK, 0}, {"đại tá", RC_RANK, 0}, {"thượng tá", RC_RANK, 0},
	{"trung tá", RC_RANK, 0}, {"thiếu tá", RC_RANK, 0}, {"đồng chí", RC_RANK, 0},
	{"giám đốc", RC_POST, 0}, {"phó giám đốc", RC_POST, 0}, {"thứ trưởng", RC_POST, 0},
	{"bộ trưởng", RC_POST, 0}, {"trưởng phòng", RC_POST, 0},
	/* between the items and groups of a member list; abbreviations */
	{"và", RC_LIST, 0}, {"cùng với", RC_LIST, 0}, {"công an", RC_LIST, 0}, {"ca", RC_LIST, 0},
	{"các", RC_LIST, 0}, {"tỉnh", RC_LIST, 0}, {"thành phố", RC_LIST, 0}, {"tp", RC_LIST, 0},
	{"thủ đô", RC_LIST, 0}, {"trực thuộc trung ương", RC_LIST, 0}, {"đơn vị", RC_LIST, 0},
	{"tp", RC_ABBREV, 0}, {"tx", RC_ABBREV, 0},
	/* a verb of striving governs what follows (value 1); done; countries; partners (value 2) */
	{"nhiệm vụ trọng tâm", RC_TARGET, 1}, {"nâng tỷ lệ", RC_TARGET, 1}, {"nâng tỉ lệ", RC_TARGET, 1},
	{"đã", RC_DONE, 0},
	{"việt nam", RC_COUNTRY, 0}, {"nhật bản", RC_COUNTRY, 1}, {"hàn quốc", RC_COUNTRY, 1},
	{"hoa kỳ", RC_COUNTRY, 1}, {"thái lan", RC_COUNTRY, 1}, {"singapore", RC_COUNTRY, 1},
	{"phối hợp với", RC_COUNTRY, 2},
	{"kế hoạch năm", RC_NOT_YEAR, 0}, {"phương hướng", RC_NOT_YEAR, 0}, {"nhiệm vụ năm", RC_NOT_YEAR, 0},
	{"nhiệm vụ công tác năm", RC_NOT_YEAR, 0}, {"cùng kỳ năm", RC_NOT_YEAR, 0}, {"so với năm", RC_NOT_YEAR, 0},
	{"cùng kỳ", RC_NOT_YEAR, 0},
	{"tiếp nhận", RC_HANDLE, 0}, {"xử lý", RC_HANDLE, 0}, {"giải quyết", RC_HANDLE, 0},
	{"phân loại", RC_HANDLE, 0},
	END
};

static const CdReportCue en[] = {
	{"helmet*", RC_NOT_COUNT, 0}, {"speeding", RC_NOT_COUNT, 0}, {"rehab*", RC_NOT_COUNT, 0},
	{"fire", RC_NOT_COUNT, 1}, {"fires", RC_NOT_COUNT, 1}, {"explosion*", RC_NOT_COUNT, 1}, {"victim*", RC_NOT_COUNT, 1},
	{"heroin", RC_GOODS, 0}, {"drug*", RC_GOODS, 0}, {"synthetic drugs", RC_GOODS, 0},
	{"methamphetamine", RC_GOODS, 0}, {"meth", RC_GOODS, 0}, {"cannabis", RC_GOODS, 0},
	{"marijuana", RC_GOODS, 0}, {"opium", RC_GOODS, 0}, {"cocaine", RC_GOODS, 0},
	{"ketamine", RC_GOODS, 0}, {"firecracker*", RC_GOODS, 0}, {"firework*", RC_GOODS, 0},
	{"explosive*", RC_GOODS, 0}, {"weapon*", RC_GOODS, 0},
	{"died", RC_NOT_COUNT, 0}, {"dead", RC_NOT_COUNT, 0}, {"killed", RC_NOT_COUNT, 1},
	{"injured", RC_NOT_COUNT, 0}, {"traffic", RC_NOT_COUNT, 0}, {"accident*", RC_NOT_COUNT, 0},
	{"exceeding", RC_EXCESS_BEFORE, 0}, {"exceeded", RC_EXCESS_BEFORE, 0}, {"exceeds", RC_EXCESS_BEFORE, 0},
	{"surpassing", RC_EXCESS_BEFORE, 0}, {"higher by", RC_EXCESS_BEFORE, 0}, {"up by", RC_EXCESS_BEFORE, 0},
	{"higher", RC_EXCESS_AFTER, 0}, {"lower", RC_EXCESS_AFTER, 0}, {"more than the", RC_EXCESS_AFTER, 0},
	{"above the", RC_EXCESS_AFTER, 0}, {"compared", RC_EXCESS_AFTER, 0}, {"over the same", RC_EXCESS_AFTER, 0},
	{"while", RC_CLAUSE, 0}, {"whereas", RC_CLAUSE, 0}, {"including", RC_CLAUSE, 1}, {"of which", RC_CLAUSE, 1},
	{"reaching", RC_ACHIEVE, 0}, {"reached", RC_ACHIEVE, 0}, {"achieving", RC_ACHIEVE, 0},
	{"rate", RC_RATE, 0}, {"rates", RC_RATE, 0},
	{"investigat*", RC_SOLVE, 0}, {"solved", RC_SOLVE, 0}, {"solve", RC_SOLVE, 0}, {"solving", RC_SOLVE, 0},
	{"discover*", RC_SOLVE, 0}, {"clarified", RC_SOLVE, 0}, {"handled", RC_SOLVE, 0},
	{"clearance", RC_SOLVE, 0}, {"cleared", RC_SOLVE, 0},
	{"target", RC_TARGET, 0}, {"targets", RC_TARGET, 0}, {"strive", RC_TARGET, 1},
	{"serious", RC_METRIC, M_SERIOUS}, {"criminal", RC_METRIC, M_CRIMINAL},
	{"crime", RC_METRIC, M_CRIMINAL}, {"drug*", RC_METRIC, M_DRUG},
	{"economic*", RC_METRIC, M_ECONOMIC}, {"corruption", RC_METRIC, M_CORRUPTION},
	{"transformation", RC_METRIC, M_OTHER}, {"denunciation*", RC_METRIC, M_OTHER},
	{"murder*", RC_METRIC, M_OTHER}, {"theft*", RC_METRIC, M_OTHER}, {"snatch*", RC_METRIC, M_OTHER},
	{"robber*", RC_METRIC, M_OTHER}, {"burglar*", RC_METRIC, M_OTHER}, {"fraud*", RC_METRIC, M_OTHER},
	{"emulation cluster", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"emulation group", RC_CLUSTER, 0}, {"emulation grouping", RC_CLUSTER, 0},
	{"review", RC_PERIOD, P_YEAR}, {"reviewing", RC_PERIOD, P_YEAR}, {"summarize", RC_PERIOD, P_YEAR},
	{"cluster leader", RC_LEADER, 0}, {"head of the cluster", RC_LEADER, 0},
	{"leader of the cluster", RC_LEADER, 0}, {"cluster head", RC_LEADER, 0},
	{"leading unit", RC_LEADER, 0}, {"lead unit", RC_LEADER, 0}, {"chairing unit", RC_LEADER, 0},
	{"deputy leader", RC_DEPUTY, 0}, {"deputy cluster leader", RC_DEPUTY, 0},
	{"deputy head", RC_DEPUTY, 0}, {"vice leader", RC_DEPUTY, 0},
	{"to", RC_LINK, 0}, {"is", RC_LINK, 0}, {"was", RC_LINK, 0},
	{"first 6 months", RC_PERIOD, P_H1}, {"first six months", RC_PERIOD, P_H1},
	{"first half", RC_PERIOD, P_H1}, {"9 months", RC_PERIOD, P_9M},
	{"nine months", RC_PERIOD, P_9M}, {"first quarter", RC_PERIOD, P_Q1},
	{"conference", RC_EVENT, 0}, {"meeting", RC_EVENT, 0}, {"in", RC_LOCATION, 0},
	{"at", RC_LOCATION, 0}, {"whole cluster", RC_WHOLE, 0}, {"entire cluster", RC_WHOLE, 0},
	{"general", RC_RANK, 0}, {"lieutenant general", RC_RANK, 0}, {"major general", RC_RANK, 0},
	{"senior lieutenant general", RC_RANK, 0}, {"colonel", RC_RANK, 0},
	{"senior colonel", RC_RANK, 0}, {"lieutenant colonel", RC_RANK, 0}, {"major", RC_RANK, 0},
	{"comrade", RC_RANK, 0}, {"director", RC_POST, 0}, {"deputy director", RC_POST, 0},
	{"deputy minister", RC_POST, 0}, {"minister", RC_POST, 0},
	{"and", RC_LIST, 0}, {"together with", RC_LIST, 0}, {"along with", RC_LIST, 0},
	{"the", RC_LIST, 0}, {"of", RC_LIST, 0}, {"those", RC_LIST, 0}, {"police", RC_LIST, 0},
	{"public security", RC_LIST, 0}, {"department*", RC_LIST, 0}, {"force*", RC_LIST, 0},
	{"city", RC_LIST, 0}, {"cities", RC_LIST, 0}, {"province*", RC_LIST, 0}, {"provincial", RC_LIST, 0},
	{"municipal*", RC_LIST, 0}, {"centrally run", RC_LIST, 0}, {"unit*", RC_LIST, 0},
	{"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"strives", RC_TARGET, 1}, {"striving", RC_TARGET, 1}, {"aim to", RC_TARGET, 1},
	{"aims to", RC_TARGET, 1}, {"aiming to", RC_TARGET, 1}, {"plans to", RC_TARGET, 1},
	{"set the goal", RC_TARGET, 1}, {"set a target", RC_TARGET, 1}, {"goal", RC_TARGET, 0},
	{"has", RC_DONE, 0}, {"have", RC_DONE, 0}, {"had", RC_DONE, 0},
	{"vietnam", RC_COUNTRY, 0}, {"viet nam", RC_COUNTRY, 0}, {"japan", RC_COUNTRY, 1},
	{"china", RC_COUNTRY, 1}, {"south korea", RC_COUNTRY, 1}, {"korea", RC_COUNTRY, 1},
	{"thailand", RC_COUNTRY, 1}, {"the united states", RC_COUNTRY, 1}, {"the us", RC_COUNTRY, 1},
	{"singapore", RC_COUNTRY, 1}, {"in cooperation with", RC_COUNTRY, 2},
	{"in coordination with", RC_COUNTRY, 2},
	{"plans for", RC_NOT_YEAR, 0}, {"plan for", RC_NOT_YEAR, 0}, {"tasks for", RC_NOT_YEAR, 0},
	{"directions for", RC_NOT_YEAR, 0}, {"same period", RC_NOT_YEAR, 0}, {"same period of", RC_NOT_YEAR, 0},
	{"same period in", RC_NOT_YEAR, 0}, {"compared to", RC_NOT_YEAR, 0}, {"compared with", RC_NOT_YEAR, 0},
	{"received", RC_HANDLE, 0}, {"processed", RC_HANDLE, 0},
	END
};

static const CdReportCue fr[] = {
	{"alcoolémie", RC_NOT_COUNT, 0}, {"casque*", RC_NOT_COUNT, 0}, {"désintoxication", RC_NOT_COUNT, 0},
	{"incendie*", RC_NOT_COUNT, 1}, {"explosion*", RC_NOT_COUNT, 1}, {"victime*", RC_NOT_COUNT, 1},
	{"circulation", RC_NOT_COUNT, 0}, {"routier*", RC_NOT_COUNT, 0}, {"routière*", RC_NOT_COUNT, 0},
	{"héroïne", RC_GOODS, 0}, {"drogue*", RC_GOODS, 0}, {"drogues synthétiques", RC_GOODS, 0},
	{"méthamphétamine", RC_GOODS, 0}, {"marijuana", RC_GOODS, 0}, {"cannabis", RC_GOODS, 0},
	{"opium", RC_GOODS, 0}, {"cocaïne", RC_GOODS, 0}, {"pétard*", RC_GOODS, 0},
	{"explosif*", RC_GOODS, 0}, {"arme*", RC_GOODS, 0},
	{"morts", RC_NOT_COUNT, 0}, {"tués", RC_NOT_COUNT, 0}, {"blessés", RC_NOT_COUNT, 0},
	{"accident*", RC_NOT_COUNT, 0},
	{"dépassant de", RC_EXCESS_BEFORE, 0}, {"dépassant", RC_EXCESS_BEFORE, 0}, {"dépasse de", RC_EXCESS_BEFORE, 0},
	{"en hausse de", RC_EXCESS_BEFORE, 0}, {"de plus", RC_EXCESS_AFTER, 0}, {"par rapport", RC_EXCESS_AFTER, 0},
	{"dont", RC_CLAUSE, 1}, {"tandis que", RC_CLAUSE, 0}, {"atteignant", RC_ACHIEVE, 0},
	{"taux", RC_RATE, 0},
	{"enquêt*", RC_SOLVE, 0}, {"découv*", RC_SOLVE, 0}, {"ordre social", RC_METRIC, M_CRIMINAL}, {"résolution", RC_SOLVE, 0}, {"élucid*", RC_SOLVE, 0}, {"résolu*", RC_SOLVE, 0},
	{"objectif", RC_TARGET, 0}, {"objectifs", RC_TARGET, 0},
	{"grave*", RC_METRIC, M_SERIOUS}, {"pénal*", RC_METRIC, M_CRIMINAL},
	{"criminel*", RC_METRIC, M_CRIMINAL}, {"drogue*", RC_METRIC, M_DRUG},
	{"économique*", RC_METRIC, M_ECONOMIC}, {"corruption", RC_METRIC, M_CORRUPTION},
	{"transformation", RC_METRIC, M_OTHER},
	{"groupe d'émulation", RC_CLUSTER, 0}, {"groupe d’émulation", RC_CLUSTER, 0},
	{"groupe", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"chef du groupe", RC_LEADER, 0}, {"chef de groupe", RC_LEADER, 0},
	{"chef de file", RC_LEADER, 0}, {"unité pilote", RC_LEADER, 0},
	{"présidence du groupe", RC_LEADER, 0}, {"présidence", RC_LEADER, 0},
	{"chef adjoint", RC_DEPUTY, 0}, {"chef adjoint du groupe", RC_DEPUTY, 0},
	{"à", RC_LINK, 0}, {"bilan", RC_PERIOD, P_YEAR}, {"résumer", RC_PERIOD, P_YEAR},
	{"premiers mois", RC_PERIOD, P_H1}, {"premier semestre", RC_PERIOD, P_H1},
	{"6 premiers mois", RC_PERIOD, P_H1}, {"9 premiers mois", RC_PERIOD, P_9M},
	{"conférence", RC_EVENT, 0}, {"réunion", RC_EVENT, 0}, {"à", RC_LOCATION, 0},
	{"tout le groupe", RC_WHOLE, 0}, {"ensemble du groupe", RC_WHOLE, 0},
	{"général", RC_RANK, 0}, {"général de division", RC_RANK, 0},
	{"général de brigade", RC_RANK, 0}, {"général de corps d'armée", RC_RANK, 0},
	{"colonel", RC_RANK, 0}, {"lieutenant-colonel", RC_RANK, 0}, {"camarade", RC_RANK, 0},
	{"directeur", RC_POST, 0}, {"directeur adjoint", RC_POST, 0}, {"vice-ministre", RC_POST, 0},
	{"et", RC_LIST, 0}, {"ainsi que", RC_LIST, 0}, {"avec", RC_LIST, 0}, {"la", RC_LIST, 0},
	{"le", RC_LIST, 0}, {"les", RC_LIST, 0}, {"l", RC_LIST, 0}, {"de", RC_LIST, 0},
	{"des", RC_LIST, 0}, {"du", RC_LIST, 0}, {"d", RC_LIST, 0}, {"celle", RC_LIST, 0},
	{"celles", RC_LIST, 0}, {"celui", RC_LIST, 0}, {"ceux", RC_LIST, 0}, {"police*", RC_LIST, 0},
	{"sécurité publique", RC_LIST, 0}, {"ville", RC_LIST, 0}, {"villes", RC_LIST, 0},
	{"province*", RC_LIST, 0}, {"provincia*", RC_LIST, 0}, {"municipal*", RC_LIST, 0},
	{"unité*", RC_LIST, 0},
	{"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"s'efforcer", RC_TARGET, 1}, {"s’efforcer", RC_TARGET, 1}, {"vise à", RC_TARGET, 1},
	{"viser à", RC_TARGET, 1}, {"visant à", RC_TARGET, 1}, {"ont", RC_DONE, 0},
	{"vietnam", RC_COUNTRY, 0}, {"viêt nam", RC_COUNTRY, 0}, {"japon", RC_COUNTRY, 1},
	{"chine", RC_COUNTRY, 1}, {"corée", RC_COUNTRY, 1}, {"thaïlande", RC_COUNTRY, 1},
	{"france", RC_COUNTRY, 1}, {"états-unis", RC_COUNTRY, 1}, {"en coopération avec", RC_COUNTRY, 2},
	{"même période", RC_NOT_YEAR, 0}, {"même période en", RC_NOT_YEAR, 0}, {"plans pour", RC_NOT_YEAR, 0},
	{"orientations pour", RC_NOT_YEAR, 0}, {"tâches pour", RC_NOT_YEAR, 0},
	{"six premiers mois", RC_PERIOD, P_H1}, {"neuf premiers mois", RC_PERIOD, P_9M},
	{"dénonciation*", RC_METRIC, M_OTHER}, {"signalement*", RC_METRIC, M_OTHER},
	{"traité*", RC_HANDLE, 0}, {"reçu*", RC_HANDLE, 0},
	END
};

static const CdReportCue pl[] = {
	{"pożar*", RC_NOT_COUNT, 1}, {"wybuch*", RC_NOT_COUNT, 1}, {"ofiar*", RC_NOT_COUNT, 1},
	{"drogow*", RC_NOT_COUNT, 0},
	{"heroin*", RC_GOODS, 0}, {"narkotyk*", RC_GOODS, 0}, {"metamfetamin*", RC_GOODS, 0},
	{"marihuan*", RC_GOODS, 0}, {"opium", RC_GOODS, 0}, {"kokain*", RC_GOODS, 0},
	{"fajerwerk*", RC_GOODS, 0}, {"materiałów wybuchowych", RC_GOODS, 0}, {"broni", RC_GOODS, 0},
	{"zabitych", RC_NOT_COUNT, 0}, {"rannych", RC_NOT_COUNT, 0}, {"wypadk*", RC_NOT_COUNT, 0},
	{"przekraczając o", RC_EXCESS_BEFORE, 0}, {"przekraczając", RC_EXCESS_BEFORE, 0},
	{"więcej niż", RC_EXCESS_AFTER, 0}, {"w porównaniu", RC_EXCESS_AFTER, 0}, {"wyżej niż", RC_EXCESS_AFTER, 0},
	{"w tym", RC_CLAUSE, 1}, {"podczas gdy", RC_CLAUSE, 0}, {"osiągając", RC_ACHIEVE, 0},
	{"wskaźnik", RC_RATE, 0}, {"wskaźnika", RC_RATE, 0},
	{"śledztw*", RC_SOLVE, 0}, {"wykry*", RC_SOLVE, 0}, {"wyjaśni*", RC_SOLVE, 0},
	{"cel", RC_TARGET, 0}, {"celu", RC_TARGET, 0},
	{"poważn*", RC_METRIC, M_SERIOUS}, {"karn*", RC_METRIC, M_CRIMINAL},
	{"przestęp*", RC_METRIC, M_CRIMINAL}, {"narkoty*", RC_METRIC, M_DRUG},
	{"gospodarcz*", RC_METRIC, M_ECONOMIC}, {"korupc*", RC_METRIC, M_CORRUPTION},
	{"transformacj*", RC_METRIC, M_OTHER},
	{"klaster*", RC_CLUSTER, 0}, {"przegląd*", RC_PERIOD, P_YEAR}, {"podsumow*", RC_PERIOD, P_YEAR}, {"grupa emulacyjna", RC_CLUSTER, 0},
	{"lider klastra", RC_LEADER, 0}, {"liderem klastra", RC_LEADER, 0},
	{"jednostka wiodąca", RC_LEADER, 0},
	{"zastępca lidera", RC_DEPUTY, 0}, {"zastępcą lidera", RC_DEPUTY, 0},
	{"pierwsze 6 miesięcy", RC_PERIOD, P_H1}, {"pierwszych 6 miesięcy", RC_PERIOD, P_H1},
	{"pierwszym półroczu", RC_PERIOD, P_H1}, {"9 miesięcy", RC_PERIOD, P_9M},
	{"konferencj*", RC_EVENT, 0}, {"w", RC_LOCATION, 0}, {"cały klaster", RC_WHOLE, 0},
	{"całym klastrze", RC_WHOLE, 0}, {"generał*", RC_RANK, 0}, {"generał dywizji", RC_RANK, 0},
	{"generał brygady", RC_RANK, 0}, {"pułkownik*", RC_RANK, 0}, {"podpułkownik*", RC_RANK, 0},
	{"towarzysz*", RC_RANK, 0}, {"dyrektor*", RC_POST, 0}, {"wiceminister*", RC_POST, 0},
	{"i", RC_LIST, 0}, {"oraz", RC_LIST, 0}, {"a także", RC_LIST, 0}, {"wraz z", RC_LIST, 0},
	{"policj*", RC_LIST, 0}, {"komend*", RC_LIST, 0}, {"miast*", RC_LIST, 0},
	{"prowincj*", RC_LIST, 0}, {"jednostk*", RC_LIST, 0}, {"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"dążyć", RC_TARGET, 1}, {"dąży", RC_TARGET, 1}, {"wietnam*", RC_COUNTRY, 0},
	{"japoni*", RC_COUNTRY, 1}, {"chin*", RC_COUNTRY, 1}, {"polsce", RC_COUNTRY, 1},
	{"polska", RC_COUNTRY, 1}, {"we współpracy z", RC_COUNTRY, 2},
	{"analogicznym okresie", RC_NOT_YEAR, 0}, {"tym samym okresie", RC_NOT_YEAR, 0},
	{"plany na", RC_NOT_YEAR, 0}, {"pierwszych sześciu miesięcy", RC_PERIOD, P_H1},
	{"pierwszych sześciu miesiącach", RC_PERIOD, P_H1}, {"pierwszych 6 miesiącach", RC_PERIOD, P_H1},
	{"pierwszych dziewięciu miesiącach", RC_PERIOD, P_9M}, {"pierwszych 9 miesiącach", RC_PERIOD, P_9M},
	{"pierwszym kwartale", RC_PERIOD, P_Q1},
	END
};

static const CdReportCue ro[] = {
	{"incendi*", RC_NOT_COUNT, 1}, {"explozi*", RC_NOT_COUNT, 1}, {"victime", RC_NOT_COUNT, 1},
	{"rutier*", RC_NOT_COUNT, 0},
	{"heroin*", RC_GOODS, 0}, {"drog*", RC_GOODS, 0}, {"metamfetamin*", RC_GOODS, 0},
	{"marijuana", RC_GOODS, 0}, {"opiu", RC_GOODS, 0}, {"cocain*", RC_GOODS, 0},
	{"petard*", RC_GOODS, 0}, {"exploziv*", RC_GOODS, 0}, {"arme", RC_GOODS, 0},
	{"morți", RC_NOT_COUNT, 0}, {"răniți", RC_NOT_COUNT, 0}, {"accident*", RC_NOT_COUNT, 0},
	{"depășind cu", RC_EXCESS_BEFORE, 0}, {"depăşind cu", RC_EXCESS_BEFORE, 0}, {"depășind", RC_EXCESS_BEFORE, 0},
	{"mai mult decât", RC_EXCESS_AFTER, 0}, {"față de", RC_EXCESS_AFTER, 0}, {"faţă de", RC_EXCESS_AFTER, 0},
	{"comparativ", RC_EXCESS_AFTER, 0}, {"dintre care", RC_CLAUSE, 1}, {"în timp ce", RC_CLAUSE, 0},
	{"atingând", RC_ACHIEVE, 0},
	{"rata", RC_RATE, 0}, {"rată", RC_RATE, 0}, {"rata de", RC_RATE, 0},
	{"soluționa*", RC_SOLVE, 0}, {"soluţiona*", RC_SOLVE, 0}, {"investiga*", RC_SOLVE, 0},
	{"descoperi*", RC_SOLVE, 0},
	{"ținta", RC_TARGET, 0}, {"ţinta", RC_TARGET, 0}, {"obiectiv*", RC_TARGET, 0},
	{"grave", RC_METRIC, M_SERIOUS}, {"penal*", RC_METRIC, M_CRIMINAL},
	{"infracțiun*", RC_METRIC, M_CRIMINAL}, {"droguri", RC_METRIC, M_DRUG},
	{"economic*", RC_METRIC, M_ECONOMIC}, {"corupți*", RC_METRIC, M_CORRUPTION},
	{"grupul de emulație", RC_CLUSTER, 0}, {"clusterul de emulație", RC_CLUSTER, 0},
	{"clusterul", RC_CLUSTER, 0}, {"grupul", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"sintetiza", RC_PERIOD, P_YEAR}, {"bilanț*", RC_PERIOD, P_YEAR},
	{"lider al clusterului", RC_LEADER, 0}, {"liderul clusterului", RC_LEADER, 0},
	{"unitate lider", RC_LEADER, 0}, {"unitatea lider", RC_LEADER, 0},
	{"lider adjunct", RC_DEPUTY, 0}, {"liderul adjunct", RC_DEPUTY, 0},
	{"primele 6 luni", RC_PERIOD, P_H1}, {"primele șase luni", RC_PERIOD, P_H1},
	{"primele 9 luni", RC_PERIOD, P_9M},
	{"conferinț*", RC_EVENT, 0}, {"conferinţ*", RC_EVENT, 0}, {"în", RC_LOCATION, 0},
	{"la", RC_LOCATION, 0}, {"întregul cluster", RC_WHOLE, 0}, {"întregului cluster", RC_WHOLE, 0},
	{"general", RC_RANK, 0}, {"general-maior", RC_RANK, 0}, {"general locotenent", RC_RANK, 0},
	{"general-locotenent", RC_RANK, 0}, {"colonel*", RC_RANK, 0},
	{"locotenent-colonel", RC_RANK, 0}, {"tovarăș*", RC_RANK, 0}, {"director*", RC_POST, 0},
	{"ministru adjunct", RC_POST, 0}, {"adjunct", RC_POST, 0},
	{"și", RC_LIST, 0}, {"şi", RC_LIST, 0}, {"precum", RC_LIST, 0}, {"împreună cu", RC_LIST, 0},
	{"a", RC_LIST, 0}, {"al", RC_LIST, 0}, {"ale", RC_LIST, 0}, {"ai", RC_LIST, 0},
	{"de", RC_LIST, 0}, {"din", RC_LIST, 0}, {"poliți*", RC_LIST, 0}, {"poliţi*", RC_LIST, 0},
	{"inspectorat*", RC_LIST, 0}, {"oraș*", RC_LIST, 0}, {"oraş*", RC_LIST, 0},
	{"municipi*", RC_LIST, 0}, {"provinci*", RC_LIST, 0}, {"unitat*", RC_LIST, 0},
	{"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"își propune", RC_TARGET, 1}, {"vizează", RC_TARGET, 1}, {"vietnam", RC_COUNTRY, 0},
	{"japonia", RC_COUNTRY, 1}, {"china", RC_COUNTRY, 1}, {"români*", RC_COUNTRY, 1},
	{"aceeași perioadă", RC_NOT_YEAR, 0}, {"aceeaşi perioadă", RC_NOT_YEAR, 0},
	{"planuri pentru", RC_NOT_YEAR, 0},
	END
};

static const CdReportCue hi[] = {
	{"मृत", RC_NOT_COUNT, 0}, {"घायल", RC_NOT_COUNT, 0}, {"दुर्घटना*", RC_NOT_COUNT, 1},
	{"पीड़ित", RC_NOT_COUNT, 1},
	{"हेरोइन", RC_GOODS, 0}, {"ड्रग्स", RC_GOODS, 0}, {"मादक पदार्थ", RC_GOODS, 0},
	{"गांजा", RC_GOODS, 0}, {"अफीम", RC_GOODS, 0}, {"हथियार", RC_GOODS, 0}, {"पटाखे", RC_GOODS, 0},
	{"दर", RC_RATE, 0},
	{"जिनमें से", RC_CLAUSE, 1}, {"जिनमें", RC_CLAUSE, 1}, {"जबकि", RC_CLAUSE, 0},
	{"जांच", RC_SOLVE, 0}, {"समाधान", RC_SOLVE, 0}, {"हल", RC_SOLVE, 0}, {"सुलझा*", RC_SOLVE, 0},
	{"लक्ष्य", RC_TARGET, 0},
	{"गंभीर", RC_METRIC, M_SERIOUS}, {"आपराधिक", RC_METRIC, M_CRIMINAL},
	{"मादक", RC_METRIC, M_DRUG}, {"ड्रग", RC_METRIC, M_DRUG}, {"आर्थिक", RC_METRIC, M_ECONOMIC},
	{"भ्रष्टाचार", RC_METRIC, M_CORRUPTION},
	{"अनुकरण क्लस्टर", RC_CLUSTER, 0}, {"इम्यूलेशन क्लस्टर", RC_CLUSTER, 0},
	{"क्लस्टर", RC_CLUSTER, 0}, {"समीक्षा", RC_PERIOD, P_YEAR},
	{"क्लस्टर लीडर", RC_LEADER, 0}, {"क्लस्टर प्रमुख", RC_LEADER, 0},
	{"उप नेता", RC_DEPUTY, 0}, {"उप प्रमुख", RC_DEPUTY, 0},
	{"पहले 6 महीनों", RC_PERIOD, P_H1}, {"पहले छह महीनों", RC_PERIOD, P_H1},
	{"पहले 9 महीनों", RC_PERIOD, P_9M},
	{"सम्मेलन", RC_EVENT, 0}, {"बैठक", RC_EVENT, 0}, {"में", RC_LOCATION, 1},
	{"पूरे क्लस्टर", RC_WHOLE, 0}, {"जनरल", RC_RANK, 0}, {"मेजर जनरल", RC_RANK, 0},
	{"लेफ्टिनेंट जनरल", RC_RANK, 0}, {"सीनियर लेफ्टिनेंट जनरल", RC_RANK, 0},
	{"कर्नल", RC_RANK, 0}, {"सीनियर कर्नल", RC_RANK, 0}, {"लेफ्टिनेंट कर्नल", RC_RANK, 0},
	{"कॉमरेड", RC_RANK, 0}, {"निदेशक", RC_POST, 0}, {"उप निदेशक", RC_POST, 0},
	{"उप मंत्री", RC_POST, 0}, {"ने", RC_STOP, 0}, {"को", RC_STOP, 0}, {"का", RC_STOP, 0},
	{"की", RC_STOP, 0}, {"के", RC_STOP, 0}, {"से", RC_STOP, 0}, {"और", RC_STOP, 0},
	{"द्वारा", RC_STOP, 0}, {"जी", RC_STOP, 0}, {"है", RC_STOP, 0}, {"प्रांत", RC_POST, 0}, {"प्रांतीय", RC_POST, 0}, {"पुलिस", RC_POST, 0},
	{"और", RC_LIST, 0}, {"तथा", RC_LIST, 0}, {"एवं", RC_LIST, 0}, {"के साथ", RC_LIST, 0},
	{"की", RC_LIST, 0}, {"का", RC_LIST, 0}, {"पुलिस", RC_LIST, 0}, {"प्रांत*", RC_LIST, 0},
	{"शहर*", RC_LIST, 0}, {"नगर*", RC_LIST, 0}, {"इकाई", RC_LIST, 0},
	END
};

static const CdReportCue es[] = {
	{"alcohol", RC_NOT_COUNT, 0}, {"velocidad", RC_NOT_COUNT, 0}, {"casco*", RC_NOT_COUNT, 0},
	{"desintoxicaci*", RC_NOT_COUNT, 0},
	{"tráfico", RC_NOT_COUNT, 0}, {"trafico", RC_NOT_COUNT, 0}, {"incendio*", RC_NOT_COUNT, 1},
	{"explosi*", RC_NOT_COUNT, 1}, {"víctima*", RC_NOT_COUNT, 1}, {"victima*", RC_NOT_COUNT, 1},
	{"heroína", RC_GOODS, 0}, {"heroina", RC_GOODS, 0}, {"droga*", RC_GOODS, 0},
	{"metanfetamina", RC_GOODS, 0}, {"marihuana", RC_GOODS, 0}, {"opio", RC_GOODS, 0},
	{"cocaína", RC_GOODS, 0}, {"petardo*", RC_GOODS, 0}, {"explosivo*", RC_GOODS, 0},
	{"arma*", RC_GOODS, 0},
	{"muertos", RC_NOT_COUNT, 0}, {"heridos", RC_NOT_COUNT, 0}, {"accidente*", RC_NOT_COUNT, 0},
	{"superando en", RC_EXCESS_BEFORE, 0}, {"superando", RC_EXCESS_BEFORE, 0}, {"más que", RC_EXCESS_AFTER, 0},
	{"respecto", RC_EXCESS_AFTER, 0}, {"en comparación", RC_EXCESS_AFTER, 0}, {"de los cuales", RC_CLAUSE, 1},
	{"mientras", RC_CLAUSE, 0}, {"alcanzando", RC_ACHIEVE, 0},
	{"tasa", RC_RATE, 0}, {"esclarec*", RC_SOLVE, 0}, {"investiga*", RC_SOLVE, 0},
	{"resuel*", RC_SOLVE, 0}, {"objetivo", RC_TARGET, 0}, {"meta", RC_TARGET, 0},
	{"grave*", RC_METRIC, M_SERIOUS}, {"penal*", RC_METRIC, M_CRIMINAL},
	{"droga*", RC_METRIC, M_DRUG}, {"económic*", RC_METRIC, M_ECONOMIC},
	{"corrupción", RC_METRIC, M_CORRUPTION}, {"grupo de emulación", RC_CLUSTER, 0},
	{"clúster", RC_CLUSTER, 0}, {"líder del grupo", RC_LEADER, 0},
	{"unidad líder", RC_LEADER, 0},
	{"líder adjunto", RC_DEPUTY, 0}, {"primeros 6 meses", RC_PERIOD, P_H1},
	{"primer semestre", RC_PERIOD, P_H1}, {"9 meses", RC_PERIOD, P_9M},
	{"conferencia", RC_EVENT, 0}, {"en", RC_LOCATION, 0}, {"todo el grupo", RC_WHOLE, 0},
	{"general", RC_RANK, 0}, {"general de división", RC_RANK, 0}, {"coronel", RC_RANK, 0},
	{"teniente coronel", RC_RANK, 0}, {"director", RC_POST, 0},
	{"y", RC_LIST, 0}, {"e", RC_LIST, 0}, {"junto con", RC_LIST, 0}, {"la", RC_LIST, 0},
	{"las", RC_LIST, 0}, {"el", RC_LIST, 0}, {"los", RC_LIST, 0}, {"de", RC_LIST, 0},
	{"del", RC_LIST, 0}, {"policía*", RC_LIST, 0}, {"seguridad pública", RC_LIST, 0},
	{"departamento*", RC_LIST, 0}, {"ciudad", RC_LIST, 0}, {"ciudades", RC_LIST, 0},
	{"provincia*", RC_LIST, 0}, {"municipal*", RC_LIST, 0}, {"unidad*", RC_LIST, 0},
	{"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"esforzarse", RC_TARGET, 1}, {"se esfuerza", RC_TARGET, 1}, {"se propone", RC_TARGET, 1},
	{"aspira a", RC_TARGET, 1}, {"ha", RC_DONE, 0}, {"han", RC_DONE, 0},
	{"vietnam", RC_COUNTRY, 0}, {"japón", RC_COUNTRY, 1}, {"china", RC_COUNTRY, 1},
	{"españa", RC_COUNTRY, 1}, {"méxico", RC_COUNTRY, 1}, {"en cooperación con", RC_COUNTRY, 2},
	{"superior a", RC_EXCESS_AFTER, 0}, {"superior al", RC_EXCESS_AFTER, 0},
	{"por encima de", RC_EXCESS_AFTER, 0},
	{"mismo período", RC_NOT_YEAR, 0}, {"mismo periodo", RC_NOT_YEAR, 0}, {"planes para", RC_NOT_YEAR, 0},
	{"primeros seis meses", RC_PERIOD, P_H1}, {"primeros nueve meses", RC_PERIOD, P_9M},
	{"denuncia*", RC_METRIC, M_OTHER}, {"recibid*", RC_HANDLE, 0}, {"tramitad*", RC_HANDLE, 0},
	END
};

static const CdReportCue de[] = {
	{"verkehr*", RC_NOT_COUNT, 0}, {"brände", RC_NOT_COUNT, 1}, {"bränden", RC_NOT_COUNT, 1},
	{"explosion*", RC_NOT_COUNT, 1}, {"opfer", RC_NOT_COUNT, 1},
	{"heroin", RC_GOODS, 0}, {"drogen", RC_GOODS, 0}, {"rauschgift*", RC_GOODS, 0},
	{"methamphetamin", RC_GOODS, 0}, {"marihuana", RC_GOODS, 0}, {"opium", RC_GOODS, 0},
	{"kokain", RC_GOODS, 0}, {"feuerwerk*", RC_GOODS, 0}, {"sprengstoff*", RC_GOODS, 0},
	{"waffe*", RC_GOODS, 0},
	{"tote", RC_NOT_COUNT, 0}, {"verletzte", RC_NOT_COUNT, 0}, {"unfäll*", RC_NOT_COUNT, 0},
	{"übertraf um", RC_EXCESS_BEFORE, 0}, {"mehr als", RC_EXCESS_AFTER, 0}, {"im vergleich", RC_EXCESS_AFTER, 0},
	{"darunter", RC_CLAUSE, 1}, {"während", RC_CLAUSE, 0}, {"erreichte", RC_ACHIEVE, 0},
	{"quote", RC_RATE, 0}, {"aufgeklärt", RC_SOLVE, 0}, {"aufklärung*", RC_SOLVE, 0},
	{"ermittl*", RC_SOLVE, 0}, {"ziel", RC_TARGET, 0}, {"schwer*", RC_METRIC, M_SERIOUS},
	{"straf*", RC_METRIC, M_CRIMINAL}, {"drogen*", RC_METRIC, M_DRUG},
	{"wirtschaft*", RC_METRIC, M_ECONOMIC}, {"korruption*", RC_METRIC, M_CORRUPTION},
	{"emulationscluster", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"clusterleiter", RC_LEADER, 0}, {"stellvertretend*", RC_DEPUTY, 0},
	{"stellvertretender clusterleiter", RC_DEPUTY, 0}, {"stellvertretende clusterleiter", RC_DEPUTY, 0},
	{"stellvertretenden clusterleiter", RC_DEPUTY, 0},
	{"ersten 6 monaten", RC_PERIOD, P_H1}, {"ersten halbjahr", RC_PERIOD, P_H1},
	{"9 monaten", RC_PERIOD, P_9M},
	{"konferenz", RC_EVENT, 0}, {"in", RC_LOCATION, 0}, {"gesamte cluster", RC_WHOLE, 0},
	{"generalmajor", RC_RANK, 0}, {"generalleutnant", RC_RANK, 0}, {"general", RC_RANK, 0},
	{"oberst", RC_RANK, 0}, {"oberstleutnant", RC_RANK, 0}, {"direktor", RC_POST, 0},
	{"polizeichef*", RC_POST, 0}, {"polizeidirektor*", RC_POST, 0}, {"leiter", RC_POST, 0},
	{"und", RC_LIST, 0}, {"sowie", RC_LIST, 0}, {"zusammen mit", RC_LIST, 0}, {"die", RC_LIST, 0},
	{"der", RC_LIST, 0}, {"des", RC_LIST, 0}, {"den", RC_LIST, 0}, {"dem", RC_LIST, 0},
	{"polizei*", RC_LIST, 0}, {"öffentliche sicherheit", RC_LIST, 0}, {"behörde*", RC_LIST, 0},
	{"stadt*", RC_LIST, 0}, {"städte", RC_LIST, 0}, {"provinz*", RC_LIST, 0},
	{"einheit*", RC_LIST, 0}, {"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"anstreben", RC_TARGET, 1}, {"strebt", RC_TARGET, 1}, {"hat", RC_DONE, 0},
	{"haben", RC_DONE, 0}, {"vietnam", RC_COUNTRY, 0}, {"japan", RC_COUNTRY, 1},
	{"china", RC_COUNTRY, 1}, {"deutschland", RC_COUNTRY, 1}, {"in zusammenarbeit mit", RC_COUNTRY, 2},
	{"gleichen zeitraum", RC_NOT_YEAR, 0}, {"vorjahreszeitraum", RC_NOT_YEAR, 0},
	{"pläne für", RC_NOT_YEAR, 0}, {"aufgaben für", RC_NOT_YEAR, 0},
	{"ersten sechs monate", RC_PERIOD, P_H1}, {"ersten sechs monaten", RC_PERIOD, P_H1},
	{"ersten 6 monate", RC_PERIOD, P_H1}, {"ersten neun monate", RC_PERIOD, P_9M},
	{"ersten neun monaten", RC_PERIOD, P_9M}, {"ersten 9 monaten", RC_PERIOD, P_9M},
	{"ersten quartal", RC_PERIOD, P_Q1},
	END
};

/*
 * Chinese and Japanese are written without spaces: their cues are matched
 * character by character (report.c splits them), so they need no '*'.
 */
static const CdReportCue zh[] = {
	{"火灾", RC_NOT_COUNT, 1}, {"爆炸", RC_NOT_COUNT, 1}, {"受害人", RC_NOT_COUNT, 1},
	{"受害者", RC_NOT_COUNT, 1}, {"被害人", RC_NOT_COUNT, 1},
	{"海洛因", RC_GOODS, 0}, {"毒品", RC_GOODS, 0}, {"合成毒品", RC_GOODS, 0}, {"冰毒", RC_GOODS, 0},
	{"大麻", RC_GOODS, 0}, {"鸦片", RC_GOODS, 0}, {"可卡因", RC_GOODS, 0}, {"鞭炮", RC_GOODS, 0},
	{"烟花", RC_GOODS, 0}, {"炸药", RC_GOODS, 0}, {"枪支", RC_GOODS, 0},
	{"死亡", RC_NOT_COUNT, 0}, {"受伤", RC_NOT_COUNT, 0}, {"交通事故", RC_NOT_COUNT, 0},
	{"事故", RC_NOT_COUNT, 0},
	{"超出", RC_EXCESS_BEFORE, 0}, {"超额", RC_EXCESS_BEFORE, 0}, {"高出", RC_EXCESS_BEFORE, 0},
	{"提高", RC_EXCESS_BEFORE, 0}, {"增长", RC_EXCESS_BEFORE, 0}, {"同比", RC_EXCESS_BEFORE, 0},
	{"其中", RC_CLAUSE, 1}, {"同时", RC_CLAUSE, 0}, {"而", RC_CLAUSE, 0},
	{"达到", RC_ACHIEVE, 0}, {"达", RC_ACHIEVE, 0},
	{"破案率", RC_RATE, 0}, {"侦破率", RC_RATE, 0}, {"查破率", RC_RATE, 0}, {"破获率", RC_RATE, 0},
	{"侦办率", RC_RATE, 0}, {"破案率", RC_SOLVE, 0}, {"侦破率", RC_SOLVE, 0}, {"破获率", RC_SOLVE, 0},
	{"比率", RC_RATE, 0}, {"比例", RC_RATE, 0}, {"率", RC_RATE, 0},
	{"侦破", RC_SOLVE, 0}, {"破获", RC_SOLVE, 0}, {"破案", RC_SOLVE, 0}, {"查明", RC_SOLVE, 0},
	{"侦办", RC_SOLVE, 0}, {"调查", RC_SOLVE, 0}, {"侦查", RC_SOLVE, 0}, {"查处", RC_SOLVE, 0},
	{"指标", RC_TARGET, 0}, {"目标", RC_TARGET, 0}, {"力争", RC_TARGET, 1},
	{"严重", RC_METRIC, M_SERIOUS}, {"重大", RC_METRIC, M_SERIOUS}, {"重案", RC_METRIC, M_SERIOUS},
	{"刑事", RC_METRIC, M_CRIMINAL}, {"犯罪", RC_METRIC, M_CRIMINAL}, {"社会秩序", RC_METRIC, M_CRIMINAL},
	{"毒品", RC_METRIC, M_DRUG}, {"经济", RC_METRIC, M_ECONOMIC}, {"腐败", RC_METRIC, M_CORRUPTION},
	{"贪污", RC_METRIC, M_CORRUPTION}, {"杀人", RC_METRIC, M_OTHER}, {"举报", RC_METRIC, M_OTHER},
	{"转化", RC_METRIC, M_OTHER},
	{"竞赛集群", RC_CLUSTER, 0}, {"竞赛区", RC_CLUSTER, 0}, {"竞赛组", RC_CLUSTER, 0},
	{"竞赛片区", RC_CLUSTER, 0}, {"竞赛联区", RC_CLUSTER, 0}, {"集群", RC_CLUSTER, 0},
	{"集群长", RC_LEADER, 0}, {"集群主席", RC_LEADER, 0}, {"组长单位", RC_LEADER, 0},
	{"牵头单位", RC_LEADER, 0}, {"主席单位", RC_LEADER, 0}, {"区长单位", RC_LEADER, 0},
	{"副集群长", RC_DEPUTY, 0}, {"集群副长", RC_DEPUTY, 0}, {"副组长单位", RC_DEPUTY, 0},
	{"副主席单位", RC_DEPUTY, 0}, {"副组长", RC_DEPUTY, 0},
	{"为", RC_LINK, 0}, {"由", RC_LINK, 0}, {"担任", RC_LINK, 0},
	{"上半年", RC_PERIOD, P_H1}, {"前6个月", RC_PERIOD, P_H1}, {"头6个月", RC_PERIOD, P_H1},
	{"前六个月", RC_PERIOD, P_H1}, {"前9个月", RC_PERIOD, P_9M}, {"9个月", RC_PERIOD, P_9M},
	{"前九个月", RC_PERIOD, P_9M}, {"第一季度", RC_PERIOD, P_Q1}, {"第二季度", RC_PERIOD, P_Q2},
	{"第三季度", RC_PERIOD, P_Q3}, {"第四季度", RC_PERIOD, P_Q4}, {"总结", RC_PERIOD, P_YEAR},
	{"会议", RC_EVENT, 0}, {"大会", RC_EVENT, 0}, {"在", RC_LOCATION, 0},
	{"全集群", RC_WHOLE, 0}, {"整个集群", RC_WHOLE, 0},
	{"大将", RC_RANK, 0}, {"上将", RC_RANK, 0}, {"中将", RC_RANK, 0}, {"少将", RC_RANK, 0},
	{"大校", RC_RANK, 0}, {"上校", RC_RANK, 0}, {"中校", RC_RANK, 0}, {"少校", RC_RANK, 0},
	{"同志", RC_RANK, 0}, {"厅长", RC_POST, 0}, {"副厅长", RC_POST, 0}, {"部长", RC_POST, 0},
	{"副部长", RC_POST, 0}, {"局长", RC_POST, 0}, {"省", RC_POST, 0}, {"公安厅", RC_POST, 0},
	{"、", RC_STOP, 0}, {"和", RC_STOP, 0}, {"及", RC_STOP, 0},
	{"和", RC_LIST, 0}, {"及", RC_LIST, 0}, {"以及", RC_LIST, 0}, {"与", RC_LIST, 0},
	{"市", RC_LIST, 0}, {"省", RC_LIST, 0}, {"公安厅", RC_LIST, 0}, {"公安局", RC_LIST, 0},
	{"单位", RC_LIST, 0},
	{"争取", RC_TARGET, 1}, {"已", RC_DONE, 0}, {"越南", RC_COUNTRY, 0}, {"中国", RC_COUNTRY, 1},
	{"日本", RC_COUNTRY, 1}, {"韩国", RC_COUNTRY, 1}, {"泰国", RC_COUNTRY, 1},
	{"配合", RC_COUNTRY, 2}, {"合作", RC_COUNTRY, 2},
	{"同期", RC_NOT_YEAR, 0},
	{"受理", RC_HANDLE, 0}, {"处理", RC_HANDLE, 0},
	END
};

static const CdReportCue ja[] = {
	{"火災", RC_NOT_COUNT, 1}, {"爆発", RC_NOT_COUNT, 1}, {"被害者", RC_NOT_COUNT, 1},
	{"ヘロイン", RC_GOODS, 0}, {"麻薬", RC_GOODS, 0}, {"覚醒剤", RC_GOODS, 0}, {"覚せい剤", RC_GOODS, 0},
	{"大麻", RC_GOODS, 0}, {"アヘン", RC_GOODS, 0}, {"コカイン", RC_GOODS, 0}, {"爆竹", RC_GOODS, 0},
	{"花火", RC_GOODS, 0}, {"爆薬", RC_GOODS, 0}, {"銃", RC_GOODS, 0},
	{"死亡", RC_NOT_COUNT, 0}, {"負傷", RC_NOT_COUNT, 0}, {"交通事故", RC_NOT_COUNT, 0},
	{"事故", RC_NOT_COUNT, 0},
	{"前年比", RC_EXCESS_BEFORE, 0}, {"上回", RC_EXCESS_AFTER, 0}, {"高い", RC_EXCESS_AFTER, 0},
	{"増", RC_EXCESS_AFTER, 0},
	{"うち", RC_CLAUSE, 1}, {"一方", RC_CLAUSE, 0}, {"達成", RC_ACHIEVE, 0}, {"達し", RC_ACHIEVE, 0},
	{"検挙率", RC_RATE, 0}, {"解決率", RC_RATE, 0}, {"摘発率", RC_RATE, 0}, {"捜査率", RC_RATE, 0},
	{"割合", RC_RATE, 0}, {"比率", RC_RATE, 0}, {"率", RC_RATE, 0},
	{"検挙率", RC_SOLVE, 0}, {"解決率", RC_SOLVE, 0}, {"摘発率", RC_SOLVE, 0},
	{"捜査", RC_SOLVE, 0}, {"解決", RC_SOLVE, 0}, {"検挙", RC_SOLVE, 0}, {"摘発", RC_SOLVE, 0},
	{"解明", RC_SOLVE, 0},
	{"目標", RC_TARGET, 0}, {"指標", RC_TARGET, 0},
	{"重大", RC_METRIC, M_SERIOUS}, {"深刻", RC_METRIC, M_SERIOUS}, {"刑事", RC_METRIC, M_CRIMINAL},
	{"犯罪", RC_METRIC, M_CRIMINAL}, {"麻薬", RC_METRIC, M_DRUG}, {"薬物", RC_METRIC, M_DRUG},
	{"経済", RC_METRIC, M_ECONOMIC}, {"汚職", RC_METRIC, M_CORRUPTION}, {"殺人", RC_METRIC, M_OTHER},
	{"競争クラスター", RC_CLUSTER, 0}, {"クラスター", RC_CLUSTER, 0}, {"競争グループ", RC_CLUSTER, 0},
	{"競争ブロック", RC_CLUSTER, 0}, {"エミュレーションクラスター", RC_CLUSTER, 0},
	{"クラスター長", RC_LEADER, 0}, {"クラスターリーダー", RC_LEADER, 0}, {"議長", RC_LEADER, 0},
	{"幹事", RC_LEADER, 0}, {"副クラスター長", RC_DEPUTY, 0}, {"副議長", RC_DEPUTY, 0},
	{"副幹事", RC_DEPUTY, 0},
	{"が", RC_LINK, 0}, {"を", RC_LINK, 0},
	{"上半期", RC_PERIOD, P_H1}, {"6か月", RC_PERIOD, P_H1}, {"6ヶ月", RC_PERIOD, P_H1},
	{"6カ月", RC_PERIOD, P_H1}, {"9か月", RC_PERIOD, P_9M}, {"9ヶ月", RC_PERIOD, P_9M},
	{"9カ月", RC_PERIOD, P_9M}, {"総括", RC_PERIOD, P_YEAR},
	{"会議", RC_EVENT, 0}, {"大会", RC_EVENT, 0}, {"で", RC_LOCATION, 1},
	{"クラスター全体", RC_WHOLE, 0},
	{"大将", RC_RANK, 0}, {"上将", RC_RANK, 0}, {"中将", RC_RANK, 0}, {"少将", RC_RANK, 0},
	{"大佐", RC_RANK, 0}, {"中佐", RC_RANK, 0}, {"少佐", RC_RANK, 0}, {"同志", RC_RANK, 0},
	{"局長", RC_POST, 0}, {"長官", RC_POST, 0}, {"大臣", RC_POST, 0}, {"副大臣", RC_POST, 0},
	{"省", RC_POST, 0}, {"公安", RC_POST, 0},
	{"、", RC_STOP, 0}, {"と", RC_STOP, 0}, {"の", RC_STOP, 0},
	{"と", RC_LIST, 0}, {"および", RC_LIST, 0}, {"及び", RC_LIST, 0}, {"並びに", RC_LIST, 0},
	{"の", RC_LIST, 0}, {"市", RC_LIST, 0}, {"省", RC_LIST, 0}, {"公安", RC_LIST, 0},
	{"警察", RC_LIST, 0},
	{"目指", RC_TARGET, 1}, {"ベトナム", RC_COUNTRY, 0}, {"日本", RC_COUNTRY, 1},
	{"中国", RC_COUNTRY, 1}, {"韓国", RC_COUNTRY, 1}, {"タイ", RC_COUNTRY, 1}, {"協力", RC_COUNTRY, 2},
	{"同期", RC_NOT_YEAR, 0},
	END
};

/* Korean: particles are glued to words, so most cues end in '*' */
static const CdReportCue ko[] = {
	{"화재*", RC_NOT_COUNT, 1}, {"폭발*", RC_NOT_COUNT, 1}, {"피해자*", RC_NOT_COUNT, 1},
	{"헤로인*", RC_GOODS, 0}, {"마약*", RC_GOODS, 0}, {"필로폰*", RC_GOODS, 0}, {"대마*", RC_GOODS, 0},
	{"아편*", RC_GOODS, 0}, {"코카인*", RC_GOODS, 0}, {"폭죽*", RC_GOODS, 0}, {"폭약*", RC_GOODS, 0},
	{"총기*", RC_GOODS, 0},
	{"사망*", RC_NOT_COUNT, 0}, {"부상*", RC_NOT_COUNT, 0}, {"교통사고*", RC_NOT_COUNT, 0},
	{"사고*", RC_NOT_COUNT, 0},
	{"높*", RC_EXCESS_AFTER, 0}, {"상승*", RC_EXCESS_AFTER, 0}, {"증가*", RC_EXCESS_AFTER, 0},
	{"초과하여", RC_EXCESS_BEFORE, 0}, {"대비*", RC_EXCESS_BEFORE, 0},
	{"그중*", RC_CLAUSE, 1}, {"중", RC_CLAUSE, 1}, {"반면*", RC_CLAUSE, 0}, {"한편*", RC_CLAUSE, 0},
	{"달성*", RC_ACHIEVE, 0}, {"도달*", RC_ACHIEVE, 0},
	{"해결률*", RC_RATE, 0}, {"해결율*", RC_RATE, 0}, {"검거율*", RC_RATE, 0}, {"수사율*", RC_RATE, 0},
	{"비율*", RC_RATE, 0}, {"해결률*", RC_SOLVE, 0}, {"검거율*", RC_SOLVE, 0}, {"해결*", RC_SOLVE, 0}, {"수사*", RC_SOLVE, 0}, {"검거*", RC_SOLVE, 0},
	{"적발*", RC_SOLVE, 0}, {"규명*", RC_SOLVE, 0},
	{"목표*", RC_TARGET, 0}, {"지표*", RC_TARGET, 0},
	{"중대*", RC_METRIC, M_SERIOUS}, {"중한*", RC_METRIC, M_SERIOUS}, {"극악무도*", RC_METRIC, M_SERIOUS},
	{"흉악*", RC_METRIC, M_SERIOUS}, {"심각*", RC_METRIC, M_SERIOUS}, {"형사*", RC_METRIC, M_CRIMINAL},
	{"범죄*", RC_METRIC, M_CRIMINAL}, {"마약*", RC_METRIC, M_DRUG}, {"경제*", RC_METRIC, M_ECONOMIC},
	{"부패*", RC_METRIC, M_CORRUPTION}, {"살인*", RC_METRIC, M_OTHER},
	{"경쟁 클러스터*", RC_CLUSTER, 0}, {"경쟁클러스터*", RC_CLUSTER, 0}, {"클러스터*", RC_CLUSTER, 0}, {"경쟁 그룹*", RC_CLUSTER, 0},
	{"경쟁 블록*", RC_CLUSTER, 0}, {"에뮬레이션 클러스터*", RC_CLUSTER, 0},
	{"클러스터장*", RC_LEADER, 0}, {"클러스터 리더*", RC_LEADER, 0}, {"선도 단위*", RC_LEADER, 0},
	{"주관 단위*", RC_LEADER, 0}, {"의장*", RC_LEADER, 0},
	{"부클러스터장*", RC_DEPUTY, 0}, {"클러스터 부단장*", RC_DEPUTY, 0}, {"부의장*", RC_DEPUTY, 0},
	{"상반기*", RC_PERIOD, P_H1}, {"6개월*", RC_PERIOD, P_H1}, {"9개월*", RC_PERIOD, P_9M},
	{"1분기*", RC_PERIOD, P_Q1}, {"2분기*", RC_PERIOD, P_Q2}, {"3분기*", RC_PERIOD, P_Q3},
	{"4분기*", RC_PERIOD, P_Q4}, {"결산*", RC_PERIOD, P_YEAR}, {"총결산*", RC_PERIOD, P_YEAR},
	{"회의*", RC_EVENT, 0}, {"컨퍼런스*", RC_EVENT, 0},
	{"클러스터 전체*", RC_WHOLE, 0},
	{"대장", RC_RANK, 0}, {"상장", RC_RANK, 0}, {"중장", RC_RANK, 0}, {"소장", RC_RANK, 0},
	{"대령", RC_RANK, 0}, {"중령", RC_RANK, 0}, {"소령", RC_RANK, 0}, {"동지", RC_RANK, 0},
	{"청장*", RC_POST, 0}, {"국장*", RC_POST, 0}, {"장관*", RC_POST, 0}, {"차관*", RC_POST, 0},
	{"공안*", RC_POST, 0}, {"경찰*", RC_POST, 0},
	{"및", RC_STOP, 0},
	{"및", RC_LIST, 0}, {"그리고", RC_LIST, 0}, {"와", RC_LIST, 0}, {"과", RC_LIST, 0},
	{"공안*", RC_LIST, 0}, {"경찰*", RC_LIST, 0}, {"시", RC_LIST, 0}, {"성", RC_LIST, 0},
	{"베트남*", RC_COUNTRY, 0}, {"한국*", RC_COUNTRY, 1}, {"일본*", RC_COUNTRY, 1},
	{"중국*", RC_COUNTRY, 1}, {"협력*", RC_COUNTRY, 2},
	END
};

static const CdReportCue id[] = {
	{"lalu lintas", RC_NOT_COUNT, 0}, {"kebakaran", RC_NOT_COUNT, 1}, {"ledakan", RC_NOT_COUNT, 1},
	{"korban", RC_NOT_COUNT, 1},
	{"heroin", RC_GOODS, 0}, {"narkoba", RC_GOODS, 0}, {"sabu", RC_GOODS, 0}, {"ganja", RC_GOODS, 0},
	{"opium", RC_GOODS, 0}, {"kokain", RC_GOODS, 0}, {"petasan", RC_GOODS, 0},
	{"bahan peledak", RC_GOODS, 0}, {"senjata", RC_GOODS, 0},
	{"tewas", RC_NOT_COUNT, 0}, {"meninggal", RC_NOT_COUNT, 0}, {"luka*", RC_NOT_COUNT, 0},
	{"kecelakaan", RC_NOT_COUNT, 0},
	{"melampaui", RC_EXCESS_BEFORE, 0}, {"melebihi", RC_EXCESS_BEFORE, 0}, {"naik", RC_EXCESS_BEFORE, 0},
	{"lebih tinggi", RC_EXCESS_AFTER, 0}, {"dibandingkan", RC_EXCESS_AFTER, 0},
	{"dari target", RC_EXCESS_AFTER, 0},
	{"di antaranya", RC_CLAUSE, 1}, {"sementara", RC_CLAUSE, 0}, {"sedangkan", RC_CLAUSE, 0},
	{"termasuk", RC_CLAUSE, 1}, {"mencapai", RC_ACHIEVE, 0},
	{"tingkat", RC_RATE, 0}, {"persentase", RC_RATE, 0}, {"rasio", RC_RATE, 0}, {"angka", RC_RATE, 0},
	{"mengungkap*", RC_SOLVE, 0}, {"pengungkapan", RC_SOLVE, 0}, {"investigasi", RC_SOLVE, 0}, {"penemuan", RC_SOLVE, 0},
	{"penyelidikan", RC_SOLVE, 0}, {"terungkap", RC_SOLVE, 0},
	{"diungkap", RC_SOLVE, 0}, {"penyelidikan", RC_SOLVE, 0}, {"menyelidiki", RC_SOLVE, 0},
	{"diselidiki", RC_SOLVE, 0}, {"penyidikan", RC_SOLVE, 0}, {"menyelesaikan", RC_SOLVE, 0},
	{"penyelesaian", RC_SOLVE, 0}, {"diselesaikan", RC_SOLVE, 0}, {"memecahkan", RC_SOLVE, 0},
	{"dipecahkan", RC_SOLVE, 0}, {"ditangani", RC_SOLVE, 0}, {"menangani", RC_SOLVE, 0},
	{"target", RC_TARGET, 0}, {"sasaran", RC_TARGET, 0}, {"berupaya", RC_TARGET, 1},
	{"serius", RC_METRIC, M_SERIOUS}, {"sangat serius", RC_METRIC, M_SERIOUS}, {"berat", RC_METRIC, M_SERIOUS},
	{"kriminal", RC_METRIC, M_CRIMINAL}, {"pidana", RC_METRIC, M_CRIMINAL},
	{"kejahatan", RC_METRIC, M_CRIMINAL}, {"narkoba", RC_METRIC, M_DRUG}, {"narkotika", RC_METRIC, M_DRUG},
	{"ekonomi", RC_METRIC, M_ECONOMIC}, {"korupsi", RC_METRIC, M_CORRUPTION},
	{"pembunuhan", RC_METRIC, M_OTHER}, {"pengaduan", RC_METRIC, M_OTHER},
	{"klaster emulasi", RC_CLUSTER, 0}, {"klaster", RC_CLUSTER, 0}, {"kelompok emulasi", RC_CLUSTER, 0},
	{"gugus emulasi", RC_CLUSTER, 0}, {"blok emulasi", RC_CLUSTER, 0},
	{"ketua klaster", RC_LEADER, 0}, {"pemimpin klaster", RC_LEADER, 0}, {"kepala klaster", RC_LEADER, 0},
	{"unit pemimpin", RC_LEADER, 0}, {"unit utama", RC_LEADER, 0},
	{"wakil ketua", RC_DEPUTY, 0}, {"wakil ketua klaster", RC_DEPUTY, 0},
	{"wakil pemimpin", RC_DEPUTY, 0}, {"wakil kepala", RC_DEPUTY, 0},
	{"sebagai", RC_LINK, 0}, {"menjadi", RC_LINK, 0}, {"adalah", RC_LINK, 0},
	{"6 bulan pertama", RC_PERIOD, P_H1}, {"enam bulan pertama", RC_PERIOD, P_H1},
	{"semester pertama", RC_PERIOD, P_H1}, {"semester i", RC_PERIOD, P_H1},
	{"paruh pertama", RC_PERIOD, P_H1}, {"9 bulan", RC_PERIOD, P_9M},
	{"sembilan bulan", RC_PERIOD, P_9M}, {"triwulan pertama", RC_PERIOD, P_Q1},
	{"kuartal pertama", RC_PERIOD, P_Q1}, {"meninjau", RC_PERIOD, P_YEAR},
	{"evaluasi", RC_PERIOD, P_YEAR}, {"peninjauan", RC_PERIOD, P_YEAR}, {"merangkum", RC_PERIOD, P_YEAR},
	{"konferensi", RC_EVENT, 0}, {"rapat", RC_EVENT, 0}, {"pertemuan", RC_EVENT, 0},
	{"di", RC_LOCATION, 0}, {"seluruh klaster", RC_WHOLE, 0},
	{"jenderal", RC_RANK, 0}, {"letnan jenderal", RC_RANK, 0}, {"mayor jenderal", RC_RANK, 0},
	{"kolonel", RC_RANK, 0}, {"letnan kolonel", RC_RANK, 0}, {"mayor", RC_RANK, 0},
	{"kamerad", RC_RANK, 0}, {"direktur", RC_POST, 0}, {"wakil direktur", RC_POST, 0},
	{"wakil menteri", RC_POST, 0}, {"menteri", RC_POST, 0}, {"kepala kepolisian", RC_POST, 0},
	{"dan", RC_LIST, 0}, {"serta", RC_LIST, 0}, {"bersama", RC_LIST, 0}, {"beserta", RC_LIST, 0},
	{"dengan", RC_LIST, 0}, {"polisi", RC_LIST, 0}, {"kepolisian", RC_LIST, 0},
	{"polda", RC_LIST, 0}, {"kota", RC_LIST, 0}, {"provinsi", RC_LIST, 0}, {"daerah", RC_LIST, 0},
	{"unit", RC_LIST, 0}, {"tp", RC_LIST, 0}, {"tp", RC_ABBREV, 0},
	{"menargetkan", RC_TARGET, 1}, {"telah", RC_DONE, 0}, {"sudah", RC_DONE, 0},
	{"vietnam", RC_COUNTRY, 0}, {"indonesia", RC_COUNTRY, 1}, {"jepang", RC_COUNTRY, 1},
	{"tiongkok", RC_COUNTRY, 1}, {"bekerja sama dengan", RC_COUNTRY, 2},
	{"periode yang sama", RC_NOT_YEAR, 0}, {"rencana kerja", RC_NOT_YEAR, 0},
	{"laporan", RC_METRIC, M_OTHER}, {"pengaduan", RC_METRIC, M_OTHER}, {"diterima", RC_HANDLE, 0},
	{"ditangani", RC_HANDLE, 0},
	END
};

static const CdReportCue ru[] = {
	{"пожар*", RC_NOT_COUNT, 1}, {"взрыв*", RC_NOT_COUNT, 1}, {"жертв*", RC_NOT_COUNT, 1},
	{"дорожн*", RC_NOT_COUNT, 0},
	{"героин*", RC_GOODS, 0}, {"наркотик*", RC_GOODS, 0}, {"метамфетамин*", RC_GOODS, 0},
	{"марихуан*", RC_GOODS, 0}, {"опи*", RC_GOODS, 0}, {"кокаин*", RC_GOODS, 0},
	{"петард*", RC_GOODS, 0}, {"взрывчат*", RC_GOODS, 0}, {"оружи*", RC_GOODS, 0},
	{"погиб*", RC_NOT_COUNT, 0}, {"ранен*", RC_NOT_COUNT, 0}, {"дтп", RC_NOT_COUNT, 0},
	{"авари*", RC_NOT_COUNT, 0},
	{"превысив на", RC_EXCESS_BEFORE, 0}, {"превышая на", RC_EXCESS_BEFORE, 0},
	{"выше на", RC_EXCESS_BEFORE, 0}, {"превысив", RC_EXCESS_BEFORE, 0},
	{"выше", RC_EXCESS_AFTER, 0}, {"больше чем", RC_EXCESS_AFTER, 0}, {"по сравнению", RC_EXCESS_AFTER, 0},
	{"в том числе", RC_CLAUSE, 1}, {"из них", RC_CLAUSE, 1}, {"в то время как", RC_CLAUSE, 0},
	{"тогда как", RC_CLAUSE, 0}, {"достиг*", RC_ACHIEVE, 0},
	{"раскрываемост*", RC_RATE, 0}, {"показател*", RC_RATE, 0}, {"уровень", RC_RATE, 0},
	{"доля", RC_RATE, 0}, {"раскрываемост*", RC_SOLVE, 0},
	{"раскры*", RC_SOLVE, 0}, {"расследова*", RC_SOLVE, 0}, {"выяв*", RC_SOLVE, 0},
	{"цель", RC_TARGET, 0}, {"цели", RC_TARGET, 0}, {"задач*", RC_TARGET, 0},
	{"тяжк*", RC_METRIC, M_SERIOUS}, {"особо тяжк*", RC_METRIC, M_SERIOUS},
	{"серьезн*", RC_METRIC, M_SERIOUS}, {"серьёзн*", RC_METRIC, M_SERIOUS},
	{"уголовн*", RC_METRIC, M_CRIMINAL},
	{"наркоти*", RC_METRIC, M_DRUG}, {"экономическ*", RC_METRIC, M_ECONOMIC},
	{"коррупц*", RC_METRIC, M_CORRUPTION}, {"убийств*", RC_METRIC, M_OTHER},
	{"кластер*", RC_CLUSTER, 0}, {"группа соревнования", RC_CLUSTER, 0},
	{"блок соревнования", RC_CLUSTER, 0},
	{"лидер кластера", RC_LEADER, 0}, {"лидером кластера", RC_LEADER, 0},
	{"руководитель кластера", RC_LEADER, 0}, {"руководителем кластера", RC_LEADER, 0},
	{"главой кластера", RC_LEADER, 0}, {"ведущим подразделением", RC_LEADER, 0},
	{"заместитель лидера", RC_DEPUTY, 0}, {"заместителем лидера", RC_DEPUTY, 0},
	{"заместитель руководителя", RC_DEPUTY, 0}, {"заместителем руководителя", RC_DEPUTY, 0},
	{"заместителем", RC_DEPUTY, 0}, {"избрана", RC_LINK, 0}, {"избран", RC_LINK, 0},
	{"стала", RC_LINK, 0}, {"стал", RC_LINK, 0}, {"является", RC_LINK, 0},
	{"первое полугодие", RC_PERIOD, P_H1}, {"первом полугодии", RC_PERIOD, P_H1},
	{"первые 6 месяцев", RC_PERIOD, P_H1}, {"первые шесть месяцев", RC_PERIOD, P_H1},
	{"6 месяцев", RC_PERIOD, P_H1}, {"9 месяцев", RC_PERIOD, P_9M},
	{"девять месяцев", RC_PERIOD, P_9M}, {"подведени*", RC_PERIOD, P_YEAR}, {"итог*", RC_PERIOD, P_YEAR},
	{"конференци*", RC_EVENT, 0}, {"совещани*", RC_EVENT, 0}, {"в", RC_LOCATION, 0},
	{"весь кластер", RC_WHOLE, 0}, {"всего кластера", RC_WHOLE, 0},
	{"генерал*", RC_RANK, 0}, {"генерал-лейтенант*", RC_RANK, 0}, {"генерал-майор*", RC_RANK, 0},
	{"полковник*", RC_RANK, 0}, {"подполковник*", RC_RANK, 0}, {"товарищ*", RC_RANK, 0},
	{"директор*", RC_POST, 0}, {"начальник*", RC_POST, 0}, {"заместитель министра", RC_POST, 0},
	{"министр*", RC_POST, 0},
	{"и", RC_LIST, 0}, {"а также", RC_LIST, 0}, {"вместе с", RC_LIST, 0}, {"полици*", RC_LIST, 0},
	{"город*", RC_LIST, 0}, {"провинци*", RC_LIST, 0}, {"подразделени*", RC_LIST, 0},
	{"управлени*", RC_LIST, 0},
	{"стремиться", RC_TARGET, 1}, {"вьетнам*", RC_COUNTRY, 0}, {"росси*", RC_COUNTRY, 1},
	{"япони*", RC_COUNTRY, 1}, {"кита*", RC_COUNTRY, 1}, {"во взаимодействии с", RC_COUNTRY, 2},
	{"аналогичным периодом", RC_NOT_YEAR, 0}, {"аналогичный период", RC_NOT_YEAR, 0},
	{"планы на", RC_NOT_YEAR, 0},
	END
};

/* the cues of the languages kept as data files (data/lang/XX.txt, scripts/gen_langs.py) */
#include "lang_cues.inc"

const CdReportLang cd_report_langs[] = {
	{"vi", vi}, {"en", en}, {"fr", fr}, {"pl", pl}, {"ro", ro}, {"hi", hi}, {"es", es}, {"de", de},
	{"zh", zh}, {"ja", ja}, {"ko", ko}, {"id", id}, {"ru", ru},
	CD_FILE_CUES,
	{NULL, NULL}
};

/* ------------------------------------------------------------ roles by name */

static const char *const metric_names[] = {"", "criminal", "serious", "drug", "economic", "corruption",
"other", NULL};
static const char *const period_names[] = {"", "H1", "9M", "Q1", "Q2", "Q3", "Q4", "year", NULL};
static const char *const target_names[] = {"", "governs", NULL};
static const char *const clause_names[] = {"", "part", NULL};
static const char *const place_names[] = {"", "after", NULL};
static const char *const not_count_names[] = {"", "before", NULL};
static const char *const country_names[] = {"vietnam", "foreign", "partner", NULL};


const CdCueRole cd_cue_roles[] = {
	{"rate", RC_RATE, NULL, false, "names a rate (tỷ lệ, rate, taux)"},
	{"solve", RC_SOLVE, NULL, false, "solving or investigating (điều tra, solved)"},
	{"target", RC_TARGET, target_names, false,
	"a target (chỉ tiêu); governs: a verb of striving, all that follows in its sentence is the target"},
	{"done", RC_DONE, NULL, false, "right before a target word, says it was done (đã, has)"},
	{"excess", RC_EXCESS_BEFORE, NULL, false, "right before a percent: by how much (vượt, exceeding)"},
	{"comparison", RC_EXCESS_AFTER, NULL, false, "right after a percent: a comparison (so với, higher)"},
	{"clause", RC_CLAUSE, clause_names, false,
	"opens a clause (while); part: a part of what was just counted (trong đó, of which)"},
	{"achieve", RC_ACHIEVE, NULL, false, "reached, in brackets after a count (đạt)"},
	{"metric", RC_METRIC, metric_names, true, "a class of cases: the rate's metric"},
	{"cluster", RC_CLUSTER, NULL, false, "the emulation cluster (cụm thi đua)"},
	{"leader", RC_LEADER, NULL, false, "the cluster's leader (cụm trưởng)"},
	{"deputy", RC_DEPUTY, NULL, false, "the cluster's deputy (cụm phó)"},
	{"link", RC_LINK, NULL, false, "links a role to its province (là, to)"},
	{"period", RC_PERIOD, period_names, true,
	"a span of the year (6 tháng đầu năm: H1), or a review of the year (tổng kết: year)"},
	{"event", RC_EVENT, NULL, false, "the conference (hội nghị)"},
	{"place", RC_LOCATION, place_names, false,
	"before the conference's place (tại, in); after: after it, as a postposition"},
	{"whole", RC_WHOLE, NULL, false, "the whole cluster (toàn cụm)"},
	{"rank", RC_RANK, NULL, false, "an officer's rank (đại tá, colonel)"},
	{"post", RC_POST, NULL, false, "an officer's post (giám đốc, director)"},
	{"not_count", RC_NOT_COUNT, not_count_names, false,
	"right after a number, no law-enforcement count (tai nạn giao thông); before: also right before it"},
	{"goods", RC_GOODS, NULL, false, "what is seized (heroin)"},
	{"country", RC_COUNTRY, country_names, true,
	"a country: vietnam, foreign (its figures are none of ours) or partner (phối hợp với)"},
	{"handle", RC_HANDLE, NULL, false, "receiving or handling reports (tiếp nhận, xử lý)"},
	{"not_year", RC_NOT_YEAR, NULL, false, "a year right behind it is not the year reviewed (kế hoạch năm)"},
	{"unit", RC_UNIT_CUE, cd_unit_labels, true,
	"a unit word after a count (vụ, cases): case, suspect, person, gang, group and den make a count; "
	"kg, tonne, block, gram and pill a seizure; the others a figure of something else"},
	{"list", RC_LIST, NULL, false, "may stand between the items of a member list (và, police)"},
	{"abbrev", RC_ABBREV, NULL, false, "written with a dot that ends no sentence (tp)"},
	{NULL, 0, NULL, false, NULL}
};

int
cd_cue_nvalues(const CdCueRole *role)
{
	int			n = 0;

	while (role->values && role->values[n])
		n++;
	return n;
}

const CdCueRole *
cd_cue_role(const char *name)
{
	for (int i = 0; name && cd_cue_roles[i].name; i++)
		if (strcmp(cd_cue_roles[i].name, name) == 0)
			return &cd_cue_roles[i];
	return NULL;
}

const CdCueRole *
cd_cue_role_of_type(int type)
{
	for (int i = 0; cd_cue_roles[i].name; i++)
		if (cd_cue_roles[i].type == type)
			return &cd_cue_roles[i];
	return NULL;
}

int
cd_cue_value(const CdCueRole *role, const char *name)
{
	int			weak = 0;

	if (!name || !*name)
		return role->value_required ? -1 : 0;
	if (!role->values)
		return -1;
	if (role->type == RC_PERIOD && strncmp(name, "weak:", 5) == 0)
	{
		name += 5;
		weak = P_WEAK;
	}
	for (int i = 0; role->values[i]; i++)
		if (role->values[i][0] && strcmp(role->values[i], name) == 0)
			return i | weak;
	return -1;
}

const char *
cd_cue_value_name(const CdCueRole *role, int value, char *buf, int len)
{
	int			v = value & ~P_WEAK;

	if (!role->values || v < 0 || v >= cd_cue_nvalues(role) || !role->values[v][0])
		return NULL;
	if (role->type == RC_PERIOD && (value & P_WEAK))
	{
		snprintf(buf, (size_t) len, "weak:%s", role->values[v]);
		return buf;
	}
	return role->values[v];
}
