-- A customer cannot order before their account exists.
select
    customers.customer_id,
    customers.signed_up_at,
    customers.first_order_at
from {{ ref('dim_customers') }} as customers
where customers.first_order_at < customers.signed_up_at
