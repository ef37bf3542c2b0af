-- One row per customer who ordered at least once: first/last order and lifetime value.
with orders as (

    select * from {{ ref('int_orders_enriched') }}

)

select
    customer_id,
    min(ordered_at) as first_order_at,
    max(ordered_at) as last_order_at,
    count(*) as lifetime_orders,
    count(*) filter (where is_subscription_order) as lifetime_subscription_orders,
    coalesce(sum(net_revenue) filter (where is_revenue_recognized), 0) as lifetime_net_revenue
from orders
group by customer_id
