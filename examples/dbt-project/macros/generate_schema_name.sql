{#-
  Use a node's custom schema exactly as written (raw, staging, intermediate, marts) instead of dbt's
  default "<target schema>_<custom schema>". Nodes without a custom schema fall back to the target schema.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
