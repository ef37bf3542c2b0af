with source as (

    select * from {{ source('shop', 'orders') }}

),

renamed as (

    select
        order_id,
        tenant_id,
        customer_id,
        subscription_id,
        ordered_at,
        lower(status) as order_status,
        lower(sales_channel) as sales_channel,
        upper(currency) as currency_code,
        {{ cents_to_currency('coalesce(discount_cents, 0)') }} as discount_amount,
        {{ cents_to_currency('coalesce(shipping_cents, 0)') }} as shipping_amount
    from source

)

select * from renamed
