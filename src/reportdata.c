/*
 * reportdata.c
 *		Report-level cue words per language, as data: what marks a solve
 *		rate, a target, a metric, a cluster, its leader and deputy, and the
 *		reporting period.  Cues are lower-case; '*' ends a prefix match.
 */
#include "report.h"

#include <stddef.h>

#define END {NULL, 0, 0}

static const CdReportCue vi[] = {
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
	{"cụm thi đua", RC_CLUSTER, 0}, {"cụm", RC_CLUSTER, 0},
	{"cụm trưởng", RC_LEADER, 0}, {"trưởng cụm", RC_LEADER, 0},
	{"cụm phó", RC_DEPUTY, 0}, {"phó cụm", RC_DEPUTY, 0},
	{"là", RC_LINK, 0}, {"cho", RC_LINK, 0},
	{"6 tháng đầu năm", RC_PERIOD, P_H1}, {"sáu tháng đầu năm", RC_PERIOD, P_H1},
	{"sơ kết", RC_PERIOD, P_H1}, {"9 tháng", RC_PERIOD, P_9M}, {"chín tháng", RC_PERIOD, P_9M},
	{"quý i", RC_PERIOD, P_Q1}, {"quý ii", RC_PERIOD, P_Q2}, {"quý iii", RC_PERIOD, P_Q3},
	{"quý iv", RC_PERIOD, P_Q4}, {"tổng kết", RC_PERIOD, P_YEAR},
	END
};

static const CdReportCue en[] = {
	{"rate", RC_RATE, 0}, {"rates", RC_RATE, 0},
	{"investigat*", RC_SOLVE, 0}, {"solved", RC_SOLVE, 0}, {"solve", RC_SOLVE, 0},
	{"discover*", RC_SOLVE, 0}, {"clarified", RC_SOLVE, 0}, {"handled", RC_SOLVE, 0},
	{"target", RC_TARGET, 0}, {"targets", RC_TARGET, 0}, {"strive", RC_TARGET, 0},
	{"serious", RC_METRIC, M_SERIOUS}, {"criminal", RC_METRIC, M_CRIMINAL},
	{"crime", RC_METRIC, M_CRIMINAL}, {"drug*", RC_METRIC, M_DRUG},
	{"economic*", RC_METRIC, M_ECONOMIC}, {"corruption", RC_METRIC, M_CORRUPTION},
	{"transformation", RC_METRIC, M_OTHER}, {"denunciation*", RC_METRIC, M_OTHER},
	{"emulation cluster", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"emulation group", RC_CLUSTER, 0}, {"emulation grouping", RC_CLUSTER, 0},
	{"review", RC_PERIOD, P_YEAR}, {"reviewing", RC_PERIOD, P_YEAR}, {"summarize", RC_PERIOD, P_YEAR},
	{"cluster leader", RC_LEADER, 0}, {"head of the cluster", RC_LEADER, 0},
	{"leader of the cluster", RC_LEADER, 0}, {"cluster head", RC_LEADER, 0},
	{"deputy leader", RC_DEPUTY, 0}, {"deputy cluster leader", RC_DEPUTY, 0},
	{"deputy head", RC_DEPUTY, 0}, {"vice leader", RC_DEPUTY, 0},
	{"to", RC_LINK, 0}, {"is", RC_LINK, 0}, {"was", RC_LINK, 0},
	{"first 6 months", RC_PERIOD, P_H1}, {"first six months", RC_PERIOD, P_H1},
	{"first half", RC_PERIOD, P_H1}, {"9 months", RC_PERIOD, P_9M},
	{"nine months", RC_PERIOD, P_9M}, {"first quarter", RC_PERIOD, P_Q1},
	END
};

static const CdReportCue fr[] = {
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
	{"chef adjoint", RC_DEPUTY, 0}, {"chef adjoint du groupe", RC_DEPUTY, 0},
	{"à", RC_LINK, 0}, {"bilan", RC_PERIOD, P_YEAR}, {"résumer", RC_PERIOD, P_YEAR},
	{"premiers mois", RC_PERIOD, P_H1}, {"premier semestre", RC_PERIOD, P_H1},
	{"6 premiers mois", RC_PERIOD, P_H1}, {"9 premiers mois", RC_PERIOD, P_9M},
	END
};

static const CdReportCue pl[] = {
	{"wskaźnik", RC_RATE, 0}, {"wskaźnika", RC_RATE, 0},
	{"śledztw*", RC_SOLVE, 0}, {"wykry*", RC_SOLVE, 0}, {"wyjaśni*", RC_SOLVE, 0},
	{"cel", RC_TARGET, 0}, {"celu", RC_TARGET, 0},
	{"poważn*", RC_METRIC, M_SERIOUS}, {"karn*", RC_METRIC, M_CRIMINAL},
	{"przestęp*", RC_METRIC, M_CRIMINAL}, {"narkoty*", RC_METRIC, M_DRUG},
	{"gospodarcz*", RC_METRIC, M_ECONOMIC}, {"korupc*", RC_METRIC, M_CORRUPTION},
	{"transformacj*", RC_METRIC, M_OTHER},
	{"klaster*", RC_CLUSTER, 0}, {"przegląd*", RC_PERIOD, P_YEAR}, {"podsumow*", RC_PERIOD, P_YEAR}, {"grupa emulacyjna", RC_CLUSTER, 0},
	{"lider klastra", RC_LEADER, 0}, {"liderem klastra", RC_LEADER, 0},
	{"zastępca lidera", RC_DEPUTY, 0}, {"zastępcą lidera", RC_DEPUTY, 0},
	{"pierwsze 6 miesięcy", RC_PERIOD, P_H1}, {"pierwszych 6 miesięcy", RC_PERIOD, P_H1},
	{"pierwszym półroczu", RC_PERIOD, P_H1}, {"9 miesięcy", RC_PERIOD, P_9M},
	END
};

static const CdReportCue ro[] = {
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
	{"lider adjunct", RC_DEPUTY, 0}, {"liderul adjunct", RC_DEPUTY, 0},
	{"primele 6 luni", RC_PERIOD, P_H1}, {"primele șase luni", RC_PERIOD, P_H1},
	{"primele 9 luni", RC_PERIOD, P_9M},
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
	END
};

static const CdReportCue es[] = {
	{"tasa", RC_RATE, 0}, {"esclarec*", RC_SOLVE, 0}, {"investiga*", RC_SOLVE, 0},
	{"resuel*", RC_SOLVE, 0}, {"objetivo", RC_TARGET, 0}, {"meta", RC_TARGET, 0},
	{"grave*", RC_METRIC, M_SERIOUS}, {"penal*", RC_METRIC, M_CRIMINAL},
	{"droga*", RC_METRIC, M_DRUG}, {"económic*", RC_METRIC, M_ECONOMIC},
	{"corrupción", RC_METRIC, M_CORRUPTION}, {"grupo de emulación", RC_CLUSTER, 0},
	{"clúster", RC_CLUSTER, 0}, {"líder del grupo", RC_LEADER, 0},
	{"líder adjunto", RC_DEPUTY, 0}, {"primeros 6 meses", RC_PERIOD, P_H1},
	{"primer semestre", RC_PERIOD, P_H1}, {"9 meses", RC_PERIOD, P_9M},
	END
};

static const CdReportCue de[] = {
	{"quote", RC_RATE, 0}, {"aufgeklärt", RC_SOLVE, 0}, {"aufklärung*", RC_SOLVE, 0},
	{"ermittl*", RC_SOLVE, 0}, {"ziel", RC_TARGET, 0}, {"schwer*", RC_METRIC, M_SERIOUS},
	{"straf*", RC_METRIC, M_CRIMINAL}, {"drogen*", RC_METRIC, M_DRUG},
	{"wirtschaft*", RC_METRIC, M_ECONOMIC}, {"korruption*", RC_METRIC, M_CORRUPTION},
	{"emulationscluster", RC_CLUSTER, 0}, {"cluster", RC_CLUSTER, 0},
	{"clusterleiter", RC_LEADER, 0}, {"stellvertretend*", RC_DEPUTY, 0},
	{"ersten 6 monaten", RC_PERIOD, P_H1}, {"ersten halbjahr", RC_PERIOD, P_H1},
	{"9 monaten", RC_PERIOD, P_9M},
	END
};

const CdReportLang cd_report_langs[] = {
	{"vi", vi}, {"en", en}, {"fr", fr}, {"pl", pl}, {"ro", ro}, {"hi", hi}, {"es", es}, {"de", de},
	{NULL, NULL}
};
