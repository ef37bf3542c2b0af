with customers as (

    select * from {{ ref('stg_shop__customers') }}

),

order_history as (

    select * from {{ ref('int_customer_order_history') }}

),

active_subscriptions as (

    select customer_id, count(*) as active_subscription_count
    from {{ ref('stg_billing__subscriptions') }}
    where cancelled_at is null
    group by customer_id

)

select
    customers.customer_id,
    customers.tenant_id,
    customers.full_name,
    customers.email,
    customers.country_code,
    customers.acquisition_channel,
    customers.marketing_opt_in,
    customers.signed_up_at,
    cast(customers.signed_up_at as date) as signup_date,
    order_history.first_order_at,
    order_history.last_order_at,
    cast(order_history.first_order_at as date) - cast(customers.signed_up_at as date) as days_to_first_order,
    coalesce(order_history.lifetime_orders, 0) as lifetime_orders,
    coalesce(order_history.lifetime_net_revenue, 0) as lifetime_net_revenue,
    coalesce(active_subscriptions.active_subscription_count, 0) > 0 as has_active_subscription,
    case
        when coalesce(active_subscriptions.active_subscription_count, 0) > 0 then 'subscriber'
        when order_history.lifetime_orders >= 2 then 'repeat'
        when order_history.lifetime_orders = 1 then 'one_time'
        else 'prospect'
    end as customer_segment
from customers
left join order_history on customers.customer_id = order_history.customer_id
left join active_subscriptions on customers.customer_id = active_subscriptions.customer_id
