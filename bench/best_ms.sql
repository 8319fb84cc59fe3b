-- pg_temp.best_ms(query, n): run the query once to warm the cache, then n
-- times, and return the best wall time in milliseconds.
CREATE FUNCTION pg_temp.best_ms(q text, n int) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; ms numeric; best numeric;
BEGIN
  EXECUTE q;                                   -- warm the cache
  FOR i IN 1..n LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, ms);
  END LOOP;
  RETURN round(best, 1);
END $$;

-- pg_temp.rounds_pieces_ms(queries, pieces, n): warm each query once, then
-- n rounds over a table cut in pieces: each query names its piece with %s
-- (format()'s: a '%' of its own is written '%%'), and a round times, piece
-- after piece, every query on that piece in turn.  One row per round and
-- query: the sum over the pieces.  The queries' runs on a piece are a
-- fraction of a second apart, so the machine's changes of speed (on a
-- shared machine, up to 2x from one second to the next) touch both sides of
-- a ratio alike, which whole-table runs seconds apart do not.
CREATE FUNCTION pg_temp.rounds_pieces_ms(q text[], pieces int, n int)
RETURNS TABLE(round int, what int, ms numeric) LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz;
        total numeric[];
BEGIN
  FOR k IN 1..array_length(q, 1) LOOP EXECUTE format(q[k], 0); END LOOP;
  FOR r IN 1..n LOOP
    total := array_fill(0::numeric, ARRAY[array_length(q, 1)]);
    FOR p IN 0..pieces - 1 LOOP
      FOR k IN 1..array_length(q, 1) LOOP
        t0 := clock_timestamp();
        EXECUTE format(q[k], p);
        total[k] := total[k] + extract(epoch FROM clock_timestamp() - t0) * 1000;
      END LOOP;
    END LOOP;
    FOR k IN 1..array_length(q, 1) LOOP
      round := r; what := k; ms := total[k];
      RETURN NEXT;
    END LOOP;
  END LOOP;
END $$;

-- pg_temp.rounds_ms(queries, n): warm each query once, then n rounds that
-- each time every query once, in turn.  One row per round and query.  A
-- ratio taken within a round compares runs made seconds apart, so a shared
-- machine's slow spells touch both sides of it alike (for runs closer
-- together, rounds_pieces_ms).  The queries are run as written: a table in
-- one piece.
CREATE FUNCTION pg_temp.rounds_ms(q text[], n int)
RETURNS TABLE(round int, what int, ms numeric) LANGUAGE sql AS $$
  SELECT * FROM pg_temp.rounds_pieces_ms(ARRAY(SELECT replace(x, '%', '%%') FROM unnest(q) WITH ORDINALITY u(x, i)
                                               ORDER BY i), 1, n)
$$;
