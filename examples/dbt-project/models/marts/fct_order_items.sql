{{
    config(
        materialized='incremental',
        unique_key='order_item_id',
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        indexes=[{'columns': ['tenant_id', 'ordered_at']}]
    )
}}

-- Incremental: a normal run only reprocesses order lines of the last three days already loaded
-- (late-arriving lines) and anything newer. Use `dbt build --full-refresh` after editing old seed rows.
select
    order_item_id,
    order_id,
    tenant_id,
    customer_id,
    product_id,
    ordered_at,
    cast(ordered_at as date) as order_date,
    product_name,
    product_category,
    quantity,
    unit_price,
    line_amount
from {{ ref('int_order_items_enriched') }}

{% if is_incremental() %}
where ordered_at >= (
    select coalesce(max(ordered_at), cast('1900-01-01' as timestamp)) - interval '3 days'
    from {{ this }}
)
{% endif %}
