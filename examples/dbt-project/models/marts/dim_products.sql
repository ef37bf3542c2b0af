with products as (

    select * from {{ ref('stg_shop__products') }}

),

sales as (

    select
        product_id,
        sum(quantity) as units_sold,
        sum(line_amount) as gross_sales
    from {{ ref('int_order_items_enriched') }}
    group by product_id

)

select
    products.product_id,
    products.tenant_id,
    products.sku,
    products.product_name,
    products.product_category,
    products.list_price,
    products.is_subscribable,
    products.created_at,
    coalesce(sales.units_sold, 0) as units_sold,
    coalesce(sales.gross_sales, 0) as gross_sales
from products
left join sales on products.product_id = sales.product_id
