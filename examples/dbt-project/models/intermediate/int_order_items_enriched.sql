-- Order lines with the order's tenant, customer and time, and the product's category.
with order_items as (

    select * from {{ ref('stg_shop__order_items') }}

),

orders as (

    select * from {{ ref('stg_shop__orders') }}

),

products as (

    select * from {{ ref('stg_shop__products') }}

)

select
    order_items.order_item_id,
    order_items.order_id,
    orders.tenant_id,
    orders.customer_id,
    order_items.product_id,
    products.tenant_id as product_tenant_id,
    orders.ordered_at,
    products.product_name,
    products.product_category,
    order_items.quantity,
    order_items.unit_price,
    order_items.line_amount
from order_items
inner join orders
    on order_items.order_id = orders.order_id
inner join products
    on order_items.product_id = products.product_id
