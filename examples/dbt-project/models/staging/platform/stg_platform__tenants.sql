with source as (

    select * from {{ source('platform', 'tenants') }}

),

renamed as (

    select
        tenant_id,
        lower(tenant_slug) as tenant_slug,
        trim(tenant_name) as tenant_name,
        lower(plan_tier) as plan_tier,
        upper(country_code) as country_code,
        onboarded_at
    from source

)

select * from renamed
