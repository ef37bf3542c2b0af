{#- Subscribers get a fixed discount on the list price of every delivery. -#}
{%- set subscriber_discount = 0.10 -%}

with subscriptions as (

    select * from {{ ref('stg_billing__subscriptions') }}

),

products as (

    select * from {{ ref('stg_shop__products') }}

),

deliveries as (

    select
        subscription_id,
        count(*) as deliveries_count,
        max(ordered_at) as last_delivery_at,
        coalesce(sum(net_revenue) filter (where is_revenue_recognized), 0) as lifetime_net_revenue
    from {{ ref('int_orders_enriched') }}
    where subscription_id is not null
    group by subscription_id

),

priced as (

    select
        subscriptions.*,
        products.product_name,
        round(products.list_price * subscriptions.quantity * (1 - {{ subscriber_discount }}), 2)
            as price_per_delivery,
        case subscriptions.billing_interval
            when 'monthly' then 1.0
            when 'biweekly' then 26.0 / 12
        end as deliveries_per_month
    from subscriptions
    inner join products on subscriptions.product_id = products.product_id

)

select
    priced.subscription_id,
    priced.tenant_id,
    priced.customer_id,
    priced.product_id,
    priced.product_name,
    priced.billing_interval,
    priced.quantity,
    priced.price_per_delivery,
    round(priced.price_per_delivery * priced.deliveries_per_month, 2) as monthly_recurring_value,
    priced.started_at,
    cast(priced.started_at as date) as start_date,
    priced.cancelled_at,
    cast(priced.cancelled_at as date) as cancel_date,
    case when priced.cancelled_at is null then 'active' else 'cancelled' end as subscription_status,
    coalesce(deliveries.deliveries_count, 0) as deliveries_count,
    deliveries.last_delivery_at,
    coalesce(deliveries.lifetime_net_revenue, 0) as lifetime_net_revenue,
    coalesce(cast(priced.cancelled_at as date), cast('{{ var("as_of_date") }}' as date))
        - cast(priced.started_at as date) as tenure_days
from priced
left join deliveries on priced.subscription_id = deliveries.subscription_id
