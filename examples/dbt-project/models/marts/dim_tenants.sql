with tenants as (

    select * from {{ ref('stg_platform__tenants') }}

),

customers as (

    select tenant_id, count(*) as customer_count
    from {{ ref('stg_shop__customers') }}
    group by tenant_id

),

orders as (

    select
        tenant_id,
        count(*) as order_count,
        coalesce(sum(net_revenue) filter (where is_revenue_recognized), 0) as lifetime_net_revenue
    from {{ ref('int_orders_enriched') }}
    group by tenant_id

),

subscriptions as (

    select tenant_id, count(*) as active_subscription_count
    from {{ ref('stg_billing__subscriptions') }}
    where cancelled_at is null
    group by tenant_id

)

select
    tenants.tenant_id,
    tenants.tenant_slug,
    tenants.tenant_name,
    tenants.plan_tier,
    tenants.country_code,
    tenants.onboarded_at,
    coalesce(customers.customer_count, 0) as customer_count,
    coalesce(orders.order_count, 0) as order_count,
    coalesce(subscriptions.active_subscription_count, 0) as active_subscription_count,
    coalesce(orders.lifetime_net_revenue, 0) as lifetime_net_revenue
from tenants
left join customers on tenants.tenant_id = customers.tenant_id
left join orders on tenants.tenant_id = orders.tenant_id
left join subscriptions on tenants.tenant_id = subscriptions.tenant_id
