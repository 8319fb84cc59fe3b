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
