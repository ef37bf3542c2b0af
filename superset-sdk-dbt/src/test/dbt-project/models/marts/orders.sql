{{ config(meta={'superset': {'certified': true}}) }}
select o.order_id, o.customer_id, o.order_date, o.status, o.amount, coalesce(p.amount, 0) as paid_amount
from {{ ref('stg_orders') }} o left join {{ ref('stg_payments') }} p using (order_id)
