{% macro to_cents(column) %}({{ column }} * 100)::int{% endmacro %}
