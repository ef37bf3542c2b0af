with source as (

    select * from {{ source('shop', 'products') }}

),

renamed as (

    select
        product_id,
        tenant_id,
        upper(sku) as sku,
        trim(product_name) as product_name,
        lower(category) as product_category,
        {{ cents_to_currency('unit_price_cents') }} as list_price,
        coalesce(is_subscribable, false) as is_subscribable,
        created_at
    from source

)

select * from renamed
