package io.github.supersetsdk.sync.metrics;

import io.github.supersetsdk.dbt.semantic.SemanticManifest;

/**
 * A hand-made semantic manifest: semantic model {@code orders} (on {@code marts.fct_orders}, entity
 * {@code order} primary and {@code customer} foreign, one measure per aggregation) and semantic model
 * {@code customers} (on {@code marts.dim_customers}), with the metrics given as JSON.
 */
final class TestProject {

  private TestProject() {}

  static final String ORDERS = """
      {"name": "orders", "defaults": {"agg_time_dimension": "order_date"},
       "node_relation": {"alias": "fct_orders", "schema_name": "marts", "database": "warehouse"},
       "entities": [{"name": "order", "type": "primary", "expr": "order_id"},
                    {"name": "customer", "type": "foreign", "expr": "customer_id"}],
       "dimensions": [
         {"name": "order_date", "type": "time", "type_params": {"time_granularity": "day"}},
         {"name": "ship_date", "type": "time", "type_params": {"time_granularity": "day"}},
         {"name": "status", "type": "categorical"},
         {"name": "is_gift", "type": "categorical", "expr": "gift_flag = 1"}],
       "measures": [
         {"name": "amount", "agg": "sum"},
         {"name": "net", "agg": "sum", "expr": "amount - discount"},
         {"name": "gifts", "agg": "sum_boolean", "expr": "is_gift"},
         {"name": "order_rows", "agg": "count", "expr": "order_id"},
         {"name": "buyers", "agg": "count_distinct", "expr": "customer_id"},
         {"name": "first_amount", "agg": "min", "expr": "amount"},
         {"name": "top_amount", "agg": "max", "expr": "amount"},
         {"name": "avg_amount", "agg": "average", "expr": "amount"},
         {"name": "median_amount", "agg": "median", "expr": "amount"},
         {"name": "p90_amount", "agg": "percentile", "expr": "amount",
          "agg_params": {"percentile": 0.9, "use_discrete_percentile": false}},
         {"name": "p90_discrete", "agg": "percentile", "expr": "amount",
          "agg_params": {"percentile": 0.9, "use_discrete_percentile": true}},
         {"name": "p50_approx", "agg": "percentile", "expr": "amount",
          "agg_params": {"percentile": 0.5, "use_approximate_percentile": true}},
         {"name": "p_missing", "agg": "percentile", "expr": "amount"},
         {"name": "shipped_amount", "agg": "sum", "expr": "amount", "agg_time_dimension": "ship_date"},
         {"name": "order", "agg": "max"},
         {"name": "balance", "agg": "sum",
          "non_additive_dimension": {"name": "order_date", "window_choice": "max"}},
         {"name": "weird", "agg": "mode", "expr": "amount"}]}
      """;

  static final String CUSTOMERS = """
      {"name": "customers", "defaults": {"agg_time_dimension": "signup_date"},
       "node_relation": {"alias": "dim_customers", "schema_name": "marts", "database": "warehouse"},
       "entities": [{"name": "customer", "type": "primary", "expr": "customer_id"}],
       "dimensions": [
         {"name": "signup_date", "type": "time", "type_params": {"time_granularity": "day"}},
         {"name": "country", "type": "categorical"}],
       "measures": [{"name": "signups", "agg": "count", "expr": "customer_id"}]}
      """;

  /** Returns the manifest with the metrics, each a JSON object. */
  static SemanticManifest with(String... metrics) {
    String json = "{\"semantic_models\": [" + ORDERS + ", " + CUSTOMERS + "], \"metrics\": ["
        + String.join(", ", metrics) + "], \"saved_queries\": [], \"project_configuration\": null}";
    return Fixtures.semanticJson(json);
  }

  /** A simple metric on a measure, with optional where filters. */
  static String simple(String name, String measure, String... filters) {
    return "{\"name\": \"" + name + "\", \"type\": \"simple\", \"type_params\": {\"measure\": {\"name\": \""
        + measure + "\"}}, \"filter\": " + where(filters) + "}";
  }

  static String where(String... filters) {
    if (filters.length == 0) {
      return "null";
    }
    StringBuilder b = new StringBuilder("{\"where_filters\": [");
    for (int i = 0; i < filters.length; i++) {
      b.append(i == 0 ? "" : ", ").append("{\"where_sql_template\": ").append(quote(filters[i]))
          .append('}');
    }
    return b.append("]}").toString();
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
