{{
    config(
        indexes=[
            {'columns': ['tenant_id', 'order_date']},
            {'columns': ['customer_id']},
        ]
    )
}}

select
    order_id,
    tenant_id,
    customer_id,
    subscription_id,
    ordered_at,
    order_date,
    order_status,
    sales_channel,
    currency_code,
    is_subscription_order,
    customer_order_number = 1 as is_first_order,
    customer_order_number,
    is_revenue_recognized,
    item_count,
    gross_amount,
    discount_amount,
    net_revenue,
    shipping_amount,
    order_total
from {{ ref('int_orders_enriched') }}
