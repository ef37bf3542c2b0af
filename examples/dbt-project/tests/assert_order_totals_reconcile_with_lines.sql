-- Every order's gross amount must equal the sum of its lines in fct_order_items, and its net revenue
-- must be gross minus discount. Returns the orders that do not reconcile.
with lines as (

    select order_id, sum(line_amount) as lines_amount
    from {{ ref('fct_order_items') }}
    group by order_id

)

select
    orders.order_id,
    orders.gross_amount,
    lines.lines_amount,
    orders.discount_amount,
    orders.net_revenue
from {{ ref('fct_orders') }} as orders
left join lines on orders.order_id = lines.order_id
where orders.gross_amount <> coalesce(lines.lines_amount, 0)
   or orders.net_revenue <> orders.gross_amount - orders.discount_amount
   or orders.net_revenue < 0
