/*
 * reportdata.c
 *		Report-level cue words per language, as data: what marks a solve
 *		rate, a target, a metric, a cluster, its leader and deputy, and the
 *		reporting period, the conference and its place (a place word's value
 *		is 1 when it follows the name, as Hindi's postposition), ranks of
 *		officials and their posts, and particles that end a name.  Cues are lower-case; '*' ends a prefix
 *		match; the same words may carry two meanings (French "à").
 */
#include "report.h"

#include <stddef.h>

#define END {NULL, 0, 0}

static const CdReportCue vi[] = {
	{"chết", RC_NOT_COUNT, 0}, {"bị thương", RC_NOT_COUNT, 0}, {"tử vong", RC_NOT_COUNT, 0},
	{"tngt", RC_NOT_COUNT, 0}, {"tai nạn", RC_NOT_COUNT, 0},
	{"vượt", RC_EXCESS_BEFORE, 0}, {"vượt mức", RC_EXCESS_BEFORE, 0}, {"cao hơn", RC_EXCESS_BEFORE, 0},
	{"tăng", RC_EXCESS_BEFORE, 0}, {"so với", RC_EXCESS_AFTER, 0}, {"so cùng kỳ", RC_EXCESS_AFTER, 0},
	{"trong đó", RC_CLAUSE, 0}, {"đạt", RC_ACHIEVE, 0},
	{"tỷ lệ", RC_RATE, 0}, {"tỉ lệ", RC_RATE, 0},
	{"điều tra", RC_SOLVE, 0}, {"khám phá", RC_SOLVE, 0}, {"làm rõ", RC_SOLVE, 0},
	{"phá án", RC_SOLVE, 0},
	{"chỉ tiêu", RC_TARGET, 0}, {"phấn đấu", RC_TARGET, 0}, {"mục tiêu", RC_TARGET, 0},
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
	{"sơ kết", RC_PERIOD, P_H1}, {"9 tháng", RC_PERIOD, P_9M}, {"chín tháng", RC_PERIOD, P_9M},
	{"quý i", RC_PERIOD, P_Q1}, {"quý ii", RC_PERIOD, P_Q2}, {"quý iii", RC_PERIOD, P_Q3},
	{"quý iv", RC_PERIOD, P_Q4}, {"tổng kết", RC_PERIOD, P_YEAR},
	{"hội nghị", RC_EVENT, 0}, {"tại", RC_LOCATION, 0},
	{"toàn cụm", RC_WHOLE, 0}, {"cả cụm", RC_WHOLE, 0}, {"các đơn vị trong cụm", RC_WHOLE, 0},
	{"đại tướng", RC_RANK, 0}, {"thượng tướng", RC_RANK, 0}, {"trung tướng", RC_RANK, 0},
	{"thiếu tướng", RC_RANK, 0}, {"đại tá", RC_RANK, 0}, {"thượng tá", RC_RANK, 0},
	{"trung tá", RC_RANK, 0}, {"thiếu tá", RC_RANK, 0}, {"đồng chí", RC_RANK, 0},
	{"giám đốc", RC_POST, 0}, {"phó giám đốc", RC_POST, 0}, {"thứ trưởng", RC_POST, 0},
	{"bộ trưởng", RC_POST, 0}, {"trưởng phòng", RC_POST, 0},
	END
};

static const CdReportCue en[] = {
	{"died", RC_NOT_COUNT, 0}, {"dead", RC_NOT_COUNT, 0}, {"killed", RC_NOT_COUNT, 0},
	{"injured", RC_NOT_COUNT, 0}, {"traffic", RC_NOT_COUNT, 0}, {"accident*", RC_NOT_COUNT, 0},
	{"exceeding", RC_EXCESS_BEFORE, 0}, {"exceeded", RC_EXCESS_BEFORE, 0}, {"exceeds", RC_EXCESS_BEFORE, 0},
	{"surpassing", RC_EXCESS_BEFORE, 0}, {"higher by", RC_EXCESS_BEFORE, 0}, {"up by", RC_EXCESS_BEFORE, 0},
	{"higher", RC_EXCESS_AFTER, 0}, {"lower", RC_EXCESS_AFTER, 0}, {"more than the", RC_EXCESS_AFTER, 0},
	{"above the", RC_EXCESS_AFTER, 0}, {"compared", RC_EXCESS_AFTER, 0}, {"over the same", RC_EXCESS_AFTER, 0},
	{"while", RC_CLAUSE, 0}, {"whereas", RC_CLAUSE, 0}, {"including", RC_CLAUSE, 0}, {"of which", RC_CLAUSE, 0},
	{"reaching", RC_ACHIEVE, 0}, {"reached", RC_ACHIEVE, 0}, {"achieving", RC_ACHIEVE, 0},
	{"rate", RC_RATE, 0}, {"rates", RC_RATE, 0},
	{"investigat*", RC_SOLVE, 0}, {"solved", RC_SOLVE, 0}, {"solve", RC_SOLVE, 0},
	{"discover*", RC_SOLVE, 0}, {"clarified", RC_SOLVE, 0}, {"handled", RC_SOLVE, 0},
	{"target", RC_TARGET, 0}, {"targets", RC_TARGET, 0}, {"strive", RC_TARGET, 0},
	{"serious", RC_METRIC, M_SERIOUS}, {"criminal", RC_METRIC, M_CRIMINAL},
	{"crime", RC_METRIC, M_CRIMINAL}, {"drug*", RC_METRIC, M_DRUG},
	{"economic*", RC_METRIC, M_ECONOMIC}, {"corruption", RC_METRIC, M_CORRUPTION},
	{"transformation", RC_METRIC, M_OTHER}, {"denunciation*", RC_METRIC, M_OTHER},
	{"murder*", RC_METRIC, M_OTHER},
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
	END
};

static const CdReportCue fr[] = {
	{"morts", RC_NOT_COUNT, 0}, {"tués", RC_NOT_COUNT, 0}, {"blessés", RC_NOT_COUNT, 0},
	{"accident*", RC_NOT_COUNT, 0},
	{"dépassant de", RC_EXCESS_BEFORE, 0}, {"dépassant", RC_EXCESS_BEFORE, 0}, {"dépasse de", RC_EXCESS_BEFORE, 0},
	{"en hausse de", RC_EXCESS_BEFORE, 0}, {"de plus", RC_EXCESS_AFTER, 0}, {"par rapport", RC_EXCESS_AFTER, 0},
	{"dont", RC_CLAUSE, 0}, {"tandis que", RC_CLAUSE, 0}, {"atteignant", RC_ACHIEVE, 0},
	{"taux", RC_RATE, 0},
	{"enquête", RC_SOLVE, 0}, {"résolution", RC_SOLVE, 0}, {"élucid*", RC_SOLVE, 0},
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
	END
};

static const CdReportCue pl[] = {
	{"zabitych", RC_NOT_COUNT, 0}, {"rannych", RC_NOT_COUNT, 0}, {"wypadk*", RC_NOT_COUNT, 0},
	{"przekraczając o", RC_EXCESS_BEFORE, 0}, {"przekraczając", RC_EXCESS_BEFORE, 0},
	{"więcej niż", RC_EXCESS_AFTER, 0}, {"w porównaniu", RC_EXCESS_AFTER, 0}, {"wyżej niż", RC_EXCESS_AFTER, 0},
	{"w tym", RC_CLAUSE, 0}, {"podczas gdy", RC_CLAUSE, 0}, {"osiągając", RC_ACHIEVE, 0},
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
	END
};

static const CdReportCue ro[] = {
	{"morți", RC_NOT_COUNT, 0}, {"răniți", RC_NOT_COUNT, 0}, {"accident*", RC_NOT_COUNT, 0},
	{"depășind cu", RC_EXCESS_BEFORE, 0}, {"depăşind cu", RC_EXCESS_BEFORE, 0}, {"depășind", RC_EXCESS_BEFORE, 0},
	{"mai mult decât", RC_EXCESS_AFTER, 0}, {"față de", RC_EXCESS_AFTER, 0}, {"faţă de", RC_EXCESS_AFTER, 0},
	{"comparativ", RC_EXCESS_AFTER, 0}, {"dintre care", RC_CLAUSE, 0}, {"în timp ce", RC_CLAUSE, 0},
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
	END
};

static const CdReportCue hi[] = {
	{"दर", RC_RATE, 0},
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
	END
};

static const CdReportCue es[] = {
	{"muertos", RC_NOT_COUNT, 0}, {"heridos", RC_NOT_COUNT, 0}, {"accidente*", RC_NOT_COUNT, 0},
	{"superando en", RC_EXCESS_BEFORE, 0}, {"superando", RC_EXCESS_BEFORE, 0}, {"más que", RC_EXCESS_AFTER, 0},
	{"respecto", RC_EXCESS_AFTER, 0}, {"en comparación", RC_EXCESS_AFTER, 0}, {"de los cuales", RC_CLAUSE, 0},
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
	END
};

static const CdReportCue de[] = {
	{"tote", RC_NOT_COUNT, 0}, {"verletzte", RC_NOT_COUNT, 0}, {"unfäll*", RC_NOT_COUNT, 0},
	{"übertraf um", RC_EXCESS_BEFORE, 0}, {"mehr als", RC_EXCESS_AFTER, 0}, {"im vergleich", RC_EXCESS_AFTER, 0},
	{"darunter", RC_CLAUSE, 0}, {"während", RC_CLAUSE, 0}, {"erreichte", RC_ACHIEVE, 0},
	{"quote", RC_RATE, 0}, {"aufgeklärt", RC_SOLVE, 0}, {"aufklärung*", RC_SOLVE, 0},
	{"ermittl*", RC_SOLVE, 0}, {"ziel", RC_TARGET, 0}, {"schwer*", RC_METRIC, M_SERIOUS},
	{"straf*", RC_METRIC, M_CRIMINAL}, {"drogen*", RC_METRIC, M_DRUG},
	{"wirtschaft*", RC_METRIC, M_ECONOMIC}, {"korruption*", RC_METRIC, M_CORRUPTION},
	{"emulationscluster", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"clusterleiter", RC_LEADER, 0}, {"stellvertretend*", RC_DEPUTY, 0},
	{"ersten 6 monaten", RC_PERIOD, P_H1}, {"ersten halbjahr", RC_PERIOD, P_H1},
	{"9 monaten", RC_PERIOD, P_9M},
	{"konferenz", RC_EVENT, 0}, {"in", RC_LOCATION, 0}, {"gesamte cluster", RC_WHOLE, 0},
	{"generalmajor", RC_RANK, 0}, {"generalleutnant", RC_RANK, 0}, {"general", RC_RANK, 0},
	{"oberst", RC_RANK, 0}, {"oberstleutnant", RC_RANK, 0}, {"direktor", RC_POST, 0},
	END
};

const CdReportLang cd_report_langs[] = {
	{"vi", vi}, {"en", en}, {"fr", fr}, {"pl", pl}, {"ro", ro}, {"hi", hi}, {"es", es}, {"de", de},
	{NULL, NULL}
};
