-- Order headers completed with the totals of their lines and the customer's order sequence.
with orders as (

    select * from {{ ref('stg_shop__orders') }}

),

order_lines as (

    select
        order_id,
        count(*) as line_count,
        sum(quantity) as item_count,
        sum(line_amount) as gross_amount
    from {{ ref('int_order_items_enriched') }}
    group by order_id

),

joined as (

    select
        orders.order_id,
        orders.tenant_id,
        orders.customer_id,
        orders.subscription_id,
        orders.ordered_at,
        cast(orders.ordered_at as date) as order_date,
        orders.order_status,
        orders.sales_channel,
        orders.currency_code,
        orders.subscription_id is not null as is_subscription_order,
        coalesce(order_lines.line_count, 0) as line_count,
        coalesce(order_lines.item_count, 0) as item_count,
        coalesce(order_lines.gross_amount, 0) as gross_amount,
        orders.discount_amount,
        orders.shipping_amount
    from orders
    left join order_lines
        on orders.order_id = order_lines.order_id

)

select
    joined.*,
    gross_amount - discount_amount as net_revenue,
    gross_amount - discount_amount + shipping_amount as order_total,
    order_status not in ('cancelled', 'returned') as is_revenue_recognized,
    row_number() over (
        partition by customer_id
        order by ordered_at, order_id
    ) as customer_order_number
from joined
