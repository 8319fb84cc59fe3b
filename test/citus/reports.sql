-- Generated reports for the Citus tests and benchmark (our own sentences):
-- report g is about cluster 1 + g % 12 in year 2015 + (g / 60) % 10, with four
-- members chosen by the cluster; every seventh report covers a half year;
-- reports of the same cluster and year repeat or change figures, so that
-- rankings pick among them and conflicts arise; a leader and a deputy are
-- elected for the next year, not always the best ranked member.  pad adds
-- that many sentences of routine news, for reports of a realistic length.
CREATE OR REPLACE FUNCTION public.cd_reports(first int, last int, pad int DEFAULT 0)
RETURNS TABLE (g int, body text, url text, published date)
LANGUAGE sql IMMUTABLE AS $$
  WITH p AS (
    SELECT row_number() OVER (ORDER BY code) - 1 AS i, province::text AS name
    FROM clusterdata.provinces() WHERE before_2025
  ), r AS (
    SELECT g, 1 + g % 12 AS c, 2015 + (g / 60) % 10 AS y, (g / 12) % 5 AS k
    FROM generate_series(first, last) g
  )
  SELECT r.g,
         (CASE WHEN r.g % 7 = 3 THEN '6 tháng đầu năm ' ELSE 'Năm ' END) || r.y ||
         ', Cụm thi đua số ' || r.c || ' gồm Công an các tỉnh ' ||
         (SELECT string_agg(p.name, ', ' ORDER BY p.i) FROM p WHERE p.i % 12 = r.c - 1 AND p.i < 48) ||
         ' đã họp để tổng kết công tác. ' ||
         (SELECT string_agg('Công an tỉnh ' || p.name || ' điều tra làm rõ ' ||
                            (300 + (p.i * 13 + r.y * 7 + (r.k % 3)) % 180) || '/500 vụ phạm pháp hình sự, ' ||
                            'trong đó án nghiêm trọng làm rõ ' || (40 + (p.i + r.y) % 50) || '/100 vụ.', ' ' ORDER BY p.i)
          FROM p WHERE p.i % 12 = r.c - 1 AND p.i < 48) ||
         repeat(' Lực lượng chức năng tăng cường tuần tra, kiểm soát, giữ vững an ninh trật tự trên địa bàn.', pad) ||
         ' Hội nghị đã bầu Công an tỉnh ' ||
         (SELECT p.name FROM p WHERE p.i = r.c - 1 + 12 * (r.y % 4)) ||
         ' làm Cụm trưởng năm ' || (r.y + 1) || ', Công an tỉnh ' ||
         (SELECT p.name FROM p WHERE p.i = r.c - 1 + 12 * ((r.y + 1) % 4)) ||
         ' làm Cụm phó. Bản tin số ' || r.g || '.',
         'gen-' || r.g,
         -- two reports of a cluster and year share a publication day: the one
         -- ingested last decides
         make_date(r.y, 12, 1 + r.k / 2)
  FROM r
$$;
