with source as (

    select * from {{ source('shop', 'customers') }}

),

renamed as (

    select
        customer_id,
        tenant_id,
        trim(full_name) as full_name,
        lower(trim(email)) as email,
        upper(country_code) as country_code,
        lower(acquisition_channel) as acquisition_channel,
        coalesce(marketing_opt_in, false) as marketing_opt_in,
        signed_up_at
    from source

)

select * from renamed
