package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.semantic.AggregationParameters;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import io.github.supersetsdk.sync.metrics.MetricCompilationException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The aggregates of MetricFlow measures and legacy calculation methods. */
final class Aggregates {

  private Aggregates() {}

  /**
   * The aggregate of an expression over the rows that satisfy a condition. Without rows satisfying
   * it, every aggregate is NULL, as MetricFlow's (which filters in WHERE, so the group has no value).
   */
  static String aggregate(
      Dialect dialect,
      String metricName,
      String agg,
      String expr,
      @Nullable AggregationParameters params,
      @Nullable String condition,
      Set<String> warnings,
      @Nullable SemanticModel model) {
    String e = FilterRenderer.wrap(expr);
    String value = condition == null ? e : "CASE WHEN " + condition + " THEN " + e + " END";
    switch (agg.toLowerCase(Locale.ROOT)) {
      case "sum":
        return dialect.aggregate("SUM", value);
      case "sum_boolean":
        String bool = "CASE WHEN " + e + " THEN 1 ELSE 0 END";
        return dialect.aggregate("SUM",
            condition == null ? bool : "CASE WHEN " + condition + " THEN " + bool + " END");
      case "min":
        return dialect.aggregate("MIN", value);
      case "max":
        return dialect.aggregate("MAX", value);
      case "average":
      case "avg":
        return dialect.aggregate("AVG", value);
      case "count":
      case "count_distinct":
        String fn = agg.equalsIgnoreCase("count") ? "COUNT" : "COUNT_DISTINCT";
        String count = dialect.aggregate(fn, value);
        if (condition == null) {
          return count;
        }
        // a count is 0, not NULL, over no rows: keep MetricFlow's NULL when nothing matches
        return "CASE WHEN " + dialect.aggregate("COUNT", "CASE WHEN " + condition + " THEN 1 END")
            + " > 0 THEN " + count + " END";
      case "median":
        return exactPercentile(dialect, 0.5, false, value, model, "median");
      case "percentile":
        if (params == null || params.percentile() == null) {
          throw new MetricCompilationException(metricName,
              "agg percentile without agg_params.percentile");
        }
        double pct = params.percentile();
        if (!(pct >= 0 && pct <= 1)) {
          throw new MetricCompilationException(metricName,
              "agg_params.percentile " + pct + " is not between 0 and 1");
        }
        boolean discrete = params.useDiscretePercentile();
        if (params.useApproximatePercentile()) {
          String approximate = dialect.approximatePercentile(pct, discrete, value);
          if (approximate != null) {
            return approximate;
          }
          if (dialect.percentile(pct, discrete, value) != null) {
            warnings.add("use_approximate_percentile is set; this metric computes the exact"
                + " percentile.");
          }
        }
        return exactPercentile(dialect, pct, discrete, value, model, "percentile");
      default:
        throw new Skip("aggregation '" + agg + "' is not known to this compiler", model);
    }
  }

  private static String exactPercentile(Dialect dialect, double pct, boolean discrete, String value,
      @Nullable SemanticModel model, String agg) {
    String sql = dialect.percentile(pct, discrete, value);
    if (sql == null) {
      // What MetricFlow would run on this warehouse instead, if anything.
      String hint = dialect.approximatePercentile(pct, discrete, value) != null
          ? "; MetricFlow computes it there with use_approximate_percentile"
          : dialect.approximatePercentile(pct, false, value) != null
              ? "; MetricFlow computes it there with use_approximate_percentile and without"
                  + " use_discrete_percentile"
              : "";
      throw new Skip("aggregation '" + agg + "': " + dialect + " has no exact "
          + (discrete ? "discrete" : "continuous") + " percentile aggregate" + hint, model);
    }
    return sql;
  }

}
