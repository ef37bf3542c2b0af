-- Daily time spine for the MetricFlow semantic layer (cumulative metrics, offsets, metric_time).
-- Covers the seeded data (Nov 2023 - Jun 2024) with generous margins on both sides.
select
    cast(day as date) as date_day
from generate_series(
    cast('2023-01-01' as date),
    cast('2025-12-31' as date),
    interval '1 day'
) as day
