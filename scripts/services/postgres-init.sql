-- Roles and databases for the local services. Idempotent: safe to run on every `up`.
-- Passwords here are for a loopback-only development server, never for production.
SELECT 'CREATE ROLE superset LOGIN PASSWORD ''superset'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'superset') \gexec
SELECT 'CREATE ROLE dbt LOGIN PASSWORD ''dbt'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbt') \gexec
SELECT 'CREATE ROLE superset_reader LOGIN PASSWORD ''superset_reader'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'superset_reader') \gexec

SELECT 'CREATE DATABASE superset_meta OWNER superset'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'superset_meta') \gexec
SELECT 'CREATE DATABASE warehouse OWNER dbt'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'warehouse') \gexec

\connect warehouse
-- The reader may connect, but sees nothing outside the marts schema.
REVOKE ALL ON DATABASE warehouse FROM PUBLIC;
GRANT CONNECT ON DATABASE warehouse TO dbt, superset_reader;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS marts AUTHORIZATION dbt;
GRANT USAGE ON SCHEMA marts TO superset_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO superset_reader;
-- Tables dbt creates later (it drops and recreates them on each build) stay readable.
ALTER DEFAULT PRIVILEGES FOR ROLE dbt IN SCHEMA marts GRANT SELECT ON TABLES TO superset_reader;
ALTER ROLE superset_reader SET default_transaction_read_only = on;
