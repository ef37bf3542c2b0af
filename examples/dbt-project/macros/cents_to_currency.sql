{#- Raw systems store money as integer cents; the warehouse exposes numeric currency units. -#}
{% macro cents_to_currency(column_name, scale=2) -%}
    round(({{ column_name }})::numeric / 100, {{ scale }})
{%- endmacro %}
