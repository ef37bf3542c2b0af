-- A read-only role on Superset's metadata database for the self-monitoring dashboard
-- (superset-sdk ops dashboard). Idempotent; run after Superset has created its tables. It may read
-- the query log, the action log and the names of charts and dashboards, nothing else (not ab_user,
-- not the database connections' settings). Loopback-only development password.
SELECT 'CREATE ROLE superset_meta_reader LOGIN PASSWORD ''superset_meta_reader'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'superset_meta_reader') \gexec
ALTER ROLE superset_meta_reader SET default_transaction_read_only = on;

\connect superset_meta
GRANT CONNECT ON DATABASE superset_meta TO superset_meta_reader;
GRANT USAGE ON SCHEMA public TO superset_meta_reader;
GRANT SELECT ON TABLE public.query, public.logs, public.slices, public.dashboards TO superset_meta_reader;
