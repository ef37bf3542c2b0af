with source as (

    select * from {{ source('shop', 'order_items') }}

),

renamed as (

    select
        order_item_id,
        order_id,
        product_id,
        quantity,
        {{ cents_to_currency('unit_price_cents') }} as unit_price,
        {{ cents_to_currency('quantity * unit_price_cents') }} as line_amount
    from source

)

select * from renamed
