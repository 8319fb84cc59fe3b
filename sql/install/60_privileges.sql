--------------------------------------------------------------------------------
-- privileges
--------------------------------------------------------------------------------

-- No function of the extension runs with more rights than its caller (none
-- is SECURITY DEFINER): what a role may read or write is what its grants on
-- the tables and views say.  A view reads the tables behind it with its
-- owner's rights, so a BI role needs only SELECT on the views it reads
-- (rank_members: membership and member_scores; leader_check: leaders too).

-- writing functions are not for everybody
REVOKE ALL ON FUNCTION parse_stored(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION parse_stored(bigint[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest(text, text, date, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION parse_pending(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION requeue(bigint) FROM PUBLIC;
REVOKE ALL ON PROCEDURE parse_queue(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION queue_on_coordinator(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION distribute(int) FROM PUBLIC;

-- clusterdata is trusted: a role with CREATE on the database creates it, and
-- the script runs as the bootstrap superuser, who then owns every object.
-- The role that creates (or updates) the extension gets the rights it needs
-- on them, with the right to grant them on: it ingests, parses, ranks,
-- corrects, reads the views and grants them to its BI and loader roles.  Not
-- TRIGGER (a trigger runs as whoever writes the table next, a superuser's
-- scheduled job say) nor REFERENCES (a foreign key of its own could hold
-- rows of the extension's tables back).  (Last in the script, so that it
-- covers every object.)
GRANT USAGE ON SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL SEQUENCES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL FUNCTIONS IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL PROCEDURES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
