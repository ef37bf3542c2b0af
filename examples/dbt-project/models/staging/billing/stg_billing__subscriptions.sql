with source as (

    select * from {{ source('billing', 'subscriptions') }}

),

renamed as (

    select
        subscription_id,
        tenant_id,
        customer_id,
        product_id,
        lower(billing_interval) as billing_interval,
        quantity,
        started_at,
        cancelled_at
    from source

)

select * from renamed
