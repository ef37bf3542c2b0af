{{ config(tags=["orders"]) }}
select id as order_id, customer_id, order_date::date as order_date, status, amount from {{ source('raw', 'orders') }}
