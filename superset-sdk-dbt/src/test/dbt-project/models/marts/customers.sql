select c.customer_id, c.first_name, count(o.order_id) as order_count, sum(o.amount) as lifetime_value
from {{ ref('stg_customers') }} c left join {{ ref('orders') }} o using (customer_id)
group by 1, 2
