{{ config(materialized='table') }}
select d::date as date_day from generate_series('2024-01-01'::date, '2024-12-31'::date, interval '1 day') d
