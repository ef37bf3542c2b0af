-- Row-level security filters each mart on its own tenant_id, so related rows must never cross a
-- tenant boundary: an order's customer, an order line's product and a subscription's customer all
-- belong to the same tenant as the row itself. Returns every violation.
select 'order_customer' as violation, orders.order_id as row_id
from {{ ref('fct_orders') }} as orders
inner join {{ ref('dim_customers') }} as customers on orders.customer_id = customers.customer_id
where orders.tenant_id <> customers.tenant_id

union all

select 'order_line_product' as violation, items.order_item_id as row_id
from {{ ref('fct_order_items') }} as items
inner join {{ ref('dim_products') }} as products on items.product_id = products.product_id
where items.tenant_id <> products.tenant_id

union all

select 'subscription_customer' as violation, subscriptions.subscription_id as row_id
from {{ ref('fct_subscriptions') }} as subscriptions
inner join {{ ref('dim_customers') }} as customers on subscriptions.customer_id = customers.customer_id
where subscriptions.tenant_id <> customers.tenant_id
