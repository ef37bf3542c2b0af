select order_id, amount, status from {{ ref('orders') }}
