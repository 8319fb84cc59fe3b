/*
 * report_cluster.h
 *		The cluster, its members, leader and deputy (report_cluster.c).
 */
#ifndef CLUSTERDATA_REPORT_CLUSTER_H
#define CLUSTERDATA_REPORT_CLUSTER_H

#include "report_work.h"
#include "report_emit.h"

/* bytes between an ordinal and the cluster cue after it ("第4竞赛集群", "제4 경쟁 클러스터") */
#define ORDINAL_CUE_GAP 8
/* characters between a cluster cue and the ordinal behind it ("Cụm thi đua Công an số 10") */
#define ORDINAL_AFTER_CUE 24
/* characters between a role's cue and its link word, and between the link and the province ("Cụm trưởng năm 2025 là Công an tỉnh X") */
#define LINK_REACH 32
/* letters of any words between two items of a member list */
#define LIST_GAP_LETTERS 14
/* bytes of an item's role in brackets ("(đơn vị Cụm trưởng)") */
#define LIST_BRACKET_MAX 80

int			rp_cluster_facts(Out *o);
void		rp_leaders(Out *o, int period_year);
void		rp_members(Out *o, int cluster_no);
bool		rp_role_is_post(const Work *w, const Mark *cue);

#endif
